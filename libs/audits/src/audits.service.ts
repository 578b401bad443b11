import { Injectable, Logger } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  Role,
  type Tx,
  addDays,
  audit as recordTrail,
  guardedUpdate,
  isAssociation,
  osloDate,
  Ports,
  rawQuery,
  ErrorReason,
  may,
  groupBy,
} from '@app/core';
import { User } from '@app/identity';
import { FIRM_WARNINGS_PORT, type FirmWarning } from '@app/matching';
import { type CertificateType, Member } from '@app/members';
import { type NewNotification, NotificationsService, yieldToRequests } from '@app/notifications';
import { AuditAccess, auditAccess, firmOf, isLeadFirm, isProposerFirm, isSupplierFirm, refuse } from './audit-access';
import { type AuditEvent, auditParams } from './audit-notices';
import {
  MAX_MEMBERS,
  Problems,
  assertStatus,
  checkDate,
  checkFindingClause,
  cleanText,
  needsAction,
  normaliseScope,
  refuseNulls,
} from './audit-rules';
import { standardLabel } from './audit-standards';
import { AuditFinding, FindingSeverity, FindingStatus } from './entities/audit-finding.entity';
import { AuditParticipant, AuditStatus, CoordinatedAudit, ParticipantStatus } from './entities/coordinated-audit.entity';
import { SupplierAuditRecord } from './entities/supplier-audit-record.entity';
import { assertActiveMembers } from './supplier-register.service';
import { AUDIT_PERMISSIONS } from './audits.permissions';

export interface ProposeAudit {
  supplierMemberId: number;
  scope: { standard: string; clauses?: string[] | null }[];
  plannedOn: string;
  leadAuditorUserId: number;
  onBehalfOfMemberIds: number[];
  note?: string | null;
}

export interface NewFinding {
  auditId: number;
  standard: string;
  clause: string;
  severity: FindingSeverity;
  description: string;
  correctiveAction?: string | null;
  dueOn?: string | null;
}

/** undefined keeps a field; null clears correctiveAction, or dueOn of an observation, and is refused for the rest. */
export interface FindingChanges {
  clause?: string | null;
  severity?: FindingSeverity | null;
  description?: string | null;
  correctiveAction?: string | null;
  dueOn?: string | null;
  reason?: string | null;
}

export interface AuditFilter {
  supplierMemberId?: number | null;
  /** Audits a member takes part in (as lead auditor's firm or on whose behalf); a firm user: its own firm only. */
  participantMemberId?: number | null;
  statuses?: AuditStatus[] | null;
}

/** An audit as one person sees it. */
export interface AuditView {
  audit: CoordinatedAudit;
  participants: AuditParticipant[];
  access: AuditAccess;
}

/** An open major finding past its due date: what the register and the solver warn about. */
export interface OverdueMajor {
  findingId: number;
  auditId: number;
  supplierMemberId: number;
  standard: CertificateType;
  dueOn: string;
  doneOn: string;
  leadMemberId: number;
  relyingMemberIds: number[];
}

const ACTIVE: readonly AuditStatus[] = [AuditStatus.PLANNED, AuditStatus.DONE];
const FINDINGS_EDITABLE: readonly AuditStatus[] = [AuditStatus.DONE];
const ACTIONS_OPEN: readonly AuditStatus[] = [AuditStatus.DONE, AuditStatus.REPORTED];
const MAX_TEXT = 4000;
/** Open findings per page of the reminder scan. */
const REMINDER_PAGE = 100;

/**
 * Coordinated supplier audits: proposal, reliance, the supplier's confirmation, findings and their
 * corrective actions, the report, and the register's records. Row-level rules (audit-access.ts)
 * are applied here, so no resolver can skip them; every change writes its audit-trail record and
 * its notifications in the same transaction.
 */
