import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppError,
  Database,
  ErrorReason,
  type FieldProblem,
  Ports,
  Role,
  type Tx,
  audit,
  canSeeFirmPrivate,
  guardedUpdate,
  hasRole,
  isAssociation,
  isLocalDate,
  osloDate,
  rawQuery,
  demand,
  may,
  FieldRule,
  groupBy,
} from '@app/core';
import { MatchingService } from '@app/matching';
import { COMMITTED_HOURS_PORT, CapabilitiesService, type Commitment, Member, MembershipStatus, hoursInRange } from '@app/members';
import { type NewNotification, NotificationsService, yieldToRequests } from '@app/notifications';
import { priceProblems } from './bid-rules';
import { BID_PERMISSIONS } from './bids.permissions';
import { EDIT_REFUSED, assertEligible, assertPrice, loadPackage, openBid, packageEvent, reopenIfReady, setBidStatus } from './bid-writes';
import {
  Bid,
  BidStatus,
  ResponseKind,
  WorkPackage,
  WorkPackageEvent,
  WorkPackageRequirement,
  WorkPackageStatus,
} from './entities/bid.entity';

export interface Respond {
  kind: ResponseKind;
  reason?: string | null;
  priceMinor?: number | null;
  windowStart?: string | null;
  windowEnd?: string | null;
  comment?: string | null;
}

/** A work package as one actor may see it: the price only for the firm itself and the association. */
export interface WorkPackageView extends Omit<WorkPackage, 'priceMinor' | 'counterPriceMinor'> {
  priceMinor: number | null;
  counterPriceMinor: number | null;
}

/** Something the project leader should know about an offer that still went out, by kind, with its facts. */
export type OfferCaution =
  | {
      kind: 'OVER_COMMITTED';
      memberName: string;
      capabilityCode: string;
      freeHours: number;
      hours: number;
      windowStart: string;
      windowEnd: string;
    }
  | { kind: 'INACTIVE_MEMBER'; memberName: string };

/** A caution as the sentence `warnings` gives (English, for the log and for clients that know no kind). */
export function cautionSentence(c: OfferCaution): string {
  if (c.kind === 'INACTIVE_MEMBER') return `${c.memberName} is not an active member.`;
  return `${c.memberName} has ${c.freeHours} h free for ${c.capabilityCode} from ${c.windowStart} to ${c.windowEnd}; this package needs ${c.hours} h, so the firm would be over-committed by ${c.hours - c.freeHours} h.`;
}

/** What offering one package gave: the package, and its cautions (as sentences: `cautionSentence`). */
export interface OfferResult {
  workPackage: WorkPackage;
  cautions: OfferCaution[];
}

/** Bids whose accepted packages hold the firms' capacity. */
const COMMITTING_BID: readonly BidStatus[] = [
  BidStatus.DRAFT,
  BidStatus.OFFERED,
  BidStatus.READY,
  BidStatus.APPROVED,
  BidStatus.SUBMITTED,
  BidStatus.WON,
];
const DEFAULT_RESPONSE_DAYS = 7;
/** Bids whose packages' certificates are watched by the reminder scan. */
const REMINDER_BIDS: readonly string[] = [BidStatus.OFFERED, BidStatus.READY, BidStatus.APPROVED, BidStatus.SUBMITTED];
/** Rows the reminder scan reads per step (packages due, or certificates). */
const REMINDER_PAGE = 100;

/** A package event with the package's currency (for its price). */
export interface WorkPackageEventView extends WorkPackageEvent {
  currency: string;
}

export function visibleEvents(actor: Actor, events: WorkPackageEvent[]): WorkPackageEvent[] {
  if (isAssociation(actor)) return events;
  if (!hasRole(actor, Role.FIRM_USER) || !actor.firmId) return [];
  return events
    .filter((e) => e.memberId === actor.firmId)
    .map((e) => (e.kind === 'REASSIGNED' ? { ...e, comment: null, priceMinor: null } : e));
}

