import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type FieldProblem,
  type Tx,
  audit,
  guardedUpdate,
  isLocalDate,
  money,
  convertMoney,
  DEFAULT_CURRENCY,
  type ExchangeRate,
  parseRate,
  type PortHandle,
  Ports,
  definePort,
  sumMoney,
  ErrorReason,
  demand,
  FieldRule,
  groupBy,
} from '@app/core';
import { type PackageCover, MatchingService, type SolverOptions } from '@app/matching';
import { Member, MembershipStatus } from '@app/members';
import { type Requirement, TenderStage, TendersService } from '@app/tenders';
import { type ComplianceMatrix, type PriceBuildUp, blockerSentence, complianceMatrix, priceBuildUp, priceProblems } from './bid-rules';
import { EDIT_REFUSED, LIVE_PACKAGE, READ_REFUSED, assertEligible, loadPackage, openBid, reopenIfReady, setBidStatus } from './bid-writes';
import { Bid, BidStatus, BidderKind, WorkPackage, WorkPackageRequirement, WorkPackageStatus } from './entities/bid.entity';
import { BID_PERMISSIONS } from './bids.permissions';

export interface RoyaltyRateSource {
  /**
   * The association's default royalty rate in force today, in basis points: the rate a royalty
   * statement applies to the bid's work once it is won, so 0 when no agreement is in force.
   */
  defaultRateBp(): Promise<number>;
}

/** The expected royalty rate of a bid's price build-up; provided by the royalties context (no default here). */
export const ROYALTY_RATE_PORT = definePort<RoyaltyRateSource>('bids.royaltyRate', 'royalties');

export interface BidFees {
  coordinationFeeBp?: number | null;
  coordinationFeeFixedMinor?: number | null;
  contingencyBp?: number | null;
  contingencyFixedMinor?: number | null;
  notes?: string | null;
}

export interface CreateBid extends BidFees {
  tenderId: number;
  bidderKind: BidderKind;
  primeMemberId?: number | null;
  title?: string | null;
}

export interface WorkPackageFields {
  memberId?: number;
  title?: string;
  scope?: string | null;
  covers?: PackageCover[];
  priceMinor?: number | null;
  windowStart?: string;
  windowEnd?: string;
  responseDeadline?: Date | null;
}

/**
 * Bids: composing a joint offer and its DRAFT packages (by hand or from a suggestion), fees, the
 * price build-up and compliance matrix, READY and withdrawal. What happens to a package once it is
 * offered (the firms' answers) is WorkPackagesService's; sending is SubmissionService's.
 */
