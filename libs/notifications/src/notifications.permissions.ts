import { ROLES, permissions } from '@app/core';

const { ANY } = ROLES;

/**
 * Who may do what with notifications: read by NotificationResolver
 * (`@Allow(...NOTIFICATION_PERMISSIONS.x)`, `demand(actor, NOTIFICATION_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const NOTIFICATION_PERMISSIONS = permissions({
  myNotifications: ANY,
  markNotificationRead: ANY,
});
