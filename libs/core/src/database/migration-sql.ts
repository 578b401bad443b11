import type { QueryRunner } from 'typeorm';

/** The SQL of one migration step for each supported database. */
export interface DialectSql {
  sqlite: string[];
  postgres: string[];
}

/**
 * Migrations are generated for both databases at once (`npm run migration:generate`), and each
 * migration carries both dialects; this runs the right one.
 */
export async function runDialectSql(queryRunner: QueryRunner, sql: DialectSql): Promise<void> {
  const statements = queryRunner.connection.options.type === 'postgres' ? sql.postgres : sql.sqlite;
  for (const s of statements) await queryRunner.query(s);
}
