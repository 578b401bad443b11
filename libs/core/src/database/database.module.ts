import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { buildDataSourceOptions, type SchemaParts } from './data-source-options';
import { Database } from './database.service';
import { QueryCounter } from './query-counter';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

@Injectable()
class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
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
            await ds.initialize();
            if (opts.runMigrations) {
              const ran = await ds.runMigrations({ transaction: 'each' });
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
