import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { buildDataSourceOptions, type SchemaParts } from './data-source-options';
import { Database } from './database.service';
import { QueryCounter } from './query-counter';
import { bindIntegersOnSqlite } from './sqlite-integer-parameters';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

@Injectable()
class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}

/** Any fixed number: the key of the advisory lock that migrations run under on PostgreSQL. */
const MIGRATION_LOCK = 2_300_001;

/**
 * Several API instances may start at once on one PostgreSQL database (README "Several API
 * instances"): without a lock both would create the migrations table and run the same migration,
 * and one would fail to start. A session-level advisory lock on a connection of its own lets one
 * migrate while the others wait, then find nothing left to do. SQLite runs one instance.
 */
async function oneMigratorAtATime<T>(ds: DataSource, migrate: () => Promise<T>): Promise<T> {
  if (ds.options.type !== 'postgres') return migrate();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    return await migrate();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await runner.release();
  }
}

export interface DatabaseModuleOptions {
  schema: SchemaParts;
  /** Run pending migrations when the module starts (API and CLI do; `migrate` does it explicitly). */
  runMigrations: boolean;
}

/**
 * Owns the DataSource. Only `Database` is exported, so services cannot reach a repository
 * outside `Database.transaction()`/`read()` by accident.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(opts: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: QueryCounter, useFactory: () => new QueryCounter((msg, d) => new Logger('SQL').warn({ msg, ...d })) },
        {
          provide: DATA_SOURCE,
          inject: [APP_CONFIG, QueryCounter],
          useFactory: async (config: AppConfig, counter: QueryCounter) => {
            const ds = new DataSource(buildDataSourceOptions(config, opts.schema, counter));
            bindIntegersOnSqlite(ds);
            await ds.initialize();
            if (opts.runMigrations) {
              const ran = await oneMigratorAtATime(ds, () => ds.runMigrations({ transaction: 'each' }));
              if (ran.length) new Logger('Database').log({ msg: 'migrations applied', migrations: ran.map((m) => m.name) });
            }
            return ds;
          },
        },
        { provide: Database, inject: [DATA_SOURCE], useFactory: (ds: DataSource) => new Database(ds) },
        DataSourceLifecycle,
      ],
      exports: [Database, QueryCounter],
    };
  }
}
