import { osloDate, osloStartOfDay } from '@app/core';
import { Bid, BidStatus, BidderKind, WorkPackage, WorkPackageEvent, WorkPackageRequirement, WorkPackageStatus } from '@app/bids';
import { TenderStage } from '@app/tenders';
import type { Rng } from '../lib/rng';
import type { DatasetModule } from './dataset-module';
import type { TenderFact } from './tenders.dataset';

const DAY = 86_400_000;
const S = TenderStage;
const W = WorkPackageStatus;

/** The bid status that goes with a tender's stage; null: no bid (yet). */
function bidStatusFor(stage: TenderStage, rng: Rng): BidStatus | null {
  switch (stage) {
    case S.GO:
      return rng.chance(0.5) ? (rng.chance(0.5) ? BidStatus.DRAFT : BidStatus.OFFERED) : null;
    case S.BID_IN_PREPARATION:
      return rng.weighted([
        [BidStatus.OFFERED, 50],
        [BidStatus.READY, 30],
        [BidStatus.APPROVED, 20],
      ] as const);
    case S.SUBMITTED:
      return BidStatus.SUBMITTED;
    case S.WON:
      return BidStatus.WON;
    case S.LOST:
      return BidStatus.LOST;
    case S.WITHDRAWN:
      return BidStatus.WITHDRAWN;
    default:
      return null;
  }
}

/** A package's status given its bid's: answers are still coming in only while the bid is OFFERED. */
function packageStatusFor(bid: BidStatus, rng: Rng): WorkPackageStatus {
  if (bid === BidStatus.DRAFT) return W.DRAFT;
  if (bid === BidStatus.WITHDRAWN) return W.WITHDRAWN;
  if (bid === BidStatus.OFFERED)
    return rng.weighted([
      [W.OFFERED, 40],
      [W.ACCEPTED, 40],
      [W.DECLINED, 10],
      [W.COUNTERED, 10],
    ] as const);
  return rng.weighted([
    [W.ACCEPTED, 88],
    [W.DECLINED, 12],
  ] as const);
}

export interface BidFact {
  id: number;
  tender: TenderFact;
  status: BidStatus;
  /** Accepted packages: the order lines of a won bid. */
  accepted: { id: number; memberId: number; priceMinor: number }[];
}

/**
 * Bids for tenders from GO onwards, with SCALE_SPECS.workPackages work packages spread over them,
 * their requirement links and the answer history (OFFERED, then ACCEPT, DECLINE or COUNTER).
 * Firms are drawn at random from the active members: the bench data is illustrative and ignores
 * whether a firm has the capability. Bid and package ids are assigned here.
 */
