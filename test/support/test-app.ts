import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { type AppConfig, Database, JsonLogger, loadConfig, osloDate, projectRoot } from '@app/core';
import { SeedService } from '@app/platform';
import { createApp } from '../../apps/api/src/bootstrap';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions: { code: string; [k: string]: unknown }; path?: string[] }[] | undefined;
  sqlStatements: number;
  headers: Record<string, string>;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: Database;
  http: ReturnType<typeof request>;
  /** Posts one GraphQL operation; `token` signs it in. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Signs in a seeded demo user and returns the token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The demo users every test app is seeded with (see libs/platform/src/seed). */
export const USERS = {
  admin: { email: 'admin@totalfly.example', password: 'demo-admin-2006' },
  leader: { email: 'leder@totalfly.example', password: 'demo-leder-2006' },
  steering: { email: 'styre@totalfly.example', password: 'demo-styre-2006' },
  firmA: { email: 'firma@nammo.example', password: 'demo-firma-2006' },
  firmB: { email: 'firma@sagstuen.example', password: 'demo-firma-2006' },
} as const;

/** Sources and the seed's data files. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|csv)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** A hash of libs/ (the migrations, the seed and its data live there), once per test file. */
let libsHash: string | undefined;
function hashOfLibs(): string {
  if (libsHash) return libsHash;
  const root = projectRoot();
  const h = createHash('sha256');
  for (const f of sourceFiles(join(root, 'libs')).sort()) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return (libsHash = h.digest('hex').slice(0, 16));
}

/**
 * PostgreSQL: the name of a database on DATABASE_URL's server that holds every migration and
 * nothing else (or, `seeded`, the migrations and the demo seed), made on first use by booting the
 * app on an empty database (the same boot, the same migrations and seed, as any test app's), then
 * copied for each test app (`CREATE DATABASE … TEMPLATE`) instead of running the ~30 migrations
 * and the seed again per suite. The app still runs its migrations at boot and finds none pending,
 * and `seedIfEmpty` finds the data there. Named by a hash of libs/ (where the migrations, the seed
 * and their helpers live), so a changed migration makes a new template, and the seeded one also by
 * the Oslo day (the seed dates its data from today); Jest workers take turns making them (an
 * advisory lock). Migrations from an empty database are still run by every template made and by
 * two-instances' "two instances start at once on an empty database".
 */
async function pgTemplate(baseUrl: string, seeded: boolean): Promise<string> {
  const migrated = `tf_template_${hashOfLibs()}`;
  // the seed dates its data from today (Oslo), so a seeded template is one day's
  const name = seeded ? `${migrated}_seeded_${osloDate(new Date()).replaceAll('-', '')}` : migrated;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(20061)');
    const exists = async (db: string) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount === 1;
    const make = async (db: string, from: string | null, seed: boolean) => {
      // made under another name and renamed when complete, so a half-made template is never copied
      const making = `${db}_making`;
      await admin.query(`DROP DATABASE IF EXISTS ${making} WITH (FORCE)`);
      await admin.query(from ? `CREATE DATABASE ${making} TEMPLATE ${from}` : `CREATE DATABASE ${making}`);
      const url = new URL(baseUrl);
      url.pathname = `/${making}`;
      const config = loadConfig(
        { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url.toString(), LOG_LEVEL: 'error' },
        '0.0.0-test',
      );
      const app = await createApp(config, { logger: new JsonLogger('error') });
      await app.init();
      if (seed) await app.get(SeedService).seedIfEmpty();
      await app.close();
      await admin.query(`ALTER DATABASE ${making} RENAME TO ${db}`);
    };
    if (!(await exists(migrated))) await make(migrated, null, false);
    if (seeded && !(await exists(name))) await make(name, migrated, true);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(20061)').catch(() => undefined);
    await admin.end();
  }
  return name;
}

