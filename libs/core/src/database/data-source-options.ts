import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { DataSourceOptions, Logger as TypeOrmLogger, MixedList, EntitySchema } from 'typeorm';
import type { AppConfig } from '../config/app-config';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * SQLite (better-sqlite3) by default, PostgreSQL when DATABASE_URL is set. Same entities and
 * migrations for both. Never `synchronize`: the schema only changes through migrations.
 */
export function buildDataSourceOptions(config: AppConfig, schema: SchemaParts, logger?: TypeOrmLogger): DataSourceOptions {
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logger,
    logging: logger ? (['query', 'error'] as const) : false,
  };
  if (config.database.kind === 'postgres') {
    // JIT off: our statements are short aggregates, for which PostgreSQL's JIT compilation (on
    // by default above a cost of 100,000) cost more than it saved (8–20 ms per pipeline statement)
    return { ...common, type: 'postgres', url: config.database.url, extra: { max: 10, options: '-c jit=off' } } as DataSourceOptions;
  }
  const file = config.database.path;
  const memory = file === ':memory:';
  if (!memory) mkdirSync(dirname(file), { recursive: true });
  const image = memory ? config.database.image : undefined;
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    // an in-memory database opened from a serialized image (better-sqlite3 opens a Buffer as a
    // writable in-memory copy); TypeORM calls `new driver(database, options)`
    ...(image ? { driver: memoryImageDriver(image) } : {}),
    // WAL lets a backup or a second process read while we write; NORMAL is safe with WAL and
    // must be set explicitly (docs/STACK.md trap 5). The busy timeout stays at 5 s.
    enableWAL: !memory,
    timeout: 5000,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      // 16 KiB pages (the default is 4 KiB) for a new database: fewer, fuller B-tree pages. A
      // royalty run writing a million lines is ~1 s faster (docs/BENCHMARKS.md). A database that
      // already has tables keeps its page size: SQLite ignores this until a VACUUM.
      db.pragma('page_size = 16384');
      db.pragma('synchronous = NORMAL');
      // Page cache of up to 256 MiB (the default is 2 MiB), taken only as pages are used. A
      // royalty run over a million lines deletes, reads and inserts ~400 MiB of pages in one
      // transaction; with 2 MiB it keeps spilling and re-reading them (measured: 20.5 s → 14 s).
      db.pragma('cache_size = -262144');
    },
  } as DataSourceOptions;
}

/** A better-sqlite3 constructor that ignores the file name and opens a copy of `image` in memory. */
function memoryImageDriver(image: Uint8Array) {
  return function OpenImage(_file: string, options: BetterSqlite3.Options) {
    return new BetterSqlite3(Buffer.from(image), options);
  };
}
