// The administrator's screens, loaded on first use (apart from sign-in and settings, which every session needs).
export { UsersPage } from './users-page';
export { AuditPage } from './audit-page';
