import type { Tx } from './database.service';

/**
 * Inserts many rows fast, inside the caller's transaction. SQLite: one prepared statement run
 * per row on the (already locked) shared connection; PostgreSQL: multi-row INSERTs. Values are
 * raw column values (numbers, strings, null): transformers do not run here.
 */
export async function bulkInsert(tx: Tx, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const driver = tx.connection.driver as unknown as { databaseConnection?: { prepare(sql: string): { run(...p: unknown[]): unknown } } };
  const cols = columns.map((c) => `"${c}"`).join(', ');
  if (tx.connection.options.type !== 'postgres' && driver.databaseConnection) {
    const stmt = driver.databaseConnection.prepare(`INSERT INTO "${table}" (${cols}) VALUES (${columns.map(() => '?').join(', ')})`);
    // one argument array reused for every row: a million-row insert makes no garbage per row
    const args = new Array<unknown>(columns.length);
    for (const r of rows) {
      for (let c = 0; c < args.length; c++) {
        const v = r[c];
        args[c] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      }
      stmt.run(args);
    }
    return;
  }
  const perStatement = Math.max(1, Math.floor(60000 / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`).join(', ');
    await tx.query(`INSERT INTO "${table}" (${cols}) VALUES ${values}`, params);
  }
}
