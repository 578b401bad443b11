import { DynamicModule, Module } from '@nestjs/common';
import { AuditsModule } from '@app/audits';
import { ActivitiesModule } from '@app/activities';
import { BidsModule } from '@app/bids';
import { BrochuresModule } from '@app/brochures';
import { type AppConfig, CoreModule } from '@app/core';
import { ExchangeModule } from '@app/exchange';
import { IdentityModule } from '@app/identity';
import { MatchingModule } from '@app/matching';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { OrdersModule } from '@app/orders';
import { PipelineModule } from '@app/pipeline';
import { RoyaltiesModule } from '@app/royalties';
import { SteeringModule } from '@app/steering';
import { TendersModule } from '@app/tenders';
import { RemindersService } from './reminders.service';
import { SCHEMA } from './schema';
import { SeedService } from './seed/seed.service';

/** The composition root shared by the API and the CLI: core, every context, the seed. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, opts: { runMigrations: boolean } = { runMigrations: true }): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CoreModule.forRoot(config, { schema: SCHEMA, runMigrations: opts.runMigrations }),
        MembersModule,
        IdentityModule,
        TendersModule,
        MatchingModule,
        BidsModule,
        NotificationsModule,
        SteeringModule,
        BrochuresModule,
        OrdersModule,
        RoyaltiesModule,
        PipelineModule,
        ExchangeModule,
        AuditsModule,
        ActivitiesModule,
      ],
      providers: [SeedService, RemindersService],
      exports: [SeedService, RemindersService],
    };
  }
}
