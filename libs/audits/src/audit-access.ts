import { type Actor, AppError, ErrorCode, type ErrorReason, Role, hasRole, isAssociation } from '@app/core';
import { AuditStatus, ParticipantStatus } from './entities/coordinated-audit.entity';

/**
 * How much of one audit a person sees:
 * - REPORT: the supplier, the lead auditor's firm and the members relying on it (ACCEPTED): the
 *   plan, the findings, the report PDF.
 * - PLAN: the association's staff (they coordinate) and members asked to rely on it that have
 *   not accepted (INVITED, or DECLINED: they were told of the plan): who, what, when, no findings.
 * - SUMMARY: every other member, once it has taken place: that the supplier was audited against
 *   which standards on which day, nothing else.
 * null: not visible at all (a planned or cancelled audit to an outsider) — reported as NOT_FOUND.
 */
export enum AuditAccess {
  SUMMARY = 'SUMMARY',
  PLAN = 'PLAN',
  REPORT = 'REPORT',
}

export interface AuditParties {
  supplierMemberId: number;
  leadMemberId: number;
  status: AuditStatus;
}

export interface ParticipantFact {
  memberId: number;
  status: ParticipantStatus;
}

export function firmOf(actor: Actor): number | null {
  return hasRole(actor, Role.FIRM_USER) ? actor.firmId : null;
}

export function auditAccess(actor: Actor, audit: AuditParties, participants: readonly ParticipantFact[]): AuditAccess | null {
  if (actor.kind !== 'user') return null;
  const firm = firmOf(actor);
  if (firm !== null) {
    if (firm === audit.supplierMemberId || firm === audit.leadMemberId) return AuditAccess.REPORT;
    const mine = participants.find((p) => p.memberId === firm);
    if (mine?.status === ParticipantStatus.ACCEPTED) return AuditAccess.REPORT;
    if (mine) return AuditAccess.PLAN;
  } else if (isAssociation(actor)) return AuditAccess.PLAN;
  return audit.status === AuditStatus.DONE || audit.status === AuditStatus.REPORTED ? AuditAccess.SUMMARY : null;
}

/** A refusal that names the party who may do it (the audit is visible to the caller). */
export function refuse(message: string, reason: ErrorReason, details: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message, { details: { reason, ...details } });
}

export function isLeadFirm(actor: Actor, audit: AuditParties): boolean {
  return firmOf(actor) === audit.leadMemberId;
}

export function isSupplierFirm(actor: Actor, audit: AuditParties): boolean {
  return firmOf(actor) === audit.supplierMemberId;
}

/** The firm of the firm user who proposed the audit (never true for the association's staff). */
export function isProposerFirm(actor: Actor, audit: { proposedByMemberId: number | null }): boolean {
  const firm = firmOf(actor);
  return firm !== null && firm === audit.proposedByMemberId;
}
