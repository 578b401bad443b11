import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { RequestContext } from '../context/request-context';

/**
 * TypeORM logger that counts every SQL statement against the current request, so tests and
 * benchmarks can assert "statements per GraphQL request" instead of timing anything.
 * It also keeps a process-wide total and forwards errors to the application log.
 */
export class QueryCounter implements TypeOrmLogger {
  total = 0;
  /** When set, sees every statement with its bound parameters (the pipeline bench replays them as raw SQL). */
  tap: ((query: string, parameters: unknown[] | undefined) => void) | null = null;

  constructor(private readonly onError: (message: string, detail: Record<string, unknown>) => void = () => {}) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.total++;
    this.tap?.(query, parameters);
    const ctx = RequestContext.current();
    if (ctx) ctx.sqlStatements++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.onError('SQL statement failed', { error: error instanceof Error ? error.message : error, query: query.slice(0, 500) });
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
