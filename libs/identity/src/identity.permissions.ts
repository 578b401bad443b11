import { ROLES, permissions } from '@app/core';

const { ADMIN_ONLY, ANY, ASSOCIATION } = ROLES;

/**
 * Who may do what with users, sessions and the audit trail: read by IdentityResolver, UsersService and AuditTrailService
 * (`@Allow(...IDENTITY_PERMISSIONS.x)`, `demand(actor, IDENTITY_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const IDENTITY_PERMISSIONS = permissions({
  setMyLanguage: ANY,
  changeMyPassword: ANY,
  me: ANY,
  users: ADMIN_ONLY,
  createUser: ADMIN_ONLY,
  changeUserRole: ADMIN_ONLY,
  deactivateUser: ADMIN_ONLY,
  reactivateUser: ADMIN_ONLY,
  auditTrail: ASSOCIATION,
  auditRecords: ADMIN_ONLY,
});
