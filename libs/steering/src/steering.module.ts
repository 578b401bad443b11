import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { NotificationsModule } from '@app/notifications';
import { TendersModule } from '@app/tenders';
import { SteeringResolver } from './api/steering.resolver';
import { SteeringService } from './steering.service';

@Module({
  imports: [TendersModule, BidsModule, NotificationsModule],
  providers: [SteeringService, SteeringResolver],
  exports: [SteeringService],
})
export class SteeringModule {}
