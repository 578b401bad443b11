import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Page,
  Role,
  type Tx,
  audit,
  decodeCursor,
  guardedUpdate,
  demand,
  may,
  isLocalDate,
  isValidCurrency,
  osloDate,
  type PortHandle,
  Ports,
  definePort,
  toPage,
  ErrorReason,
  FieldRule,
} from '@app/core';
import { CapabilitiesService, CertificateType, ClearanceLevel } from '@app/members';
import { type NewNotification, NotificationsService, yieldToRequests } from '@app/notifications';
import {
  CpvMapping,
  Market,
  type RequiredCertificate,
  Requirement,
  Tender,
  TenderLot,
  TenderStageTransition,
} from './entities/tender.entity';
import {
  LossReason,
  NEEDS_LOSS_REASON,
  OPEN_STAGES,
  OUTCOME_STAGES,
  STEERING_STAGES,
  TenderStage,
  allowedMoves,
  isReopening,
} from './tender-stage';
import { TENDER_PERMISSIONS } from './tenders.permissions';

export interface TenderFields {
  title?: string;
  description?: string | null;
  buyerName?: string;
  buyerIdentifier?: string | null;
  market?: Market;
  source?: string;
  externalId?: string | null;
  referenceUrl?: string | null;
  deadline?: Date | null;
  estimatedValueMinor?: number | null;
  currency?: string;
  clearanceLevel?: ClearanceLevel | null;
  exportControlled?: boolean;
  winProbabilityBp?: number | null;
  responsibleUserId?: number | null;
  notes?: string | null;
  lots?: { lotKey: string; title: string; description?: string | null; estimatedValueMinor?: number | null }[];
}

export interface RequirementFields {
  capabilityCode?: string;
  description?: string | null;
  hours?: number;
  quantity?: number | null;
  unit?: string | null;
  windowStart?: string;
  windowEnd?: string;
  requiredCertificates?: RequiredCertificate[];
  lotKey?: string | null;
  mandatory?: boolean;
  indivisible?: boolean;
  draft?: boolean;
}

export interface TenderFilter {
  stages?: TenderStage[];
  market?: Market;
  deadlineFrom?: Date;
  deadlineTo?: Date;
  text?: string;
  buyer?: string;
}

/** Tenders that can still change: requirements are frozen once a bid is submitted. */
const EDITABLE_STAGES: readonly TenderStage[] = [
  TenderStage.IDENTIFIED,
  TenderStage.QUALIFYING,
  TenderStage.GO,
  TenderStage.BID_IN_PREPARATION,
];
const FAR_FUTURE = 9_000_000_000_000_000;

const CERT_TYPES = new Set<string>(Object.values(CertificateType));
/** Tenders the reminder scan reads per step. */
const REMINDER_PAGE = 100;

function tenderSnapshot(t: Tender) {
  const {
    id,
    title,
    buyerName,
    market,
    deadline,
    estimatedValueMinor,
    currency,
    stage,
    winProbabilityBp,
    clearanceLevel,
    exportControlled,
  } = t;
  return {
    id,
    title,
    buyerName,
    market,
    deadline,
    estimatedValueMinor,
    currency,
    stage,
    winProbabilityBp,
    clearanceLevel,
    exportControlled,
  };
}

/** How the tenders context asks whether a steering decision sets a stage (provided by the steering context). */
export interface SteeringGate {
  /** Null when `decisionId` is a CLOSED TENDER_GO decision on `tenderId` whose result is `to`; otherwise why not, as a phrase. */
  decidedStage(tx: Tx, decisionId: number, tenderId: number, to: TenderStage): Promise<string | null>;
}

const READ_REFUSED = "Tenders are the association's pipeline.";
const EDIT_REFUSED = 'Only the project leader or an administrator changes tenders.';
/** The gate before GO and NO_GO; provided by the steering context. */
export const STEERING_GATE_PORT = definePort<SteeringGate>('tenders.steeringGate', 'steering');

