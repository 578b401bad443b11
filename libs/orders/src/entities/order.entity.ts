import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';

export enum OrderStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** An order (ordre) won by a bid, or registered by hand. */
@Entity('customer_order')
// covers the pipeline's order figures: the period's orders are read from the index alone
@Index('ix_order_award', ['awardDate', 'status', 'currency', 'id', 'awardedValueMinor', 'invoicedMinor', 'paidMinor', 'tenderId'])
export class Order {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ux_order_bid', { unique: true })
  @Column({ name: 'bid_id', type: 'integer', nullable: true })
  bidId: number | null;

  @Column({ name: 'tender_id', type: 'integer', nullable: true })
  tenderId: number | null;

  @Column({ name: 'buyer_name', type: 'varchar', length: 300 })
  buyerName: string;

  @Column({ name: 'contract_reference', type: 'varchar', length: 200 })
  contractReference: string;

  @Column({ name: 'awarded_value_minor', type: 'bigint', transformer: bigintTransformer })
  awardedValueMinor: number;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  @Column({ name: 'award_date', type: 'varchar', length: 10 })
  awardDate: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10, nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'varchar', length: 10, nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 10, default: OrderStatus.ACTIVE })
  status: OrderStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes: string | null;

  /**
   * Running totals of the order's invoices (credit notes negative) and of the payments on them.
   * Kept by the database on every insert, update or delete of an invoice or payment (triggers; see
   * the migration PipelineUpkeep), never written by the application, so that the pipeline reads
   * them from the order instead of summing every invoice and payment.
   */
  @Column({ name: 'invoiced_minor', type: 'bigint', default: 0, insert: false, update: false, transformer: bigintTransformer })
  invoicedMinor: number;

  @Column({ name: 'paid_minor', type: 'bigint', default: 0, insert: false, update: false, transformer: bigintTransformer })
  paidMinor: number;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}

/** One firm's part of an order. */
@Entity('order_line')
@Index('ix_order_line_order', ['orderId', 'id', 'memberId', 'valueMinor'])
@Index('ix_order_line_member', ['memberId', 'orderId'])
// the order lines delivering a package (the pipeline's order risks)
@Index('ix_order_line_package', ['workPackageId', 'memberId', 'orderId'])
export class OrderLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'order_id', type: 'integer' })
  orderId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'work_package_id', type: 'integer', nullable: true })
  workPackageId: number | null;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  /** Current value, after change orders. */
  @Column({ name: 'value_minor', type: 'bigint', transformer: bigintTransformer })
  valueMinor: number;

  @Column({ name: 'original_value_minor', type: 'bigint', transformer: bigintTransformer })
  originalValueMinor: number;

  @VersionColumn({ default: 1 })
  version: number;
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  DELIVERED = 'DELIVERED',
  DELAYED = 'DELAYED',
  CANCELLED = 'CANCELLED',
}

@Entity('milestone')
@Index('ix_milestone_line', ['orderLineId', 'id'])
export class Milestone {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'order_line_id', type: 'integer' })
  orderLineId: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'planned_date', type: 'varchar', length: 10 })
  plannedDate: string;

  @Column({ name: 'actual_date', type: 'varchar', length: 10, nullable: true })
  actualDate: string | null;

  @Column({ type: 'varchar', length: 12, default: MilestoneStatus.PLANNED })
  status: MilestoneStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A change to a line's value, with its reason; the history is kept. */
@Entity('change_order')
@Index('ix_change_order_order', ['orderId', 'id'])
export class ChangeOrder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'order_id', type: 'integer' })
  orderId: number;

  @Column({ name: 'order_line_id', type: 'integer' })
  orderLineId: number;

  @Column({ name: 'delta_minor', type: 'bigint', transformer: bigintTransformer })
  deltaMinor: number;

  @Column({ name: 'value_after_minor', type: 'bigint', transformer: bigintTransformer })
  valueAfterMinor: number;

  @Column({ type: 'varchar', length: 2000 })
  reason: string;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId: number | null;
}

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}

