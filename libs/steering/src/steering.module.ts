import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { TendersModule } from '@app/tenders';
import { DecisionContextResolver } from './api/decision-context.resolver';
import { SteeringResolver, SteeringVoteResolver } from './api/steering.resolver';
import { SteeringService } from './steering.service';

@Module({
  imports: [TendersModule, BidsModule, NotificationsModule, IdentityModule],
  providers: [SteeringService, SteeringResolver, SteeringVoteResolver, DecisionContextResolver],
  exports: [SteeringService],
})
export class SteeringModule {}
