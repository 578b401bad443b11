import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule, type DatabaseModuleOptions } from './database/database.module';

/** Shared plumbing for both apps: configuration and the database. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DatabaseModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [DatabaseModule.forRoot(database)],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG, DatabaseModule],
    };
  }
}
