export { AuditsPage } from './audits-page';
export { AuditPage } from './audit-page';
