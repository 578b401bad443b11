import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database, leanQuery, type LoaderFactory } from '@app/core';

/**
 * The period label ("2026-Q2") of statements by id, batched per request: one statement for all
 * the ledger entries of a list. Labels are not confidential; the entries asking come from
 * queries that already applied the reader's access rules.
 */
@Injectable()
export class StatementPeriodsLoader implements LoaderFactory<number, string | null> {
  constructor(private readonly db: Database) {}

  createLoader() {
    return new DataLoader<number, string | null>(async (ids) => {
      const rows = await this.db.read((em) =>
        leanQuery<{ id: number; period: string }>(
          em,
          `SELECT id, period_label AS "period" FROM royalty_statement WHERE id IN (${ids.map(() => '?').join(', ')})`,
          [...ids],
        ),
      );
      const byId = new Map(rows.map((r) => [Number(r.id), r.period]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
