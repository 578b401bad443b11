// The notifications context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { Notification } from './entities/notification.entity';

export { NotificationsModule } from './notifications.module';
export { type NewNotification, NotificationsService, yieldToRequests } from './notifications.service';
export { senderFromEnv } from './notification-sender';
export {
  type AuditNotificationParams,
  type ExchangeAgreementNotificationParams,
  type MoneyDocument,
  type NotificationParams,
} from './notification-messages';
export { Notification } from './entities/notification.entity';

export const NOTIFICATIONS_ENTITIES = [Notification];