/**
 * SQLite: the serialized image of a migrated database, or of a migrated and seeded one, made on
 * first use by the same boot (and seed) as any test app's and kept in the temporary directory, so
 * that each in-memory test app opens a copy instead of running the ~30 migrations and the demo seed
 * again (~2 s of every app start on a slow machine). Named by a hash of libs/ (migrations, seed and
 * its data) and, for the seeded one, the Oslo day, since the seed dates its data from today. A
 * worker that finds no image makes one and renames it into place when complete (two workers may
 * both make it: the same content, the last rename wins). The migrations from an empty database and
 * the seed still run in every image made, in the seed's own specs and in `npm start`.
 */
async function sqliteImage(seeded: boolean): Promise<Buffer> {
  const file = join(tmpdir(), `tf-sqlite-${hashOfLibs()}-${seeded ? `seeded-${osloDate(new Date())}` : 'migrated'}.db`);
  if (existsSync(file)) return readFileSync(file);
  const base = seeded ? await sqliteImage(false) : undefined;
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, DATABASE_PATH: ':memory:', LOG_LEVEL: 'error' }, '0.0.0-test');
  const app = await createApp(base ? withImage(config, base) : config, { logger: new JsonLogger('error') });
  await app.init();
  if (seeded) await app.get(SeedService).seedIfEmpty();
  type Serializable = { databaseConnection: { serialize(): Buffer } };
  const image = await app
    .get(Database)
    .read(async (em) => (em.connection.driver as unknown as Serializable).databaseConnection.serialize());
  await app.close();
  const making = `${file}.${process.pid}.making`;
  writeFileSync(making, image);
  renameSync(making, file);
  return image;
}

function withImage(config: AppConfig, image: Uint8Array): AppConfig {
  return { ...config, database: { ...config.database, image } };
}

/**
 * Boots the real application on a real database: in-memory SQLite by default, or a fresh
 * PostgreSQL database (created here, dropped on close) when DATABASE_URL is set.
 */
export async function createTestApp(
  opts: { seed?: boolean; env?: Record<string, string>; shareDatabaseWith?: TestApp } = {},
): Promise<TestApp> {
  const baseUrl = process.env.DATABASE_URL;
  let dropDb: (() => Promise<void>) | undefined;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_PATH: ':memory:',
    LOG_LEVEL: 'error',
    ...opts.env,
  };
  if (opts.shareDatabaseWith) {
    // a second instance on the same database (its owner drops it)
    const db = opts.shareDatabaseWith.config.database;
    if (db.kind === 'postgres') env.DATABASE_URL = db.url!;
    else env.DATABASE_PATH = db.path;
  } else if (baseUrl) {
    const name = `tf_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const template = await pgTemplate(baseUrl, opts.seed !== false);
    const admin = new Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDb = async () => {
      const c = new Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  let config = loadConfig(env, '0.0.0-test');
  if (!opts.shareDatabaseWith && config.database.kind === 'sqlite' && config.database.path === ':memory:')
    config = withImage(config, await sqliteImage(opts.seed !== false));
  const app = await createApp(config, { logger: new JsonLogger('error') });
  await app.init();
  if (opts.seed !== false) await app.get(SeedService).seedIfEmpty();
  const server = app.getHttpServer();
  const http = request(server);

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return {
      status: res.status,
      data: res.body?.data,
      errors: res.body?.errors,
      sqlStatements: Number(res.headers['x-sql-statements'] ?? NaN),
      headers: res.headers as Record<string, string>,
    };
  };

  const tokens = new Map<string, string>();
  const login = async (email: string, password?: string): Promise<string> => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const pw = password ?? Object.values(USERS).find((u) => u.email === email)?.password;
    const r = await gql<{ login: { token: string } }>('mutation($i: LoginInput!) { login(input: $i) { token } }', {
      i: { email, password: pw },
    });
    if (!r.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
    tokens.set(email, r.data.login.token);
    return r.data.login.token;
  };

  return {
    app,
    config,
    db: app.get(Database),
    http,
    gql,
    login,
    close: async () => {
      await app.close();
      await dropDb?.();
    },
  };
}

/** The code of the first error, or 'OK' when there was none. */
export function codeOf(r: GqlResult<unknown>): string {
  return r.errors?.[0]?.extensions?.code ?? 'OK';
}
