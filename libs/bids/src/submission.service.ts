import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  SYSTEM_ACTOR,
  type Tx,
  audit,
  guardedUpdate,
  isLocalDate,
  osloDate,
  ErrorReason,
  demand,
  type PortHandle,
  Ports,
  definePort,
  FieldRule,
} from '@app/core';
import { Member } from '@app/members';
import { LossReason, TenderStage, TendersService } from '@app/tenders';
import { priceProblems } from './bid-rules';
import { BidsService } from './bids.service';
import { Bid, BidRevision, BidStatus, WorkPackage, WorkPackageStatus } from './entities/bid.entity';
import { BID_PERMISSIONS } from './bids.permissions';

export interface BidOutcome {
  outcome: 'WON' | 'LOST';
  awardedValueMinor?: number | null;
  contractReference?: string | null;
  date: string;
  lossReason?: LossReason | null;
  winnerName?: string | null;
  winnerPriceMinor?: number | null;
  note?: string | null;
}

/** Another context's reaction to a won bid (the orders context creates the order), in the same transaction. */
export interface BidWonListener {
  onBidWon(tx: Tx, actor: Actor, bid: Bid): Promise<void>;
  /** A recorded outcome was corrected (`bid` as it is now): the order follows, in the same transaction. */
  onOutcomeCorrected(tx: Tx, actor: Actor, bid: Bid, reason: string): Promise<void>;
}

/** What follows a won bid (the order); provided by the orders context. */
export const BID_WON_PORT = definePort<BidWonListener>('bids.bidWon', 'orders');

/** What a correction of a recorded outcome may change, with the reason it is kept with. */
export interface OutcomeCorrection {
  reason: string;
  date?: string | null;
  awardedValueMinor?: number | null;
  contractReference?: string | null;
}

export interface BidRevisionSnapshot {
  revision: number;
  tender: { id: number; title: string; buyerName: string; deadline: string | null };
  bid: { id: number; title: string; bidderKind: string; primeMemberId: number | null; currency: string };
  workPackages: {
    id: number;
    memberId: number;
    memberName: string;
    title: string;
    hours: number;
    priceMinor: number;
    windowStart: string;
    windowEnd: string;
    requirements: { requirementId: number; hours: number }[];
  }[];
  complianceMatrix: {
    requirementId: number;
    label: string;
    mandatory: boolean;
    requiredHours: number;
    acceptedHours: number;
    covered: boolean;
  }[];
  priceBuildUp: {
    packagesTotalMinor: number;
    coordinationFeeMinor: number;
    contingencyMinor: number;
    bidPriceMinor: number;
    expectedRoyaltyMinor: number;
    royaltyRateBp: number;
  };
}

/**
 * Sending bids: submission freezes an immutable revision; a change after submission makes a new
 * revision that must be approved again; the outcome closes the bid and the tender.
 */
const SUBMIT_REFUSED = 'Only the project leader (or an administrator) submits bids.';

@Injectable()
export class SubmissionService {
  private readonly won: PortHandle<BidWonListener>;

  constructor(
    private readonly db: Database,
    private readonly bids: BidsService,
    private readonly tenders: TendersService,
    ports: Ports,
  ) {
    this.won = ports.need(BID_WON_PORT);
  }

