import { AuditAccess } from '../audit-access';
import type { AuditView } from '../audits.service';
import { AuditStatus } from '../entities/coordinated-audit.entity';
import type { AuditModel } from './models/audit.model';

/** The GraphQL shape of an audit as one person sees it; `view` stays for the field resolvers. */
export type AuditNode = AuditModel & { view: AuditView };

export function auditNode(view: AuditView): AuditNode {
  const { audit, participants, access } = view;
  const plan = access !== AuditAccess.SUMMARY;
  const report = access === AuditAccess.REPORT;
  const tookPlace = audit.status === AuditStatus.DONE || audit.status === AuditStatus.REPORTED;
  return {
    view,
    id: audit.id,
    supplierMemberId: audit.supplierMemberId,
    status: audit.status,
    standards: audit.scope.map((s) => s.standard),
    viewerAccess: access,
    doneOn: tookPlace ? audit.doneOn : null,
    reportedOn: audit.reportedOn,
    scope: plan ? audit.scope : null,
    plannedOn: plan ? audit.plannedOn : null,
    supplierConfirmed: plan ? audit.supplierConfirmedAt !== null : null,
    leadMemberId: plan ? audit.leadMemberId : null,
    leadAuditorUserId: plan ? audit.leadAuditorUserId : null,
    participants: plan
      ? participants.map((p) => ({ memberId: p.memberId, status: p.status, respondedAt: p.respondedAt, declineReason: p.declineReason }))
      : null,
    registeredOn: plan ? audit.registeredOn : null,
    note: plan ? audit.note : null,
    cancelReason: plan ? audit.cancelReason : null,
    summary: report ? audit.summary : null,
  };
}