/**
 * The work packages' lifecycle, where a firm's answers live: offering (with eligibility by the
 * solver's rules and capacity warnings), the firm's response, counter-offers, reassignment,
 * withdrawal, reassignment candidates, the firm's own view, response-deadline and certificate
 * reminders, and the committed hours that accepted packages hold (provided to the members
 * context's capacity through COMMITTED_HOURS_PORT). Composing a bid and its DRAFT packages is
 * BidsService's.
 */
@Injectable()
export class WorkPackagesService {
  constructor(
    private readonly db: Database,
    private readonly matching: MatchingService,
    private readonly capabilities: CapabilitiesService,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    // Accepted packages consume the firm's capacity in their window: the register's "committed hours".
    ports.provide(COMMITTED_HOURS_PORT, {
      committedHours: (ids, code, from, to) => this.committedHours(ids, code, from, to),
      commitmentsOver: (ids, codes, from, to) => this.commitmentsOver(ids, codes, from, to),
    });
  }

  // ---------------------------------------------------------------- the firm's view and the association's

  async myWorkPackages(actor: Actor, statuses?: WorkPackageStatus[]): Promise<WorkPackageView[]> {
    if (!may(actor, BID_PERMISSIONS.myWorkPackages) || !actor.firmId) throw AppError.forbidden('myWorkPackages is for firm users.');
    const firmId = actor.firmId;
    const rows = await this.db.read((em) => {
      const qb = em.createQueryBuilder(WorkPackage, 'w').where('w.member_id = :m', { m: firmId }).andWhere("w.status <> 'DRAFT'");
      if (statuses?.length) qb.andWhere('w.status IN (:...s)', { s: statuses });
      return qb.orderBy('w.response_deadline', 'ASC').addOrderBy('w.id', 'ASC').getMany();
    });
    return rows.map((w) => this.view(actor, w));
  }

  async workPackage(actor: Actor, id: number): Promise<WorkPackageView> {
    const wp = await this.db.read((em) => em.findOneBy(WorkPackage, { id }));
    if (!wp || !this.canSee(actor, wp)) throw AppError.notFound('Work package', id);
    return this.view(actor, wp);
  }

  canSee(actor: Actor, wp: WorkPackage): boolean {
    if (isAssociation(actor)) return true;
    return hasRole(actor, Role.FIRM_USER) && actor.firmId === wp.memberId && wp.status !== WorkPackageStatus.DRAFT;
  }

  view(actor: Actor, wp: WorkPackage): WorkPackageView {
    const priv = canSeeFirmPrivate(actor, wp.memberId);
    return { ...wp, priceMinor: priv ? wp.priceMinor : null, counterPriceMinor: priv ? wp.counterPriceMinor : null };
  }

  /**
   * The accepted packages of a won bid, in the caller's transaction (the orders context makes the
   * bid's order from them in the outcome's transaction): one statement.
   */
  acceptedPackages(tx: Tx, bidId: number): Promise<WorkPackage[]> {
    return tx.find(WorkPackage, { where: { bidId, status: WorkPackageStatus.ACCEPTED }, order: { id: 'ASC' } });
  }

  async reassignmentCandidates(actor: Actor, workPackageId: number) {
    demand(actor, BID_PERMISSIONS.reassignmentCandidates, EDIT_REFUSED);
    const wp = await this.db.read((em) => em.findOneBy(WorkPackage, { id: workPackageId }));
    if (!wp) throw AppError.notFound('Work package', workPackageId);
    const covers = await this.db.read((em) => em.findBy(WorkPackageRequirement, { workPackageId }));
    const declined = await this.db.read(async (em) =>
      (await em.find(WorkPackageEvent, { where: { workPackageId, kind: 'DECLINE' } })).map((e) => e.memberId),
    );
    return this.matching.candidatesForPackage(
      wp.tenderId,
      covers.map((c) => ({ requirementId: c.requirementId, hours: c.hours })),
      { start: wp.windowStart, end: wp.windowEnd },
      [...new Set([wp.memberId, ...declined])],
    );
  }

  // ---------------------------------------------------------------- offering and the firms' answers

