import Sqlite from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '@app/core';
import { UsageError } from './cli-args';
import type { DbKind, Scale } from './scale';

/** Environment for loadConfig() or the server process: which database to use. */
export type DbEnv = Record<string, string>;

/** A database the bench may create and throw away (a fresh one, or a copy of the bench database). */
export interface ScratchDatabase {
  kind: DbKind;
  label: string;
  env: DbEnv;
  drop(): Promise<void>;
}

/**
 * The bench database of one scale: SQLite `data/bench-<scale>.sqlite` (or BENCH_DATABASE_PATH),
 * or a PostgreSQL database (BENCH_DATABASE_URL, else `<name>_bench_<scale>` next to DATABASE_URL).
 * It is never the demo database: both are resolved and compared before anything is touched.
 */
export interface BenchTarget {
  kind: DbKind;
  label: string;
  env: DbEnv;
  isEmpty(): Promise<boolean>;
  /** Creates the database if it does not exist (PostgreSQL); SQLite creates the file on open. */
  ensureExists(): Promise<void>;
  /** Deletes everything in the bench database (only ever this one). */
  wipe(): Promise<void>;
  /** A throwaway copy, for entries that write. */
  copy(tag: string): Promise<ScratchDatabase>;
  /** A new, empty database of the same kind (on the same PostgreSQL server). */
  fresh(tag: string): Promise<ScratchDatabase>;
  /** Removes what a temporary target created (the --quick dataset); a no-op for the real one. */
  dispose(): Promise<void>;
}

let scratchCounter = 0;
const scratchName = (tag: string) => `${tag.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${process.pid}_${++scratchCounter}`;

// ---------------------------------------------------------------- SQLite

