import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { MembersModule } from '@app/members';
import { NotificationsModule } from '@app/notifications';
import { SteeringModule } from '@app/steering';
import { ActivitiesService } from './activities.service';
import { ActivityFirmResolver, ActivityResolver, BoardAreaResolver, PipelineActivityReturnsResolver } from './api/activity.resolver';

@Module({
  imports: [SteeringModule, NotificationsModule, IdentityModule, MembersModule],
  providers: [ActivitiesService, ActivityResolver, ActivityFirmResolver, BoardAreaResolver, PipelineActivityReturnsResolver],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