  /**
   * Offers a package to its firm after checking eligibility with the solver's rules. Missing
   * capability, certificates, clearance or membership refuse the offer; over-committed capacity
   * only warns. An OFFERED package can be offered again with a new response deadline.
   */
  async offer(actor: Actor, id: number, responseDeadline: Date | null): Promise<OfferResult> {
    demand(actor, BID_PERMISSIONS.offerWorkPackage, EDIT_REFUSED);
    return this.db.transaction((tx) => this.offerIn(tx, actor, id, responseDeadline));
  }

  /**
   * Offers several packages at once, all or nothing: one transaction, so a package that cannot
   * be offered (no price, not eligible, already answered) leaves every other one as it was. The
   * error names the package.
   */
  async offerMany(actor: Actor, ids: number[], responseDeadline: Date | null): Promise<OfferResult[]> {
    demand(actor, BID_PERMISSIONS.offerWorkPackages, EDIT_REFUSED);
    const unique = [...new Set(ids)];
    if (!unique.length || unique.length > 500)
      throw AppError.badInput('Give between 1 and 500 work packages to offer.', [{ field: 'ids', message: '1 to 500 ids' }]);
    return this.db.transaction(async (tx) => {
      const out: OfferResult[] = [];
      for (const id of unique) {
        try {
          out.push(await this.offerIn(tx, actor, id, responseDeadline));
        } catch (e) {
          if (e instanceof AppError) {
            throw new AppError(e.code, `Nothing was offered. Work package ${id}: ${e.message}`, {
              ...e.extensions,
              details: { ...(e.extensions.details ?? {}), workPackageId: id },
            });
          }
          throw e;
        }
      }
      return out;
    });
  }

  private async offerIn(tx: Tx, actor: Actor, id: number, responseDeadline: Date | null): Promise<OfferResult> {
    const wp = await loadPackage(tx, id);
    if (wp.status !== WorkPackageStatus.DRAFT && wp.status !== WorkPackageStatus.OFFERED) {
      throw AppError.conflict(`Work package ${id} is ${wp.status}; only DRAFT or OFFERED packages are offered.`, {
        reason: ErrorReason.WRONG_STATUS,
        status: wp.status,
      });
    }
    const bid = await openBid(tx, wp.bidId);
    if (wp.priceMinor === null)
      throw AppError.badInput(`Work package ${id} has no price yet; set the price before offering it.`, [
        { field: 'price', message: 'required to offer', rule: FieldRule.REQUIRED },
      ]);
    const covers = await tx.findBy(WorkPackageRequirement, { workPackageId: id });
    // checked again here: a certificate may have expired since the package was drafted
    const member = await assertEligible(this.matching, tx, wp.tenderId, wp.memberId, covers, wp, `work package ${id}`);
    const cautions = await this.capacityCautions(member, covers, wp);
    const warnings = cautions.map(cautionSentence);
    const now = new Date();
    const deadline = responseDeadline ?? wp.responseDeadline ?? new Date(now.getTime() + DEFAULT_RESPONSE_DAYS * 86400000);
    if (deadline.getTime() <= now.getTime())
      throw AppError.badInput('The response deadline must be in the future.', [
        { field: 'responseDeadline', message: 'in the past', rule: FieldRule.IN_THE_PAST },
      ]);
    await guardedUpdate(
      tx,
      WorkPackage,
      { id, version: wp.version, where: { status: wp.status } },
      { status: WorkPackageStatus.OFFERED, offeredAt: now, responseDeadline: deadline, updatedAt: now },
      `Work package ${id} changed at the same time; reload it.`,
    );
    await packageEvent(tx, actor, wp, 'OFFERED', {
      priceMinor: wp.priceMinor,
      windowStart: wp.windowStart,
      windowEnd: wp.windowEnd,
      comment: warnings.join(' ') || null,
    });
    if (bid.status === BidStatus.DRAFT) await setBidStatus(tx, bid, BidStatus.OFFERED);
    await this.notifications.notify(tx, {
      kind: 'WORK_PACKAGE_OFFERED',
      key: `wp-offered:${id}:${now.getTime()}`,
      recipientUserIds: await this.notifications.usersOfFirm(tx, wp.memberId),
      params: {
        kind: 'WORK_PACKAGE_OFFERED',
        workPackageId: id,
        bidId: wp.bidId,
        title: wp.title,
        hours: wp.hours,
        windowStart: wp.windowStart,
        windowEnd: wp.windowEnd,
        deadline: deadline.toISOString(),
        price: { minorUnits: wp.priceMinor, currency: wp.currency },
      },
      entityType: 'WorkPackage',
      entityId: id,
    });
    await audit(tx, actor, {
      action: 'offerWorkPackage',
      entityType: 'WorkPackage',
      entityId: id,
      before: { status: wp.status },
      after: { status: 'OFFERED', responseDeadline: deadline, warnings },
    });
    return { workPackage: await tx.findOneByOrFail(WorkPackage, { id }), cautions };
  }

