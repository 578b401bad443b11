import type { Tx } from './database.service';

type SqliteConnection = { prepare(sql: string): { run(...p: unknown[]): unknown } };

/** better-sqlite3's own connection when `tx` runs on SQLite (its writer lock already held), else null. */
function sqliteOf(tx: Tx): SqliteConnection | null {
  if (tx.connection.options.type === 'postgres') return null;
  return (tx.connection.driver as unknown as { databaseConnection?: SqliteConnection }).databaseConnection ?? null;
}

/** PostgreSQL: rows from `fill`, `size` at a time, as one array per column (for `unnest`), each chunk to `send`. */
async function inColumnChunks(
  count: number,
  width: number,
  size: number,
  fill: (i: number, out: unknown[]) => void,
  send: (columns: unknown[][]) => Promise<unknown>,
): Promise<void> {
  const row = new Array<unknown>(width);
  for (let start = 0; start < count; start += size) {
    const columns = Array.from({ length: width }, () => [] as unknown[]);
    for (let i = start; i < Math.min(count, start + size); i++) {
      fill(i, row);
      for (let c = 0; c < width; c++) columns[c].push(row[c]);
    }
    await send(columns);
  }
}

/**
 * Inserts many rows fast, inside the caller's transaction. SQLite: one prepared statement run
 * per row on the (already locked) shared connection; PostgreSQL: multi-row INSERTs. Values are
 * raw column values (numbers, strings, null): transformers do not run here.
 */
export async function bulkInsert(tx: Tx, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  await insertRows(tx, table, columns, rows.length, (i, out) => {
    const r = rows[i];
    for (let c = 0; c < out.length; c++) out[c] = r[c];
  });
}

/**
 * The same, with rows that need not exist as arrays: `fill(i, out)` writes row i's values into
 * `out` (one array per column list, reused). A royalty run writes a million lines this way
 * without first making a million row arrays for the garbage collector to move around. With
 * `pgTypes` (one PostgreSQL type per column), PostgreSQL gets one array per column and 10 000 rows
 * per `INSERT … SELECT FROM unnest(…)` instead of a statement with a parameter per value.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: string[],
  count: number,
  fill: (i: number, out: unknown[]) => void,
  pgTypes?: readonly string[],
): Promise<void> {
  if (!count) return;
  const cols = columns.map((c) => `"${c}"`).join(', ');
  const args = new Array<unknown>(columns.length);
  const sqlite = sqliteOf(tx);
  if (sqlite) {
    const stmt = sqlite.prepare(`INSERT INTO "${table}" (${cols}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (let i = 0; i < count; i++) {
      fill(i, args);
      for (let c = 0; c < args.length; c++) if (typeof args[c] === 'boolean') args[c] = args[c] ? 1 : 0;
      stmt.run(args);
    }
    return;
  }
  if (pgTypes) {
    const sql = `INSERT INTO "${table}" (${cols}) SELECT * FROM unnest(${pgTypes.map((type, k) => `$${k + 1}::${type}[]`).join(', ')})`;
    await inColumnChunks(count, columns.length, 10_000, fill, (arrays) => tx.query(sql, arrays));
    return;
  }
  const perStatement = Math.max(1, Math.floor(60000 / columns.length));
  for (let start = 0; start < count; start += perStatement) {
    const params: unknown[] = [];
    const values: string[] = [];
    for (let i = start; i < Math.min(count, start + perStatement); i++) {
      fill(i, args);
      values.push(`(${args.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
    }
    await tx.query(`INSERT INTO "${table}" (${cols}) VALUES ${values.join(', ')}`, params);
  }
}

/**
 * Updates many rows by id, inside the caller's transaction: `fill(i, out)` writes row i's id into
 * `out[0]` and its new values into `out[1…]`, in the order of `columns` (name and PostgreSQL
 * type). SQLite: one prepared UPDATE per row; PostgreSQL: one UPDATE … FROM unnest(…) per
 * 5 000 rows, typed by `columns`.
 */
export async function updateRows(
  tx: Tx,
  table: string,
  columns: readonly (readonly [name: string, pgType: string])[],
  count: number,
  fill: (i: number, out: unknown[]) => void,
): Promise<void> {
  if (!count) return;
  const sqlite = sqliteOf(tx);
  if (sqlite) {
    const stmt = sqlite.prepare(`UPDATE "${table}" SET ${columns.map(([c]) => `"${c}" = ?`).join(', ')} WHERE "id" = ?`);
    const out = new Array<unknown>(columns.length + 1);
    const args = new Array<unknown>(columns.length + 1);
    for (let i = 0; i < count; i++) {
      fill(i, out);
      for (let c = 0; c < columns.length; c++) args[c] = typeof out[c + 1] === 'boolean' ? (out[c + 1] ? 1 : 0) : out[c + 1];
      args[columns.length] = out[0];
      stmt.run(args);
    }
    return;
  }
  const sql =
    `UPDATE "${table}" AS t SET ${columns.map(([c]) => `"${c}" = v."${c}"`).join(', ')} ` +
    `FROM unnest($1::integer[], ${columns.map(([, type], k) => `$${k + 2}::${type}[]`).join(', ')}) ` +
    `AS v("id", ${columns.map(([c]) => `"${c}"`).join(', ')}) WHERE t."id" = v."id"`;
  await inColumnChunks(count, columns.length + 1, 5000, fill, (arrays) => tx.query(sql, arrays));
}