/** A firm's invoice to the buyer for an order line; a credit note is a negative one referencing it. */
@Entity('invoice')
@Unique('ux_invoice_number', ['memberId', 'number'])
@Index('ix_invoice_line', ['orderLineId', 'issueDate', 'id'])
@Index('ix_invoice_member_date', ['memberId', 'issueDate'])
// covers a royalty run's read of a period's invoices, in date order, without touching the rows
@Index('ix_invoice_date_cover', ['issueDate', 'id', 'memberId', 'orderId', 'orderLineId', 'amountMinor', 'currency'])
@Index('ix_invoice_order_amount', ['orderId', 'amountMinor'])
// a credit note looks up what was already credited on its invoice (without it, every invoice was read)
@Index('ix_invoice_credits', ['creditsInvoiceId'])
export class Invoice {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'order_id', type: 'integer' })
  orderId: number;

  @Column({ name: 'order_line_id', type: 'integer' })
  orderLineId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: InvoiceKind;

  /** The firm's invoice number. */
  @Column({ type: 'varchar', length: 60 })
  number: string;

  @Column({ name: 'issue_date', type: 'varchar', length: 10 })
  issueDate: string;

  /** Signed: credit notes are negative. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintTransformer })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  /** For margin-based royalties (signed like the amount). */
  @Column({ name: 'declared_cost_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  declaredCostMinor: number | null;

  @Column({ name: 'credits_invoice_id', type: 'integer', nullable: true })
  creditsInvoiceId: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}

export enum PaymentKind {
  PAYMENT = 'PAYMENT',
  /** Money paid back (against a credit note). */
  REFUND = 'REFUND',
  /** Undoes a recorded payment (e.g. a bounced transfer). */
  REVERSAL = 'REVERSAL',
}

@Entity('payment')
@Index('ix_payment_invoice_amount', ['invoiceId', 'amountMinor'])
// covers a royalty run's read of a period's payments
@Index('ix_payment_date_cover', ['date', 'id', 'invoiceId', 'amountMinor'])
export class Payment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'invoice_id', type: 'integer' })
  invoiceId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: PaymentKind;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** Signed: refunds and reversals are negative. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintTransformer })
  amountMinor: number;

  @Column({ name: 'reverses_payment_id', type: 'integer', nullable: true })
  reversesPaymentId: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}

/** What a firm reports about money on its own order lines. */
export enum MoneyReportKind {
  /** An invoice to the buyer for one of its order lines. */
  INVOICE = 'INVOICE',
  /** A credit note against one of its invoices. */
  CREDIT_NOTE = 'CREDIT_NOTE',
  /** A payment received for an invoice, or a refund paid out for a credit note. */
  PAYMENT = 'PAYMENT',
  /** A recorded payment undone (a bounced transfer). */
  PAYMENT_REVERSAL = 'PAYMENT_REVERSAL',
}

export enum MoneyReportStatus {
  /** Reported by the firm; counts nowhere yet. */
  REPORTED = 'REPORTED',
  /** Confirmed by the project leader: recorded as an invoice or payment, counted toward royalties. */
  CONFIRMED = 'CONFIRMED',
  /** Refused by the project leader, with the reason; counts nowhere. */
  REJECTED = 'REJECTED',
}

/**
 * Firms report, the project leader confirms: an invoice, credit note, payment or reversal a firm
 * reports on its own order lines waits here until the project leader confirms it (it is then
 * recorded as the invoice or payment, in the same transaction, and counts toward royalties) or
 * rejects it with a reason. Invoices and payments therefore hold only what the association has
 * confirmed or recorded itself: no firm sets its own royalty base.
 */
@Entity('money_report')
@Index('ix_money_report_status', ['status', 'memberId', 'id'])
@Index('ix_money_report_member', ['memberId', 'id'])
export class MoneyReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  kind: MoneyReportKind;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ name: 'order_id', type: 'integer' })
  orderId: number;

  /** INVOICE: the order line invoiced. */
  @Column({ name: 'order_line_id', type: 'integer', nullable: true })
  orderLineId: number | null;

  /** CREDIT_NOTE: the invoice credited; PAYMENT: the invoice paid (or credit note refunded). */
  @Column({ name: 'invoice_id', type: 'integer', nullable: true })
  invoiceId: number | null;

  /** PAYMENT_REVERSAL: the payment undone. */
  @Column({ name: 'payment_id', type: 'integer', nullable: true })
  paymentId: number | null;

  /** INVOICE and CREDIT_NOTE: the firm's document number. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  number: string | null;

  /** Issue date of an invoice or credit note; date of a payment or reversal. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  /** As the firm gave it: positive (a credit note's credited amount, a payment's amount). Null for a reversal. */
  @Column({ name: 'amount_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  amountMinor: number | null;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ name: 'declared_cost_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  declaredCostMinor: number | null;

  /** The firm's note, or a credit note's or reversal's reason. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 10, default: MoneyReportStatus.REPORTED })
  status: MoneyReportStatus;

  @Column({ name: 'reported_by_user_id', type: 'integer' })
  reportedByUserId: number;

  @Column({ name: 'reported_at', type: 'bigint', transformer: instantTransformer })
  reportedAt: Date;

  @Column({ name: 'decided_by_user_id', type: 'integer', nullable: true })
  decidedByUserId: number | null;

  @Column({ name: 'decided_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  decidedAt: Date | null;

  /** Why the project leader rejected it. */
  @Column({ name: 'rejection_reason', type: 'varchar', length: 1000, nullable: true })
  rejectionReason: string | null;

  /** After confirmation: the invoice or credit note recorded from it. */
  @Column({ name: 'recorded_invoice_id', type: 'integer', nullable: true })
  recordedInvoiceId: number | null;

  /** After confirmation: the payment, refund or reversal recorded from it. */
  @Column({ name: 'recorded_payment_id', type: 'integer', nullable: true })
  recordedPaymentId: number | null;

  @VersionColumn({ default: 1 })
  version: number;
}
