export * from './notifications.module';
export * from './notifications.service';
export * from './notification-sender';
export * from './notification-messages';
export * from './notification.entity';
import { Notification } from './notification.entity';

export const NOTIFICATIONS_ENTITIES = [Notification];
