import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, groupByKeys, type LoaderFactory } from '@app/core';
import { TenderLot } from '../entities/tender.entity';

/** A request's tender lots in one statement per batch. */
@Injectable()
export class TenderLotsLoader implements LoaderFactory<number, TenderLot[]> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, TenderLot[]> {
    return new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) => em.find(TenderLot, { where: { tenderId: In([...ids]) }, order: { id: 'ASC' } })),
        (l) => l.tenderId,
      ),
    );
  }
}
