import { type Actor, AppError, ErrorCode, ErrorReason, type Tx, guardedUpdate } from '@app/core';
import type { MatchingService } from '@app/matching';
import { Member } from '@app/members';
import { priceProblems } from './bid-rules';
import { Bid, BidStatus, WorkPackage, WorkPackageEvent, WorkPackageStatus } from './entities/bid.entity';

/*
 * The steps inside a transaction that both BidsService (composing) and WorkPackagesService (the
 * packages' lifecycle) take: finding an open bid or a package, moving a bid's status, a package's
 * history, the eligibility check. Internal to the bids context (not exported from index.ts).
 */

export const OPEN_BID: readonly BidStatus[] = [BidStatus.DRAFT, BidStatus.OFFERED, BidStatus.READY];
export const LIVE_PACKAGE: readonly WorkPackageStatus[] = [
  WorkPackageStatus.DRAFT,
  WorkPackageStatus.OFFERED,
  WorkPackageStatus.COUNTERED,
  WorkPackageStatus.ACCEPTED,
];
/** Eligibility reasons that only warn (at offer) instead of refusing. */
export const CAPACITY_REASONS = new Set(['NO_FREE_CAPACITY', 'INSUFFICIENT_CAPACITY_INDIVISIBLE']);

export function assertPrice(priceMinor: number | null | undefined, field: string): void {
  const problems = priceProblems(priceMinor, field);
  if (problems.length) throw AppError.invalid('The price', problems, { note: '(a package price is 0 or more)' });
}

/** Why a bid or package operation is refused by the permission map (BID_PERMISSIONS). */
export const READ_REFUSED = "Bids are the association's; a firm sees its own work packages (myWorkPackages).";
export const EDIT_REFUSED = 'Only the project leader (or an administrator) composes bids.';

export async function loadPackage(tx: Tx, id: number): Promise<WorkPackage> {
  const wp = await tx.findOneBy(WorkPackage, { id });
  if (!wp) throw AppError.notFound('Work package', id);
  return wp;
}

/** The bid, when it is still open for changes (DRAFT, OFFERED, READY). */
export async function openBid(tx: Tx, bidId: number): Promise<Bid> {
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

/** A change to a READY bid's packages takes it back to OFFERED. */
export async function reopenIfReady(tx: Tx, bid: Bid): Promise<void> {
  if (bid.status === BidStatus.READY) await setBidStatus(tx, bid, BidStatus.OFFERED);
}

export async function setBidStatus(tx: Tx, bid: Bid, status: BidStatus): Promise<void> {
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

/** One entry of a package's history (offer, answer, reassignment, withdrawal). */
export async function packageEvent(
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
 * A package's firm must be eligible for what it covers in its window, by the solver's rules
 * (capability, certificates valid through the window, clearance, export registration,
 * membership): checked on every way a package's firm, requirements or window are set, and again
 * on offering. Too little free capacity is not a refusal; the offer warns about it.
 */
export async function assertEligible(
  matching: MatchingService,
  tx: Tx,
  tenderId: number,
  memberId: number,
  covers: readonly { requirementId: number; hours: number }[],
  window: { windowStart: string; windowEnd: string },
  what: string,
): Promise<Member> {
  const member = await tx.findOneBy(Member, { id: memberId });
  if (!member) throw AppError.notFound('Member', memberId);
  const eligibility = await matching.eligibilityForPackage(
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
      { details: { reason: ErrorReason.NOT_ELIGIBLE, memberId, reasons: blocking } },
    );
  }
  return member;
}
