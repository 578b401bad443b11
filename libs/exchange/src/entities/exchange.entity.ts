import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';

export enum ServiceFeePayer {
  BORROWER = 'BORROWER',
  LENDER = 'LENDER',
}

/**
 * The network's common terms for loans of staff and machine hours, as the board set them and the
 * administrator recorded them. Never changed once recorded: a new decision is a new version. The
 * version in force on the day an agreement is proposed is copied onto the agreement.
 */
@Entity('exchange_terms')
export class ExchangeTerms {
  @PrimaryGeneratedColumn()
  id: number;

  /** 1, 2, 3 … in the order recorded. */
  @Index('ux_exchange_terms_version', { unique: true })
  @Column({ name: 'terms_version', type: 'integer' })
  termsVersion: number;

  /** The first day (Europe/Oslo) the terms apply to new agreements. */
  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom: string;

  /** Price per hour = the lender's cost rate plus this many basis points of it (1 000 = 10 %). */
  @Column({ name: 'markup_bp', type: 'integer' })
  markupBp: number;

  /** A fixed price per hour in øre by capability code, JSON `{"CNC_5AXIS": 95000}`; overrides cost plus markup. */
  @Column({ name: 'capability_prices', type: 'text', default: '{}' })
  capabilityPrices: string;

  /** The borrower may not hire the lent staff during the loan and for this many months after. */
  @Column({ name: 'non_solicitation_months', type: 'integer' })
  nonSolicitationMonths: number;

  /** The association's service fee on each loan, basis points of its amount (0 = none). */
  @Column({ name: 'service_fee_bp', type: 'integer', default: 0 })
  serviceFeeBp: number;

  @Column({ name: 'service_fee_paid_by', type: 'varchar', length: 10, default: ServiceFeePayer.BORROWER })
  serviceFeePaidBy: ServiceFeePayer;

  /** The board's decision, e.g. "Styrevedtak 2026-03-12, sak 14/26". */
  @Column({ name: 'board_decision', type: 'varchar', length: 300 })
  boardDecision: string;

  @Column({ name: 'recorded_at', type: 'bigint', transformer: instantTransformer })
  recordedAt: Date;

  @Column({ name: 'recorded_by_user_id', type: 'integer', nullable: true })
  recordedByUserId: number | null;
}

export enum PostingKind {
  OFFER = 'OFFER',
  NEED = 'NEED',
}

export enum LoanResource {
  STAFF = 'STAFF',
  MACHINE = 'MACHINE',
}

/** OPEN until withdrawn; EXPIRED (after its window) and TAKEN (all hours agreed) are worked out when read. */
export enum PostingStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * An offer of free staff or machine hours, or a need for them, posted by a firm on the exchange's
 * board. `hoursAgreed` is kept on write: the hours of confirmed loans made against it.
 */
@Entity('exchange_posting')
@Index('ix_exchange_posting_board', ['status', 'kind', 'capabilityCode', 'windowEnd'])
@Index('ix_exchange_posting_member', ['memberId', 'id'])
export class ExchangePosting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 5 })
  kind: PostingKind;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'capability_code', type: 'varchar', length: 40 })
  capabilityCode: string;

  @Column({ type: 'varchar', length: 7 })
  resource: LoanResource;

  @Column({ type: 'integer' })
  hours: number;

  @Column({ name: 'hours_agreed', type: 'integer', default: 0 })
  hoursAgreed: number;

  @Column({ name: 'window_start', type: 'varchar', length: 10 })
  windowStart: string;

  @Column({ name: 'window_end', type: 'varchar', length: 10 })
  windowEnd: string;

  /** JSON `[{"type":"AQAP_2110","process":null}]`: an offer's certificates that come with it, a need's required ones. */
  @Column({ type: 'text', default: '[]' })
  certificates: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** A need only: the firm's order line it cannot carry out itself. */
  @Column({ name: 'order_line_id', type: 'integer', nullable: true })
  orderLineId: number | null;

  @Column({ type: 'varchar', length: 10, default: PostingStatus.OPEN })
  status: PostingStatus;

  @Column({ name: 'withdrawn_reason', type: 'varchar', length: 500, nullable: true })
  withdrawnReason: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'created_by_user_id', type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

export enum AgreementStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

export enum PricingBasis {
  /** The capability's fixed price in the terms' table. */
  TABLE = 'TABLE',
  /** The lender's cost rate plus the terms' markup. */
  COST_PLUS = 'COST_PLUS',
}

/**
 * A loan of hours from a lender to a borrower on the common terms in force when it was proposed
 * (copied here, so a later change of terms never changes a signed agreement). In force once both
 * firms have confirmed.
 */