function demoSqlitePath(): string {
  return resolve(process.env.DATABASE_PATH?.trim() || './data/totalfly.sqlite');
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

let tempDir: string | undefined;
/** One temporary directory per bench process for scratch SQLite files; removed at exit. */
export function benchTempDir(): string {
  if (!tempDir) {
    tempDir = mkdtempSync(join(tmpdir(), 'totalfly-bench-'));
    const dir = tempDir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return tempDir;
}

function removeSqlite(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

function sqliteRowCount(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new Sqlite(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'")
      .all() as { name: string }[];
    let rows = 0;
    for (const t of tables) rows += (db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n;
    return rows;
  } finally {
    db.close();
  }
}

function sqliteScratch(path: string, label: string): ScratchDatabase {
  return { kind: 'sqlite', label, env: { DATABASE_PATH: path }, drop: async () => removeSqlite(path) };
}

function sqliteTarget(path: string, temporary: boolean): BenchTarget {
  if (!temporary && samePath(path, demoSqlitePath())) {
    throw new UsageError(
      `The bench database ${path} is the demo database (DATABASE_PATH); refusing to touch it. Set BENCH_DATABASE_PATH to another file.`,
    );
  }
  return {
    kind: 'sqlite',
    label: temporary ? `temporary SQLite file` : path,
    env: { DATABASE_PATH: path },
    isEmpty: async () => sqliteRowCount(path) === 0,
    ensureExists: async () => undefined,
    wipe: async () => removeSqlite(path),
    async copy(tag) {
      const dest = join(benchTempDir(), `${scratchName(tag)}.sqlite`);
      if (existsSync(path)) {
        // fold the WAL into the main file so one file copy is the whole database
        const db = new Sqlite(path, { fileMustExist: true });
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
        copyFileSync(path, dest);
      }
      return sqliteScratch(dest, `copy of ${temporary ? 'the temporary dataset' : path}`);
    },
    fresh: async (tag) => sqliteScratch(join(benchTempDir(), `${scratchName(tag)}.sqlite`), 'temporary SQLite file'),
    dispose: async () => {
      if (temporary) removeSqlite(path);
    },
  };
}

// ---------------------------------------------------------------- PostgreSQL

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function pgDatabaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

async function pgCreate(adminUrl: string, name: string, template?: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`));
}

async function pgDrop(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

async function pgRowCount(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'",
    );
    let rows = 0;
    for (const { t } of tables.rows) rows += Number((await c.query(`SELECT COUNT(*) AS n FROM ${quoteIdent(t)}`)).rows[0].n);
    return rows;
  });
}

function pgScratch(adminUrl: string, name: string, label: string): ScratchDatabase {
  return { kind: 'postgres', label, env: { DATABASE_URL: withDatabase(adminUrl, name) }, drop: () => pgDrop(adminUrl, name) };
}

function postgresTarget(url: string, temporary: boolean): BenchTarget {
  const name = databaseOf(url);
  const demo = process.env.DATABASE_URL?.trim();
  if (!temporary && demo && new URL(demo).host === new URL(url).host && databaseOf(demo) === name) {
    throw new UsageError(
      `The bench database "${name}" is the one DATABASE_URL names; refusing to touch it. Point BENCH_DATABASE_URL at another database.`,
    );
  }
  // CREATE/DROP DATABASE run from the server's maintenance database
  const adminUrl = withDatabase(url, 'postgres');
  const exists = () => pgDatabaseExists(adminUrl, name);
  return {
    kind: 'postgres',
    label: temporary ? 'temporary PostgreSQL database' : redact(url),
    env: { DATABASE_URL: url },
    isEmpty: async () => !(await exists()) || (await pgRowCount(url)) === 0,
    ensureExists: async () => {
      if (!(await exists())) await pgCreate(adminUrl, name);
    },
    async wipe() {
      if (await exists()) await pgDrop(adminUrl, name);
      await pgCreate(adminUrl, name);
    },
    async copy(tag) {
      const copy = scratchName(`tf_bench_${tag}`);
      await pgCreate(adminUrl, copy, name);
      return pgScratch(adminUrl, copy, `copy of ${temporary ? 'the temporary dataset' : name}`);
    },
    async fresh(tag) {
      const fresh = scratchName(`tf_bench_${tag}`);
      await pgCreate(adminUrl, fresh);
      return pgScratch(adminUrl, fresh, 'temporary PostgreSQL database');
    },
    dispose: async () => {
      if (temporary) await pgDrop(adminUrl, name);
    },
  };
}

function postgresBaseUrl(): string {
  const url = process.env.BENCH_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim();
  if (!url) {
    throw new UsageError(
      '--db postgres needs BENCH_DATABASE_URL (or DATABASE_URL, whose server is then used for a separate bench database). ' +
        'For a throwaway server: bash scripts/with-postgres.sh npm run bench -- --db postgres',
    );
  }
  if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError('BENCH_DATABASE_URL/DATABASE_URL must start with postgres://');
  return url;
}

// ---------------------------------------------------------------- choosing a target

/** The bench database of a scale. Throws UsageError (and touches nothing) when it would be the demo database. */
export function benchTarget(kind: DbKind, scale: Scale): BenchTarget {
  if (kind === 'sqlite') {
    const path = process.env.BENCH_DATABASE_PATH?.trim() || join(projectRoot(), 'data', `bench-${scale}.sqlite`);
    if (path === ':memory:') throw new UsageError('BENCH_DATABASE_PATH must be a file; the bench database is reused between runs.');
    return sqliteTarget(resolve(path), false);
  }
  const explicit = process.env.BENCH_DATABASE_URL?.trim();
  const base = postgresBaseUrl();
  return postgresTarget(explicit ? base : withDatabase(base, `${databaseOf(base)}_bench_${scale}`), false);
}

/** A temporary bench database for --quick runs: removed by dispose(). */
export async function temporaryTarget(kind: DbKind): Promise<BenchTarget> {
  if (kind === 'sqlite') return sqliteTarget(join(benchTempDir(), 'quick-dataset.sqlite'), true);
  const base = postgresBaseUrl();
  const name = scratchName('tf_bench_quick');
  await pgCreate(withDatabase(base, 'postgres'), name);
  return postgresTarget(withDatabase(base, name), true);
}