@Injectable()
export class AuditsService {
  private readonly logger = new Logger('Audits');

  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    // the solver's explanations mention an overdue major finding (matching does not know audits)
    ports.provide(FIRM_WARNINGS_PORT, { warningsFor: (ids, today) => this.solverWarnings(ids, today) });
  }

  // ------------------------------------------------------------------ proposal and reliance

  async propose(actor: Actor, input: ProposeAudit): Promise<AuditView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const firm = firmOf(actor);
    if (!may(actor, AUDIT_PERMISSIONS.coordinateAnyAudit) && firm === null)
      throw refuse('Only the project leader, an administrator or a member firm proposes an audit.', ErrorReason.NOT_A_PROPOSER);
    const today = osloDate(new Date());
    const p = new Problems('audit proposal');
    const scope = normaliseScope(p, input.scope ?? []);
    checkDate(p, 'plannedOn', input.plannedOn, { notBefore: today, notAfter: addDays(today, 3 * 366) });
    const members = [...new Set(input.onBehalfOfMemberIds ?? [])];
    if (!members.length) p.add('onBehalfOfMemberIds', 'name at least one member the audit is done for');
    if (members.length !== (input.onBehalfOfMemberIds ?? []).length) p.add('onBehalfOfMemberIds', 'a member is listed twice');
    if (members.length > MAX_MEMBERS) p.add('onBehalfOfMemberIds', `at most ${MAX_MEMBERS} members`);
    if (members.includes(input.supplierMemberId)) p.add('onBehalfOfMemberIds', 'the supplier is not audited on its own behalf');
    const note = cleanText(input.note);
    if (note && note.length > 2000) p.add('note', 'at most 2000 characters');
    p.throwIfAny();
    return this.db.transaction(async (tx) => {
      await this.lockRow(tx, 'member', input.supplierMemberId);
      const lead = await tx.findOneBy(User, { id: input.leadAuditorUserId });
      if (!lead || !lead.active) throw AppError.notFound('User', input.leadAuditorUserId);
      const q = new Problems('audit proposal');
      if (lead.role !== Role.FIRM_USER || lead.firmId === null)
        q.add('leadAuditorUserId', 'the lead auditor is a person at a member firm (a firm user)');
      else if (lead.firmId === input.supplierMemberId) q.add('leadAuditorUserId', 'the lead auditor works for the supplier');
      q.throwIfAny();
      const leadMemberId = lead.firmId!;
      if (firm !== null && !may(actor, AUDIT_PERMISSIONS.coordinateAnyAudit) && firm !== leadMemberId && !members.includes(firm))
        throw refuse(
          'A firm proposes an audit it takes part in: on its own behalf, or with the lead auditor from its own firm.',
          ErrorReason.NOT_A_PARTY,
        );
      const found = await assertActiveMembers(tx, [
        ['supplierMemberId', input.supplierMemberId],
        ['leadAuditorUserId', leadMemberId],
        ...members.map((m, i): [string, number] => [`onBehalfOfMemberIds[${i}]`, m]),
      ]);
      await this.assertNoOverlap(
        tx,
        input.supplierMemberId,
        scope.map((s) => s.standard),
        members,
        null,
      );
      const now = new Date();
      const saved = await tx.save(
        tx.create(CoordinatedAudit, {
          supplierMemberId: input.supplierMemberId,
          scope,
          plannedOn: input.plannedOn,
          leadAuditorUserId: lead.id,
          leadMemberId,
          status: AuditStatus.PLANNED,
          supplierConfirmedAt: null,
          supplierConfirmedByUserId: null,
          doneOn: null,
          reportedOn: null,
          summary: null,
          registeredOn: null,
          note,
          cancelReason: null,
          proposedByUserId: actor.userId > 0 ? actor.userId : null,
          proposedByMemberId: firm,
          createdAt: now,
          updatedAt: now,
        }),
      );
      // the proposing firm relies on the audit it proposes for itself
      await tx.insert(
        AuditParticipant,
        members.map((memberId) => ({
          auditId: saved.id,
          memberId,
          status: memberId === firm ? ParticipantStatus.ACCEPTED : ParticipantStatus.INVITED,
          respondedAt: memberId === firm ? now : null,
          respondedByUserId: memberId === firm ? actor.userId : null,
          declineReason: null,
        })),
      );
      await recordTrail(tx, actor, {
        action: 'proposeAudit',
        entityType: 'CoordinatedAudit',
        entityId: saved.id,
        after: { ...saved, onBehalfOfMemberIds: members },
      });
      const supplierName = found.get(input.supplierMemberId)!.name;
      const standards = scope.map((s) => s.standard);
      const leadText = `${lead.displayName} (${found.get(leadMemberId)!.name})`;
      const facts = { auditId: saved.id, supplier: supplierName, standards, plannedOn: input.plannedOn, lead: leadText };
      await this.tell(
        tx,
        'AUDIT_PROPOSED_SUPPLIER',
        `audit-proposed:${saved.id}`,
        await this.notifications.usersOfFirm(tx, input.supplierMemberId),
        {
          kind: 'AUDIT_PROPOSED_SUPPLIER',
          ...facts,
        },
      );
      for (const m of members.filter((id) => id !== firm))
        await this.tell(tx, 'AUDIT_PROPOSED_MEMBER', `audit-invited:${saved.id}:m${m}`, await this.notifications.usersOfFirm(tx, m), {
          kind: 'AUDIT_PROPOSED_MEMBER',
          ...facts,
        });
      await this.tell(tx, 'AUDIT_LEAD_ASSIGNED', `audit-lead:${saved.id}:u${lead.id}`, [lead.id], {
        kind: 'AUDIT_LEAD_ASSIGNED',
        ...facts,
      });
      return this.viewIn(tx, actor, saved.id);
    });
  }

  /** Asks one more member to rely on a planned audit (the lead auditor's firm or the association's staff). */
  async invite(actor: Actor, auditId: number, memberId: number): Promise<AuditView> {
    return this.db.transaction(async (tx) => {
      const { audit } = await this.forChange(tx, actor, auditId);
      if (!may(actor, AUDIT_PERMISSIONS.coordinateAnyAudit) && !isLeadFirm(actor, audit))
        throw refuse(
          "Only the lead auditor's firm, the project leader or an administrator adds a member to an audit.",
          ErrorReason.NOT_LEAD_FIRM,
        );
      assertStatus(audit, [AuditStatus.PLANNED], 'inviting a member');
      const p = new Problems('invitation');
      if (memberId === audit.supplierMemberId) p.add('memberId', 'the supplier is not audited on its own behalf');
      p.throwIfAny();
      const found = await assertActiveMembers(tx, [['memberId', memberId]]);
      const existing = await tx.findOneBy(AuditParticipant, { auditId, memberId });
      if (existing && existing.status !== ParticipantStatus.DECLINED)
        throw AppError.conflict(`${found.get(memberId)!.name} is already on audit ${auditId} (${existing.status}).`, {
          reason: ErrorReason.ALREADY_PARTICIPATING,
        });
      await this.assertNoOverlap(
        tx,
        audit.supplierMemberId,
        audit.scope.map((s) => s.standard),
        [memberId],
        auditId,
      );
      if (existing)
        await guardedUpdate(
          tx,
          AuditParticipant,
          { id: existing.id, version: existing.version },
          { status: ParticipantStatus.INVITED, respondedAt: null, respondedByUserId: null, declineReason: null },
          'The invitation changed just now; reload the audit and try again.',
        );
      else await tx.insert(AuditParticipant, { auditId, memberId, status: ParticipantStatus.INVITED, declineReason: null });
      await recordTrail(tx, actor, { action: 'inviteToAudit', entityType: 'CoordinatedAudit', entityId: auditId, after: { memberId } });
      const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
      const lead = await tx.findOneBy(User, { id: audit.leadAuditorUserId });
      const leadFirm = await tx.findOneBy(Member, { id: audit.leadMemberId });
      await this.tell(
        tx,
        'AUDIT_PROPOSED_MEMBER',
        `audit-invited:${auditId}:m${memberId}:${Date.now()}`,
        await this.notifications.usersOfFirm(tx, memberId),
        {
          kind: 'AUDIT_PROPOSED_MEMBER',
          auditId,
          supplier: supplier.name,
          standards: audit.scope.map((s) => s.standard),
          plannedOn: audit.plannedOn,
          lead: `${lead?.displayName ?? '—'} (${leadFirm?.name ?? '—'})`,
        },
      );
      return this.viewIn(tx, actor, auditId);
    });
  }

  /** The member of the calling firm user relies on the audit's result (or stops relying, with a reason). */
  async answerReliance(actor: Actor, auditId: number, accept: boolean, reason: string | null): Promise<AuditView> {
    const firm = firmOf(actor);
    if (firm === null) throw refuse("A member's own users decide whether it relies on an audit.", ErrorReason.NOT_A_FIRM_USER);
    const why = cleanText(reason);
    if (!accept) {
      const p = new Problems('answer');
      if (!why) p.add('reason', 'say why the member does not rely on the audit');
      else if (why.length > 1000) p.add('reason', 'at most 1000 characters');
      p.throwIfAny();
    }
    return this.db.transaction(async (tx) => {
      const { audit, participants } = await this.forChange(tx, actor, auditId);
      const mine = participants.find((x) => x.memberId === firm);
      if (!mine) throw refuse(`Your firm is not asked to rely on audit ${auditId}.`, ErrorReason.NOT_INVITED);
      assertStatus(audit, ACTIVE, accept ? 'relying on it' : 'declining it');
      const target = accept ? ParticipantStatus.ACCEPTED : ParticipantStatus.DECLINED;
      if (mine.status === target) return this.viewIn(tx, actor, auditId);
      if (
        !accept &&
        audit.status === AuditStatus.DONE &&
        participants.filter((x) => x.status === ParticipantStatus.ACCEPTED).length === 1 &&
        mine.status === ParticipantStatus.ACCEPTED
      )
        throw AppError.conflict(
          `Audit ${auditId} has taken place and your firm is the only member relying on it; it cannot be left with none.`,
          {
            reason: ErrorReason.LAST_RELYING_MEMBER,
          },
        );
      await guardedUpdate(
        tx,
        AuditParticipant,
        { id: mine.id, version: mine.version },
        {
          status: target,
          respondedAt: new Date(),
          respondedByUserId: actor.kind === 'user' ? actor.userId : null,
          declineReason: accept ? null : why,
        },
        'Your firm answered this invitation just now; reload the audit.',
      );
      await recordTrail(tx, actor, {
        action: accept ? 'acceptAuditReliance' : 'declineAuditReliance',
        entityType: 'CoordinatedAudit',
        entityId: auditId,
        before: { memberId: firm, status: mine.status },
        after: { memberId: firm, status: target },
        reason: why,
      });
      const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
      const member = await tx.findOneByOrFail(Member, { id: firm });
      await this.tell(
        tx,
        'AUDIT_RELIANCE_ANSWERED',
        `audit-reliance:${auditId}:m${firm}:${target}:${Date.now()}`,
        [audit.leadAuditorUserId],
        {
          kind: 'AUDIT_RELIANCE_ANSWERED',
          auditId,
          supplier: supplier.name,
          member: member.name,
          accepted: accept,
          reason: why,
        },
      );
      return this.viewIn(tx, actor, auditId);
    });
  }

  async confirmDate(actor: Actor, auditId: number): Promise<AuditView> {
    return this.db.transaction(async (tx) => {
      const { audit } = await this.forChange(tx, actor, auditId);
      if (!isSupplierFirm(actor, audit))
        throw refuse("Only the supplier's own users confirm the date of its audit.", ErrorReason.NOT_SUPPLIER);
      assertStatus(audit, [AuditStatus.PLANNED], 'confirming the date');
      if (audit.supplierConfirmedAt) return this.viewIn(tx, actor, auditId);
      await guardedUpdate(
        tx,
        CoordinatedAudit,
        { id: auditId, version: audit.version, where: { status: AuditStatus.PLANNED } },
        { supplierConfirmedAt: new Date(), supplierConfirmedByUserId: (actor as { userId: number }).userId, updatedAt: new Date() },
        `Audit ${auditId} changed just now; reload it and confirm again.`,
      );
      await recordTrail(tx, actor, {
        action: 'confirmAuditDate',
        entityType: 'CoordinatedAudit',
        entityId: auditId,
        after: { plannedOn: audit.plannedOn },
      });
      const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
      await this.tell(
        tx,
        'AUDIT_DATE_CONFIRMED',
        `audit-confirmed:${auditId}:${audit.plannedOn}`,
        [audit.leadAuditorUserId, ...(audit.proposedByUserId ? [audit.proposedByUserId] : [])],
        { kind: 'AUDIT_DATE_CONFIRMED', auditId, supplier: supplier.name, plannedOn: audit.plannedOn },
      );
      return this.viewIn(tx, actor, auditId);
    });
  }

  /** A new date: the supplier's confirmation is needed again, unless the supplier moved it. */
  async reschedule(actor: Actor, auditId: number, plannedOn: string, reason: string): Promise<AuditView> {
    const today = osloDate(new Date());
    const p = new Problems('new date');
    checkDate(p, 'plannedOn', plannedOn, { notBefore: today, notAfter: addDays(today, 3 * 366) });
    const why = cleanText(reason);
    if (!why) p.add('reason', 'say why the date moves');
    else if (why.length > 1000) p.add('reason', 'at most 1000 characters');
    p.throwIfAny();
    return this.db.transaction(async (tx) => {
      const { audit, participants } = await this.forChange(tx, actor, auditId);
      const bySupplier = isSupplierFirm(actor, audit);
      if (!bySupplier && !isLeadFirm(actor, audit) && !may(actor, AUDIT_PERMISSIONS.coordinateAnyAudit) && !isProposerFirm(actor, audit))
        throw refuse(
          "The supplier, the lead auditor's firm, the proposer or the project leader moves an audit.",
          ErrorReason.NOT_A_PLANNER,
        );
      assertStatus(audit, [AuditStatus.PLANNED], 'moving it');
      await guardedUpdate(
        tx,
        CoordinatedAudit,
        { id: auditId, version: audit.version, where: { status: AuditStatus.PLANNED } },
        {
          plannedOn,
          supplierConfirmedAt: bySupplier ? new Date() : null,
          supplierConfirmedByUserId: bySupplier ? (actor as { userId: number }).userId : null,
          updatedAt: new Date(),
        },
        `Audit ${auditId} changed just now; reload it and try again.`,
      );
      await recordTrail(tx, actor, {
        action: 'rescheduleAudit',
        entityType: 'CoordinatedAudit',
        entityId: auditId,
        before: { plannedOn: audit.plannedOn },
        after: { plannedOn },
        reason: why,
      });
      const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
      await this.tell(tx, 'AUDIT_RESCHEDULED', `audit-moved:${auditId}:${plannedOn}`, await this.everyoneOf(tx, audit, participants), {
        kind: 'AUDIT_RESCHEDULED',
        auditId,
        supplier: supplier.name,
        plannedOn,
        reason: why!,
      });
      return this.viewIn(tx, actor, auditId);
    });
  }

  async cancel(actor: Actor, auditId: number, reason: string): Promise<AuditView> {
    const why = cleanText(reason);
    const p = new Problems('cancellation');
    if (!why) p.add('reason', 'say why the audit is cancelled');
    else if (why.length > 1000) p.add('reason', 'at most 1000 characters');
    p.throwIfAny();
    return this.db.transaction(async (tx) => {
      const { audit, participants } = await this.forChange(tx, actor, auditId);
      if (!isLeadFirm(actor, audit) && !may(actor, AUDIT_PERMISSIONS.coordinateAnyAudit) && !isProposerFirm(actor, audit))
        throw refuse("The lead auditor's firm, the proposer or the project leader cancels an audit.", ErrorReason.NOT_A_PLANNER);
      assertStatus(audit, [AuditStatus.PLANNED], 'cancelling it');
      await guardedUpdate(
        tx,
        CoordinatedAudit,
        { id: auditId, version: audit.version, where: { status: AuditStatus.PLANNED } },
        { status: AuditStatus.CANCELLED, cancelReason: why, updatedAt: new Date() },
        `Audit ${auditId} changed just now; reload it and try again.`,
      );
      await recordTrail(tx, actor, {
        action: 'cancelAudit',
        entityType: 'CoordinatedAudit',
        entityId: auditId,
        before: { status: audit.status },
        after: { status: AuditStatus.CANCELLED },
        reason: why,
      });
      const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
      await this.tell(tx, 'AUDIT_CANCELLED', `audit-cancelled:${auditId}`, await this.everyoneOf(tx, audit, participants), {
        kind: 'AUDIT_CANCELLED',
        auditId,
        supplier: supplier.name,
        reason: why!,
      });
      return this.viewIn(tx, actor, auditId);
    });
  }

  // ------------------------------------------------------------------ the audit itself

  /** The audit took place: only with the supplier's confirmation and at least one member relying on it. */
  async markDone(actor: Actor, auditId: number, doneOn: string): Promise<AuditView> {
    const today = osloDate(new Date());
    return this.db.transaction(async (tx) => {
      const { audit, participants } = await this.forChange(tx, actor, auditId);
      this.assertLeadFirm(actor, audit, 'records that the audit took place');
      assertStatus(audit, [AuditStatus.PLANNED], 'recording that it took place');
      const p = new Problems('audit');
      checkDate(p, 'doneOn', doneOn, { notAfter: today, notBefore: osloDate(audit.createdAt) });
      p.throwIfAny();
      if (!audit.supplierConfirmedAt)
        throw AppError.conflict(`The supplier has not confirmed the date of audit ${auditId}; it cannot have taken place as planned.`, {
          reason: ErrorReason.NOT_CONFIRMED_BY_SUPPLIER,
        });
      if (!participants.some((x) => x.status === ParticipantStatus.ACCEPTED))
        throw AppError.conflict(`No member relies on audit ${auditId} yet; at least one must accept before it takes place.`, {
          reason: ErrorReason.NO_RELYING_MEMBER,
        });
      await guardedUpdate(
        tx,
        CoordinatedAudit,
        { id: auditId, version: audit.version, where: { status: AuditStatus.PLANNED } },
        { status: AuditStatus.DONE, doneOn, updatedAt: new Date() },
        `Audit ${auditId} changed just now; reload it and try again.`,
      );
      await recordTrail(tx, actor, {
        action: 'markAuditDone',
        entityType: 'CoordinatedAudit',
        entityId: auditId,
        before: { status: audit.status },
        after: { status: AuditStatus.DONE, doneOn },
      });
      return this.viewIn(tx, actor, auditId);
    });
  }

  async recordFinding(actor: Actor, input: NewFinding): Promise<AuditFinding> {
    return this.db.transaction(async (tx) => {
      const { audit } = await this.forChange(tx, actor, input.auditId);
      this.assertLeadFirm(actor, audit, 'records findings');
      assertStatus(audit, FINDINGS_EDITABLE, 'recording findings');
      const p = new Problems('finding');
      const clause = checkFindingClause(p, audit.scope, input.standard, input.clause ?? '');
      const description = cleanText(input.description);
      if (!description) p.add('description', 'describe the finding');
      else if (description.length > MAX_TEXT) p.add('description', `at most ${MAX_TEXT} characters`);
      const action = cleanText(input.correctiveAction);
      if (action && action.length > MAX_TEXT) p.add('correctiveAction', `at most ${MAX_TEXT} characters`);
      this.checkDue(p, input.severity, input.dueOn ?? null, audit.doneOn!);
      p.throwIfAny();
      const now = new Date();
      const saved = await tx.save(
        tx.create(AuditFinding, {
          auditId: audit.id,
          supplierMemberId: audit.supplierMemberId,
          standard: input.standard as CertificateType,
          clause,
          severity: input.severity,
          description: description!,
          correctiveAction: action,
          dueOn: input.dueOn ?? null,
          status: FindingStatus.OPEN,
          evidence: null,
          evidenceSubmittedAt: null,
          closedOn: null,
          closedByUserId: null,
          createdByUserId: (actor as { userId: number }).userId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await recordTrail(tx, actor, { action: 'recordAuditFinding', entityType: 'AuditFinding', entityId: saved.id, after: { ...saved } });
      return saved;
    });
  }

  /**
   * Before the report every field may change; after it only the due date (with a reason), as the
   * lead auditor agrees a new date with the supplier.
   */
  async updateFinding(actor: Actor, id: number, changes: FindingChanges): Promise<AuditFinding> {
    const nulls = new Problems('finding');
    refuseNulls(nulls, changes, ['clause', 'severity', 'description']);
    nulls.throwIfAny();
    return this.db.transaction(async (tx) => {
      const { finding, audit } = await this.findingForChange(tx, actor, id);
      this.assertLeadFirm(actor, audit, 'changes findings');
      assertStatus(audit, ACTIONS_OPEN, 'changing a finding');
      if (finding.status !== FindingStatus.OPEN)
        throw AppError.conflict(`Finding ${id} is closed; it cannot change.`, { reason: ErrorReason.FINDING_CLOSED });
      const p = new Problems('finding');
      const reported = audit.status === AuditStatus.REPORTED;
      if (reported) {
        for (const f of ['clause', 'severity', 'description', 'correctiveAction'] as const)
          if (changes[f] !== undefined) p.add(f, 'the report is issued; only the due date may change now');
        if (changes.dueOn !== undefined && !cleanText(changes.reason)) p.add('reason', 'say why the due date changes after the report');
      }
      const next = { ...finding };
      if (changes.clause != null) next.clause = checkFindingClause(p, audit.scope, finding.standard, changes.clause);
      if (changes.severity != null) next.severity = changes.severity;
      if (changes.description != null) {
        const d = cleanText(changes.description);
        if (!d) p.add('description', 'describe the finding');
        else if (d.length > MAX_TEXT) p.add('description', `at most ${MAX_TEXT} characters`);
        next.description = d ?? finding.description;
      }
      if (changes.correctiveAction !== undefined) {
        next.correctiveAction = cleanText(changes.correctiveAction);
        if (next.correctiveAction && next.correctiveAction.length > MAX_TEXT) p.add('correctiveAction', `at most ${MAX_TEXT} characters`);
      }
      if (changes.dueOn !== undefined) next.dueOn = changes.dueOn;
      if (changes.dueOn !== undefined || changes.severity !== undefined) this.checkDue(p, next.severity, next.dueOn, audit.doneOn!);
      p.throwIfAny();
      await guardedUpdate(
        tx,
        AuditFinding,
        { id, version: finding.version, where: { status: FindingStatus.OPEN } },
        {
          clause: next.clause,
          severity: next.severity,
          description: next.description,
          correctiveAction: next.correctiveAction,
          dueOn: next.dueOn,
          updatedAt: new Date(),
        },
        `Finding ${id} changed just now; reload it and try again.`,
      );
      const saved = await tx.findOneByOrFail(AuditFinding, { id });
      await recordTrail(tx, actor, {
        action: 'updateAuditFinding',
        entityType: 'AuditFinding',
        entityId: id,
        before: { ...finding },
        after: { ...saved },
        reason: cleanText(changes.reason),
      });
      return saved;
    });
  }

  async removeFinding(actor: Actor, id: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { finding, audit } = await this.findingForChange(tx, actor, id);
      this.assertLeadFirm(actor, audit, 'removes findings');
      assertStatus(audit, FINDINGS_EDITABLE, 'removing a finding');
      await tx.delete(AuditFinding, { id });
      await recordTrail(tx, actor, { action: 'removeAuditFinding', entityType: 'AuditFinding', entityId: id, before: { ...finding } });
      return true;
    });
  }

  /** Issues the report; the register records the audit at once when no major finding is open. */
  async report(actor: Actor, auditId: number, summary: string): Promise<AuditView> {
    const text = cleanText(summary);
    const p = new Problems('report');
    if (!text) p.add('summary', "write the lead auditor's conclusion");
    else if (text.length > 10_000) p.add('summary', 'at most 10000 characters');
    p.throwIfAny();
    return this.db.transaction(async (tx) => {
      const { audit, participants } = await this.forChange(tx, actor, auditId);
      this.assertLeadFirm(actor, audit, 'issues the report');
      assertStatus(audit, [AuditStatus.DONE], 'issuing the report');
      if (!participants.some((x) => x.status === ParticipantStatus.ACCEPTED))
        throw AppError.conflict(`No member relies on audit ${auditId}; a report would record it for nobody.`, {
          reason: ErrorReason.NO_RELYING_MEMBER,
        });
      const today = osloDate(new Date());
      await guardedUpdate(
        tx,
        CoordinatedAudit,
        { id: auditId, version: audit.version, where: { status: AuditStatus.DONE } },
        { status: AuditStatus.REPORTED, summary: text, reportedOn: today, updatedAt: new Date() },
        `Audit ${auditId} changed just now; reload it and try again.`,
      );
      await recordTrail(tx, actor, {
        action: 'reportAudit',
        entityType: 'CoordinatedAudit',
        entityId: auditId,
        before: { status: audit.status },
        after: { status: AuditStatus.REPORTED, reportedOn: today },
      });
      const findings = await tx.findBy(AuditFinding, { auditId });
      const count = (s: FindingSeverity) => findings.filter((f) => f.severity === s).length;
      const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
      const relying = participants.filter((x) => x.status === ParticipantStatus.ACCEPTED).map((x) => x.memberId);
      await this.tell(
        tx,
        'AUDIT_REPORTED',
        `audit-reported:${auditId}`,
        [audit.leadAuditorUserId, ...(await this.usersOfFirms(tx, [audit.supplierMemberId, ...relying]))],
        {
          kind: 'AUDIT_REPORTED',
          auditId,
          supplier: supplier.name,
          major: count(FindingSeverity.MAJOR),
          minor: count(FindingSeverity.MINOR),
          observations: count(FindingSeverity.OBSERVATION),
        },
      );
      await this.registerIfClear(tx, actor, auditId);
      return this.viewIn(tx, actor, auditId);
    });
  }

  /** The supplier states its corrective action and/or the evidence that it is done. */
  async respondToFinding(
    actor: Actor,
    id: number,
    input: { correctiveAction?: string | null; evidence?: string | null },
  ): Promise<AuditFinding> {
    const nulls = new Problems('answer');
    refuseNulls(nulls, input, ['correctiveAction', 'evidence']);
    nulls.throwIfAny();
    return this.db.transaction(async (tx) => {
      const { finding, audit } = await this.findingForChange(tx, actor, id);
      if (!isSupplierFirm(actor, audit)) throw refuse("Only the supplier's users answer its findings.", ErrorReason.NOT_SUPPLIER);
      assertStatus(audit, ACTIONS_OPEN, 'answering a finding');
      if (finding.status !== FindingStatus.OPEN)
        throw AppError.conflict(`Finding ${id} is closed.`, { reason: ErrorReason.FINDING_CLOSED });
      const p = new Problems('answer');
      const action = input.correctiveAction == null ? undefined : cleanText(input.correctiveAction);
      const evidence = input.evidence == null ? undefined : cleanText(input.evidence);
      if (action === undefined && evidence === undefined) p.add('correctiveAction', 'give the corrective action, the evidence, or both');
      if (action === null) p.add('correctiveAction', 'describe the corrective action');
      if (evidence === null) p.add('evidence', 'describe the evidence');
      if (action && action.length > MAX_TEXT) p.add('correctiveAction', `at most ${MAX_TEXT} characters`);
      if (evidence && evidence.length > MAX_TEXT) p.add('evidence', `at most ${MAX_TEXT} characters`);
      p.throwIfAny();
      await guardedUpdate(
        tx,
        AuditFinding,
        { id, version: finding.version, where: { status: FindingStatus.OPEN } },
        {
          ...(action !== undefined ? { correctiveAction: action } : {}),
          ...(evidence !== undefined ? { evidence, evidenceSubmittedAt: new Date() } : {}),
          updatedAt: new Date(),
        },
        `Finding ${id} changed just now; reload it and try again.`,
      );
      const saved = await tx.findOneByOrFail(AuditFinding, { id });
      await recordTrail(tx, actor, {
        action: 'respondToAuditFinding',
        entityType: 'AuditFinding',
        entityId: id,
        before: { ...finding },
        after: { ...saved },
      });
      if (evidence) {
        const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
        await this.tell(tx, 'FINDING_EVIDENCE_SUBMITTED', `finding-evidence:${id}:${saved.version}`, [audit.leadAuditorUserId], {
          kind: 'FINDING_EVIDENCE_SUBMITTED',
          auditId: audit.id,
          findingId: id,
          supplier: supplier.name,
          standard: finding.standard,
          clause: finding.clause,
        });
      }
      return saved;
    });
  }

  /**
   * The lead auditor's firm closes a finding once the action is in place: a major or minor one
   * needs its corrective action and the evidence (given here, or sent by the supplier). Closing the
   * last open major finding of a reported audit records it in the register.
   */
  async closeFinding(actor: Actor, id: number, evidence: string | null | undefined): Promise<AuditFinding> {
    const nulls = new Problems('closure');
    refuseNulls(nulls, { evidence }, ['evidence']);
    nulls.throwIfAny();
    return this.db.transaction(async (tx) => {
      const { finding, audit } = await this.findingForChange(tx, actor, id);
      this.assertLeadFirm(actor, audit, 'closes findings');
      assertStatus(audit, ACTIONS_OPEN, 'closing a finding');
      if (finding.status !== FindingStatus.OPEN)
        throw AppError.conflict(`Finding ${id} is already closed.`, { reason: ErrorReason.FINDING_CLOSED });
      const given = evidence == null ? undefined : cleanText(evidence);
      const p = new Problems('closure');
      if (given === null) p.add('evidence', 'describe the evidence, or leave it out to use what the supplier sent');
      if (given && given.length > MAX_TEXT) p.add('evidence', `at most ${MAX_TEXT} characters`);
      const proof = given ?? finding.evidence;
      if (needsAction(finding.severity)) {
        if (!finding.correctiveAction) p.add('correctiveAction', 'a nonconformity is closed only with its corrective action recorded');
        if (!proof) p.add('evidence', 'a nonconformity is closed only with the evidence that its action is done');
      }
      p.throwIfAny();
      const today = osloDate(new Date());
      await guardedUpdate(
        tx,
        AuditFinding,
        { id, version: finding.version, where: { status: FindingStatus.OPEN } },
        {
          status: FindingStatus.CLOSED,
          evidence: proof ?? null,
          ...(given ? { evidenceSubmittedAt: new Date() } : {}),
          closedOn: today,
          closedByUserId: (actor as { userId: number }).userId,
          updatedAt: new Date(),
        },
        `Finding ${id} changed just now; reload it and try again.`,
      );
      const saved = await tx.findOneByOrFail(AuditFinding, { id });
      await recordTrail(tx, actor, {
        action: 'closeAuditFinding',
        entityType: 'AuditFinding',
        entityId: id,
        before: { ...finding },
        after: { ...saved },
      });
      await this.tell(tx, 'FINDING_CLOSED', `finding-closed:${id}`, await this.notifications.usersOfFirm(tx, audit.supplierMemberId), {
        kind: 'FINDING_CLOSED',
        auditId: audit.id,
        findingId: id,
        supplier: (await tx.findOneByOrFail(Member, { id: audit.supplierMemberId })).name,
        standard: finding.standard,
        clause: finding.clause,
        closedOn: today,
      });
      await this.registerIfClear(tx, actor, audit.id);
      return saved;
    });
  }

  // ------------------------------------------------------------------ reading

  async get(actor: Actor, id: number): Promise<AuditView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read(async (em) => this.viewIn(em, actor, id));
  }

  /** Newest first (by the day it took place, or is planned). Statements: count, page, participants. */
  async list(actor: Actor, filter: AuditFilter, first: number, offset: number): Promise<{ nodes: AuditView[]; totalCount: number }> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const firm = firmOf(actor);
    const p = new Problems('filter');
    if (!Number.isInteger(first) || first < 1 || first > 500) p.add('first', 'from 1 to 500');
    if (!Number.isInteger(offset) || offset < 0) p.add('offset', '0 or more');
    p.throwIfAny();
    if (filter.participantMemberId != null && !isAssociation(actor) && filter.participantMemberId !== firm)
      throw refuse('A firm sees which audits it takes part in, not which audits other members take part in.', ErrorReason.NOT_YOUR_FIRM);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.supplierMemberId != null) {
      where.push('a.supplier_member_id = ?');
      params.push(filter.supplierMemberId);
    }
    if (filter.statuses?.length) {
      where.push(`a.status IN (${filter.statuses.map(() => '?').join(', ')})`);
      params.push(...filter.statuses);
    }
    if (filter.participantMemberId != null) {
      where.push(
        "(a.lead_member_id = ? OR EXISTS (SELECT 1 FROM coordinated_audit_member m WHERE m.audit_id = a.id AND m.member_id = ? AND m.status <> 'DECLINED'))",
      );
      params.push(filter.participantMemberId, filter.participantMemberId);
    }
    if (!isAssociation(actor)) {
      where.push(
        "(a.status IN ('DONE', 'REPORTED') OR a.supplier_member_id = ? OR a.lead_member_id = ? OR EXISTS (SELECT 1 FROM coordinated_audit_member v WHERE v.audit_id = a.id AND v.member_id = ?))",
      );
      params.push(firm ?? -1, firm ?? -1, firm ?? -1);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.db.read(async (em) => {
      const [{ n }] = await rawQuery<{ n: number | string }>(em, `SELECT COUNT(*) AS n FROM coordinated_audit a ${clause}`, params);
      const ids = (
        await rawQuery<{ id: number }>(
          em,
          `SELECT a.id FROM coordinated_audit a ${clause} ORDER BY COALESCE(a.done_on, a.planned_on) DESC, a.id DESC LIMIT ? OFFSET ?`,
          [...params, first, offset],
        )
      ).map((r) => Number(r.id));
      if (!ids.length) return { nodes: [], totalCount: Number(n) };
      const audits = await em.findBy(CoordinatedAudit, { id: In(ids) });
      const participants = await em.find(AuditParticipant, { where: { auditId: In(ids) }, order: { id: 'ASC' } });
      const byId = new Map(audits.map((a) => [a.id, a]));
      const nodes: AuditView[] = [];
      for (const id of ids) {
        const audit = byId.get(id)!;
        const mine = participants.filter((x) => x.auditId === id);
        const access = auditAccess(actor, audit, mine);
        if (access) nodes.push({ audit, participants: mine, access });
      }
      return { nodes, totalCount: Number(n) };
    });
  }

  async findingsOf(auditIds: readonly number[]): Promise<AuditFinding[]> {
    return auditIds.length
      ? this.db.read((em) => em.find(AuditFinding, { where: { auditId: In([...auditIds]) }, order: { id: 'ASC' } }))
      : [];
  }

  /**
   * The register's audit records a person may see: the supplier's own, those recorded for the
   * person's firm, and all of them for the association.
   */
  async records(actor: Actor, filter: { supplierMemberId?: number | null; buyerMemberId?: number | null }): Promise<SupplierAuditRecord[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const firm = firmOf(actor);
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(SupplierAuditRecord, 'r');
      if (filter.supplierMemberId != null) qb.andWhere('r.supplier_member_id = :s', { s: filter.supplierMemberId });
      if (filter.buyerMemberId != null) qb.andWhere('r.buyer_member_id = :b', { b: filter.buyerMemberId });
      if (!isAssociation(actor)) qb.andWhere('(r.supplier_member_id = :f OR r.buyer_member_id = :f)', { f: firm ?? -1 });
      return qb.orderBy('r.audited_on', 'DESC').addOrderBy('r.id', 'DESC').getMany();
    });
  }

  /** Records of several suppliers at once (the Member.supplierAuditRecords loader), filtered as `records`. */
  async recordsOfSuppliers(actor: Actor, supplierIds: readonly number[]): Promise<SupplierAuditRecord[]> {
    if (actor.kind !== 'user' || !supplierIds.length) return [];
    const firm = firmOf(actor);
    const rows = await this.db.read((em) =>
      em.find(SupplierAuditRecord, { where: { supplierMemberId: In([...supplierIds]) }, order: { auditedOn: 'DESC', id: 'DESC' } }),
    );
    return isAssociation(actor) ? rows : rows.filter((r) => r.supplierMemberId === firm || r.buyerMemberId === firm);
  }

  /** Persons who may lead an audit for a member: its active firm users. */
  async auditorCandidates(actor: Actor, memberId: number): Promise<User[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    if (!may(actor, AUDIT_PERMISSIONS.coordinateAnyAudit) && firmOf(actor) !== memberId)
      throw refuse("A firm sees its own people; the project leader sees every member's.", ErrorReason.NOT_YOUR_FIRM);
    return this.db.read(async (em) => {
      if (!(await em.existsBy(Member, { id: memberId }))) throw AppError.notFound('Member', memberId);
      return em.find(User, { where: { firmId: memberId, role: Role.FIRM_USER, active: true }, order: { displayName: 'ASC', id: 'ASC' } });
    });
  }

  /** Open major findings past their due date, of the given suppliers (all when none are given). */
  async overdueMajors(supplierIds: readonly number[] | null, today = osloDate(new Date())): Promise<OverdueMajor[]> {
    if (supplierIds && !supplierIds.length) return [];
    return this.db.read(async (em) => {
      const qb = em
        .createQueryBuilder(AuditFinding, 'f')
        .innerJoin(CoordinatedAudit, 'a', 'a.id = f.audit_id')
        .select([
          'f.id AS finding_id',
          'f.audit_id AS audit_id',
          'f.supplier_member_id AS supplier_id',
          'f.standard AS standard',
          'f.due_on AS due_on',
          'a.done_on AS done_on',
          'a.lead_member_id AS lead_id',
        ])
        .where("f.status = 'OPEN' AND f.severity = 'MAJOR' AND f.due_on < :today", { today })
        .andWhere("a.status IN ('DONE', 'REPORTED')");
      if (supplierIds) qb.andWhere('f.supplier_member_id IN (:...ids)', { ids: [...supplierIds] });
      const rows = await qb.orderBy('f.due_on', 'ASC').addOrderBy('f.id', 'ASC').getRawMany<Record<string, unknown>>();
      if (!rows.length) return [];
      const auditIds = [...new Set(rows.map((r) => Number(r.audit_id)))];
      const relying = await em.find(AuditParticipant, { where: { auditId: In(auditIds), status: ParticipantStatus.ACCEPTED } });
      return rows.map((r) => ({
        findingId: Number(r.finding_id),
        auditId: Number(r.audit_id),
        supplierMemberId: Number(r.supplier_id),
        standard: r.standard as CertificateType,
        dueOn: String(r.due_on),
        doneOn: String(r.done_on),
        leadMemberId: Number(r.lead_id),
        relyingMemberIds: relying.filter((x) => x.auditId === Number(r.audit_id)).map((x) => x.memberId),
      }));
    });
  }

  /** Whether a person may see the warning of an overdue major finding (the association and the audit's parties). */
  mayKnowOf(actor: Actor, m: OverdueMajor): boolean {
    if (isAssociation(actor)) return true;
    const firm = firmOf(actor);
    return firm !== null && (firm === m.supplierMemberId || firm === m.leadMemberId || m.relyingMemberIds.includes(firm));
  }

  warningText(m: OverdueMajor): string {
    return `Major nonconformity against ${standardLabel(m.standard)} found in audit ${m.auditId} on ${m.doneOn}: its corrective action was due ${m.dueOn} and is still open. The certificate stands until the certification body decides.`;
  }

  private async solverWarnings(memberIds: number[], today: string): Promise<FirmWarning[]> {
    return (await this.overdueMajors(memberIds, today)).map((m) => ({
      firmId: m.supplierMemberId,
      code: 'OVERDUE_MAJOR_FINDING',
      certificateType: m.standard,
      auditId: m.auditId,
      foundOn: m.doneOn,
      dueOn: m.dueOn,
      message: this.warningText(m),
    }));
  }

  // ------------------------------------------------------------------ reminders

  /**
   * Corrective actions past their due date: the supplier's users and the lead auditor, each once
   * per finding and due date (a new due date that passes reminds again). In short steps, as the
   * other scans: pages of REMINDER_PAGE open findings along ix_audit_finding_open_due (keyset on
   * due date and id), a turn of the event loop before each, and the notices stored by
   * NotificationsService.storeMany in short write transactions, so requests get in between.
   */
  async scanReminders(now: Date): Promise<number> {
    const today = osloDate(now);
    const firmUsers = await this.db.read(async (em) => {
      const rows = await rawQuery<{ id: number; firm_id: number }>(
        em,
        'SELECT id, firm_id FROM app_user WHERE active = ? AND role = ? AND firm_id IS NOT NULL ORDER BY id',
        [true, Role.FIRM_USER],
      );
      return groupBy(
        rows,
        (r) => Number(r.firm_id),
        (r) => Number(r.id),
      );
    });
    const names = new Map<number, string>();
    let stored = 0;
    let after = { dueOn: '', id: 0 };
    for (;;) {
      await yieldToRequests();
      const page = await this.db.read((em) =>
        rawQuery<Record<string, unknown>>(
          em,
          `SELECT f.id, f.audit_id, f.supplier_member_id, f.severity, f.standard, f.clause, f.due_on, a.lead_auditor_user_id
             FROM audit_finding f JOIN coordinated_audit a ON a.id = f.audit_id
            WHERE f.status = 'OPEN' AND f.due_on < ? AND (f.due_on > ? OR (f.due_on = ? AND f.id > ?))
              AND a.status IN ('DONE', 'REPORTED')
            ORDER BY f.due_on, f.id LIMIT ?`,
          [today, after.dueOn, after.dueOn, after.id, REMINDER_PAGE],
        ),
      );
      const unnamed = [...new Set(page.map((r) => Number(r.supplier_member_id)))].filter((id) => !names.has(id));
      if (unnamed.length)
        for (const m of await this.db.read((em) => em.find(Member, { select: { id: true, name: true }, where: { id: In(unnamed) } })))
          names.set(m.id, m.name);
      const items: NewNotification[] = page.map((r) => {
        const supplierId = Number(r.supplier_member_id);
        const params = auditParams({
          kind: 'FINDING_ACTION_OVERDUE',
          auditId: Number(r.audit_id),
          findingId: Number(r.id),
          supplier: names.get(supplierId) ?? `member ${supplierId}`,
          severity: String(r.severity) as FindingSeverity,
          standard: String(r.standard),
          clause: String(r.clause),
          dueOn: String(r.due_on),
        });
        return {
          kind: 'FINDING_ACTION_OVERDUE',
          key: `finding-overdue:${String(r.id)}:${String(r.due_on)}`,
          recipientUserIds: [...(firmUsers.get(supplierId) ?? []), Number(r.lead_auditor_user_id)],
          params,
          entityType: 'AuditFinding',
          entityId: Number(r.id),
        };
      });
      stored += await this.notifications.storeMany(items);
      if (page.length < REMINDER_PAGE) return stored;
      const last = page[page.length - 1];
      after = { dueOn: String(last.due_on), id: Number(last.id) };
    }
  }

  // ------------------------------------------------------------------ internals

  /** The audit as the actor sees it, or NOT_FOUND worded like a missing one. */
  private async viewIn(em: Tx, actor: Actor, id: number): Promise<AuditView> {
    const audit = await em.findOneBy(CoordinatedAudit, { id });
    if (!audit) throw AppError.notFound('Audit', id);
    const participants = await em.find(AuditParticipant, { where: { auditId: id }, order: { id: 'ASC' } });
    const access = auditAccess(actor, audit, participants);
    if (!access) throw AppError.notFound('Audit', id);
    return { audit, participants, access };
  }

  /** Locks the audit (PostgreSQL; SQLite serialises every write) and checks the actor may see its plan. */
  private async forChange(tx: Tx, actor: Actor, id: number): Promise<AuditView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    await this.lockRow(tx, 'coordinated_audit', id);
    const view = await this.viewIn(tx, actor, id);
    if (view.access === AuditAccess.SUMMARY)
      throw refuse(`Your firm takes no part in audit ${id}.`, ErrorReason.NOT_A_PARTY, { auditId: id });
    return view;
  }

  private async findingForChange(tx: Tx, actor: Actor, id: number): Promise<{ finding: AuditFinding; audit: CoordinatedAudit }> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const probe = await tx.findOneBy(AuditFinding, { id });
    if (!probe) throw AppError.notFound('Finding', id);
    const view = await this.viewIn(tx, actor, probe.auditId).catch(() => null);
    // findings are seen with the report only: anyone else gets the wording of a missing one
    if (!view || view.access !== AuditAccess.REPORT) throw AppError.notFound('Finding', id);
    await this.lockRow(tx, 'coordinated_audit', probe.auditId);
    const finding = await tx.findOneByOrFail(AuditFinding, { id });
    return { finding, audit: view.audit };
  }

  private async lockRow(tx: Tx, table: 'coordinated_audit' | 'member', id: number): Promise<void> {
    if (this.db.kind === 'postgres') await tx.query(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
  }

  private assertLeadFirm(actor: Actor, audit: CoordinatedAudit, what: string): void {
    if (!isLeadFirm(actor, audit)) throw refuse(`Only the lead auditor's firm ${what}.`, ErrorReason.NOT_LEAD_FIRM, { auditId: audit.id });
  }

  private checkDue(p: Problems, severity: FindingSeverity, dueOn: string | null, doneOn: string): void {
    if (needsAction(severity) && !dueOn)
      p.add('dueOn', `a ${severity.toLowerCase()} nonconformity needs a due date for its corrective action`);
    checkDate(p, 'dueOn', dueOn, { notBefore: doneOn, notAfter: addDays(doneOn, 2 * 366) });
  }

  /** A member may be on one active audit of a supplier per standard at a time. */
  private async assertNoOverlap(
    tx: Tx,
    supplierId: number,
    standards: readonly string[],
    memberIds: readonly number[],
    exceptAuditId: number | null,
  ): Promise<void> {
    if (!memberIds.length) return;
    const active = await tx.find(CoordinatedAudit, {
      where: [
        { supplierMemberId: supplierId, status: In([...ACTIVE]) },
        { supplierMemberId: supplierId, status: AuditStatus.REPORTED, registeredOn: IsNull() },
      ],
    });
    const open = active.filter((a) => a.id !== exceptAuditId);
    if (!open.length) return;
    const onThem = await tx.find(AuditParticipant, {
      where: {
        auditId: In(open.map((a) => a.id)),
        memberId: In([...memberIds]),
        status: In([ParticipantStatus.INVITED, ParticipantStatus.ACCEPTED]),
      },
    });
    for (const x of onThem) {
      const a = open.find((o) => o.id === x.auditId)!;
      const shared = a.scope.map((s) => s.standard).filter((s) => standards.includes(s));
      if (shared.length)
        throw AppError.conflict(
          `Member ${x.memberId} is already on audit ${a.id} of this supplier for ${shared.map(standardLabel).join(', ')} (${a.status}, ${a.doneOn ?? a.plannedOn}); join or change that audit instead.`,
          { reason: ErrorReason.ALREADY_ON_AN_AUDIT, auditId: a.id, memberId: x.memberId },
        );
    }
  }

  /**
   * The register's effect: once a reported audit has no open major finding, it records for each
   * relying member that the supplier was audited against each standard on the audit's day.
   */
  private async registerIfClear(tx: Tx, actor: Actor, auditId: number): Promise<void> {
    const audit = await tx.findOneByOrFail(CoordinatedAudit, { id: auditId });
    if (audit.status !== AuditStatus.REPORTED || audit.registeredOn) return;
    const openMajor = await tx.countBy(AuditFinding, { auditId, severity: FindingSeverity.MAJOR, status: FindingStatus.OPEN });
    if (openMajor) return;
    const relying = (await tx.findBy(AuditParticipant, { auditId, status: ParticipantStatus.ACCEPTED })).map((x) => x.memberId);
    const standards = audit.scope.map((s) => s.standard);
    const now = new Date();
    const rows = relying.flatMap((buyerMemberId) =>
      standards.map((standard) => ({
        supplierMemberId: audit.supplierMemberId,
        buyerMemberId,
        standard,
        auditedOn: audit.doneOn!,
        auditId,
        recordedAt: now,
      })),
    );
    if (rows.length) await tx.insert(SupplierAuditRecord, rows);
    const today = osloDate(now);
    await guardedUpdate(
      tx,
      CoordinatedAudit,
      { id: auditId, version: audit.version },
      { registeredOn: today, updatedAt: now },
      `Audit ${auditId} changed just now; reload it and try again.`,
    );
    await recordTrail(tx, actor, {
      action: 'registerAudit',
      entityType: 'CoordinatedAudit',
      entityId: auditId,
      after: { registeredOn: today, buyerMemberIds: relying, standards, auditedOn: audit.doneOn },
    });
    const supplier = await tx.findOneByOrFail(Member, { id: audit.supplierMemberId });
    for (const m of relying)
      await this.tell(tx, 'AUDIT_REGISTERED', `audit-registered:${auditId}:m${m}`, await this.notifications.usersOfFirm(tx, m), {
        kind: 'AUDIT_REGISTERED',
        auditId,
        supplier: supplier.name,
        standards,
        auditedOn: audit.doneOn!,
      });
    this.logger.log({ msg: 'audit recorded in the register', auditId, members: relying.length, standards: standards.length });
  }

  private async everyoneOf(tx: Tx, audit: CoordinatedAudit, participants: AuditParticipant[]): Promise<number[]> {
    const firms = [audit.supplierMemberId, ...participants.filter((x) => x.status !== ParticipantStatus.DECLINED).map((x) => x.memberId)];
    return [audit.leadAuditorUserId, ...(await this.usersOfFirms(tx, firms))];
  }

  private async usersOfFirms(tx: Tx, firms: number[]): Promise<number[]> {
    if (!firms.length) return [];
    return (
      await tx.find(User, { select: { id: true }, where: { firmId: In([...new Set(firms)]), role: Role.FIRM_USER, active: true } })
    ).map((u) => u.id);
  }

  private tell(
    tx: Tx,
    kind: AuditEvent['kind'],
    key: string,
    recipientUserIds: number[],
    event: AuditEvent,
    entityType = 'CoordinatedAudit',
    entityId: number = (event as { auditId: number }).auditId,
  ): Promise<number> {
    return this.notifications.notify(tx, { kind, key, recipientUserIds, params: auditParams(event), entityType, entityId });
  }
}
