import type { EntityManager } from 'typeorm';

/**
 * Raw SQL with `?` placeholders on both databases: SQLite takes them as they are, PostgreSQL gets
 * them numbered ($1, $2 …). For aggregates and bulk reads where the query builder adds nothing.
 */
export function rawQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  if (em.connection.options.type !== 'postgres') return em.query(sql, params);
  let n = 0;
  return em.query(
    sql.replace(/\?/g, () => `$${++n}`),
    params,
  );
}

/**
 * Like rawQuery, but every row is an array of the selected values in order: for reads of a
 * million rows, where an object per row costs more than the query. SQLite: better-sqlite3's raw
 * mode on the one shared connection (inside the caller's transaction, like bulkInsert);
 * PostgreSQL: the values of each row object (bigint and numeric stay strings). On SQLite the
 * statement goes around TypeORM, so it is logged here as TypeORM logs its own: the statement
 * counter (x-sql-statements, the tests' and the bench's counts) sees it like any other.
 */
export async function rawRows(em: EntityManager, sql: string, params: unknown[] = []): Promise<unknown[][]> {
  const driver = em.connection.driver as unknown as {
    databaseConnection?: { prepare(sql: string): { raw(on: boolean): { all(...p: unknown[]): unknown[][] } } };
  };
  if (em.connection.options.type !== 'postgres' && driver.databaseConnection) {
    em.connection.logger.logQuery(sql, params);
    return driver.databaseConnection
      .prepare(sql)
      .raw(true)
      .all(...params);
  }
  return (await rawQuery<Record<string, unknown>>(em, sql, params)).map((r) => Object.values(r));
}