  /** The assigned firm answers: accept, decline with a reason, or counter with price and/or dates. */
  async respond(actor: Actor, id: number, input: Respond): Promise<WorkPackageView> {
    if (!may(actor, BID_PERMISSIONS.respondToWorkPackage) || !actor.firmId)
      throw AppError.forbidden('Only a user of the assigned firm answers a work package.');
    const firmId = actor.firmId;
    const saved = await this.db.transaction(async (tx) => {
      const wp = await tx.findOneBy(WorkPackage, { id });
      if (!wp || wp.memberId !== firmId || wp.status === WorkPackageStatus.DRAFT) throw AppError.notFound('Work package', id);
      if (wp.status !== WorkPackageStatus.OFFERED) {
        throw AppError.conflict(`Work package ${id} has already been answered (${wp.status}).`, {
          reason: ErrorReason.WRONG_STATUS,
          status: wp.status,
        });
      }
      const now = new Date();
      if (wp.responseDeadline && wp.responseDeadline.getTime() < now.getTime()) {
        throw AppError.conflict(
          `The response deadline passed at ${wp.responseDeadline.toISOString()}; ask the project leader to offer the package again.`,
          { reason: ErrorReason.DEADLINE_PASSED },
        );
      }
      const changes: Partial<WorkPackage> = { respondedAt: now, updatedAt: now };
      const problems: FieldProblem[] = [];
      if (input.kind === ResponseKind.ACCEPT) {
        changes.status = WorkPackageStatus.ACCEPTED;
      } else if (input.kind === ResponseKind.DECLINE) {
        if (!input.reason?.trim()) problems.push({ field: 'reason', message: 'say why you decline', rule: FieldRule.GIVE_A_REASON });
        changes.status = WorkPackageStatus.DECLINED;
        changes.declineReason = input.reason?.trim() ?? null;
      } else {
        const start = input.windowStart ?? null;
        const end = input.windowEnd ?? null;
        if (input.priceMinor == null && !start && !end)
          problems.push({
            field: 'price',
            message: 'a counter-offer changes the price and/or the dates',
            rule: FieldRule.COUNTER_OFFER_CHANGES_NOTHING,
          });
        problems.push(...priceProblems(input.priceMinor, 'price'));
        if (!input.comment?.trim())
          problems.push({ field: 'comment', message: 'explain the counter-offer', rule: FieldRule.EXPLAIN_COUNTER_OFFER });
        if ((start && !isLocalDate(start)) || (end && !isLocalDate(end)))
          problems.push({ field: 'windowStart', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
        if ((start ?? wp.windowStart) > (end ?? wp.windowEnd))
          problems.push({ field: 'windowEnd', message: 'the window ends before it starts', rule: FieldRule.ENDS_BEFORE_START });
        changes.status = WorkPackageStatus.COUNTERED;
        changes.counterPriceMinor = input.priceMinor ?? null;
        changes.counterWindowStart = start;
        changes.counterWindowEnd = end;
        changes.counterComment = input.comment?.trim() ?? null;
      }
      if (problems.length) throw AppError.invalid('The answer', problems);
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: wp.version, where: { status: WorkPackageStatus.OFFERED } },
        changes,
        `Work package ${id} has already been answered.`,
      );
      await packageEvent(tx, actor, wp, input.kind, {
        priceMinor: input.kind === ResponseKind.COUNTER ? (input.priceMinor ?? null) : wp.priceMinor,
        windowStart: input.windowStart ?? null,
        windowEnd: input.windowEnd ?? null,
        comment: input.reason ?? input.comment ?? null,
      });
      const member = await tx.findOneBy(Member, { id: wp.memberId });
      await this.notifications.notify(tx, {
        kind: 'WORK_PACKAGE_ANSWERED',
        key: `wp-answer:${id}:${now.getTime()}`,
        recipientUserIds: await this.notifications.usersWithRole(tx, Role.PROJECT_LEADER),
        params: {
          kind: 'WORK_PACKAGE_ANSWERED',
          workPackageId: id,
          bidId: wp.bidId,
          title: wp.title,
          firm: member?.name ?? `#${wp.memberId}`,
          answer: input.kind,
          reason: input.kind === ResponseKind.DECLINE ? (input.reason?.trim() ?? null) : null,
          comment: input.kind === ResponseKind.COUNTER ? (input.comment?.trim() ?? null) : null,
          counterPrice:
            input.kind === ResponseKind.COUNTER && input.priceMinor != null
              ? { minorUnits: input.priceMinor, currency: wp.currency }
              : null,
        },
        entityType: 'WorkPackage',
        entityId: id,
      });
      await audit(tx, actor, {
        action: 'respondToWorkPackage',
        entityType: 'WorkPackage',
        entityId: id,
        before: { status: wp.status },
        after: { status: changes.status },
        reason: input.reason ?? input.comment ?? null,
      });
      return tx.findOneByOrFail(WorkPackage, { id });
    });
    return this.view(actor, saved);
  }