  async submit(actor: Actor, bidId: number, lateOverrideReason: string | null): Promise<BidRevision> {
    demand(actor, BID_PERMISSIONS.submitBid, SUBMIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const bid = await tx.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if (bid.status !== BidStatus.APPROVED) {
        throw AppError.conflict(`Bid ${bidId} is ${bid.status}; only a bid the steering committee APPROVED is submitted.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: bid.status,
        });
      }
      const tender = await this.tenders.load(bid.tenderId);
      const now = new Date();
      const late = tender.deadline !== null && now.getTime() > tender.deadline.getTime();
      if (late && !lateOverrideReason?.trim()) {
        throw AppError.conflict(
          `The tender's deadline passed at ${tender.deadline!.toISOString()}. To submit anyway, give lateSubmissionReason (it is audited).`,
          { reason: ErrorReason.DEADLINE_PASSED, deadline: tender.deadline!.toISOString() },
        );
      }
      const revision = bid.currentRevision + 1;
      const snapshot = await this.snapshot(tx, bid, revision);
      const saved = await tx.save(
        tx.create(BidRevision, {
          bidId,
          revision,
          snapshot: JSON.stringify(snapshot),
          bidPriceMinor: snapshot.priceBuildUp.bidPriceMinor,
          currency: bid.currency,
          submittedAt: now,
          submittedByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
          submittedByEmail: actor.kind === 'user' ? actor.email : 'anonymous',
          lateOverrideReason: late ? lateOverrideReason!.trim() : null,
          changeReason: bid.pendingChangeReason,
        }),
      );
      await guardedUpdate(
        tx,
        Bid,
        { id: bidId, version: bid.version, where: { status: BidStatus.APPROVED } },
        { status: BidStatus.SUBMITTED, currentRevision: revision, pendingChangeReason: null, updatedAt: now },
        `Bid ${bidId} changed at the same time; reload it.`,
      );
      if (tender.stage === TenderStage.BID_IN_PREPARATION) {
        await this.tenders.moveStage(actor, tender.id, TenderStage.SUBMITTED, { reason: `bid ${bidId} revision ${revision} submitted` });
      }
      await audit(tx, actor, {
        action: 'submitBid',
        entityType: 'Bid',
        entityId: bidId,
        before: { status: BidStatus.APPROVED },
        after: { status: BidStatus.SUBMITTED, revision, bidPriceMinor: saved.bidPriceMinor, late },
        reason: late ? `late submission: ${lateOverrideReason}` : null,
      });
      return saved;
    });
  }

  /**
   * A change after submission (a negotiation round, a correction): applies new fees and/or
   * package prices and puts the bid back to READY, so it must be approved again and submitted
   * as the next revision. Earlier revisions are never touched.
   */
  async revise(
    actor: Actor,
    bidId: number,
    input: {
      reason: string;
      coordinationFeeBp?: number | null;
      coordinationFeeFixedMinor?: number | null;
      contingencyBp?: number | null;
      contingencyFixedMinor?: number | null;
      packagePrices?: { workPackageId: number; priceMinor: number }[];
    },
  ): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.reviseBid, SUBMIT_REFUSED);
    const problems: FieldProblem[] = [];
    if (!input.reason?.trim())
      problems.push({ field: 'reason', message: 'say why the submitted bid changes', rule: FieldRule.GIVE_A_REASON });
    for (const [i, p] of (input.packagePrices ?? []).entries()) problems.push(...priceProblems(p.priceMinor, `packagePrices[${i}].price`));
    if (problems.length) throw AppError.invalid('The change', problems, { tail: null });
    return this.db.transaction(async (tx) => {
      const bid = await tx.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if (bid.status !== BidStatus.SUBMITTED)
        throw AppError.conflict(`Bid ${bidId} is ${bid.status}; only a SUBMITTED bid gets a new revision this way.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: bid.status,
        });
      const before = { ...bid };
      for (const p of input.packagePrices ?? []) {
        const wp = await tx.findOneBy(WorkPackage, { id: p.workPackageId, bidId });
        if (!wp || wp.status !== WorkPackageStatus.ACCEPTED)
          throw AppError.badInput(`Work package ${p.workPackageId} is not an accepted package of bid ${bidId}.`, [
            { field: 'packagePrices', message: 'not an accepted package of this bid' },
          ]);
        await guardedUpdate(
          tx,
          WorkPackage,
          { id: wp.id, version: wp.version },
          { priceMinor: p.priceMinor, updatedAt: new Date() },
          `Work package ${wp.id} changed at the same time.`,
        );
      }
      const changes: Partial<Bid> = { status: BidStatus.READY, pendingChangeReason: input.reason.trim(), updatedAt: new Date() };
      for (const k of ['coordinationFeeBp', 'coordinationFeeFixedMinor', 'contingencyBp', 'contingencyFixedMinor'] as const)
        if (input[k] !== undefined) (changes as Record<string, unknown>)[k] = input[k];
      await guardedUpdate(
        tx,
        Bid,
        { id: bidId, version: bid.version, where: { status: BidStatus.SUBMITTED } },
        changes,
        `Bid ${bidId} changed at the same time.`,
      );
      const after = await tx.findOneByOrFail(Bid, { id: bidId });
      await audit(tx, actor, {
        action: 'reviseBid',
        entityType: 'Bid',
        entityId: bidId,
        before,
        after: { ...after, packagePrices: input.packagePrices ?? [] },
        reason: input.reason,
      });
      return after;
    });
  }

  async revision(actor: Actor, bidId: number, revision: number): Promise<BidRevision> {
    await this.bids.get(actor, bidId);
    const r = await this.db.read((em) => em.findOneBy(BidRevision, { bidId, revision }));
    if (!r) throw AppError.notFound('Revision', `${revision} of bid ${bidId}`);
    return r;
  }

  async revisions(actor: Actor, bidId: number): Promise<BidRevision[]> {
    await this.bids.get(actor, bidId);
    return this.db.read((em) => em.find(BidRevision, { where: { bidId }, order: { revision: 'ASC' } }));
  }

  /**
   * An outcome date is a real day that has come, and not before the bid was first submitted: an
   * award cannot be dated in the future (the order would be invisible in the current pipeline)
   * nor before there was a bid to award.
   */
  private async outcomeDateProblems(tx: Tx | null, bidId: number, date: string): Promise<FieldProblem[]> {
    if (!isLocalDate(date)) return [{ field: 'date', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE }];
    const today = osloDate(new Date());
    if (date > today)
      return [
        {
          field: 'date',
          message: `${date} is in the future; an outcome is dated on or before today (${today})`,
          rule: FieldRule.ON_OR_BEFORE,
          params: { date: today },
        },
      ];
    if (!tx) return [];
    const first = await tx.findOneBy(BidRevision, { bidId, revision: 1 });
    const submitted = first ? osloDate(first.submittedAt) : null;
    if (submitted && date < submitted)
      return [
        {
          field: 'date',
          message: `${date} is before the bid was submitted (${submitted}); an outcome is dated on or after that`,
          rule: FieldRule.ON_OR_AFTER,
          params: { date: submitted },
        },
      ];
    return [];
  }

  async recordOutcome(actor: Actor, bidId: number, o: BidOutcome): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.recordBidOutcome, SUBMIT_REFUSED);
    const problems: FieldProblem[] = [];
    problems.push(...(await this.outcomeDateProblems(null, bidId, o.date)));
    if (o.outcome === 'WON') {
      if (o.awardedValueMinor == null || o.awardedValueMinor <= 0)
        problems.push({ field: 'awardedValue', message: 'a won bid has the awarded value', rule: FieldRule.REQUIRED });
      if (!o.contractReference?.trim())
        problems.push({ field: 'contractReference', message: 'a won bid has the contract reference', rule: FieldRule.REQUIRED });
    } else if (!o.lossReason)
      problems.push({ field: 'lossReason', message: `a lost bid has a reason from the list (${Object.values(LossReason).join(', ')})` });
    if (problems.length) throw AppError.invalid('The outcome', problems);
    return this.db.transaction(async (tx) => {
      const bid = await tx.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if (bid.status !== BidStatus.SUBMITTED)
        throw AppError.conflict(
          `Bid ${bidId} is ${bid.status}; an outcome is recorded for a SUBMITTED bid${bid.status === BidStatus.WON || bid.status === BidStatus.LOST ? ' (to correct the recorded one, use correctBidOutcome)' : ''}.`,
          { status: bid.status },
        );
      const dateProblems = await this.outcomeDateProblems(tx, bidId, o.date);
      if (dateProblems.length) throw AppError.invalid('The outcome', dateProblems);
      const status = o.outcome === 'WON' ? BidStatus.WON : BidStatus.LOST;
      await guardedUpdate(
        tx,
        Bid,
        { id: bidId, version: bid.version, where: { status: BidStatus.SUBMITTED } },
        {
          status,
          awardedValueMinor: o.awardedValueMinor ?? null,
          contractReference: o.contractReference?.trim() ?? null,
          outcomeDate: o.date,
          lossReason: o.lossReason ?? null,
          winnerName: o.winnerName ?? null,
          winnerPriceMinor: o.winnerPriceMinor ?? null,
          outcomeNote: o.note ?? null,
          updatedAt: new Date(),
        },
        `Bid ${bidId} changed at the same time.`,
      );
      const tender = await this.tenders.load(bid.tenderId);
      if (tender.stage === TenderStage.SUBMITTED) {
        await this.tenders.moveStage(actor, tender.id, o.outcome === 'WON' ? TenderStage.WON : TenderStage.LOST, {
          reason: `bid ${bidId}: ${o.outcome}`,
          outcomeDate: o.date,
          lossReason: o.lossReason ?? null,
          lossReasonText:
            o.outcome === 'LOST' ? [o.winnerName && `winner ${o.winnerName}`, o.note].filter(Boolean).join('; ') || null : null,
        });
      }
      const after = await tx.findOneByOrFail(Bid, { id: bidId });
      await audit(tx, actor, {
        action: 'recordBidOutcome',
        entityType: 'Bid',
        entityId: bidId,
        before: { status: bid.status },
        after: { status, ...o },
      });
      if (status === BidStatus.WON) await this.won.get().onBidWon(tx, actor, after);
      return after;
    });
  }

  /**
   * Corrects a recorded outcome: the date (WON or LOST), the awarded value and the contract
   * reference (WON). The reason is required; the audit trail keeps what it was and what it became
   * (auditTrail, entity Bid), and the order made from a won bid follows in the same transaction.
   */
  async correctOutcome(actor: Actor, bidId: number, c: OutcomeCorrection): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.correctBidOutcome, SUBMIT_REFUSED);
    const problems: FieldProblem[] = [];
    if (!c.reason?.trim())
      problems.push({ field: 'reason', message: 'say why the recorded outcome was wrong', rule: FieldRule.GIVE_A_REASON });
    if (c.date == null && c.awardedValueMinor == null && c.contractReference == null)
      problems.push({ field: 'date', message: 'give the date, the awarded value or the contract reference to correct' });
    if (c.awardedValueMinor != null && (!Number.isSafeInteger(c.awardedValueMinor) || c.awardedValueMinor <= 0))
      problems.push({ field: 'awardedValue', message: 'must be above 0', rule: FieldRule.ABOVE_ZERO });
    if (c.contractReference != null && !c.contractReference.trim())
      problems.push({ field: 'contractReference', message: 'cannot be empty', rule: FieldRule.REQUIRED });
    if (c.date != null) problems.push(...(await this.outcomeDateProblems(null, bidId, c.date)));
    const refuse = (list: FieldProblem[]) => AppError.invalid('The correction', list);
    if (problems.length) throw refuse(problems);
    return this.db.transaction(async (tx) => {
      const bid = await tx.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if (bid.status !== BidStatus.WON && bid.status !== BidStatus.LOST)
        throw AppError.conflict(`Bid ${bidId} is ${bid.status}; only a recorded outcome (WON or LOST) is corrected.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: bid.status,
        });
      if (bid.status === BidStatus.LOST && (c.awardedValueMinor != null || c.contractReference != null))
        throw refuse([
          {
            field: 'awardedValue',
            message: 'a lost bid has no awarded value or contract reference; only its date is corrected',
            rule: FieldRule.LEAVE_EMPTY,
          },
        ]);
      if (c.date != null) {
        const late = await this.outcomeDateProblems(tx, bidId, c.date);
        if (late.length) throw refuse(late);
      }
      const before = { date: bid.outcomeDate, awardedValueMinor: bid.awardedValueMinor, contractReference: bid.contractReference };
      const changes: Partial<Bid> = { updatedAt: new Date() };
      if (c.date != null) changes.outcomeDate = c.date;
      if (c.awardedValueMinor != null) changes.awardedValueMinor = c.awardedValueMinor;
      if (c.contractReference != null) changes.contractReference = c.contractReference.trim();
      await guardedUpdate(
        tx,
        Bid,
        { id: bidId, version: bid.version, where: { status: bid.status } },
        changes,
        `Bid ${bidId} changed at the same time; reload it.`,
      );
      const after = await tx.findOneByOrFail(Bid, { id: bidId });
      await audit(tx, actor, {
        action: 'correctBidOutcome',
        entityType: 'Bid',
        entityId: bidId,
        before,
        after: { date: after.outcomeDate, awardedValueMinor: after.awardedValueMinor, contractReference: after.contractReference },
        reason: c.reason.trim(),
      });
      // the tender's outcome date (by which the pipeline counts it) follows the bid's
      if (c.date != null && c.date !== before.date)
        await this.tenders.correctOutcomeDate(
          tx,
          actor,
          bid.tenderId,
          bid.status === BidStatus.WON ? TenderStage.WON : TenderStage.LOST,
          c.date,
          c.reason.trim(),
        );
      await this.won.get().onOutcomeCorrected(tx, actor, after, c.reason.trim());
      return after;
    });
  }

  private async snapshot(tx: Tx, bid: Bid, revision: number): Promise<BidRevisionSnapshot> {
    const tender = await this.tenders.load(bid.tenderId);
    const { packages, covers } = await this.bids.packagesOf(tx, bid.id);
    const accepted = packages.filter((p) => p.status === WorkPackageStatus.ACCEPTED);
    const members = accepted.length ? await tx.findBy(Member, { id: In([...new Set(accepted.map((p) => p.memberId))]) }) : [];
    const { matrix } = await this.bids.matrixOf(tx, bid);
    const price = await this.bids.priceBuildUp(SYSTEM_ACTOR, bid);
    return {
      revision,
      tender: { id: tender.id, title: tender.title, buyerName: tender.buyerName, deadline: tender.deadline?.toISOString() ?? null },
      bid: { id: bid.id, title: bid.title, bidderKind: bid.bidderKind, primeMemberId: bid.primeMemberId, currency: bid.currency },
      workPackages: accepted.map((p) => ({
        id: p.id,
        memberId: p.memberId,
        memberName: members.find((m) => m.id === p.memberId)?.name ?? '',
        title: p.title,
        hours: p.hours,
        priceMinor: p.priceMinor ?? 0,
        windowStart: p.windowStart,
        windowEnd: p.windowEnd,
        requirements: covers.filter((c) => c.workPackageId === p.id).map((c) => ({ requirementId: c.requirementId, hours: c.hours })),
      })),
      complianceMatrix: matrix.rows.map((r) => ({
        requirementId: r.requirementId,
        label: r.label,
        mandatory: r.mandatory,
        requiredHours: r.requiredHours,
        acceptedHours: r.acceptedHours,
        covered: r.covered,
      })),
      priceBuildUp: {
        packagesTotalMinor: price.packagesTotalMinor,
        coordinationFeeMinor: price.coordinationFeeMinor,
        contingencyMinor: price.contingencyMinor,
        bidPriceMinor: price.bidPriceMinor,
        expectedRoyaltyMinor: price.expectedRoyaltyMinor,
        royaltyRateBp: price.royaltyRateBp,
      },
    };
  }
}
