import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { ExchangePosting } from '../entities/exchange.entity';

@Injectable()
export class PostingByIdLoader implements LoaderFactory<number, ExchangePosting | undefined> {
  constructor(private readonly db: Database) {}

  createLoader(): DataLoader<number, ExchangePosting | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.findBy(ExchangePosting, { id: In([...ids]) }));
      const map = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => map.get(id));
    });
  }
}
