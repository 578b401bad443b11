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
