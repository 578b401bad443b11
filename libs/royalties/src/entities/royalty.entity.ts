import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';
import type { AgreementScope, AmountKind, Basis } from '../royalty-engine';

/** A royalty agreement row; rows are never changed, a new one with a later valid-from replaces it. */
@Entity('royalty_agreement')
@Index('ix_agreement_scope', ['scope', 'orderId', 'memberId', 'validFrom'])
export class RoyaltyAgreement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  scope: AgreementScope;

  @Column({ name: 'order_id', type: 'integer', nullable: true })
  orderId: number | null;

  @Column({ name: 'member_id', type: 'integer', nullable: true })
  memberId: number | null;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ name: 'rate_bp', type: 'integer' })
  rateBp: number;

  @Column({ type: 'varchar', length: 10 })
  basis: Basis;

  @Column({ name: 'amount_kind', type: 'varchar', length: 10 })
  amountKind: AmountKind;

  @Column({ name: 'minimum_order_value_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  minimumOrderValueMinor: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'created_by_user_id', type: 'integer', nullable: true })
  createdByUserId: number | null;
}

export enum StatementStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  PAID = 'PAID',
}

/**
 * What one firm owes the association for one period, in one currency (a firm with invoices in NOK
 * and EUR gets one statement of each). A firm may have more than one per period and currency: a
 * supplementary statement carries what came in after the first was issued. ISSUED and PAID
 * statements never change.
 */
@Entity('royalty_statement')
@Index('ix_statement_period_member', ['periodLabel', 'memberId'])
@Index('ix_statement_member', ['memberId', 'status'])
// the pipeline's royalties: the statements whose period ends in a range, covered (no row is read)
@Index('ix_statement_period_end', ['periodEnd', 'currency', 'status', 'totalMinor'])
export class RoyaltyStatement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'period_label', type: 'varchar', length: 10 })
  periodLabel: string;

  @Column({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart: string;

  @Column({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd: string;

  @Column({ type: 'varchar', length: 10 })
  status: StatementStatus;

  /** Exactly the sum of the lines. */
  @Column({ name: 'total_minor', type: 'bigint', transformer: bigintTransformer })
  totalMinor: number;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount: number;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'issued_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  issuedAt: Date | null;

  @Column({ name: 'paid_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  paidAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/** One invoice or payment on a statement, with its base, rate and amount, and the agreement snapshot. */
@Entity('royalty_statement_line')
// source id first: the integer tells entries apart at once (a royalty run writes a million of them)
@Unique('ux_royalty_line_source', ['sourceId', 'sourceType'])
@Index('ix_royalty_line_statement', ['statementId', 'id'])
export class RoyaltyStatementLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'statement_id', type: 'integer' })
  statementId: number;

  @Column({ name: 'source_type', type: 'varchar', length: 10 })
  sourceType: 'INVOICE' | 'PAYMENT';

  @Column({ name: 'source_id', type: 'integer' })
  sourceId: number;

  @Column({ name: 'order_id', type: 'integer' })
  orderId: number;

  @Column({ name: 'order_line_id', type: 'integer' })
  orderLineId: number;

  @Column({ name: 'event_date', type: 'varchar', length: 10 })
  eventDate: string;

  /** A late invoice or payment of an already issued period, carried into this one. */
  @Column({ type: 'boolean', default: false })
  adjustment: boolean;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintTransformer })
  sourceAmountMinor: number;

  @Column({ name: 'base_minor', type: 'bigint', transformer: bigintTransformer })
  baseMinor: number;

  @Column({ name: 'rate_bp', type: 'integer' })
  rateBp: number;

  @Column({ name: 'royalty_minor', type: 'bigint', transformer: bigintTransformer })
  royaltyMinor: number;

  @Column({ name: 'agreement_id', type: 'integer', nullable: true })
  agreementId: number | null;

  /** The agreement in force, as it was: rate, basis, amount kind, minimum order value. */
  @Column({ name: 'agreement_snapshot', type: 'text', nullable: true })
  agreementSnapshot: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;
}

export enum LedgerKind {
  ACCRUED = 'ACCRUED',
  RECEIVED = 'RECEIVED',
  ADJUSTMENT = 'ADJUSTMENT',
}

/** The association's royalty ledger, append-only: what each firm owes is the sum of its entries. */
@Entity('royalty_ledger_entry')
// a firm's balance on a date (the pipeline's balance at the period's end) and per currency from the index alone
@Index('ix_ledger_member', ['memberId', 'date', 'amountMinor', 'currency'])
export class RoyaltyLedgerEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: LedgerKind;

  /** Signed: accrued adds to what the firm owes, received takes from it. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintTransformer })
  amountMinor: number;

  /** The statement's currency: a firm's balance is kept per currency, never summed across them. */
  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  @Column({ name: 'statement_id', type: 'integer', nullable: true })
  statementId: number | null;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;
}

/** One row per period: runs of the same period lock it, so concurrent runs produce one set. */
@Entity('royalty_period')
export class RoyaltyPeriod {
  @Column({ name: 'period_label', type: 'varchar', length: 10, primary: true })
  periodLabel: string;

  @Column({ name: 'run_count', type: 'integer', default: 0 })
  runCount: number;

  @Column({ name: 'last_run_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  lastRunAt: Date | null;
}
