import { Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error';
import { FieldRule } from '../errors/field-rule';
import { ErrorReason } from '../errors/error-reason';
import { ReadWriteLock } from './rw-lock';

/** A transaction-bound EntityManager: the only way to write. */
export type Tx = EntityManager;

interface Scope {
  manager: EntityManager;
  writable: boolean;
  afterCommit: (() => void | Promise<void>)[];
}

const PG_RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * The one door to the database. Services get this, never a DataSource or repository.
 *
 * - `transaction(fn)` runs fn in one transaction. On SQLite, better-sqlite3 shares a single
 *   connection between all requests, so transactions are serialised by a process-wide
 *   readers–writer lock: otherwise one request's ROLLBACK would erase rows another request was
 *   already told were saved (docs/STACK.md trap 2). Nested calls join the outer transaction.
 * - `read(fn)` runs read-only work. On SQLite it takes the shared side of the same lock, so a
 *   reader never sees another request's uncommitted rows.
 * - Unique-constraint violations become CONFLICT; PostgreSQL deadlocks/serialization failures
 *   are retried.
 */
export class Database {
  private readonly logger = new Logger('Database');
  private readonly lock = new ReadWriteLock();
  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(private readonly dataSource: DataSource) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  get inTransaction(): boolean {
    return this.scope.getStore()?.writable === true;
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer?.writable) return work(outer.manager);
    if (outer) throw new Error('Database.transaction() called inside read(): open the transaction first, then read inside it.');
    const run = async (): Promise<{ result: T; hooks: Scope['afterCommit'] }> => {
      const scope: Scope = { manager: undefined as unknown as EntityManager, writable: true, afterCommit: [] };
      const result = await this.dataSource.transaction((manager) => {
        scope.manager = manager;
        return this.scope.run(scope, () => work(manager));
      });
      return { result, hooks: scope.afterCommit };
    };
    const attempt = this.kind === 'sqlite' ? () => this.lock.write(run) : run;
    for (let i = 1; ; i++) {
      let done: { result: T; hooks: Scope['afterCommit'] };
      try {
        done = await attempt();
      } catch (e) {
        const code = driverCode(e);
        if (this.kind === 'postgres' && code && PG_RETRYABLE.has(code) && i < 4) continue;
        throw translate(e);
      }
      // after the commit AND after the SQLite write lock is released: a hook may read or write
      await this.runAfterCommit(done.hooks);
      return done.result;
    }
  }

  private async runAfterCommit(hooks: Scope['afterCommit']): Promise<void> {
    for (const hook of hooks) {
      try {
        await hook();
      } catch (e) {
        this.logger.error({ msg: 'after-commit hook failed', error: e instanceof Error ? e.stack : String(e) });
      }
    }
  }

  async read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer) return work(outer.manager);
    const manager = this.dataSource.manager;
    const run = () => this.scope.run({ manager, writable: false, afterCommit: [] }, () => work(manager));
    return this.kind === 'sqlite' ? this.lock.read(run) : run();
  }

  /**
   * Runs after the current transaction commits (never if it rolls back), once the SQLite write
   * lock is released, so the hook may read or open a transaction of its own. Outside one: now.
   */
  async afterCommit(hook: () => void | Promise<void>): Promise<void> {
    const s = this.scope.getStore();
    if (s?.writable) s.afterCommit.push(hook);
    else await hook();
  }

  /**
   * Liveness of the database. On SQLite it skips the lock: `SELECT 1` reads no rows, so running
   * it on the shared connection while another request's write transaction is open (a large
   * import, a royalty run) sees nothing uncommitted, and /health answers instead of waiting.
   */
  async ping(): Promise<void> {
    if (this.kind === 'sqlite') await this.dataSource.query('SELECT 1');
    else await this.read((em) => em.query('SELECT 1'));
  }

  /** For the CLI's online backup and bulk tools only; services must not use it. */
  unsafeDataSource(): DataSource {
    return this.dataSource;
  }
}

function driverCode(e: unknown): string | undefined {
  const d = e instanceof QueryFailedError ? (e.driverError as { code?: string }) : (e as { code?: string });
  return typeof d?.code === 'string' ? d.code : undefined;
}

function translate(e: unknown): unknown {
  const code = driverCode(e);
  // the last line of defence: an input validator let a null through to a column that needs a value
  if (code === '23502' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
    const driver = (e instanceof QueryFailedError ? e.driverError : e) as { column?: string; message?: string };
    const column = driver.column ?? /NOT NULL constraint failed: \w+\.(\w+)/.exec(driver.message ?? '')?.[1] ?? 'a field';
    const field = column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    return AppError.badInput(`${field} cannot be empty; nothing was saved.`, [
      { field, message: 'cannot be null', rule: FieldRule.REQUIRED },
    ]);
  }
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return AppError.conflict('A record with the same unique value already exists; nothing was saved.', {
      reason: ErrorReason.ALREADY_EXISTS,
    });
  }
  return e;
}
