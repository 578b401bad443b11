import { ApolloDriver } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { type AppConfig, AuthGuard, ErrorReasonResolver, createValidationPipe } from '@app/core';
import { PlatformModule } from '@app/platform';
import { graphqlOptions } from './graphql/graphql-options';
import { AppErrorFilter } from './http/app-error.filter';
import { GraphiqlController } from './http/graphiql.controller';
import { HealthController } from './http/health.controller';

/** Wiring only: the platform (core + contexts), GraphQL, HTTP routes, the one guard and pipe. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config), GraphQLModule.forRoot({ driver: ApolloDriver, ...graphqlOptions(config) })],
      controllers: [HealthController, GraphiqlController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        ErrorReasonResolver,
      ],
    };
  }
}
