import { ROLES, permissions } from '@app/core';

const { ANY, FIRMS, LEADERSHIP, LEADERSHIP_AND_FIRMS } = ROLES;

/**
 * Who may do what with supplier audits and registers: read by the resolvers, the report PDF route and the audit services
 * (`@Allow(...AUDIT_PERMISSIONS.x)`, `demand(actor, AUDIT_PERMISSIONS.x)`). Which rows a role reaches is the
 * services' business.
 */
export const AUDIT_PERMISSIONS = permissions({
  /** `GET /audits/:id/report.pdf`. */
  downloadAuditReport: ANY,
  audits: ANY,
  audit: ANY,
  auditorCandidates: LEADERSHIP_AND_FIRMS,
  proposeAudit: LEADERSHIP_AND_FIRMS,
  inviteToAudit: LEADERSHIP_AND_FIRMS,
  acceptAuditReliance: FIRMS,
  declineAuditReliance: FIRMS,
  confirmAuditDate: FIRMS,
  rescheduleAudit: LEADERSHIP_AND_FIRMS,
  cancelAudit: LEADERSHIP_AND_FIRMS,
  markAuditDone: FIRMS,
  recordAuditFinding: FIRMS,
  updateAuditFinding: FIRMS,
  removeAuditFinding: FIRMS,
  reportAudit: FIRMS,
  respondToAuditFinding: FIRMS,
  closeAuditFinding: FIRMS,
  auditProgramme: ANY,
  supplierAuditRecords: ANY,
  supplierRelationships: ANY,
  addSupplierRelationship: LEADERSHIP_AND_FIRMS,
  updateSupplierRelationship: LEADERSHIP_AND_FIRMS,
  /** Coordinating any audit: proposing for any firm, inviting, moving, cancelling, seeing any firm's auditors (never its findings). */
  coordinateAnyAudit: LEADERSHIP,
  /** Keeping any member's supplier register; a firm user keeps its own. */
  keepAnyRegister: LEADERSHIP,
});
