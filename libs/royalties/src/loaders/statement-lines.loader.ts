import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database, type LoaderFactory } from '@app/core';
import { RoyaltyStatementLine } from '../entities/royalty.entity';

/** A page of one statement's lines: first lines with id > afterId. */
export interface LinePage {
  statementId: number;
  first: number;
  afterId: number;
}

/** SQLite allows 500 terms per compound SELECT: pages are grouped in blocks of 400, and the blocks joined. */
const BLOCK = 400;
/** Three parameters per page: 5,000 pages stay well inside SQLite's 32,766 (the statements query returns at most 5,000). */
const MAX_PAGES = 5_000;

/**
 * Pages of statement lines for a list of statements, batched per request. Each statement's page
 * is its own indexed range (statement_id, id) with a LIMIT, and the pages are joined with UNION
 * ALL into one statement, so a list of statements with their lines costs one statement more
 * than the list, and never scans lines outside the pages. The parent statements
 * come from queries that already applied the reader's access rules.
 */
@Injectable()
export class StatementLinesLoader implements LoaderFactory<LinePage, RoyaltyStatementLine[]> {
  constructor(private readonly db: Database) {}

  createLoader() {
    return new DataLoader<LinePage, RoyaltyStatementLine[], string>(
      async (pages) => {
        const params: Record<string, number> = {};
        const terms = pages.map((p, k) => {
          params[`s${k}`] = p.statementId;
          params[`a${k}`] = p.afterId;
          params[`f${k}`] = p.first;
          return `SELECT id FROM (SELECT x.id FROM royalty_statement_line x WHERE x.statement_id = :s${k} AND x.id > :a${k} ORDER BY x.id LIMIT :f${k}) p${k}`;
        });
        const blocks: string[] = [];
        for (let i = 0; i < terms.length; i += BLOCK)
          blocks.push(`SELECT id FROM (${terms.slice(i, i + BLOCK).join(' UNION ALL ')}) b${i}`);
        const rows = await this.db.read((em) =>
          em
            .createQueryBuilder(RoyaltyStatementLine, 'l')
            .where(`l.id IN (${blocks.join(' UNION ALL ')})`, params)
            .orderBy('l.id', 'ASC')
            .getMany(),
        );
        const byStatement = new Map<number, RoyaltyStatementLine[]>();
        for (const r of rows) {
          const list = byStatement.get(r.statementId);
          if (list) list.push(r);
          else byStatement.set(r.statementId, [r]);
        }
        // two pages of one statement (other first/afterId) each get their own slice
        return pages.map((p) => (byStatement.get(p.statementId) ?? []).filter((r) => r.id > p.afterId).slice(0, p.first));
      },
      { cacheKeyFn: key, maxBatchSize: MAX_PAGES },
    );
  }
}

const key = (p: LinePage) => `${p.statementId}:${p.first}:${p.afterId}`;
