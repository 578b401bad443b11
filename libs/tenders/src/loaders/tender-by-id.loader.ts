import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, type LoaderFactory } from '@app/core';
import { Tender } from '../entities/tender.entity';

/**
 * Tenders by id, one statement per batch. Callers show only the public summary (TenderSummary):
 * they reach it through something the actor may already see (their own work package, a bid).
 */
@Injectable()
export class TenderByIdLoader implements LoaderFactory<number, Tender | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, Tender | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.findBy(Tender, { id: In([...ids]) }));
      const map = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => map.get(id));
    });
  }
}
