import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { type AppConfig, Database, JsonLogger, loadConfig, projectRoot } from '@app/core';
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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * PostgreSQL: the name of a database on DATABASE_URL's server that holds every migration and
 * nothing else, made on first use by booting the app on an empty database (the same boot, the same
 * migrations, as any test app's), then copied for each test app (`CREATE DATABASE … TEMPLATE`)
 * instead of running the ~30 migrations again per suite. The app still runs its migrations at boot
 * and finds none pending. Named by a hash of libs/ (where the migrations and their helpers live), so
 * a changed migration makes a new template; Jest workers take turns making it (an advisory lock).
 * Migrations from an empty database are still run by every template made and by two-instances'
 * "two instances start at once on an empty database".
 */
async function migratedTemplate(baseUrl: string): Promise<string> {
  const root = projectRoot();
  const h = createHash('sha256');
  for (const f of sourceFiles(join(root, 'libs')).sort()) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  const name = `tf_template_${h.digest('hex').slice(0, 16)}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(20061)');
    const exists = async (db: string) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount === 1;
    if (!(await exists(name))) {
      // made under another name and renamed when complete, so a half-made template is never copied
      const making = `${name}_making`;
      await admin.query(`DROP DATABASE IF EXISTS ${making} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${making}`);
      const url = new URL(baseUrl);
      url.pathname = `/${making}`;
      const config = loadConfig(
        { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url.toString(), LOG_LEVEL: 'error' },
        '0.0.0-test',
      );
      const app = await createApp(config, { logger: new JsonLogger('error') });
      await app.init();
      await app.close();
      await admin.query(`ALTER DATABASE ${making} RENAME TO ${name}`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(20061)').catch(() => undefined);
    await admin.end();
  }
  return name;
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
    const template = await migratedTemplate(baseUrl);
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
  const config = loadConfig(env, '0.0.0-test');
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
