import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, JsonLogger, loadConfig, packageVersion } from '@app/core';
import { PlatformModule } from '@app/platform';
import type { DbEnv } from './bench-target';

/** Signing secret of the bench servers (tokens never leave this machine). */
export const BENCH_JWT_SECRET = 'totalfly-bench-secret-not-for-production-0123456789';

/**
 * Configuration for a bench process: only the given database, never whatever DATABASE_URL or
 * DATABASE_PATH the shell happens to have (that could be the demo database).
 */
export function benchConfig(db: DbEnv, extra: Record<string, string> = {}): AppConfig {
  return loadConfig(
    { NODE_ENV: 'development', SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn', JWT_SECRET: BENCH_JWT_SECRET, ...db, ...extra },
    packageVersion(),
  );
}

/** The composition root without HTTP (as the CLI uses it), migrations applied. */
export async function platformContext(db: DbEnv): Promise<INestApplicationContext> {
  const config = benchConfig(db);
  return NestFactory.createApplicationContext(PlatformModule.forRoot(config, { runMigrations: true }), {
    logger: new JsonLogger('warn'),
    abortOnError: false,
  });
}
