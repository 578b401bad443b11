import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';

export enum BidStatus {
  DRAFT = 'DRAFT',
  OFFERED = 'OFFERED',
  READY = 'READY',
  APPROVED = 'APPROVED',
  SUBMITTED = 'SUBMITTED',
  WON = 'WON',
  LOST = 'LOST',
  WITHDRAWN = 'WITHDRAWN',
}

export enum BidderKind {
  /** The association bids on behalf of the consortium. */
  ASSOCIATION = 'ASSOCIATION',
  /** A member firm acts as prime contractor. */
  MEMBER_PRIME = 'MEMBER_PRIME',
}

export enum WorkPackageStatus {
  DRAFT = 'DRAFT',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COUNTERED = 'COUNTERED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ResponseKind {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  COUNTER = 'COUNTER',
}

/** A joint offer (tilbud) to a tender. */
@Entity('bid')
@Index('ix_bid_tender', ['tenderId', 'id'])
@Index('ix_bid_status', ['status'])
export class Bid {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'bidder_kind', type: 'varchar', length: 20 })
  bidderKind: BidderKind;

  @Column({ name: 'prime_member_id', type: 'integer', nullable: true })
  primeMemberId: number | null;

  @Column({ type: 'varchar', length: 20, default: BidStatus.DRAFT })
  status: BidStatus;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  /**
   * For a bid in another currency than NOK made from a suggestion: the rate the project leader
   * gave, NOK per one unit of `currency`, in micro-units (11.75 = 11 750 000). The solver's costs
   * (the firms' NOK rates) were converted into package prices at it.
   */
  @Column({ name: 'exchange_rate_micros', type: 'bigint', nullable: true, transformer: bigintTransformer })
  exchangeRateMicros: number | null;

  /** Coordination fee as a rate of the packages' total (basis points) … */
  @Column({ name: 'coordination_fee_bp', type: 'integer', nullable: true })
  coordinationFeeBp: number | null;

  /** … or as a fixed amount. */
  @Column({ name: 'coordination_fee_fixed_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  coordinationFeeFixedMinor: number | null;

  @Column({ name: 'contingency_bp', type: 'integer', nullable: true })
  contingencyBp: number | null;

  @Column({ name: 'contingency_fixed_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  contingencyFixedMinor: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Which solver alternative it was created from, if any. */
  @Column({ name: 'suggestion_rank', type: 'integer', nullable: true })
  suggestionRank: number | null;

  @Column({ name: 'withdrawn_reason', type: 'varchar', length: 2000, nullable: true })
  withdrawnReason: string | null;

  /** The last submitted revision (0 before the first submission). */
  @Column({ name: 'current_revision', type: 'integer', default: 0 })
  currentRevision: number;

  /** Why the bid was changed after submission; cleared when the next revision is sent. */
  @Column({ name: 'pending_change_reason', type: 'varchar', length: 2000, nullable: true })
  pendingChangeReason: string | null;

  /** Outcome: WON gives an order; LOST is kept so the committee can learn. */
  @Column({ name: 'awarded_value_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  awardedValueMinor: number | null;

  @Column({ name: 'contract_reference', type: 'varchar', length: 200, nullable: true })
  contractReference: string | null;

  @Column({ name: 'outcome_date', type: 'varchar', length: 10, nullable: true })
  outcomeDate: string | null;

  @Column({ name: 'loss_reason', type: 'varchar', length: 30, nullable: true })
  lossReason: string | null;

  @Column({ name: 'winner_name', type: 'varchar', length: 300, nullable: true })
  winnerName: string | null;

  @Column({ name: 'winner_price_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  winnerPriceMinor: number | null;

  @Column({ name: 'outcome_note', type: 'varchar', length: 2000, nullable: true })
  outcomeNote: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;
}

/** A part of a bid (arbeidspakke) offered to one firm. */
@Entity('work_package')
@Index('ix_wp_bid', ['bidId', 'id'])
@Index('ix_wp_member_status', ['memberId', 'status'])
@Index('ix_wp_status_deadline', ['status', 'responseDeadline'])
export class WorkPackage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'bid_id', type: 'integer' })
  bidId: number;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  scope: string | null;

  @Column({ type: 'integer' })
  hours: number;

  /** The firm's price (private to that firm and the association). */
  @Column({ name: 'price_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  priceMinor: number | null;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  @Column({ name: 'window_start', type: 'varchar', length: 10 })
  windowStart: string;

  @Column({ name: 'window_end', type: 'varchar', length: 10 })
  windowEnd: string;

  /** Inherited from the tender. */
  @Column({ name: 'clearance_level', type: 'varchar', length: 20, nullable: true })
  clearanceLevel: string | null;

  @Column({ name: 'export_controlled', type: 'boolean', default: false })
  exportControlled: boolean;

  @Column({ type: 'varchar', length: 20, default: WorkPackageStatus.DRAFT })
  status: WorkPackageStatus;

  @Column({ name: 'response_deadline', type: 'bigint', nullable: true, transformer: instantTransformer })
  responseDeadline: Date | null;

  @Column({ name: 'offered_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  offeredAt: Date | null;

  @Column({ name: 'responded_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  respondedAt: Date | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 2000, nullable: true })
  declineReason: string | null;

  @Column({ name: 'counter_price_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  counterPriceMinor: number | null;

  @Column({ name: 'counter_window_start', type: 'varchar', length: 10, nullable: true })
  counterWindowStart: string | null;

  @Column({ name: 'counter_window_end', type: 'varchar', length: 10, nullable: true })
  counterWindowEnd: string | null;

  @Column({ name: 'counter_comment', type: 'varchar', length: 2000, nullable: true })
  counterComment: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;
}

/** Which requirements a work package covers, and with how many of its hours. */
@Entity('work_package_requirement')
@Unique('ux_wpr', ['workPackageId', 'requirementId'])
@Index('ix_wpr_requirement', ['requirementId'])
// capacity questions (committed hours per capability for many firms: the exchange's matches, the solver) start here
@Index('ix_wpr_capability', ['capabilityCode', 'workPackageId', 'hours'])
export class WorkPackageRequirement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'work_package_id', type: 'integer' })
  workPackageId: number;

  @Column({ name: 'requirement_id', type: 'integer' })
  requirementId: number;

  @Column({ name: 'capability_code', type: 'varchar', length: 40 })
  capabilityCode: string;

  @Column({ type: 'integer' })
  hours: number;
}

/** Every answer a firm gave, and every reassignment: the package's history. */
@Entity('work_package_event')
@Index('ix_wpe_wp', ['workPackageId', 'id'])
/** The pipeline counts the answers at the edges of its period (see MemberActivity) from this index alone. */
@Index('ix_wpe_at_kind_member', ['at', 'kind', 'memberId'])
export class WorkPackageEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'work_package_id', type: 'integer' })
  workPackageId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  /** OFFERED, ACCEPT, DECLINE, COUNTER, COUNTER_ACCEPTED, REASSIGNED, WITHDRAWN */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId: number | null;

  @Column({ name: 'price_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  priceMinor: number | null;

  @Column({ name: 'window_start', type: 'varchar', length: 10, nullable: true })
  windowStart: string | null;

  @Column({ name: 'window_end', type: 'varchar', length: 10, nullable: true })
  windowEnd: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;
}

/** A bid exactly as it was sent: an immutable snapshot per submission. */
@Entity('bid_revision')
@Unique('ux_bid_revision', ['bidId', 'revision'])
export class BidRevision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'bid_id', type: 'integer' })
  bidId: number;

  @Column({ type: 'integer' })
  revision: number;

  /** JSON: tender, bid, packages with prices, compliance matrix and price build-up as sent. */
  @Column({ type: 'text' })
  snapshot: string;

  @Column({ name: 'bid_price_minor', type: 'bigint', transformer: bigintTransformer })
  bidPriceMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ name: 'submitted_at', type: 'bigint', transformer: instantTransformer })
  submittedAt: Date;

  @Column({ name: 'submitted_by_user_id', type: 'integer', nullable: true })
  submittedByUserId: number | null;

  @Column({ name: 'submitted_by_email', type: 'varchar', length: 200 })
  submittedByEmail: string;

  /** Set when submitted after the tender's deadline on purpose. */
  @Column({ name: 'late_override_reason', type: 'varchar', length: 2000, nullable: true })
  lateOverrideReason: string | null;

  /** Why this revision was made (negotiation round, correction …); null for the first. */
  @Column({ name: 'change_reason', type: 'varchar', length: 2000, nullable: true })
  changeReason: string | null;
}

/** Width of a MemberActivity slice: 30 days of epoch milliseconds (slice n covers [n, n + 1) × this). */
export const ACTIVITY_SLICE_MS = 2_592_000_000;

/**
 * One package offered to one firm: when it was first offered to the firm, and the firm's answer
 * now (its latest: ACCEPTED when it accepted or the project leader accepted its counter-offer,
 * DECLINED, COUNTERED; null while it has not answered). A package offered to a firm, declined,
 * reassigned away and back and offered again is one row. The pipeline's package counts come from
 * here (each package once per firm, by its first offer). Kept by the database from
 * work_package_event on every insert, update or delete (triggers; see the migration
 * PipelinePackageCounts), never by the application.
 */
@Entity('work_package_offer', { withoutRowid: true })
@Index('ix_wpo_first_offered', ['firstOfferedAt', 'memberId', 'answer'])
export class WorkPackageOffer {
  @PrimaryColumn({ name: 'work_package_id', type: 'integer' })
  workPackageId: number;

  @PrimaryColumn({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'first_offered_at', type: 'bigint', transformer: instantTransformer })
  firstOfferedAt: Date;

  @Column({ type: 'varchar', length: 20, nullable: true })
  answer: string | null;
}

/**
 * A member's packages per 30-day slice of time, by when each was first offered to it: how many,
 * and how many of those it has accepted, declined or countered (its answer now; see
 * WorkPackageOffer). The pipeline adds up the whole slices inside its period from here and reads
 * only the offers at the two edges. Kept by the database on every change of work_package_offer
 * (triggers; see the migration PipelinePackageCounts), never by the application.
 */
@Entity('member_activity', { withoutRowid: true })
export class MemberActivity {
  @PrimaryColumn({ name: 'member_id', type: 'integer' })
  memberId: number;

  /** floor(at / ACTIVITY_SLICE_MS) */
  @PrimaryColumn({ type: 'integer' })
  slice: number;

  @Column({ type: 'integer', default: 0 })
  offered: number;

  @Column({ type: 'integer', default: 0 })
  accepted: number;

  @Column({ type: 'integer', default: 0 })
  declined: number;

  @Column({ type: 'integer', default: 0 })
  countered: number;
}

/**
 * A certificate type a package needs (one of its requirements names it), with the package's firm,
 * status, window end and bid copied alongside, so that the pipeline finds the packages a
 * certificate puts at risk with one index seek per certificate. Kept by the database whenever a
 * package, its requirement links or their certificates change (triggers; see the migration
 * PipelineUpkeep), never by the application.
 */
@Entity('work_package_need', { withoutRowid: true })
@Index('ix_wp_need_member_type_window', ['memberId', 'type', 'windowEnd', 'status', 'bidId'])
export class WorkPackageNeed {
  @PrimaryColumn({ name: 'work_package_id', type: 'integer' })
  workPackageId: number;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  type: string;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ name: 'window_end', type: 'varchar', length: 10 })
  windowEnd: string;

  @Column({ name: 'bid_id', type: 'integer' })
  bidId: number;
}
