import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type FieldProblem,
  type LoaderFactory,
  Role,
  type Tx,
  audit,
  canSeeFirmPrivate,
  groupByKeys,
  guardedUpdate,
  hasRole,
  isAssociation,
  isLocalDate,
  money,
  osloDate,
  rawQuery,
  convertMoney,
  DEFAULT_CURRENCY,
  type ExchangeRate,
  parseRate,
  type PortHandle,
  Ports,
  definePort,
  sumMoney,
} from '@app/core';
import { type PackageCover, MatchingService, type SolverOptions } from '@app/matching';
import { COMMITTED_HOURS_PORT, CapabilitiesService, type Commitment, Member, MembershipStatus, hoursInRange } from '@app/members';
import { type NewNotification, NotificationsService, yieldToRequests } from '@app/notifications';
import { type Requirement, TenderStage, TendersService } from '@app/tenders';
import { type ComplianceMatrix, type PriceBuildUp, complianceMatrix, priceBuildUp, priceProblems } from './bid-rules';
import {
  Bid,
  BidStatus,
  BidderKind,
  ResponseKind,
  WorkPackage,
  WorkPackageEvent,
  WorkPackageRequirement,
  WorkPackageStatus,
} from './entities/bid.entity';

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

const OPEN_BID: readonly BidStatus[] = [BidStatus.DRAFT, BidStatus.OFFERED, BidStatus.READY];
const LIVE_PACKAGE: readonly WorkPackageStatus[] = [
  WorkPackageStatus.DRAFT,
  WorkPackageStatus.OFFERED,
  WorkPackageStatus.COUNTERED,
  WorkPackageStatus.ACCEPTED,
];
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
/** Eligibility reasons that only warn (at offer) instead of refusing. */
const CAPACITY_REASONS = new Set(['NO_FREE_CAPACITY', 'INSUFFICIENT_CAPACITY_INDIVISIBLE']);

function assertPrice(priceMinor: number | null | undefined, field: string): void {
  const problems = priceProblems(priceMinor, field);
  if (problems.length)
    throw AppError.badInput(
      `The price is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')} (a package price is 0 or more). Nothing was saved.`,
      problems,
    );
}

/** A package event with the package's currency (for its price). */
export interface WorkPackageEventView extends WorkPackageEvent {
  currency: string;
}

/**
 * Each work package's history, batched per request (the parent package was already checked). A
 * package can pass from firm to firm, and its history keeps every firm's answers: the association
 * sees them all, a firm only the events of its own firm (never another firm's counter-offer, price
 * or decline reason), and a reassignment without the association's note naming the firm before.
 */
@Injectable()
export class WorkPackageEventsLoader implements LoaderFactory<number, WorkPackageEventView[]> {
  constructor(private readonly db: Database) {}
  createLoader(actor: Actor): DataLoader<number, WorkPackageEventView[]> {
    return new DataLoader(async (ids) => {
      const { entities, raw } = await this.db.read((em) =>
        em
          .createQueryBuilder(WorkPackageEvent, 'e')
          .innerJoin(WorkPackage, 'w', 'w.id = e.work_package_id')
          .addSelect('w.currency', 'wp_currency')
          .where('e.work_package_id IN (:...ids)', { ids: [...ids] })
          .orderBy('e.id', 'ASC')
          .getRawAndEntities<{ wp_currency: string }>(),
      );
      const views: WorkPackageEventView[] = entities.map((e, i) => ({ ...e, currency: raw[i].wp_currency }));
      return groupByKeys(ids, visibleEvents(actor, views) as WorkPackageEventView[], (e) => e.workPackageId);
    });
  }
}

export function visibleEvents(actor: Actor, events: WorkPackageEvent[]): WorkPackageEvent[] {
  if (isAssociation(actor)) return events;
  if (!hasRole(actor, Role.FIRM_USER) || !actor.firmId) return [];
  return events
    .filter((e) => e.memberId === actor.firmId)
    .map((e) => (e.kind === 'REASSIGNED' ? { ...e, comment: null, priceMinor: null } : e));
}

