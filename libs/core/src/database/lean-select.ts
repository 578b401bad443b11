import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { rawQuery } from './raw-query';

/**
 * Reads that map rows to plain objects without building TypeORM entities or queries. On the
 * member list TypeORM's query builder, entity mapping and query runner took about a third of
 * each request's CPU (docs/BENCHMARKS.md, issue 23); these do the same work directly:
 *
 * - `leanQuery` runs a `?`-placeholder SELECT. On SQLite through a prepared statement cached per
 *   SQL text on the one shared connection (so inside the caller's read lock or transaction, as
 *   TypeORM would), counted by the same logger as every other statement (x-sql-statements, the
 *   bench's statement counts); on PostgreSQL through TypeORM's pool (`rawQuery`).
 * - `leanShape` selects an entity's columns by property name, `alias."column" AS "property"`,
 *   only those asked for, and hydrates each value as TypeORM would (booleans, transformers such
 *   as instants and bigints), by the entity's own metadata, so the objects equal the entities'
 *   fields without the entities.
 */

interface SqliteStatement {
  all(...params: unknown[]): Record<string, unknown>[];
  raw(on: boolean): SqliteStatement;
  columns(): unknown[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

const STATEMENT_CACHE_SIZE = 200;
const statements = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();
/** Statements that return each row as an array, in the order of the SELECT list (`LeanShape.read`). */
const rawStatements = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();
/** Raw statements whose column count was checked against their shape. */
const checked = new WeakSet<SqliteStatement>();

function prepared(connection: SqliteConnection, sql: string, raw = false): SqliteStatement {
  const caches = raw ? rawStatements : statements;
  let cache = caches.get(connection);
  if (!cache) caches.set(connection, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = connection.prepare(sql);
    if (raw) stmt.raw(true);
    cache.set(sql, stmt);
    // first in, first out, like TypeORM's own statement cache
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return stmt;
}

function sqliteConnection(em: EntityManager): SqliteConnection | undefined {
  if (em.connection.options.type === 'postgres') return undefined;
  return (em.connection.driver as unknown as { databaseConnection?: SqliteConnection }).databaseConnection;
}

function bind(em: EntityManager, sql: string, params: unknown[]): unknown[] {
  const bound = params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
  em.connection.logger.logQuery(sql, bound);
  return bound;
}

export async function leanQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const connection = sqliteConnection(em);
  if (!connection) return rawQuery<T>(em, sql, params);
  return prepared(connection, sql).all(...bind(em, sql, params)) as T[];
}

interface ColumnLike {
  propertyName: string;
  databaseName: string;
  type: unknown;
  transformer?: unknown;
  isVirtual?: boolean;
}

/** Column types whose values TypeORM hands over unchanged (no transformer): copied as they come. */
const AS_IS = new Set<unknown>(['varchar', 'text', 'integer', 'int', 'character varying', 'uuid']);

export interface LeanShape<T> {
  /** `alias."column" AS "property", …` for the SELECT list. */
  readonly select: string;
  /** The properties read, in order. */
  readonly properties: readonly string[];
  hydrate(rows: Record<string, unknown>[]): T[];
  /**
   * Runs a SELECT whose list is exactly `select` (nothing before or after it) and hydrates its
   * rows. On SQLite the rows come as arrays and become objects once, here, instead of once in
   * better-sqlite3 and again in `hydrate` (on the member list: ~290 rows a request).
   */
  read(em: EntityManager, sql: string, params?: unknown[]): Promise<T[]>;
}

const shapes = new WeakMap<object, Map<string, LeanShape<unknown>>>();

/**
 * The SELECT list and hydration for some of an entity's columns (all of them when `properties`
 * is null). An unknown property is a programming error and throws. With `instances`, each row is
 * made with the entity class's prototype (its constructor is not run), so getters the class
 * defines answer on the row as on an entity.
 */
export function leanShape<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  properties: readonly string[] | null,
  opts: { instances?: boolean } = {},
): LeanShape<T> {
  const metadata = em.connection.getMetadata(entity);
  let cache = shapes.get(metadata);
  if (!cache) shapes.set(metadata, (cache = new Map()));
  const key = `${alias}:${properties ? properties.join(',') : '*'}${opts.instances ? ':instances' : ''}`;
  const hit = cache.get(key);
  if (hit) return hit as LeanShape<T>;
  const all = (metadata.columns as unknown as ColumnLike[]).filter((c) => !c.isVirtual);
  const columns = properties
    ? properties.map((p) => {
        const c = all.find((x) => x.propertyName === p);
        if (!c) throw new Error(`${metadata.name} has no column for "${p}"`);
        return c;
      })
    : all;
  const driver = em.connection.driver as unknown as { prepareHydratedValue(value: unknown, column: unknown): unknown };
  const plan = columns.map((c) => ({ name: c.propertyName, column: c, hydrate: !!c.transformer || !AS_IS.has(c.type) }));
  const target = metadata.target;
  const proto: object | null = opts.instances && typeof target === 'function' ? (target.prototype as object) : null;
  if (opts.instances && !proto) throw new Error(`${metadata.name} has no class whose instances leanShape could make`);
  const newRow = (): Record<string, unknown> => (proto ? (Object.create(proto) as Record<string, unknown>) : {});
  const shape: LeanShape<T> = {
    select: columns.map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`).join(', '),
    properties: columns.map((c) => c.propertyName),
    hydrate(rows) {
      const out = new Array<T>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const o = newRow();
        for (const p of plan) o[p.name] = p.hydrate ? driver.prepareHydratedValue(row[p.name], p.column) : row[p.name];
        out[i] = o as T;
      }
      return out;
    },
    async read(em2, sql, params = []) {
      const connection = sqliteConnection(em2);
      if (!connection) return this.hydrate(await rawQuery(em2, sql, params));
      const stmt = prepared(connection, sql, true);
      if (!checked.has(stmt)) {
        // once per statement: the array positions must be the shape's columns
        if (stmt.columns().length !== plan.length)
          throw new Error(`LeanShape.read: the SELECT list must be the shape's ${plan.length} columns: ${sql}`);
        checked.add(stmt);
      }
      const rows = stmt.all(...bind(em2, sql, params)) as unknown as unknown[][];
      const n = plan.length;
      const out = new Array<T>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const o = newRow();
        for (let j = 0; j < n; j++) {
          const p = plan[j];
          o[p.name] = p.hydrate ? driver.prepareHydratedValue(row[j], p.column) : row[j];
        }
        out[i] = o as T;
      }
      return out;
    },
  };
  cache.set(key, shape as LeanShape<unknown>);
  return shape;
}
