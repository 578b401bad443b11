import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Database, groupByKeys, type LoaderFactory } from '@app/core';
import { Requirement, Tender, TenderDocument } from './entities/tender.entity';

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

/** Requirements by id, one statement per batch (what a work package covers). */
@Injectable()
export class RequirementByIdLoader implements LoaderFactory<number, Requirement | undefined> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, Requirement | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) => em.findBy(Requirement, { id: In([...ids]) }));
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id));
    });
  }
}

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
