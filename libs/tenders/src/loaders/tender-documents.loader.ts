import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, groupByKeys, type LoaderFactory } from '@app/core';
import { TenderDocument } from '../entities/tender.entity';

/** A tender's documents, in display order, for many tenders in one statement. */
@Injectable()
export class TenderDocumentsLoader implements LoaderFactory<number, TenderDocument[]> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, TenderDocument[]> {
    return new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await this.db.read((em) =>
          em.find(TenderDocument, { where: { tenderId: In([...ids]) }, order: { tenderId: 'ASC', position: 'ASC' } }),
        ),
        (d) => d.tenderId,
      ),
    );
  }
}