@Entity('loan_agreement')
@Index('ix_loan_agreement_lender', ['lenderId', 'status'])
@Index('ix_loan_agreement_borrower', ['borrowerId', 'status'])
@Index('ix_loan_agreement_capacity', ['status', 'capabilityCode', 'periodEnd'])
export class LoanAgreement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'lender_id', type: 'integer' })
  lenderId: number;

  @Column({ name: 'borrower_id', type: 'integer' })
  borrowerId: number;

  @Index('ix_loan_agreement_offer')
  @Column({ name: 'offer_id', type: 'integer', nullable: true })
  offerId: number | null;

  @Index('ix_loan_agreement_need')
  @Column({ name: 'need_id', type: 'integer', nullable: true })
  needId: number | null;

  @Column({ name: 'capability_code', type: 'varchar', length: 40 })
  capabilityCode: string;

  @Column({ type: 'varchar', length: 7 })
  resource: LoanResource;

  @Column({ type: 'integer' })
  hours: number;

  @Column({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart: string;

  @Column({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 10, default: AgreementStatus.PROPOSED })
  status: AgreementStatus;

  /** Why it was declined or cancelled. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'proposed_at', type: 'bigint', transformer: instantTransformer })
  proposedAt: Date;

  @Column({ name: 'proposed_by_user_id', type: 'integer', nullable: true })
  proposedByUserId: number | null;

  @Column({ name: 'lender_confirmed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  lenderConfirmedAt: Date | null;

  @Column({ name: 'lender_confirmed_by_user_id', type: 'integer', nullable: true })
  lenderConfirmedByUserId: number | null;

  @Column({ name: 'borrower_confirmed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  borrowerConfirmedAt: Date | null;

  @Column({ name: 'borrower_confirmed_by_user_id', type: 'integer', nullable: true })
  borrowerConfirmedByUserId: number | null;

  /** When it came into force (the second confirmation). */
  @Column({ name: 'confirmed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  confirmedAt: Date | null;

  /** When it was completed, declined or cancelled. */
  @Column({ name: 'closed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  closedAt: Date | null;

  // -- the common terms in force when proposed, copied

  @Column({ name: 'terms_id', type: 'integer' })
  termsId: number;

  @Column({ name: 'terms_version', type: 'integer' })
  termsVersion: number;

  @Column({ name: 'terms_valid_from', type: 'varchar', length: 10 })
  termsValidFrom: string;

  @Column({ name: 'board_decision', type: 'varchar', length: 300 })
  boardDecision: string;

  @Column({ name: 'pricing_basis', type: 'varchar', length: 10 })
  pricingBasis: PricingBasis;

  /** Private to the lender and the association: the lender's cost rate the price was built from (COST_PLUS). */
  @Column({ name: 'cost_rate_ore', type: 'bigint', nullable: true, transformer: bigintTransformer })
  costRateOre: number | null;

  @Column({ name: 'markup_bp', type: 'integer' })
  markupBp: number;

  @Column({ name: 'price_per_hour_ore', type: 'bigint', transformer: bigintTransformer })
  pricePerHourOre: number;

  @Column({ name: 'non_solicitation_months', type: 'integer' })
  nonSolicitationMonths: number;

  @Column({ name: 'service_fee_bp', type: 'integer' })
  serviceFeeBp: number;

  @Column({ name: 'service_fee_paid_by', type: 'varchar', length: 10 })
  serviceFeePaidBy: ServiceFeePayer;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

export enum LoanHoursStatus {
  REPORTED = 'REPORTED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/**
 * Hours the borrower used in one month of a loan; the lender confirms (or rejects with a reason,
 * and the borrower reports again). The amount is exact: hours × the agreement's price per hour.
 */
@Entity('loan_hours')
@Unique('ux_loan_hours_month', ['agreementId', 'month'])
@Index('ix_loan_hours_month', ['month', 'status'])
export class LoanHours {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agreement_id', type: 'integer' })
  agreementId: number;

  /** 'YYYY-MM'. */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'integer' })
  hours: number;

  @Column({ name: 'amount_ore', type: 'bigint', transformer: bigintTransformer })
  amountOre: number;

  @Column({ name: 'service_fee_ore', type: 'bigint', transformer: bigintTransformer })
  serviceFeeOre: number;

  @Column({ type: 'varchar', length: 10, default: LoanHoursStatus.REPORTED })
  status: LoanHoursStatus;

  @Column({ name: 'reject_reason', type: 'varchar', length: 500, nullable: true })
  rejectReason: string | null;

  @Column({ name: 'reported_at', type: 'bigint', transformer: instantTransformer })
  reportedAt: Date;

  @Column({ name: 'reported_by_user_id', type: 'integer', nullable: true })
  reportedByUserId: number | null;

  @Column({ name: 'confirmed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by_user_id', type: 'integer', nullable: true })
  confirmedByUserId: number | null;

  @VersionColumn({ default: 1 })
  version: number;
}