export const bidsDataset: DatasetModule = {
  name: 'bids',
  explicitIdTables: ['bid', 'work_package'],
  async build(ctx) {
    const rng = ctx.rng('bids');
    const tenders = ctx.shared.tenders as TenderFact[];
    const firms = ctx.shared.activeMemberIds;
    const anchorMs = osloStartOfDay(ctx.anchor).getTime();
    const bids: Partial<Bid>[] = [];
    const facts: BidFact[] = [];
    for (const t of tenders) {
      const status = bidStatusFor(t.stage, rng);
      if (!status) continue;
      const id = bids.length + 1;
      const prime = rng.chance(0.2) ? rng.pick(firms) : null;
      bids.push({
        id,
        tenderId: t.id,
        title: `Joint offer for tender ${t.id}`,
        bidderKind: prime ? BidderKind.MEMBER_PRIME : BidderKind.ASSOCIATION,
        primeMemberId: prime,
        status,
        currency: t.currency,
        coordinationFeeBp: rng.chance(0.6) ? rng.int(2, 8) * 100 : null,
        coordinationFeeFixedMinor: null,
        contingencyBp: rng.chance(0.3) ? rng.int(1, 5) * 100 : null,
        contingencyFixedMinor: null,
        notes: null,
        suggestionRank: rng.chance(0.5) ? 1 : null,
        withdrawnReason: status === BidStatus.WITHDRAWN ? 'Generated bench data' : null,
        currentRevision: [BidStatus.SUBMITTED, BidStatus.WON, BidStatus.LOST].includes(status) ? 1 : 0,
        pendingChangeReason: null,
        awardedValueMinor: null,
        contractReference: status === BidStatus.WON ? `BENCH-${t.id}` : null,
        outcomeDate: t.decidedAt !== null && status !== BidStatus.WITHDRAWN ? osloDate(new Date(t.decidedAt)) : null,
        lossReason: null,
        winnerName: null,
        winnerPriceMinor: null,
        outcomeNote: null,
        version: 1,
        createdAt: new Date(t.openedAt + DAY),
        updatedAt: new Date(t.lastMoveAt),
      });
      facts.push({ id, tender: t, status, accepted: [] });
    }
    // every package goes to a random bid, so the total is exactly the scale's figure
    const perBid = new Array<number>(facts.length).fill(0);
    if (facts.length) for (let i = 0; i < ctx.spec.workPackages; i++) perBid[rng.int(0, facts.length - 1)]++;
    const packages: Partial<WorkPackage>[] = [];
    const links: Partial<WorkPackageRequirement>[] = [];
    const events: Partial<WorkPackageEvent>[] = [];
    let wpId = 0;
    facts.forEach((bid, b) => {
      const t = bid.tender;
      let awarded = 0;
      // offers go out between the bid's start and the tender's outcome (or today for open ones)
      const until = Math.max(t.openedAt + 2 * DAY, t.decidedAt ?? anchorMs);
      for (let k = 0; k < perBid[b]; k++) {
        wpId++;
        const req = t.requirements.length ? t.requirements[k % t.requirements.length] : null;
        const memberId = rng.pick(firms);
        const hours = req
          ? Math.max(40, Math.round(req.hours / Math.max(1, Math.ceil(perBid[b] / t.requirements.length)) / 40) * 40)
          : rng.int(1, 40) * 40;
        const priceMinor = hours * rng.int(800, 1_400) * 100;
        const status = packageStatusFor(bid.status, rng);
        const offeredAt = status === W.DRAFT ? null : rng.int(t.openedAt + DAY, until - DAY);
        const respondedAt =
          offeredAt === null || status === W.OFFERED || status === W.WITHDRAWN ? null : Math.min(until, offeredAt + rng.int(1, 10) * DAY);
        const windowStart = req?.windowStart ?? t.requirements[0]?.windowStart ?? ctx.anchor;
        const windowEnd = req?.windowEnd ?? t.requirements[0]?.windowEnd ?? ctx.anchor;
        packages.push({
          id: wpId,
          bidId: bid.id,
          tenderId: t.id,
          memberId,
          title: `Package ${k + 1} of bid ${bid.id}`,
          scope: null,
          hours,
          priceMinor,
          currency: t.currency,
          windowStart,
          windowEnd,
          clearanceLevel: null,
          exportControlled: false,
          status,
          responseDeadline: offeredAt === null ? null : new Date(offeredAt + 14 * DAY),
          offeredAt: offeredAt === null ? null : new Date(offeredAt),
          respondedAt: respondedAt === null ? null : new Date(respondedAt),
          declineReason: status === W.DECLINED ? 'No capacity in the window (bench data)' : null,
          counterPriceMinor: status === W.COUNTERED ? Math.round(priceMinor * 1.1) : null,
          counterWindowStart: null,
          counterWindowEnd: null,
          counterComment: status === W.COUNTERED ? 'Needs 10 % more (bench data)' : null,
          version: 1,
          createdAt: new Date(t.openedAt + DAY),
          updatedAt: new Date(respondedAt ?? offeredAt ?? t.openedAt + DAY),
        });
        if (req) links.push({ workPackageId: wpId, requirementId: req.id, capabilityCode: req.capabilityCode, hours });
        if (offeredAt !== null) {
          const event = (kind: string, at: number, extra: Partial<WorkPackageEvent> = {}) =>
            events.push({
              workPackageId: wpId,
              memberId,
              kind,
              at: new Date(at),
              actorUserId: null,
              priceMinor: null,
              windowStart: null,
              windowEnd: null,
              comment: null,
              ...extra,
            });
          event('OFFERED', offeredAt, { priceMinor });
          if (status === W.ACCEPTED) event('ACCEPT', respondedAt!);
          if (status === W.DECLINED) event('DECLINE', respondedAt!, { comment: 'No capacity in the window (bench data)' });
          if (status === W.COUNTERED) event('COUNTER', respondedAt!, { priceMinor: Math.round(priceMinor * 1.1) });
          if (status === W.WITHDRAWN) event('WITHDRAWN', until);
        }
        if (status === W.ACCEPTED) {
          bid.accepted.push({ id: wpId, memberId, priceMinor });
          awarded += priceMinor;
        }
      }
      if (bid.status === BidStatus.WON) bids[b].awardedValueMinor = awarded;
    });
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, Bid, bids);
      await ctx.insert(tx, WorkPackage, packages);
      await ctx.insert(tx, WorkPackageRequirement, links);
      await ctx.insert(tx, WorkPackageEvent, events);
    });
    ctx.shared.bids = facts;
    return { bid: bids.length, work_package: packages.length, work_package_requirement: links.length, work_package_event: events.length };
  },
};
