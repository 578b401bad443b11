import { Module } from '@nestjs/common';
import { NotificationResolver } from './api/notification.resolver';
import { NotificationsService } from './notifications.service';

@Module({ providers: [NotificationsService, NotificationResolver], exports: [NotificationsService] })
export class NotificationsModule {}