  async acceptCounterOffer(actor: Actor, id: number): Promise<WorkPackage> {
    demand(actor, BID_PERMISSIONS.acceptCounterOffer, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const wp = await loadPackage(tx, id);
      if (wp.status !== WorkPackageStatus.COUNTERED)
        throw AppError.conflict(`Work package ${id} is ${wp.status}; there is no counter-offer to accept.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: wp.status,
        });
      await openBid(tx, wp.bidId);
      const now = new Date();
      const changes: Partial<WorkPackage> = {
        status: WorkPackageStatus.ACCEPTED,
        priceMinor: wp.counterPriceMinor ?? wp.priceMinor,
        windowStart: wp.counterWindowStart ?? wp.windowStart,
        windowEnd: wp.counterWindowEnd ?? wp.windowEnd,
        updatedAt: now,
      };
      // the same rules as every other way of setting a package's price and window
      assertPrice(changes.priceMinor, 'price');
      await assertEligible(
        this.matching,
        tx,
        wp.tenderId,
        wp.memberId,
        await tx.findBy(WorkPackageRequirement, { workPackageId: id }),
        { windowStart: changes.windowStart!, windowEnd: changes.windowEnd! },
        `work package ${id} in the countered window`,
      );
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: wp.version, where: { status: WorkPackageStatus.COUNTERED } },
        changes,
        `Work package ${id} changed at the same time; reload it.`,
      );
      await packageEvent(tx, actor, wp, 'COUNTER_ACCEPTED', {
        priceMinor: changes.priceMinor!,
        windowStart: changes.windowStart!,
        windowEnd: changes.windowEnd!,
        comment: null,
      });
      await audit(tx, actor, {
        action: 'acceptCounterOffer',
        entityType: 'WorkPackage',
        entityId: id,
        before: { status: wp.status, priceMinor: wp.priceMinor },
        after: { ...changes },
      });
      return tx.findOneByOrFail(WorkPackage, { id });
    });
  }

  /** Gives a declined, countered or unanswered package to another firm; it goes back to DRAFT for a new offer. */
  async reassign(actor: Actor, id: number, memberId: number, priceMinor: number | null | undefined): Promise<WorkPackage> {
    demand(actor, BID_PERMISSIONS.reassignWorkPackage, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const wp = await loadPackage(tx, id);
      const allowed = [WorkPackageStatus.DECLINED, WorkPackageStatus.COUNTERED, WorkPackageStatus.OFFERED, WorkPackageStatus.DRAFT];
      if (!allowed.includes(wp.status))
        throw AppError.conflict(`Work package ${id} is ${wp.status}; only ${allowed.join(', ')} packages are reassigned.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: wp.status,
        });
      if (memberId === wp.memberId)
        throw AppError.badInput('The package is already assigned to that firm.', [
          { field: 'memberId', message: 'same firm', rule: FieldRule.ALREADY_ASSIGNED },
        ]);
      const bid = await openBid(tx, wp.bidId);
      // the same rules as adding or editing a package: a price that is not negative, an eligible firm
      if (priceMinor !== undefined) assertPrice(priceMinor, 'price');
      if (!(await tx.existsBy(Member, { id: memberId }))) throw AppError.notFound('Member', memberId);
      await assertEligible(
        this.matching,
        tx,
        wp.tenderId,
        memberId,
        await tx.findBy(WorkPackageRequirement, { workPackageId: id }),
        wp,
        `work package ${id}`,
      );
      const now = new Date();
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: wp.version, where: { status: wp.status } },
        {
          memberId,
          status: WorkPackageStatus.DRAFT,
          priceMinor: priceMinor === undefined ? wp.priceMinor : priceMinor,
          offeredAt: null,
          respondedAt: null,
          declineReason: null,
          counterPriceMinor: null,
          counterWindowStart: null,
          counterWindowEnd: null,
          counterComment: null,
          updatedAt: now,
        },
        `Work package ${id} changed at the same time; reload it.`,
      );
      await packageEvent(tx, actor, { ...wp, memberId }, 'REASSIGNED', {
        priceMinor: null,
        windowStart: null,
        windowEnd: null,
        comment: `from member ${wp.memberId}`,
      });
      await reopenIfReady(tx, bid);
      await audit(tx, actor, {
        action: 'reassignWorkPackage',
        entityType: 'WorkPackage',
        entityId: id,
        before: { memberId: wp.memberId, status: wp.status, priceMinor: wp.priceMinor },
        after: { memberId, status: 'DRAFT', priceMinor: priceMinor === undefined ? wp.priceMinor : priceMinor },
      });
      return tx.findOneByOrFail(WorkPackage, { id });
    });
  }

  async withdrawPackage(actor: Actor, id: number, reason: string | null): Promise<WorkPackage> {
    demand(actor, BID_PERMISSIONS.withdrawWorkPackage, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const wp = await loadPackage(tx, id);
      if (wp.status === WorkPackageStatus.WITHDRAWN)
        throw AppError.conflict(`Work package ${id} is already withdrawn.`, { reason: ErrorReason.WRONG_STATUS, status: wp.status });
      const bid = await openBid(tx, wp.bidId);
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: wp.version },
        { status: WorkPackageStatus.WITHDRAWN, updatedAt: new Date() },
        `Work package ${id} changed at the same time; reload it.`,
      );
      await packageEvent(tx, actor, wp, 'WITHDRAWN', { priceMinor: null, windowStart: null, windowEnd: null, comment: reason });
      await reopenIfReady(tx, bid);
      await audit(tx, actor, {
        action: 'withdrawWorkPackage',
        entityType: 'WorkPackage',
        entityId: id,
        before: { status: wp.status },
        after: { status: 'WITHDRAWN' },
        reason,
      });
      return tx.findOneByOrFail(WorkPackage, { id });
    });
  }

  // ---------------------------------------------------------------- reminders

  /**
   * Reminders, each stored once (dedupe key): response deadlines 72 h and 24 h ahead to the firm,
   * and certificates needed by an active bid that expire before the package's window ends.
   *
   * The scan runs every minute beside the requests, so it is set-based and cut into short steps
   * (see docs/ARCHITECTURE.md, "Reminders"): packages due are read a page at a time along their
   * index; certificates at risk come from work_package_need, which the database keeps (one seek
   * per valid certificate, a page of certificates at a time), so its cost follows the
   * certificates and the packages at risk, never packages × requirements; recipients are read
   * once; and NotificationsService.storeMany writes only what is new, in short transactions.
   */
  async scanReminders(now: Date): Promise<number> {
    const recipients = await this.reminderRecipients();
    return (await this.scanResponseDeadlines(now, recipients)) + (await this.scanExpiringCertificates(now, recipients));
  }

  private async reminderRecipients(): Promise<{ leaders: number[]; firmUsers: (memberId: number) => number[] }> {
    const users = await this.db.read((em) =>
      rawQuery<{ id: number; role: string; firm_id: number | null }>(
        em,
        'SELECT id, role, firm_id FROM app_user WHERE active = ? AND role IN (?, ?) ORDER BY id',
        [true, Role.PROJECT_LEADER, Role.FIRM_USER],
      ),
    );
    const byFirm = groupBy(
      users.filter((u) => u.role === Role.FIRM_USER && u.firm_id !== null),
      (u) => Number(u.firm_id),
      (u) => Number(u.id),
    );
    return {
      leaders: users.filter((u) => u.role === Role.PROJECT_LEADER).map((u) => Number(u.id)),
      firmUsers: (memberId) => byFirm.get(memberId) ?? [],
    };
  }

  private async scanResponseDeadlines(now: Date, recipients: { firmUsers: (memberId: number) => number[] }): Promise<number> {
    let stored = 0;
    // keyset along ix_wp_status_deadline: (response_deadline, id) after the last row of the page
    let after = { deadline: now.getTime(), id: 0 };
    for (;;) {
      await yieldToRequests();
      const page = await this.db.read((em) =>
        em
          .createQueryBuilder(WorkPackage, 'w')
          .where("w.status = 'OFFERED'")
          .andWhere('(w.response_deadline > :d OR (w.response_deadline = :d AND w.id > :id))', { d: after.deadline, id: after.id })
          .andWhere('w.response_deadline > :now AND w.response_deadline <= :horizon', {
            now: now.getTime(),
            horizon: now.getTime() + 72 * 3600000,
          })
          .orderBy('w.response_deadline', 'ASC')
          .addOrderBy('w.id', 'ASC')
          .take(REMINDER_PAGE)
          .getMany(),
      );
      const items: NewNotification[] = [];
      for (const wp of page) {
        const hoursLeft = (wp.responseDeadline!.getTime() - now.getTime()) / 3600000;
        for (const h of hoursLeft <= 24 ? [72, 24] : [72])
          items.push({
            kind: `RESPONSE_DEADLINE_${h}H`,
            key: `wp-deadline-${h}h:${wp.id}:${wp.responseDeadline!.getTime()}`,
            recipientUserIds: recipients.firmUsers(wp.memberId),
            params: {
              kind: 'RESPONSE_DEADLINE',
              workPackageId: wp.id,
              bidId: wp.bidId,
              title: wp.title,
              hoursLeft: h,
              deadline: wp.responseDeadline!.toISOString(),
            },
            entityType: 'WorkPackage',
            entityId: wp.id,
          });
      }
      stored += await this.notifications.storeMany(items);
      if (page.length < REMINDER_PAGE) return stored;
      const last = page[page.length - 1];
      after = { deadline: last.responseDeadline!.getTime(), id: last.id };
    }
  }

  private async scanExpiringCertificates(
    now: Date,
    recipients: { leaders: number[]; firmUsers: (memberId: number) => number[] },
  ): Promise<number> {
    const today = osloDate(now);
    let stored = 0;
    let afterId = 0;
    for (;;) {
      await yieldToRequests();
      // a page of the certificates still valid today, then the packages of active bids that need
      // their type and end after they lapse (one seek per certificate in ix_wp_need_member_type_window)
      const { certs, risks } = await this.db.read(async (em) => {
        const certs = await rawQuery<{ id: number }>(
          em,
          'SELECT id FROM certificate WHERE id > ? AND valid_until >= ? ORDER BY id LIMIT ?',
          [afterId, today, REMINDER_PAGE],
        );
        if (!certs.length) return { certs, risks: [] };
        const risks = await rawQuery<{
          cert_id: number;
          type: string;
          valid_until: string;
          wp_id: number;
          bid_id: number;
          member_id: number;
          window_end: string;
          title: string;
        }>(
          em,
          `SELECT c.id AS cert_id, c.type, c.valid_until, n.work_package_id AS wp_id, n.bid_id, n.member_id, n.window_end, w.title
             FROM certificate c
             ${this.db.kind === 'sqlite' ? 'CROSS JOIN' : 'JOIN'} work_package_need n ON n.member_id = c.member_id AND n.type = c.type
                  AND n.status IN (?, ?) AND n.window_end > c.valid_until
             JOIN bid b ON b.id = n.bid_id AND b.status IN (${REMINDER_BIDS.map(() => '?').join(', ')})
             JOIN work_package w ON w.id = n.work_package_id
            WHERE c.id IN (${certs.map(() => '?').join(', ')})
            ORDER BY n.work_package_id, c.id`,
          [WorkPackageStatus.OFFERED, WorkPackageStatus.ACCEPTED, ...REMINDER_BIDS, ...certs.map((c) => c.id)],
        );
        return { certs, risks };
      });
      if (!certs.length) return stored;
      stored += await this.notifications.storeMany(
        risks.map((r) => ({
          kind: 'CERTIFICATE_EXPIRING_FOR_BID',
          key: `cert-expiring:${r.wp_id}:${r.cert_id}:${r.valid_until}`,
          recipientUserIds: [...recipients.leaders, ...recipients.firmUsers(Number(r.member_id))],
          params: {
            kind: 'CERTIFICATE_EXPIRING_FOR_BID',
            workPackageId: Number(r.wp_id),
            bidId: Number(r.bid_id),
            title: r.title,
            certificate: r.type,
            validUntil: r.valid_until,
            windowEnd: r.window_end,
          },
          entityType: 'WorkPackage',
          entityId: Number(r.wp_id),
        })),
      );
      afterId = Number(certs[certs.length - 1].id);
    }
  }

  // ---------------------------------------------------------------- capacity

  private async committedHours(memberIds: number[], code: string, from: string, to: string): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const c of await this.commitmentsOver(memberIds, [code], from, to))
      out.set(c.memberId, (out.get(c.memberId) ?? 0) + hoursInRange(c.hours, c.from, c.to, from, to));
    return out;
  }

  /** Accepted packages' hours per capability of active bids and orders, overlapping [from, to]: one statement. */
  private async commitmentsOver(memberIds: number[], codes: string[], from: string, to: string): Promise<Commitment[]> {
    if (!memberIds.length || !codes.length) return [];
    const rows = await this.db.read((em) =>
      em
        .createQueryBuilder(WorkPackageRequirement, 'c')
        .innerJoin(WorkPackage, 'w', 'w.id = c.work_package_id')
        .innerJoin(Bid, 'b', 'b.id = w.bid_id')
        .select(['w.member_id AS member_id', 'c.capability_code AS code', 'c.hours AS hours', 'w.window_start AS ws', 'w.window_end AS we'])
        .where('c.capability_code IN (:...codes)', { codes })
        .andWhere('w.member_id IN (:...ids)', { ids: memberIds })
        .andWhere("w.status = 'ACCEPTED'")
        .andWhere('b.status IN (:...bs)', { bs: COMMITTING_BID })
        .andWhere('w.window_start <= :to AND w.window_end >= :from', { from, to })
        .getRawMany<{ member_id: number; code: string; hours: number; ws: string; we: string }>(),
    );
    return rows.map((r) => ({ memberId: Number(r.member_id), code: r.code, hours: Number(r.hours), from: r.ws, to: r.we }));
  }

  private async capacityCautions(member: Member, covers: WorkPackageRequirement[], wp: WorkPackage): Promise<OfferCaution[]> {
    const cautions: OfferCaution[] = [];
    const byCode = new Map<string, number>();
    for (const c of covers) byCode.set(c.capabilityCode, (byCode.get(c.capabilityCode) ?? 0) + c.hours);
    for (const [code, hours] of byCode) {
      const [rep] = await this.capabilities.capacityOf([member.id], code, wp.windowStart, wp.windowEnd);
      if (rep.freeHours - hours < 0)
        cautions.push({
          kind: 'OVER_COMMITTED',
          memberName: member.name,
          capabilityCode: code,
          freeHours: rep.freeHours,
          hours,
          windowStart: wp.windowStart,
          windowEnd: wp.windowEnd,
        });
    }
    if (member.status !== MembershipStatus.ACTIVE) cautions.push({ kind: 'INACTIVE_MEMBER', memberName: member.name });
    return cautions;
  }
}