/** The requirements each work package covers, batched per request. */
@Injectable()
export class WorkPackageCoversLoader implements LoaderFactory<number, WorkPackageRequirement[]> {
  constructor(private readonly db: Database) {}
  createLoader(): DataLoader<number, WorkPackageRequirement[]> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.read((em) =>
        em.find(WorkPackageRequirement, { where: { workPackageId: In([...ids]) }, order: { id: 'ASC' } }),
      );
      return groupByKeys(ids, rows, (r) => r.workPackageId);
    });
  }
}

@Injectable()
export class BidsService implements LoaderFactory<number, WorkPackage[]> {
  private readonly royaltyRate: PortHandle<RoyaltyRateSource>;

  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly matching: MatchingService,
    private readonly capabilities: CapabilitiesService,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    this.royaltyRate = ports.need(ROYALTY_RATE_PORT);
    // Accepted packages consume the firm's capacity in their window: the register's "committed hours".
    ports.provide(COMMITTED_HOURS_PORT, {
      committedHours: (ids, code, from, to) => this.committedHours(ids, code, from, to),
      commitmentsOver: (ids, codes, from, to) => this.commitmentsOver(ids, codes, from, to),
    });
  }

  // ---------------------------------------------------------------- reading

  private assertAssociation(actor: Actor): void {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    if (!isAssociation(actor)) throw AppError.forbidden("Bids are the association's; a firm sees its own work packages (myWorkPackages).");
  }

  private assertEditor(actor: Actor): void {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER))
      throw AppError.forbidden('Only the project leader (or an administrator) composes bids.');
  }

  async list(actor: Actor, filter: { tenderId?: number; statuses?: BidStatus[] }): Promise<Bid[]> {
    this.assertAssociation(actor);
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(Bid, 'b');
      if (filter.tenderId) qb.andWhere('b.tender_id = :t', { t: filter.tenderId });
      if (filter.statuses?.length) qb.andWhere('b.status IN (:...s)', { s: filter.statuses });
      return qb.orderBy('b.id', 'DESC').take(500).getMany();
    });
  }

  async get(actor: Actor, id: number): Promise<Bid> {
    this.assertAssociation(actor);
    const bid = await this.db.read((em) => em.findOneBy(Bid, { id }));
    if (!bid) throw AppError.notFound('Bid', id);
    return bid;
  }

  /** Packages of many bids in one statement (per request), already filtered for the actor. */
  createLoader(actor: Actor): DataLoader<number, WorkPackage[]> {
    return new DataLoader(async (bidIds) => {
      const rows = await this.db.read((em) => em.find(WorkPackage, { where: { bidId: In([...bidIds]) }, order: { id: 'ASC' } }));
      return groupByKeys(
        bidIds,
        rows.filter((w) => this.canSee(actor, w)).map((w) => this.view(actor, w)) as WorkPackage[],
        (w) => w.bidId,
      );
    });
  }

  async myWorkPackages(actor: Actor, statuses?: WorkPackageStatus[]): Promise<WorkPackageView[]> {
    if (!hasRole(actor, Role.FIRM_USER) || !actor.firmId) throw AppError.forbidden('myWorkPackages is for firm users.');
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

  async priceBuildUp(actor: Actor, bid: Bid): Promise<PriceBuildUp> {
    return (await this.priceBuildUps(actor, [bid]))[0];
  }

  /** The price build-up of many bids: their packages in one statement, the royalty rate once. */
  async priceBuildUps(actor: Actor, bids: readonly Bid[]): Promise<PriceBuildUp[]> {
    this.assertAssociation(actor);
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

  async reassignmentCandidates(actor: Actor, workPackageId: number) {
    this.assertEditor(actor);
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

  // ---------------------------------------------------------------- composing

  async create(actor: Actor, input: CreateBid): Promise<Bid> {
    this.assertEditor(actor);
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
    this.assertEditor(actor);
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
          { reason: 'SUGGESTION_CHANGED' },
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
        const byCode = new Map<string, { requirementId: number; hours: number; costOre: number }[]>();
        for (const a of firm.assignments) {
          const code = reqById.get(a.requirementId)!.capabilityCode;
          byCode.set(code, [...(byCode.get(code) ?? []), a]);
        }
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
    this.assertEditor(actor);
    this.validateFees(fees);
    return this.db.transaction(async (tx) => {
      const bid = await this.openBid(tx, bidId);
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
    this.assertEditor(actor);
    return this.db.transaction(async (tx) => {
      const bid = await this.openBid(tx, bidId);
      const wp = await this.insertPackage(tx, bid, input);
      await this.reopenIfReady(tx, bid);
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
    this.assertEditor(actor);
    return this.db.transaction(async (tx) => {
      const wp = await this.loadPackage(tx, id);
      if (wp.status !== WorkPackageStatus.DRAFT) {
        throw AppError.conflict(
          `Work package ${id} is ${wp.status}; only a DRAFT package is edited. Withdraw it and add a new one, or accept a counter-offer.`,
          { status: wp.status },
        );
      }
      const bid = await this.openBid(tx, wp.bidId);
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

  /**
   * Offers a package to its firm after checking eligibility with the solver's rules. Missing
   * capability, certificates, clearance or membership refuse the offer; over-committed capacity
   * only warns. An OFFERED package can be offered again with a new response deadline.
   */
  async offer(actor: Actor, id: number, responseDeadline: Date | null): Promise<{ workPackage: WorkPackage; warnings: string[] }> {
    this.assertEditor(actor);
    return this.db.transaction((tx) => this.offerIn(tx, actor, id, responseDeadline));
  }

  /**
   * Offers several packages at once, all or nothing: one transaction, so a package that cannot
   * be offered (no price, not eligible, already answered) leaves every other one as it was. The
   * error names the package.
   */
  async offerMany(actor: Actor, ids: number[], responseDeadline: Date | null): Promise<{ workPackage: WorkPackage; warnings: string[] }[]> {
    this.assertEditor(actor);
    const unique = [...new Set(ids)];
    if (!unique.length || unique.length > 500)
      throw AppError.badInput('Give between 1 and 500 work packages to offer.', [{ field: 'ids', message: '1 to 500 ids' }]);
    return this.db.transaction(async (tx) => {
      const out: { workPackage: WorkPackage; warnings: string[] }[] = [];
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

  private async offerIn(
    tx: Tx,
    actor: Actor,
    id: number,
    responseDeadline: Date | null,
  ): Promise<{ workPackage: WorkPackage; warnings: string[] }> {
    const wp = await this.loadPackage(tx, id);
    if (wp.status !== WorkPackageStatus.DRAFT && wp.status !== WorkPackageStatus.OFFERED) {
      throw AppError.conflict(`Work package ${id} is ${wp.status}; only DRAFT or OFFERED packages are offered.`, { status: wp.status });
    }
    const bid = await this.openBid(tx, wp.bidId);
    if (wp.priceMinor === null)
      throw AppError.badInput(`Work package ${id} has no price yet; set the price before offering it.`, [
        { field: 'price', message: 'required to offer' },
      ]);
    const covers = await tx.findBy(WorkPackageRequirement, { workPackageId: id });
    // checked again here: a certificate may have expired since the package was drafted
    const member = await this.assertEligible(tx, wp.tenderId, wp.memberId, covers, wp, `work package ${id}`);
    const warnings = await this.capacityWarnings(member, covers, wp);
    const now = new Date();
    const deadline = responseDeadline ?? wp.responseDeadline ?? new Date(now.getTime() + DEFAULT_RESPONSE_DAYS * 86400000);
    if (deadline.getTime() <= now.getTime())
      throw AppError.badInput('The response deadline must be in the future.', [{ field: 'responseDeadline', message: 'in the past' }]);
    await guardedUpdate(
      tx,
      WorkPackage,
      { id, version: wp.version, where: { status: wp.status } },
      { status: WorkPackageStatus.OFFERED, offeredAt: now, responseDeadline: deadline, updatedAt: now },
      `Work package ${id} changed at the same time; reload it.`,
    );
    await this.event(tx, actor, wp, 'OFFERED', {
      priceMinor: wp.priceMinor,
      windowStart: wp.windowStart,
      windowEnd: wp.windowEnd,
      comment: warnings.join(' ') || null,
    });
    if (bid.status === BidStatus.DRAFT) await this.setBidStatus(tx, bid, BidStatus.OFFERED);
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
    return { workPackage: await tx.findOneByOrFail(WorkPackage, { id }), warnings };
  }

  /** The assigned firm answers: accept, decline with a reason, or counter with price and/or dates. */
  async respond(actor: Actor, id: number, input: Respond): Promise<WorkPackageView> {
    if (!hasRole(actor, Role.FIRM_USER) || !actor.firmId)
      throw AppError.forbidden('Only a user of the assigned firm answers a work package.');
    const firmId = actor.firmId;
    const saved = await this.db.transaction(async (tx) => {
      const wp = await tx.findOneBy(WorkPackage, { id });
      if (!wp || wp.memberId !== firmId || wp.status === WorkPackageStatus.DRAFT) throw AppError.notFound('Work package', id);
      if (wp.status !== WorkPackageStatus.OFFERED) {
        throw AppError.conflict(`Work package ${id} has already been answered (${wp.status}).`, { status: wp.status });
      }
      const now = new Date();
      if (wp.responseDeadline && wp.responseDeadline.getTime() < now.getTime()) {
        throw AppError.conflict(
          `The response deadline passed at ${wp.responseDeadline.toISOString()}; ask the project leader to offer the package again.`,
          { reason: 'DEADLINE_PASSED' },
        );
      }
      const changes: Partial<WorkPackage> = { respondedAt: now, updatedAt: now };
      const problems: FieldProblem[] = [];
      if (input.kind === ResponseKind.ACCEPT) {
        changes.status = WorkPackageStatus.ACCEPTED;
      } else if (input.kind === ResponseKind.DECLINE) {
        if (!input.reason?.trim()) problems.push({ field: 'reason', message: 'say why you decline' });
        changes.status = WorkPackageStatus.DECLINED;
        changes.declineReason = input.reason?.trim() ?? null;
      } else {
        const start = input.windowStart ?? null;
        const end = input.windowEnd ?? null;
        if (input.priceMinor == null && !start && !end)
          problems.push({ field: 'price', message: 'a counter-offer changes the price and/or the dates' });
        problems.push(...priceProblems(input.priceMinor, 'price'));
        if (!input.comment?.trim()) problems.push({ field: 'comment', message: 'explain the counter-offer' });
        if ((start && !isLocalDate(start)) || (end && !isLocalDate(end)))
          problems.push({ field: 'windowStart', message: 'not a date YYYY-MM-DD' });
        if ((start ?? wp.windowStart) > (end ?? wp.windowEnd))
          problems.push({ field: 'windowEnd', message: 'the window ends before it starts' });
        changes.status = WorkPackageStatus.COUNTERED;
        changes.counterPriceMinor = input.priceMinor ?? null;
        changes.counterWindowStart = start;
        changes.counterWindowEnd = end;
        changes.counterComment = input.comment?.trim() ?? null;
      }
      if (problems.length)
        throw AppError.badInput(
          `The answer is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}. Nothing was saved.`,
          problems,
        );
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: wp.version, where: { status: WorkPackageStatus.OFFERED } },
        changes,
        `Work package ${id} has already been answered.`,
      );
      await this.event(tx, actor, wp, input.kind, {
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
    this.assertEditor(actor);
    return this.db.transaction(async (tx) => {
      const wp = await this.loadPackage(tx, id);
      if (wp.status !== WorkPackageStatus.COUNTERED)
        throw AppError.conflict(`Work package ${id} is ${wp.status}; there is no counter-offer to accept.`, { status: wp.status });
      await this.openBid(tx, wp.bidId);
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
      await this.assertEligible(
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
      await this.event(tx, actor, wp, 'COUNTER_ACCEPTED', {
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
    this.assertEditor(actor);
    return this.db.transaction(async (tx) => {
      const wp = await this.loadPackage(tx, id);
      const allowed = [WorkPackageStatus.DECLINED, WorkPackageStatus.COUNTERED, WorkPackageStatus.OFFERED, WorkPackageStatus.DRAFT];
      if (!allowed.includes(wp.status))
        throw AppError.conflict(`Work package ${id} is ${wp.status}; only ${allowed.join(', ')} packages are reassigned.`, {
          status: wp.status,
        });
      if (memberId === wp.memberId)
        throw AppError.badInput('The package is already assigned to that firm.', [{ field: 'memberId', message: 'same firm' }]);
      const bid = await this.openBid(tx, wp.bidId);
      // the same rules as adding or editing a package: a price that is not negative, an eligible firm
      if (priceMinor !== undefined) assertPrice(priceMinor, 'price');
      if (!(await tx.existsBy(Member, { id: memberId }))) throw AppError.notFound('Member', memberId);
      await this.assertEligible(
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
      await this.event(tx, actor, { ...wp, memberId }, 'REASSIGNED', {
        priceMinor: null,
        windowStart: null,
        windowEnd: null,
        comment: `from member ${wp.memberId}`,
      });
      await this.reopenIfReady(tx, bid);
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
    this.assertEditor(actor);
    return this.db.transaction(async (tx) => {
      const wp = await this.loadPackage(tx, id);
      if (wp.status === WorkPackageStatus.WITHDRAWN) throw AppError.conflict(`Work package ${id} is already withdrawn.`);
      const bid = await this.openBid(tx, wp.bidId);
      await guardedUpdate(
        tx,
        WorkPackage,
        { id, version: wp.version },
        { status: WorkPackageStatus.WITHDRAWN, updatedAt: new Date() },
        `Work package ${id} changed at the same time; reload it.`,
      );
      await this.event(tx, actor, wp, 'WITHDRAWN', { priceMinor: null, windowStart: null, windowEnd: null, comment: reason });
      await this.reopenIfReady(tx, bid);
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

  /** READY needs every mandatory requirement covered by accepted packages and no package pending. */
  async markReady(actor: Actor, bidId: number): Promise<Bid> {
    this.assertEditor(actor);
    return this.db.transaction(async (tx) => {
      const bid = await this.openBid(tx, bidId);
      if (bid.status !== BidStatus.OFFERED && bid.status !== BidStatus.DRAFT)
        throw AppError.conflict(`Bid ${bidId} is ${bid.status}.`, { status: bid.status });
      const { matrix } = await this.matrixOf(tx, bid);
      if (!matrix.ready) {
        throw new AppError(ErrorCode.CONFLICT, `Bid ${bidId} is not ready: ${matrix.missing.join('; ')}.`, {
          details: { reason: 'NOT_READY', missing: matrix.missing },
        });
      }
      await this.setBidStatus(tx, bid, BidStatus.READY);
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
    this.assertEditor(actor);
    if (!reason?.trim()) throw AppError.badInput('Say why the bid is withdrawn.', [{ field: 'reason', message: 'required' }]);
    return this.db.transaction(async (tx) => {
      const bid = await tx.findOneBy(Bid, { id: bidId });
      if (!bid) throw AppError.notFound('Bid', bidId);
      if ([BidStatus.WON, BidStatus.LOST, BidStatus.WITHDRAWN].includes(bid.status))
        throw AppError.conflict(`Bid ${bidId} is ${bid.status} and cannot be withdrawn.`, { status: bid.status });
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
      throw AppError.conflict(`Bid ${bidId} is ${bid.status}; expected ${from.join(' or ')}.`, { status: bid.status, expected: from });
    await this.setBidStatus(tx, bid, to);
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
      requirements.map((r) => ({ id: r.id, label: r.description ?? r.capabilityCode, hours: r.hours, mandatory: r.mandatory })),
      packages.map((p) => ({
        id: p.id,
        memberId: p.memberId,
        status: p.status,
        covers: new Map(covers.filter((c) => c.workPackageId === p.id).map((c) => [c.requirementId, c.hours])),
      })),
    );
    return { matrix, requirements };
  }

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
    const byFirm = new Map<number, number[]>();
    for (const u of users)
      if (u.role === Role.FIRM_USER && u.firm_id !== null)
        byFirm.set(Number(u.firm_id), [...(byFirm.get(Number(u.firm_id)) ?? []), Number(u.id)]);
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
      // their type and end after they lapse (one seek per certificate in ix_wp_need_member_type)
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

  // ---------------------------------------------------------------- internals

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

  private async capacityWarnings(member: Member, covers: WorkPackageRequirement[], wp: WorkPackage): Promise<string[]> {
    const warnings: string[] = [];
    const byCode = new Map<string, number>();
    for (const c of covers) byCode.set(c.capabilityCode, (byCode.get(c.capabilityCode) ?? 0) + c.hours);
    for (const [code, hours] of byCode) {
      const [rep] = await this.capabilities.capacityOf([member.id], code, wp.windowStart, wp.windowEnd);
      if (rep.freeHours - hours < 0) {
        warnings.push(
          `${member.name} has ${rep.freeHours} h free for ${code} from ${wp.windowStart} to ${wp.windowEnd}; this package needs ${hours} h, so the firm would be over-committed by ${hours - rep.freeHours} h.`,
        );
      }
    }
    if (member.status !== MembershipStatus.ACTIVE) warnings.push(`${member.name} is not an active member.`);
    return warnings;
  }

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
        stage: tender.stage,
      });
    }
    if (input.bidderKind === BidderKind.MEMBER_PRIME) {
      if (!input.primeMemberId)
        throw AppError.badInput('A member acting as prime must be named: primeMemberId.', [
          { field: 'primeMemberId', message: 'required for MEMBER_PRIME' },
        ]);
      const prime = await tx.findOneBy(Member, { id: input.primeMemberId });
      if (!prime || prime.status !== MembershipStatus.ACTIVE)
        throw AppError.badInput(`Member ${input.primeMemberId} is not an active member.`, [
          { field: 'primeMemberId', message: 'not an active member' },
        ]);
    } else if (input.primeMemberId) {
      throw AppError.badInput('Only a MEMBER_PRIME bid has a prime member.', [{ field: 'primeMemberId', message: 'must be empty' }]);
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
    if (!input.title?.trim()) problems.push({ field: 'title', message: 'title is required' });
    if (!input.covers?.length) problems.push({ field: 'requirements', message: 'a work package covers at least one requirement' });
    const requirements = new Map((await this.tenders.requirementsOf(bid.tenderId)).map((r) => [r.id, r]));
    const seen = new Set<number>();
    input.covers?.forEach((c, i) => {
      if (!requirements.has(c.requirementId))
        problems.push({
          field: `requirements[${i}].requirementId`,
          message: `requirement ${c.requirementId} is not part of this bid's tender`,
        });
      if (seen.has(c.requirementId))
        problems.push({ field: `requirements[${i}].requirementId`, message: `requirement ${c.requirementId} is listed twice` });
      seen.add(c.requirementId);
      if (!Number.isInteger(c.hours) || c.hours <= 0)
        problems.push({ field: `requirements[${i}].hours`, message: 'hours must be a whole number above 0' });
    });
    problems.push(...priceProblems(input.priceMinor, 'price'));
    if (!isLocalDate(input.windowStart) || !isLocalDate(input.windowEnd))
      problems.push({ field: 'windowStart', message: 'the delivery window is two dates YYYY-MM-DD' });
    else if (input.windowEnd < input.windowStart)
      problems.push({ field: 'windowEnd', message: 'the delivery window ends before it starts' });
    if (problems.length)
      throw AppError.badInput(
        `The work package is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}. Nothing was saved.`,
        problems,
      );
    if (!(await tx.existsBy(Member, { id: input.memberId }))) throw AppError.notFound('Member', input.memberId);
    await this.assertEligible(tx, bid.tenderId, input.memberId, input.covers, input, 'this work package');
    return requirements;
  }

  /**
   * A package's firm must be eligible for what it covers in its window, by the solver's rules
   * (capability, certificates valid through the window, clearance, export registration,
   * membership): checked on every way a package's firm, requirements or window are set, and again
   * on offering. Too little free capacity is not a refusal; the offer warns about it.
   */
  private async assertEligible(
    tx: Tx,
    tenderId: number,
    memberId: number,
    covers: readonly { requirementId: number; hours: number }[],
    window: { windowStart: string; windowEnd: string },
    what: string,
  ): Promise<Member> {
    const member = await tx.findOneBy(Member, { id: memberId });
    if (!member) throw AppError.notFound('Member', memberId);
    const eligibility = await this.matching.eligibilityForPackage(
      tenderId,
      covers.map((c) => ({ requirementId: c.requirementId, hours: c.hours })),
      memberId,
      { start: window.windowStart, end: window.windowEnd },
    );
    const blocking = eligibility.flatMap((e) =>
      e.reasons.filter((r) => !CAPACITY_REASONS.has(r.code)).map((r) => ({ requirementId: e.requirementId, ...r })),
    );
    if (blocking.length) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `${member.name} is not eligible for ${what}: ${[...new Set(blocking.map((b) => b.message))].join('; ')}.`,
        { details: { reason: 'NOT_ELIGIBLE', memberId, reasons: blocking } },
      );
    }
    return member;
  }

  private async loadPackage(tx: Tx, id: number): Promise<WorkPackage> {
    const wp = await tx.findOneBy(WorkPackage, { id });
    if (!wp) throw AppError.notFound('Work package', id);
    return wp;
  }

  private async openBid(tx: Tx, bidId: number): Promise<Bid> {
    const bid = await tx.findOneBy(Bid, { id: bidId });
    if (!bid) throw AppError.notFound('Bid', bidId);
    if (!OPEN_BID.includes(bid.status)) {
      throw AppError.conflict(
        `Bid ${bidId} is ${bid.status}; it can no longer be changed here${bid.status === BidStatus.SUBMITTED || bid.status === BidStatus.APPROVED ? ' (a change after approval creates a new revision)' : ''}.`,
        { status: bid.status },
      );
    }
    return bid;
  }

  private async reopenIfReady(tx: Tx, bid: Bid): Promise<void> {
    if (bid.status === BidStatus.READY) await this.setBidStatus(tx, bid, BidStatus.OFFERED);
  }

  private async setBidStatus(tx: Tx, bid: Bid, status: BidStatus): Promise<void> {
    await guardedUpdate(
      tx,
      Bid,
      { id: bid.id, version: bid.version, where: { status: bid.status } },
      { status, updatedAt: new Date() },
      `Bid ${bid.id} changed at the same time; reload it.`,
    );
    bid.version++;
    bid.status = status;
  }

  private async event(
    tx: Tx,
    actor: Actor,
    wp: WorkPackage,
    kind: string,
    data: { priceMinor: number | null; windowStart: string | null; windowEnd: string | null; comment: string | null },
  ): Promise<void> {
    await tx.insert(WorkPackageEvent, {
      workPackageId: wp.id,
      memberId: wp.memberId,
      kind,
      at: new Date(),
      actorUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
      ...data,
    });
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
          { field: 'exchangeRate', message: 'only for a tender in another currency' },
        ]);
      return null;
    }
    if (!text)
      throw AppError.badInput(
        `The tender is in ${currency}, but the solver's costs are the firms' rates in NOK. Give exchangeRate: how many NOK one ${currency} is (e.g. "11.75"); the package prices are converted at it and it is kept on the bid. Nothing was saved.`,
        [{ field: 'exchangeRate', message: `required for a tender in ${currency}` }],
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
      problems.push({ field: 'coordinationFee', message: 'give a rate or a fixed amount, not both' });
    if (f.contingencyBp != null && f.contingencyFixedMinor != null)
      problems.push({ field: 'contingency', message: 'give a rate or a fixed amount, not both' });
    for (const k of ['coordinationFeeBp', 'contingencyBp'] as const)
      if (f[k] != null && (f[k]! < 0 || f[k]! > 10000)) problems.push({ field: k, message: '0 to 10000 basis points' });
    for (const k of ['coordinationFeeFixedMinor', 'contingencyFixedMinor'] as const)
      if (f[k] != null && f[k]! < 0) problems.push({ field: k, message: 'cannot be negative' });
    if (problems.length)
      throw AppError.badInput(`The bid is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, problems);
  }
}
