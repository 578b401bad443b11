import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule, type DatabaseModuleOptions } from './database/database.module';
import { Ports } from './ports/ports';

/** Shared plumbing for both apps: configuration, the database and the ports between contexts. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DatabaseModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [DatabaseModule.forRoot(database)],
      providers: [{ provide: APP_CONFIG, useValue: config }, Ports],
      exports: [APP_CONFIG, DatabaseModule, Ports],
    };
  }
}