@Injectable()
export class TendersService {
  private readonly steeringGate: PortHandle<SteeringGate>;

  constructor(
    private readonly db: Database,
    private readonly capabilities: CapabilitiesService,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    this.steeringGate = ports.need(STEERING_GATE_PORT);
  }

  async list(actor: Actor, filter: TenderFilter, page: { first: number; after?: string }): Promise<Page<Tender>> {
    demand(actor, TENDER_PERMISSIONS.tenders, READ_REFUSED);
    return this.db.read(async (em) => {
      const qb = em.createQueryBuilder(Tender, 't');
      if (filter.stages?.length) qb.andWhere('t.stage IN (:...stages)', { stages: filter.stages });
      if (filter.market) qb.andWhere('t.market = :market', { market: filter.market });
      if (filter.deadlineFrom) qb.andWhere('t.deadline >= :df', { df: filter.deadlineFrom.getTime() });
      if (filter.deadlineTo) qb.andWhere('t.deadline <= :dt', { dt: filter.deadlineTo.getTime() });
      const like = (s: string) => `%${s.toLocaleLowerCase('nb').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      if (filter.text) {
        const q = like(filter.text);
        qb.andWhere(
          new Brackets((w) =>
            w.where("LOWER(t.title) LIKE :q ESCAPE '\\'", { q }).orWhere("LOWER(t.description) LIKE :q ESCAPE '\\'", { q }),
          ),
        );
      }
      if (filter.buyer) qb.andWhere("LOWER(t.buyer_name) LIKE :b ESCAPE '\\'", { b: like(filter.buyer) });
      const total = await qb.clone().getCount();
      const sortKey = `COALESCE(t.deadline, ${FAR_FUTURE})`;
      if (page.after) {
        const [k, id] = decodeCursor(page.after, 2);
        qb.andWhere(`(${sortKey} > :k OR (${sortKey} = :k AND t.id > :cid))`, { k, cid: id });
      }
      const rows = await qb
        .orderBy(sortKey, 'ASC')
        .addOrderBy('t.id', 'ASC')
        .take(page.first + 1)
        .getMany();
      return toPage(rows, page.first, total, (t) => [t.deadline?.getTime() ?? FAR_FUTURE, t.id]);
    });
  }

  async get(actor: Actor, id: number): Promise<Tender> {
    demand(actor, TENDER_PERMISSIONS.tender, READ_REFUSED);
    return this.load(id);
  }

  /** For other contexts' services, which check access themselves. */
  async load(id: number): Promise<Tender> {
    const t = await this.db.read((em) => em.findOneBy(Tender, { id }));
    if (!t) throw AppError.notFound('Tender', id);
    return t;
  }

  async requirementsOf(tenderId: number): Promise<Requirement[]> {
    return this.db.read((em) => em.find(Requirement, { where: { tenderId }, order: { id: 'ASC' } }));
  }

  async lotsOf(tenderId: number): Promise<TenderLot[]> {
    return this.db.read((em) => em.find(TenderLot, { where: { tenderId }, order: { id: 'ASC' } }));
  }

  /** `registeredAt`: when it was registered, for history written afterwards (the demo seed); default now. */
  async create(
    actor: Actor,
    input: TenderFields & { title: string; buyerName: string; market: Market },
    registeredAt?: Date,
  ): Promise<Tender> {
    demand(actor, TENDER_PERMISSIONS.createTender, EDIT_REFUSED);
    this.validateTender(input);
    return this.db.transaction(async (tx) => {
      if (input.externalId) await this.assertExternalIdFree(tx, input.source ?? 'MANUAL', input.externalId, null);
      const now = registeredAt ?? new Date();
      const tender = await tx.save(
        tx.create(Tender, {
          ...this.tenderColumns(input),
          source: input.source ?? 'MANUAL',
          stage: TenderStage.IDENTIFIED,
          stageChangedAt: now,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.writeLots(tx, tender.id, input.lots);
      await this.recordTransition(tx, actor, tender.id, null, TenderStage.IDENTIFIED, 'registered', null, now);
      await audit(tx, actor, { action: 'createTender', entityType: 'Tender', entityId: tender.id, after: tenderSnapshot(tender) });
      return tender;
    });
  }

  async update(actor: Actor, id: number, input: TenderFields & { expectedVersion?: number }): Promise<Tender> {
    demand(actor, TENDER_PERMISSIONS.updateTender, EDIT_REFUSED);
    this.validateTender(input);
    return this.db.transaction(async (tx) => {
      const tender = await tx.findOneBy(Tender, { id });
      if (!tender) throw AppError.notFound('Tender', id);
      if (input.externalId) await this.assertExternalIdFree(tx, input.source ?? tender.source, input.externalId, id);
      const before = tenderSnapshot(tender);
      await guardedUpdate(
        tx,
        Tender,
        { id, version: input.expectedVersion ?? tender.version },
        { ...this.tenderColumns(input), updatedAt: new Date() },
        `Tender ${id} was changed by someone else; reload it and try again.`,
      );
      if (input.lots) await this.writeLots(tx, id, input.lots);
      const after = await tx.findOneByOrFail(Tender, { id });
      await audit(tx, actor, { action: 'updateTender', entityType: 'Tender', entityId: id, before, after: tenderSnapshot(after) });
      return after;
    });
  }

  /**
   * The one way a tender changes stage. Illegal moves get CONFLICT naming the allowed ones;
   * GO/NO_GO only follow a closed steering decision with that result (`steeringDecisionId`, which
   * the API cannot give: the steering context passes it when it closes the decision), whatever
   * the caller's role; losses and withdrawals need a reason from the list.
   */
  async moveStage(
    actor: Actor,
    id: number,
    to: TenderStage,
    opts: {
      reason?: string | null;
      lossReason?: LossReason | null;
      lossReasonText?: string | null;
      /** GO or NO_GO: the closed steering decision with that result (the steering context passes it). */
      steeringDecisionId?: number | null;
      /** WON or LOST: the award or notice date (Europe/Oslo); default today. Never in the future. */
      outcomeDate?: string | null;
      /** When the move happened, for history written afterwards (the demo seed, imports); default now. */
      at?: Date;
    },
  ): Promise<Tender> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const now = opts.at ?? new Date();
    const outcome = OUTCOME_STAGES.includes(to);
    if (opts.outcomeDate != null) {
      const today = osloDate(new Date());
      if (!outcome)
        throw AppError.badInput(`An outcome date goes with a move to WON or LOST, not to ${to}.`, [
          { field: 'outcomeDate', message: 'only for WON or LOST', rule: FieldRule.LEAVE_EMPTY },
        ]);
      if (!isLocalDate(opts.outcomeDate) || opts.outcomeDate > today)
        throw AppError.badInput(`The outcome date is the day of the award or notice: a date YYYY-MM-DD no later than today (${today}).`, [
          isLocalDate(opts.outcomeDate)
            ? { field: 'outcomeDate', message: 'in the future', rule: FieldRule.IN_THE_FUTURE }
            : { field: 'outcomeDate', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE },
        ]);
    }
    const outcomeDate = outcome ? (opts.outcomeDate ?? osloDate(now)) : null;
    return this.db.transaction(async (tx) => {
      const tender = await tx.findOneBy(Tender, { id });
      if (!tender) throw AppError.notFound('Tender', id);
      const from = tender.stage;
      const allowed = allowedMoves(from);
      if (!allowed.includes(to)) {
        throw AppError.conflict(
          `A tender in ${from} cannot move to ${to}. Allowed from ${from}: ${allowed.length ? allowed.join(', ') : 'none (the tender is closed)'}.`,
          { reason: ErrorReason.WRONG_STATUS, from, to, allowed },
        );
      }
      const decisionId = STEERING_STAGES.includes(to) ? (opts.steeringDecisionId ?? null) : null;
      if (STEERING_STAGES.includes(to)) {
        if (decisionId === null) {
          throw AppError.forbidden(
            `${to} is set only by the steering committee's decision, never by one person: open a TENDER_GO decision (openSteeringDecision), let the committee vote (castVote) and close it (closeSteeringDecision); the result moves the tender.`,
          );
        }
        const problem = await this.steeringGate.get().decidedStage(tx, decisionId, id, to);
        if (problem)
          throw AppError.conflict(`Tender ${id} cannot move to ${to}: ${problem}.`, { reason: ErrorReason.NOT_DECIDED, decisionId });
      } else if (!may(actor, TENDER_PERMISSIONS.moveTenderStageByHand)) {
        throw AppError.forbidden('Only the project leader or an administrator moves a tender through the pipeline.');
      }
      if (isReopening(from, to) && !opts.reason?.trim()) {
        throw AppError.badInput(`Reopening a ${from} tender needs a reason.`, [
          { field: 'reason', message: 'required when reopening', rule: FieldRule.GIVE_A_REASON },
        ]);
      }
      if (NEEDS_LOSS_REASON.includes(to) && !opts.lossReason) {
        throw AppError.badInput(`Moving to ${to} needs a lossReason from the list (${Object.values(LossReason).join(', ')}).`, [
          { field: 'lossReason', message: `required for ${to}`, rule: FieldRule.REQUIRED },
        ]);
      }
      const changes: Partial<Tender> = { stage: to, stageChangedAt: now, updatedAt: new Date() };
      if (NEEDS_LOSS_REASON.includes(to)) {
        changes.lossReason = opts.lossReason!;
        changes.lossReasonText = opts.lossReasonText ?? null;
      } else if (isReopening(from, to)) {
        changes.lossReason = null;
        changes.lossReasonText = null;
      }
      await guardedUpdate(
        tx,
        Tender,
        { id, version: tender.version, where: { stage: from } },
        changes,
        `Tender ${id} changed stage at the same time; reload it.`,
      );
      await this.recordTransition(
        tx,
        actor,
        id,
        from,
        to,
        opts.reason ?? opts.lossReasonText ?? null,
        opts.lossReason ?? null,
        now,
        outcomeDate,
        decisionId,
      );
      await audit(tx, actor, {
        action: 'moveTenderStage',
        entityType: 'Tender',
        entityId: id,
        before: { stage: from },
        after: {
          stage: to,
          lossReason: opts.lossReason ?? null,
          ...(outcomeDate ? { outcomeDate } : {}),
          ...(decisionId !== null ? { steeringDecisionId: decisionId } : {}),
        },
        reason: opts.reason ?? opts.lossReasonText ?? null,
      });
      return tx.findOneByOrFail(Tender, { id });
    });
  }

  /**
   * A corrected outcome date (correctBidOutcome): the tender's last move to `stage` (WON or LOST)
   * takes the new date, so the pipeline counts the outcome by it. Inside the caller's
   * transaction; audited here with what it was. Nothing is written when there is no such move.
   */
  async correctOutcomeDate(tx: Tx, actor: Actor, tenderId: number, stage: TenderStage, outcomeDate: string, reason: string): Promise<void> {
    if (!OUTCOME_STAGES.includes(stage)) throw new Error(`correctOutcomeDate: ${stage} is not an outcome`);
    const last = await tx.findOne(TenderStageTransition, { where: { tenderId, toStage: stage }, order: { id: 'DESC' } });
    if (!last || last.outcomeDate === outcomeDate) return;
    await tx.update(TenderStageTransition, { id: last.id }, { outcomeDate });
    await audit(tx, actor, {
      action: 'correctOutcomeDate',
      entityType: 'Tender',
      entityId: tenderId,
      before: { transitionId: last.id, outcomeDate: last.outcomeDate },
      after: { transitionId: last.id, outcomeDate },
      reason,
    });
  }

  async stageHistory(actor: Actor, id: number): Promise<TenderStageTransition[]> {
    demand(actor, TENDER_PERMISSIONS.tenderStageHistory, READ_REFUSED);
    await this.load(id);
    return this.db.read((em) => em.find(TenderStageTransition, { where: { tenderId: id }, order: { id: 'ASC' } }));
  }

  async addRequirement(
    actor: Actor,
    tenderId: number,
    input: RequirementFields & { capabilityCode: string; hours: number; windowStart: string; windowEnd: string },
  ): Promise<Requirement> {
    demand(actor, TENDER_PERMISSIONS.addRequirement, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const tender = await this.editableTender(tx, tenderId);
      const fields = await this.validateRequirement(tx, tender, input, null);
      const saved = await tx.save(tx.create(Requirement, { ...fields, tenderId, draft: input.draft ?? false }));
      await audit(tx, actor, { action: 'addRequirement', entityType: 'Tender', entityId: tenderId, after: { ...saved } });
      return saved;
    });
  }

  async updateRequirement(actor: Actor, id: number, input: RequirementFields & { expectedVersion?: number }): Promise<Requirement> {
    demand(actor, TENDER_PERMISSIONS.updateRequirement, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const req = await tx.findOneBy(Requirement, { id });
      if (!req) throw AppError.notFound('Requirement', id);
      const tender = await this.editableTender(tx, req.tenderId);
      const fields = await this.validateRequirement(tx, tender, input, req);
      const before = { ...req };
      await guardedUpdate(
        tx,
        Requirement,
        { id, version: input.expectedVersion ?? req.version },
        { ...fields, draft: input.draft ?? false },
        `Requirement ${id} was changed by someone else; reload it.`,
      );
      const after = await tx.findOneByOrFail(Requirement, { id });
      await audit(tx, actor, { action: 'updateRequirement', entityType: 'Tender', entityId: req.tenderId, before, after: { ...after } });
      return after;
    });
  }

  async removeRequirement(actor: Actor, id: number): Promise<boolean> {
    demand(actor, TENDER_PERMISSIONS.removeRequirement, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const req = await tx.findOneBy(Requirement, { id });
      if (!req) throw AppError.notFound('Requirement', id);
      await this.editableTender(tx, req.tenderId);
      await tx.delete(Requirement, { id });
      await audit(tx, actor, { action: 'removeRequirement', entityType: 'Tender', entityId: req.tenderId, before: { ...req } });
      return true;
    });
  }

  async cpvMappings(actor: Actor): Promise<CpvMapping[]> {
    demand(actor, TENDER_PERMISSIONS.cpvMappings, READ_REFUSED);
    return this.db.read((em) => em.find(CpvMapping, { order: { cpvPrefix: 'ASC' } }));
  }

  async setCpvMapping(actor: Actor, cpvPrefix: string, capabilityCode: string, note: string | null): Promise<CpvMapping> {
    demand(actor, TENDER_PERMISSIONS.setCpvMapping, EDIT_REFUSED);
    if (!/^\d{2,8}$/.test(cpvPrefix))
      throw AppError.badInput('A CPV prefix is 2 to 8 digits, e.g. 34 or 3471.', [{ field: 'cpvPrefix', message: 'not 2–8 digits' }]);
    return this.db.transaction(async (tx) => {
      if (!(await this.capabilities.catalogueByCode([capabilityCode])).has(capabilityCode)) {
        throw AppError.badInput(`Unknown capability code ${capabilityCode}.`, [
          { field: 'capabilityCode', message: 'unknown capability code', rule: FieldRule.UNKNOWN_CAPABILITY },
        ]);
      }
      const before = await tx.findOneBy(CpvMapping, { cpvPrefix });
      const saved = await tx.save(tx.create(CpvMapping, { cpvPrefix, capabilityCode, note }));
      await audit(tx, actor, { action: 'setCpvMapping', entityType: 'CpvMapping', entityId: cpvPrefix, before, after: saved });
      return saved;
    });
  }

  async removeCpvMapping(actor: Actor, cpvPrefix: string): Promise<boolean> {
    demand(actor, TENDER_PERMISSIONS.removeCpvMapping, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const before = await tx.findOneBy(CpvMapping, { cpvPrefix });
      if (!before) throw AppError.notFound('CPV mapping', cpvPrefix);
      await tx.delete(CpvMapping, { cpvPrefix });
      await audit(tx, actor, { action: 'removeCpvMapping', entityType: 'CpvMapping', entityId: cpvPrefix, before });
      return true;
    });
  }

  /**
   * Submission deadlines 7 days and 1 day ahead, to the project leaders, for tenders being bid for;
   * each once. Read a page at a time along ix_tender_stage_deadline and stored by
   * NotificationsService.storeMany in short steps, beside the requests (see BidsService.scanReminders).
   */
  async scanReminders(now: Date): Promise<number> {
    const leaders = await this.notifications.activeUsersWithRole(Role.PROJECT_LEADER);
    let stored = 0;
    let after = { deadline: now.getTime(), id: 0 };
    for (;;) {
      await yieldToRequests();
      const page = await this.db.read((em) =>
        em
          .createQueryBuilder(Tender, 't')
          .where('t.stage IN (:...s)', { s: [TenderStage.GO, TenderStage.BID_IN_PREPARATION] })
          .andWhere('t.deadline > :now AND t.deadline <= :horizon', { now: now.getTime(), horizon: now.getTime() + 7 * 86400000 })
          .andWhere('(t.deadline > :d OR (t.deadline = :d AND t.id > :id))', { d: after.deadline, id: after.id })
          .orderBy('t.deadline', 'ASC')
          .addOrderBy('t.id', 'ASC')
          .take(REMINDER_PAGE)
          .getMany(),
      );
      const items: NewNotification[] = [];
      for (const t of page) {
        const daysLeft = (t.deadline!.getTime() - now.getTime()) / 86400000;
        for (const d of daysLeft <= 1 ? [7, 1] : [7])
          items.push({
            kind: `SUBMISSION_DEADLINE_${d}D`,
            key: `tender-deadline-${d}d:${t.id}:${t.deadline!.getTime()}`,
            recipientUserIds: [...leaders, ...(t.responsibleUserId ? [t.responsibleUserId] : [])],
            params: {
              kind: 'SUBMISSION_DEADLINE',
              tenderId: t.id,
              title: t.title,
              buyer: t.buyerName,
              daysLeft: d,
              deadline: t.deadline!.toISOString(),
              stage: t.stage,
            },
            entityType: 'Tender',
            entityId: t.id,
          });
      }
      stored += await this.notifications.storeMany(items);
      if (page.length < REMINDER_PAGE) return stored;
      const last = page[page.length - 1];
      after = { deadline: last.deadline!.getTime(), id: last.id };
    }
  }

  async recordTransition(
    tx: Tx,
    actor: Actor,
    tenderId: number,
    from: TenderStage | null,
    to: TenderStage,
    reason: string | null,
    lossReason: LossReason | null,
    at: Date,
    outcomeDate: string | null = null,
    steeringDecisionId: number | null = null,
  ) {
    await tx.insert(TenderStageTransition, {
      tenderId,
      fromStage: from,
      toStage: to,
      at,
      outcomeDate,
      actorUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
      actorEmail: actor.kind === 'user' ? actor.email : 'anonymous',
      reason,
      lossReason,
      steeringDecisionId,
    });
  }

  private async editableTender(tx: Tx, tenderId: number): Promise<Tender> {
    const tender = await tx.findOneBy(Tender, { id: tenderId });
    if (!tender) throw AppError.notFound('Tender', tenderId);
    if (!EDITABLE_STAGES.includes(tender.stage)) {
      throw AppError.conflict(`The requirements of a ${tender.stage} tender are frozen.`, {
        reason: ErrorReason.WRONG_STATUS,
        stage: tender.stage,
        editableIn: EDITABLE_STAGES,
      });
    }
    return tender;
  }

  private validateTender(input: TenderFields): void {
    const problems: FieldProblem[] = [];
    if (input.title !== undefined && !input.title.trim())
      problems.push({ field: 'title', message: 'title is required', rule: FieldRule.REQUIRED });
    if (input.buyerName !== undefined && !input.buyerName.trim())
      problems.push({ field: 'buyerName', message: 'buyerName is required', rule: FieldRule.REQUIRED });
    if (input.currency !== undefined && !isValidCurrency(input.currency))
      problems.push({ field: 'currency', message: 'not an ISO 4217 currency code', rule: FieldRule.NOT_A_CURRENCY });
    if (input.estimatedValueMinor !== undefined && input.estimatedValueMinor !== null && input.estimatedValueMinor < 0) {
      problems.push({ field: 'estimatedValue', message: 'cannot be negative', rule: FieldRule.NOT_NEGATIVE });
    }
    if (
      input.winProbabilityBp !== undefined &&
      input.winProbabilityBp !== null &&
      (input.winProbabilityBp < 0 || input.winProbabilityBp > 10000)
    ) {
      problems.push({
        field: 'winProbability',
        message: 'a probability is 0 to 10000 basis points (0–100 %)',
        rule: FieldRule.BASIS_POINTS,
      });
    }
    const keys = new Set<string>();
    for (const [i, l] of (input.lots ?? []).entries()) {
      if (keys.has(l.lotKey))
        problems.push({ field: `lots[${i}].lotKey`, message: `duplicate lot ${l.lotKey}`, rule: FieldRule.LISTED_TWICE });
      keys.add(l.lotKey);
    }
    if (problems.length) throw AppError.invalid('The tender', problems);
  }

  private tenderColumns(input: TenderFields): Partial<Tender> {
    const out: Partial<Tender> = {};
    const keys: (keyof TenderFields & keyof Tender)[] = [
      'title',
      'description',
      'buyerName',
      'buyerIdentifier',
      'market',
      'externalId',
      'referenceUrl',
      'deadline',
      'estimatedValueMinor',
      'currency',
      'clearanceLevel',
      'exportControlled',
      'winProbabilityBp',
      'responsibleUserId',
      'notes',
    ];
    for (const k of keys)
      if (input[k] !== undefined)
        (out as Record<string, unknown>)[k] = typeof input[k] === 'string' ? (input[k] as string).trim() : input[k];
    return out;
  }

  private async writeLots(tx: Tx, tenderId: number, lots: TenderFields['lots']): Promise<void> {
    if (!lots) return;
    const existing = await tx.findBy(TenderLot, { tenderId });
    const keep = new Set(lots.map((l) => l.lotKey));
    const used = existing.filter((l) => !keep.has(l.lotKey));
    if (used.length) {
      const referenced = await tx.count(Requirement, { where: { lotId: In(used.map((l) => l.id)) } });
      if (referenced)
        throw AppError.conflict('A lot that requirements belong to cannot be removed; move or remove those requirements first.');
      await tx.delete(TenderLot, { id: In(used.map((l) => l.id)) });
    }
    for (const l of lots) {
      const row = existing.find((e) => e.lotKey === l.lotKey) ?? tx.create(TenderLot, { tenderId, lotKey: l.lotKey });
      Object.assign(row, { title: l.title, description: l.description ?? null, estimatedValueMinor: l.estimatedValueMinor ?? null });
      await tx.save(row);
    }
  }

  private async assertExternalIdFree(tx: Tx, source: string, externalId: string, selfId: number | null): Promise<void> {
    const other = await tx.findOneBy(Tender, { source, externalId });
    if (other && other.id !== selfId)
      throw AppError.conflict(`Tender ${other.id} already has ${source} id ${externalId}.`, {
        reason: ErrorReason.ALREADY_EXISTS,
        field: 'externalId',
        tenderId: other.id,
      });
  }

  private async validateRequirement(
    tx: Tx,
    tender: Tender,
    input: RequirementFields,
    current: Requirement | null,
  ): Promise<Partial<Requirement>> {
    const problems: FieldProblem[] = [];
    const merged = { ...(current ?? {}), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as Requirement &
      RequirementFields;
    if (
      input.capabilityCode !== undefined &&
      !(await this.capabilities.catalogueByCode([input.capabilityCode])).has(input.capabilityCode)
    ) {
      problems.push({
        field: 'capabilityCode',
        message: `unknown capability code ${input.capabilityCode}`,
        rule: FieldRule.UNKNOWN_CAPABILITY,
      });
    }
    const isDraft = input.draft ?? false;
    if (!Number.isInteger(merged.hours) || merged.hours < 0 || (!isDraft && merged.hours === 0)) {
      problems.push({ field: 'hours', message: 'hours must be a whole number above 0 (0 only for a draft)', rule: FieldRule.ABOVE_ZERO });
    }
    if (merged.quantity !== null && merged.quantity !== undefined && (!Number.isInteger(merged.quantity) || merged.quantity < 0)) {
      problems.push({
        field: 'quantity',
        message: 'quantity must be a whole number, 0 or more',
        rule: FieldRule.WHOLE_NUMBER_NOT_NEGATIVE,
      });
    }
    if (!isLocalDate(merged.windowStart))
      problems.push({ field: 'windowStart', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (!isLocalDate(merged.windowEnd)) problems.push({ field: 'windowEnd', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (isLocalDate(merged.windowStart) && isLocalDate(merged.windowEnd) && merged.windowEnd < merged.windowStart) {
      problems.push({
        field: 'windowEnd',
        message: `the delivery window ends (${merged.windowEnd}) before it starts (${merged.windowStart})`,
        rule: FieldRule.ENDS_BEFORE_START,
      });
    }
    const certs = merged.requiredCertificates ?? [];
    certs.forEach((c, i) => {
      if (!CERT_TYPES.has(c.type))
        problems.push({
          field: `requiredCertificates[${i}].type`,
          message: `unknown certificate type ${c.type}`,
          rule: FieldRule.NOT_ONE_OF,
        });
      if (c.type === CertificateType.NADCAP && !c.process)
        problems.push({
          field: `requiredCertificates[${i}].process`,
          message: 'NADCAP needs its process',
          rule: FieldRule.NADCAP_NEEDS_PROCESS,
        });
    });
    let lotId: number | null | undefined = undefined;
    if (input.lotKey !== undefined) {
      if (input.lotKey === null) lotId = null;
      else {
        const lot = await tx.findOneBy(TenderLot, { tenderId: tender.id, lotKey: input.lotKey });
        if (!lot) problems.push({ field: 'lotKey', message: `the tender has no lot ${input.lotKey}` });
        else lotId = lot.id;
      }
    }
    if (problems.length) throw AppError.invalid('The requirement', problems);
    const out: Partial<Requirement> = {};
    for (const k of [
      'capabilityCode',
      'description',
      'hours',
      'quantity',
      'unit',
      'windowStart',
      'windowEnd',
      'mandatory',
      'indivisible',
    ] as const) {
      if (input[k] !== undefined) (out as Record<string, unknown>)[k] = input[k];
    }
    if (input.requiredCertificates !== undefined) {
      out.requiredCertificates = input.requiredCertificates.map((c) =>
        c.process ? { type: c.type, process: c.process.toUpperCase() } : { type: c.type },
      );
    } else if (!current) out.requiredCertificates = [];
    if (lotId !== undefined) out.lotId = lotId;
    return out;
  }
}

export { OPEN_STAGES };
