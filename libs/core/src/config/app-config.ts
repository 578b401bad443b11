import { randomBytes } from 'node:crypto';

export type DatabaseKind = 'sqlite' | 'postgres';
export type NodeEnv = 'development' | 'production' | 'test';

/** Validated configuration. Every field comes from one environment variable (see README). */
export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  readonly database: {
    readonly kind: DatabaseKind;
    readonly url?: string;
    readonly path: string;
    /**
     * Not from the environment: an in-memory SQLite database (`path` ':memory:') starts as a copy
     * of this serialized database instead of empty. The e2e tests start each app from a migrated
     * (and seeded) image made once, instead of running the migrations and the seed every time.
     */
    readonly image?: Uint8Array;
  };
  readonly seedDemoData: boolean;
  readonly jwt: { readonly secret: string; readonly ttlSeconds: number; readonly secretIsEphemeral: boolean };
  /** How long a browser session lasts from sign-in (a working day): the refresh token's life. */
  readonly sessionTtlSeconds: number;
  readonly bodyLimitBytes: number;
  /** Limit for bulk uploads such as OCDS release packages. */
  readonly uploadLimitBytes: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Exposes `x-sql-statements` on responses; never in production. */
  readonly exposeSqlStatementCount: boolean;
  /** Mutations one user may send per minute (per process). */
  readonly mutationRateLimitPerMinute: number;
  /** How often reminders are scanned and notifications delivered (0: never, e.g. in tests). */
  readonly reminderIntervalMs: number;
  /** Queries run as compiled JavaScript (graphql-jit); `false` falls back to graphql-js for every query. */
  readonly compiledQueries: boolean;
  readonly version: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function parseSize(raw: string): number | undefined {
  const m = /^(\d+)\s*(b|kb|mb)?$/i.exec(raw.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  return Number(m[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
}

/**
 * Reads and validates the environment once, collecting every problem so that an operator
 * fixes them in one go instead of one restart per variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = '0.0.0'): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = (['development', 'production', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as NodeEnv;

  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be an integer 0-65535 (got "${env.PORT}")`);

  const url = env.DATABASE_URL?.trim() || undefined;
  let kind: DatabaseKind = 'sqlite';
  if (url) {
    if (/^postgres(ql)?:\/\//.test(url)) kind = 'postgres';
    else problems.push('DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for SQLite)');
  }
  const path = env.DATABASE_PATH?.trim() || './data/totalfly.sqlite';

  const ttlSeconds = Number(env.JWT_TTL_SECONDS ?? 900);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 30 || ttlSeconds > 86400) {
    problems.push(`JWT_TTL_SECONDS must be an integer between 30 and 86400 (got "${env.JWT_TTL_SECONDS}")`);
  }
  const sessionTtlSeconds = Number(env.SESSION_TTL_SECONDS ?? 12 * 3600);
  if (!Number.isInteger(sessionTtlSeconds) || sessionTtlSeconds < 300 || sessionTtlSeconds > 7 * 86400) {
    problems.push(`SESSION_TTL_SECONDS must be an integer between 300 and 604800 (got "${env.SESSION_TTL_SECONDS}")`);
  }
  let secret = env.JWT_SECRET ?? '';
  let secretIsEphemeral = false;
  if (!secret) {
    if (nodeEnv === 'production') problems.push('JWT_SECRET is required in production (at least 32 characters)');
    secret = randomBytes(32).toString('hex');
    secretIsEphemeral = true;
  } else if (secret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }

  const bodyLimitBytes = parseSize(env.BODY_LIMIT ?? '1mb');
  if (bodyLimitBytes === undefined || bodyLimitBytes < 1024)
    problems.push(`BODY_LIMIT must be a size such as 512kb or 2mb (got "${env.BODY_LIMIT}")`);

  const uploadLimitBytes = parseSize(env.UPLOAD_LIMIT ?? '100mb');
  if (uploadLimitBytes === undefined || uploadLimitBytes < 1024)
    problems.push(`UPLOAD_LIMIT must be a size such as 100mb (got "${env.UPLOAD_LIMIT}")`);

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);

  const mutationRate = Number(env.MUTATION_RATE_LIMIT ?? 300);
  if (!Number.isInteger(mutationRate) || mutationRate < 1)
    problems.push(`MUTATION_RATE_LIMIT must be a positive integer (got "${env.MUTATION_RATE_LIMIT}")`);

  const reminderIntervalMs = Number(env.REMINDER_INTERVAL_MS ?? (nodeEnv === 'test' ? 0 : 60000));
  if (!Number.isInteger(reminderIntervalMs) || reminderIntervalMs < 0)
    problems.push(`REMINDER_INTERVAL_MS must be 0 or more milliseconds (got "${env.REMINDER_INTERVAL_MS}")`);

  const seedRaw = env.SEED_DEMO_DATA ?? (nodeEnv === 'production' ? 'false' : 'true');
  if (!['true', 'false'].includes(seedRaw)) problems.push(`SEED_DEMO_DATA must be true or false (got "${seedRaw}")`);

  const compiledRaw = env.GRAPHQL_COMPILED_QUERIES ?? 'true';
  if (!['true', 'false'].includes(compiledRaw)) problems.push(`GRAPHQL_COMPILED_QUERIES must be true or false (got "${compiledRaw}")`);

  if (problems.length) throw new ConfigError(problems);
  return {
    nodeEnv,
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    database: { kind, url, path },
    seedDemoData: seedRaw === 'true',
    jwt: { secret, ttlSeconds, secretIsEphemeral },
    sessionTtlSeconds,
    bodyLimitBytes: bodyLimitBytes!,
    uploadLimitBytes: uploadLimitBytes!,
    logLevel,
    exposeSqlStatementCount: nodeEnv !== 'production',
    mutationRateLimitPerMinute: mutationRate,
    reminderIntervalMs,
    compiledQueries: compiledRaw === 'true',
    version,
  };
}