@Injectable()
export class BidsService {
  private readonly royaltyRate: PortHandle<RoyaltyRateSource>;

  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly matching: MatchingService,
    ports: Ports,
  ) {
    this.royaltyRate = ports.need(ROYALTY_RATE_PORT);
  }

  // ---------------------------------------------------------------- reading

  async list(actor: Actor, filter: { tenderId?: number; statuses?: BidStatus[] }): Promise<Bid[]> {
    demand(actor, BID_PERMISSIONS.bids, READ_REFUSED);
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(Bid, 'b');
      if (filter.tenderId) qb.andWhere('b.tender_id = :t', { t: filter.tenderId });
      if (filter.statuses?.length) qb.andWhere('b.status IN (:...s)', { s: filter.statuses });
      return qb.orderBy('b.id', 'DESC').take(500).getMany();
    });
  }

  async get(actor: Actor, id: number): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.bid, READ_REFUSED);
    const bid = await this.db.read((em) => em.findOneBy(Bid, { id }));
    if (!bid) throw AppError.notFound('Bid', id);
    return bid;
  }

  async priceBuildUp(actor: Actor, bid: Bid): Promise<PriceBuildUp> {
    return (await this.priceBuildUps(actor, [bid]))[0];
  }

  /** The price build-up of many bids: their packages in one statement, the royalty rate once. */
  async priceBuildUps(actor: Actor, bids: readonly Bid[]): Promise<PriceBuildUp[]> {
    demand(actor, BID_PERMISSIONS.seePriceBuildUp, READ_REFUSED);
    if (!bids.length) return [];
    const packages = await this.db.read((em) => em.find(WorkPackage, { where: { bidId: In(bids.map((b) => b.id)) } }));
    const royaltyRateBp = await this.royaltyRate.get().defaultRateBp();
    return bids.map((bid) =>
      priceBuildUp({
        currency: bid.currency,
        packagePrices: packages
          .filter((p) => p.bidId === bid.id && LIVE_PACKAGE.includes(p.status))
          .map((p) => (p.priceMinor === null ? null : money(p.priceMinor, p.currency))),
        coordinationFeeBp: bid.coordinationFeeBp,
        coordinationFeeFixedMinor: bid.coordinationFeeFixedMinor,
        contingencyBp: bid.contingencyBp,
        contingencyFixedMinor: bid.contingencyFixedMinor,
        royaltyRateBp,
      }),
    );
  }

  async complianceMatrix(actor: Actor, bidId: number): Promise<ComplianceMatrix & { bid: Bid; requirements: Requirement[] }> {
    const bid = await this.get(actor, bidId);
    return this.db.read(async (em) => {
      const { matrix, requirements } = await this.matrixOf(em as Tx, bid);
      return { ...matrix, bid, requirements };
    });
  }

  // ---------------------------------------------------------------- composing

  async create(actor: Actor, input: CreateBid): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.createBid, EDIT_REFUSED);
    this.validateFees(input);
    return this.db.transaction(async (tx) => {
      const bid = await this.createIn(tx, actor, input, null);
      await audit(tx, actor, { action: 'createBid', entityType: 'Bid', entityId: bid.id, after: { ...bid } });
      return bid;
    });
  }

  /**
   * Creates a bid from a solver alternative: one work package per firm and capability, covering
   * the requirements the solver gave that firm, priced at the firm's rate (or the catalogue's).
   */
  async createFromSuggestion(
    actor: Actor,
    input: CreateBid & {
      rank: number;
      options: SolverOptions;
      responseDeadline?: Date | null;
      /** The alternative's assignments as the project leader saw them; refused if the solver now says otherwise. */
      seen?: { firmId: number; requirementId: number; hours: number }[];
      /** NOK per unit of the tender's currency, required when it is not NOK. */
      exchangeRate?: string | null;
    },
  ): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.createBidFromSuggestion, EDIT_REFUSED);
    this.validateFees(input);
    const rate = this.suggestionRate((await this.tenders.load(input.tenderId)).currency, input.exchangeRate);
    const { problem, solution } = await this.matching.suggest(actor, input.tenderId, {
      ...input.options,
      alternatives: Math.max(input.rank, input.options.alternatives ?? 1),
    });
    const alt = solution.alternatives.find((a) => a.rank === input.rank);
    if (!alt)
      throw AppError.badInput(`The solver found ${solution.alternatives.length} alternative(s); there is no rank ${input.rank}.`, [
        { field: 'rank', message: 'no such alternative' },
      ]);
    if (input.seen) {
      const key = (a: { firmId: number; requirementId: number; hours: number }) => `${a.firmId}:${a.requirementId}:${a.hours}`;
      const now = alt.firms.flatMap((f) => f.assignments.map((a) => key({ firmId: f.firmId, ...a }))).sort();
      const seen = input.seen.map(key).sort();
      if (now.join() !== seen.join())
        throw AppError.conflict(
          `Alternative ${input.rank} has changed since you saw it (the register or the requirements changed); look at the suggestion again. No bid was made.`,
          { reason: ErrorReason.SUGGESTION_CHANGED },
        );
    }
    const reqById = new Map(problem.requirementRows.map((r) => [r.id, r]));
    return this.db.transaction(async (tx) => {
      const bid = await this.createIn(tx, actor, input, input.rank, rate?.micros ?? null);
      // the solver's costs are the firms' NOK rates: a package price is their sum in NOK, converted
      // into the bid's currency at the leader's rate (never NOK øre written as euro cents)
      const priceOf = (assignments: { costOre: number }[]) => {
        const nok = sumMoney(
          assignments.map((a) => money(a.costOre, DEFAULT_CURRENCY)),
          DEFAULT_CURRENCY,
        );
        return (rate ? convertMoney(nok, bid.currency, rate) : sumMoney([nok], bid.currency)).minorUnits;
      };
      for (const firm of alt.firms) {
        const byCode = groupBy(firm.assignments, (a) => reqById.get(a.requirementId)!.capabilityCode);
        for (const [code, assignments] of byCode) {
          const reqs = assignments.map((a) => reqById.get(a.requirementId)!);
          const start = reqs.map((r) => r.windowStart).sort()[0];
          const end = reqs
            .map((r) => r.windowEnd)
            .sort()
            .reverse()[0];
          await this.insertPackage(tx, bid, {
            memberId: firm.firmId,
            title: `${code}: ${reqs.map((r) => r.description ?? r.capabilityCode).join('; ')}`.slice(0, 300),
            scope: reqs
              .map(
                (r) =>
                  `Requirement ${r.id}: ${r.description ?? r.capabilityCode} (${assignments.find((a) => a.requirementId === r.id)!.hours} h)`,
              )
              .join('\n'),
            covers: assignments.map((a) => ({ requirementId: a.requirementId, hours: a.hours })),
            priceMinor: priceOf(assignments),
            windowStart: start,
            windowEnd: end,
            responseDeadline: input.responseDeadline ?? null,
          });
        }
      }
      await audit(tx, actor, {
        action: 'createBidFromSuggestion',
        entityType: 'Bid',
        entityId: bid.id,
        after: { ...bid, rank: input.rank, firms: alt.firms.map((f) => f.firmId), exchangeRate: input.exchangeRate ?? null },
      });
      return bid;
    });
  }

  async updateBid(actor: Actor, bidId: number, fees: BidFees & { title?: string }): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.updateBid, EDIT_REFUSED);
    this.validateFees(fees);
    return this.db.transaction(async (tx) => {
      const bid = await openBid(tx, bidId);
      const before = { ...bid };
      const changes: Partial<Bid> = { updatedAt: new Date() };
      for (const k of [
        'coordinationFeeBp',
        'coordinationFeeFixedMinor',
        'contingencyBp',
        'contingencyFixedMinor',
        'notes',
        'title',
      ] as const) {
        if (fees[k] !== undefined) (changes as Record<string, unknown>)[k] = fees[k];
      }
      await guardedUpdate(tx, Bid, { id: bidId, version: bid.version }, changes, 'The bid changed at the same time; reload it.');
      const after = await tx.findOneByOrFail(Bid, { id: bidId });
      await audit(tx, actor, { action: 'updateBid', entityType: 'Bid', entityId: bidId, before, after: { ...after } });
      return after;
    });
  }

  async addWorkPackage(
    actor: Actor,
    bidId: number,
    input: WorkPackageFields & { memberId: number; title: string; covers: PackageCover[]; windowStart: string; windowEnd: string },
  ): Promise<WorkPackage> {
    demand(actor, BID_PERMISSIONS.addWorkPackage, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const bid = await openBid(tx, bidId);
      const wp = await this.insertPackage(tx, bid, input);
      await reopenIfReady(tx, bid);
      await audit(tx, actor, {
        action: 'addWorkPackage',
        entityType: 'WorkPackage',
        entityId: wp.id,
        after: { ...wp, covers: input.covers },
      });
      return wp;
    });
  }

  async updateWorkPackage(actor: Actor, id: number, input: WorkPackageFields & { expectedVersion?: number }): Promise<WorkPackage> {
    demand(actor, BID_PERMISSIONS.updateWorkPackage, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const wp = await loadPackage(tx, id);
      if (wp.status !== WorkPackageStatus.DRAFT) {
        throw AppError.conflict(
          `Work package ${id} is ${wp.status}; only a DRAFT package is edited. Withdraw it and add a new one, or accept a counter-offer.`,
          { status: wp.status },
        );
      }
      const bid = await openBid(tx, wp.bidId);
      const merged = { ...wp, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as WorkPackage &
        WorkPackageFields;
      const covers =
        input.covers ??
        (await tx.findBy(WorkPackageRequirement, { workPackageId: id })).map((c) => ({ requirementId: c.requirementId, hours: c.hours }));
      const reqs = await this.validatePackage(tx, bid, { ...merged, covers });
      const before = { ...wp };
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: input.expectedVersion ?? wp.version, where: { status: WorkPackageStatus.DRAFT } },
        {
          memberId: merged.memberId,
          title: merged.title.trim(),
          scope: merged.scope ?? null,
          hours: covers.reduce((s, c) => s + c.hours, 0),
          priceMinor: merged.priceMinor ?? null,
          windowStart: merged.windowStart,
          windowEnd: merged.windowEnd,
          responseDeadline: merged.responseDeadline ?? null,
          updatedAt: new Date(),
        },
        `Work package ${id} was changed by someone else; reload it.`,
      );
      if (input.covers) await this.writeCovers(tx, id, covers, reqs);
      const after = await tx.findOneByOrFail(WorkPackage, { id });
      await audit(tx, actor, { action: 'updateWorkPackage', entityType: 'WorkPackage', entityId: id, before, after: { ...after } });
      return after;
    });
  }

  /** READY needs every mandatory requirement covered by accepted packages and no package pending. */
  async markReady(actor: Actor, bidId: number): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.markBidReady, EDIT_REFUSED);
    return this.db.transaction(async (tx) => {
      const bid = await openBid(tx, bidId);
      if (bid.status !== BidStatus.OFFERED && bid.status !== BidStatus.DRAFT)
        throw AppError.conflict(`Bid ${bidId} is ${bid.status}.`, { reason: ErrorReason.WRONG_STATUS, status: bid.status });
      const { matrix } = await this.matrixOf(tx, bid);
      if (!matrix.ready) {
        const missing = matrix.blockers.map(blockerSentence);
        throw new AppError(ErrorCode.CONFLICT, `Bid ${bidId} is not ready: ${missing.join('; ')}.`, {
          details: { reason: ErrorReason.NOT_READY, missing },
        });
      }
      await setBidStatus(tx, bid, BidStatus.READY);
      await audit(tx, actor, {
        action: 'markBidReady',
        entityType: 'Bid',
        entityId: bidId,
        before: { status: bid.status },
        after: { status: 'READY' },
      });
      return tx.findOneByOrFail(Bid, { id: bidId });
    });
  }

  async withdrawBid(actor: Actor, bidId: number, reason: string): Promise<Bid> {
    demand(actor, BID_PERMISSIONS.withdrawBid, EDIT_REFUSED);
    if (!reason?.trim())
      throw AppError.badInput('Say why the bid is withdrawn.', [{ field: 'reason', message: 'required', rule: FieldRule.REQUIRED }]);
    return this.db.transaction(async (tx) => {
      const bid = await tx.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if ([BidStatus.WON, BidStatus.LOST, BidStatus.WITHDRAWN].includes(bid.status))
        throw AppError.conflict(`Bid ${bidId} is ${bid.status} and cannot be withdrawn.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: bid.status,
        });
      await guardedUpdate(
        tx,
        Bid,
        { id: bidId, version: bid.version },
        { status: BidStatus.WITHDRAWN, withdrawnReason: reason.trim(), updatedAt: new Date() },
        'The bid changed at the same time.',
      );
      await audit(tx, actor, {
        action: 'withdrawBid',
        entityType: 'Bid',
        entityId: bidId,
        before: { status: bid.status },
        after: { status: 'WITHDRAWN' },
        reason,
      });
      return tx.findOneByOrFail(Bid, { id: bidId });
    });
  }

  // ---------------------------------------------------------------- helpers for other contexts

  /** Moves a bid to a status on behalf of another context's rule (steering decisions, submission). */
  async setStatusFor(tx: Tx, bidId: number, from: BidStatus[], to: BidStatus): Promise<Bid> {
    const bid = await tx.findOneBy(Bid, { id: bidId });
    if (!bid) throw AppError.notFound('Bid', bidId);
    if (!from.includes(bid.status))
      throw AppError.conflict(`Bid ${bidId} is ${bid.status}; expected ${from.join(' or ')}.`, {
        reason: ErrorReason.WRONG_STATUS,
        status: bid.status,
        expected: from,
      });
    await setBidStatus(tx, bid, to);
    return tx.findOneByOrFail(Bid, { id: bidId });
  }

  async packagesOf(tx: Tx, bidId: number): Promise<{ packages: WorkPackage[]; covers: WorkPackageRequirement[] }> {
    const packages = await tx.find(WorkPackage, { where: { bidId }, order: { id: 'ASC' } });
    const covers = packages.length
      ? await tx.find(WorkPackageRequirement, { where: { workPackageId: In(packages.map((p) => p.id)) }, order: { id: 'ASC' } })
      : [];
    return { packages, covers };
  }

  async matrixOf(tx: Tx, bid: Bid): Promise<{ matrix: ComplianceMatrix; requirements: Requirement[] }> {
    const requirements = await this.tenders.requirementsOf(bid.tenderId);
    const { packages, covers } = await this.packagesOf(tx, bid.id);
    const matrix = complianceMatrix(
      requirements.map((r) => ({
        id: r.id,
        label: r.description ?? r.capabilityCode,
        capabilityCode: r.capabilityCode,
        description: r.description,
        hours: r.hours,
        mandatory: r.mandatory,
      })),
      packages.map((p) => ({
        id: p.id,
        memberId: p.memberId,
        status: p.status,
        covers: new Map(covers.filter((c) => c.workPackageId === p.id).map((c) => [c.requirementId, c.hours])),
      })),
    );
    return { matrix, requirements };
  }

  // ---------------------------------------------------------------- internals

  private async createIn(
    tx: Tx,
    actor: Actor,
    input: CreateBid,
    rank: number | null,
    exchangeRateMicros: number | null = null,
  ): Promise<Bid> {
    const tender = await this.tenders.load(input.tenderId);
    if (![TenderStage.GO, TenderStage.BID_IN_PREPARATION].includes(tender.stage)) {
      throw AppError.conflict(`Tender ${tender.id} is ${tender.stage}; a bid is prepared only after the steering committee's GO.`, {
        reason: ErrorReason.WRONG_STATUS,
        stage: tender.stage,
      });
    }
    if (input.bidderKind === BidderKind.MEMBER_PRIME) {
      if (!input.primeMemberId)
        throw AppError.badInput('A member acting as prime must be named: primeMemberId.', [
          { field: 'primeMemberId', message: 'required for MEMBER_PRIME', rule: FieldRule.REQUIRED },
        ]);
      const prime = await tx.findOneBy(Member, { id: input.primeMemberId });
      if (!prime || prime.status !== MembershipStatus.ACTIVE)
        throw AppError.badInput(`Member ${input.primeMemberId} is not an active member.`, [
          { field: 'primeMemberId', message: 'not an active member' },
        ]);
    } else if (input.primeMemberId) {
      throw AppError.badInput('Only a MEMBER_PRIME bid has a prime member.', [
        { field: 'primeMemberId', message: 'must be empty', rule: FieldRule.LEAVE_EMPTY },
      ]);
    }
    const now = new Date();
    const bid = await tx.save(
      tx.create(Bid, {
        tenderId: tender.id,
        title: input.title?.trim() || `Joint offer: ${tender.title}`.slice(0, 300),
        bidderKind: input.bidderKind,
        primeMemberId: input.primeMemberId ?? null,
        status: BidStatus.DRAFT,
        currency: tender.currency,
        exchangeRateMicros,
        coordinationFeeBp: input.coordinationFeeBp ?? null,
        coordinationFeeFixedMinor: input.coordinationFeeFixedMinor ?? null,
        contingencyBp: input.contingencyBp ?? null,
        contingencyFixedMinor: input.contingencyFixedMinor ?? null,
        notes: input.notes ?? null,
        suggestionRank: rank,
        createdAt: now,
        updatedAt: now,
      }),
    );
    if (tender.stage === TenderStage.GO) {
      await this.tenders.moveStage(actor, tender.id, TenderStage.BID_IN_PREPARATION, { reason: `bid ${bid.id} created` });
    }
    return bid;
  }

  private async insertPackage(
    tx: Tx,
    bid: Bid,
    input: WorkPackageFields & { memberId: number; title: string; covers: PackageCover[]; windowStart: string; windowEnd: string },
  ): Promise<WorkPackage> {
    const reqs = await this.validatePackage(tx, bid, input);
    const tender = await this.tenders.load(bid.tenderId);
    const now = new Date();
    const wp = await tx.save(
      tx.create(WorkPackage, {
        bidId: bid.id,
        tenderId: bid.tenderId,
        memberId: input.memberId,
        title: input.title.trim(),
        scope: input.scope ?? null,
        hours: input.covers.reduce((s, c) => s + c.hours, 0),
        priceMinor: input.priceMinor ?? null,
        currency: bid.currency,
        windowStart: input.windowStart,
        windowEnd: input.windowEnd,
        clearanceLevel: tender.clearanceLevel,
        exportControlled: tender.exportControlled,
        status: WorkPackageStatus.DRAFT,
        responseDeadline: input.responseDeadline ?? null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.writeCovers(tx, wp.id, input.covers, reqs);
    return wp;
  }

  private async writeCovers(tx: Tx, workPackageId: number, covers: PackageCover[], reqs: Map<number, Requirement>): Promise<void> {
    await tx.delete(WorkPackageRequirement, { workPackageId });
    await tx.insert(
      WorkPackageRequirement,
      covers.map((c) => ({
        workPackageId,
        requirementId: c.requirementId,
        hours: c.hours,
        capabilityCode: reqs.get(c.requirementId)!.capabilityCode,
      })),
    );
  }

  private async validatePackage(
    tx: Tx,
    bid: Bid,
    input: WorkPackageFields & { memberId: number; title: string; covers: PackageCover[]; windowStart: string; windowEnd: string },
  ): Promise<Map<number, Requirement>> {
    const problems: FieldProblem[] = [];
    if (!input.title?.trim()) problems.push({ field: 'title', message: 'title is required', rule: FieldRule.REQUIRED });
    if (!input.covers?.length)
      problems.push({ field: 'requirements', message: 'a work package covers at least one requirement', rule: FieldRule.REQUIRED });
    const requirements = new Map((await this.tenders.requirementsOf(bid.tenderId)).map((r) => [r.id, r]));
    const seen = new Set<number>();
    input.covers?.forEach((c, i) => {
      if (!requirements.has(c.requirementId))
        problems.push({
          field: `requirements[${i}].requirementId`,
          message: `requirement ${c.requirementId} is not part of this bid's tender`,
        });
      if (seen.has(c.requirementId))
        problems.push({
          field: `requirements[${i}].requirementId`,
          message: `requirement ${c.requirementId} is listed twice`,
          rule: FieldRule.LISTED_TWICE,
        });
      seen.add(c.requirementId);
      if (!Number.isInteger(c.hours) || c.hours <= 0)
        problems.push({ field: `requirements[${i}].hours`, message: 'hours must be a whole number above 0', rule: FieldRule.ABOVE_ZERO });
    });
    problems.push(...priceProblems(input.priceMinor, 'price'));
    if (!isLocalDate(input.windowStart) || !isLocalDate(input.windowEnd))
      problems.push({ field: 'windowStart', message: 'the delivery window is two dates YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    else if (input.windowEnd < input.windowStart)
      problems.push({ field: 'windowEnd', message: 'the delivery window ends before it starts', rule: FieldRule.ENDS_BEFORE_START });
    if (problems.length) throw AppError.invalid('The work package', problems);
    if (!(await tx.existsBy(Member, { id: input.memberId }))) throw AppError.notFound('Member', input.memberId);
    await assertEligible(this.matching, tx, bid.tenderId, input.memberId, input.covers, input, 'this work package');
    return requirements;
  }

  /**
   * The rate for a bid made from a suggestion: none for a NOK tender; for any other currency the
   * project leader must give one (NOK per unit), or the solver's NOK costs would be taken as prices
   * in the tender's currency.
   */
  private suggestionRate(currency: string, text: string | null | undefined): ExchangeRate | null {
    if (currency === DEFAULT_CURRENCY) {
      if (text)
        throw AppError.badInput("The tender is in NOK, like the solver's costs: leave exchangeRate out.", [
          { field: 'exchangeRate', message: 'only for a tender in another currency', rule: FieldRule.LEAVE_EMPTY },
        ]);
      return null;
    }
    if (!text)
      throw AppError.badInput(
        `The tender is in ${currency}, but the solver's costs are the firms' rates in NOK. Give exchangeRate: how many NOK one ${currency} is (e.g. "11.75"); the package prices are converted at it and it is kept on the bid. Nothing was saved.`,
        [{ field: 'exchangeRate', message: `required for a tender in ${currency}`, rule: FieldRule.REQUIRED }],
      );
    try {
      return { from: currency, to: DEFAULT_CURRENCY, micros: parseRate(text) };
    } catch (e) {
      throw AppError.badInput(`exchangeRate: ${(e as Error).message}.`, [{ field: 'exchangeRate', message: (e as Error).message }]);
    }
  }

  private validateFees(f: BidFees): void {
    const problems: FieldProblem[] = [];
    if (f.coordinationFeeBp != null && f.coordinationFeeFixedMinor != null)
      problems.push({ field: 'coordinationFee', message: 'give a rate or a fixed amount, not both', rule: FieldRule.RATE_OR_AMOUNT });
    if (f.contingencyBp != null && f.contingencyFixedMinor != null)
      problems.push({ field: 'contingency', message: 'give a rate or a fixed amount, not both', rule: FieldRule.RATE_OR_AMOUNT });
    for (const k of ['coordinationFeeBp', 'contingencyBp'] as const)
      if (f[k] != null && (f[k]! < 0 || f[k]! > 10000))
        problems.push({ field: k, message: '0 to 10000 basis points', rule: FieldRule.BASIS_POINTS });
    for (const k of ['coordinationFeeFixedMinor', 'contingencyFixedMinor'] as const)
      if (f[k] != null && f[k]! < 0) problems.push({ field: k, message: 'cannot be negative', rule: FieldRule.NOT_NEGATIVE });
    if (problems.length) throw AppError.invalid('The bid', problems, { tail: null });
  }
}
