import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/core';
import { MoneyReportKind, MoneyReportStatus } from '../../entities/order.entity';

registerEnumType(MoneyReportKind, {
  name: 'MoneyReportKind',
  description: 'What a firm reports.',
  valuesMap: {
    INVOICE: { description: 'An invoice to the buyer for one of its order lines.' },
    CREDIT_NOTE: { description: 'A credit note against one of its invoices.' },
    PAYMENT: { description: 'A payment received for an invoice, or a refund paid for a credit note.' },
    PAYMENT_REVERSAL: { description: 'A recorded payment undone (e.g. a bounced transfer).' },
  },
});
registerEnumType(MoneyReportStatus, {
  name: 'MoneyReportStatus',
  valuesMap: {
    REPORTED: { description: 'Reported by the firm; counts nowhere (not in order totals, not in royalties) yet.' },
    CONFIRMED: { description: 'Confirmed by the project leader and recorded: it counts toward royalties.' },
    REJECTED: { description: 'Rejected by the project leader, with the reason; it counts nowhere.' },
  },
});

@ObjectType('MoneyReport', {
  description:
    'Who records money: firms report, the project leader confirms. An invoice, credit note, payment or reversal a firm reported on its own order lines; it becomes an invoice or payment, and counts toward royalties, only when the project leader confirms it.',
})
export class MoneyReportModel {
  @Field(() => Int) id: number;
  @Field(() => MoneyReportKind) kind: MoneyReportKind;
  @Field(() => Int) memberId: number;
  @Field(() => Int) orderId: number;
  @Field(() => Int, { nullable: true, description: 'INVOICE: the order line invoiced.' }) orderLineId: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'CREDIT_NOTE: the invoice credited; PAYMENT: the invoice paid or credit note refunded.',
  })
  invoiceId: number | null;
  @Field(() => Int, { nullable: true, description: 'PAYMENT_REVERSAL: the payment undone.' }) paymentId: number | null;
  @Field(() => String, { nullable: true, description: "INVOICE and CREDIT_NOTE: the firm's document number." }) number: string | null;
  @Field(() => LocalDateScalar, { description: 'Issue date of an invoice or credit note; date of a payment or reversal.' }) date: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => MoneyReportStatus) status: MoneyReportStatus;
  @Field(() => GraphQLISODateTime) reportedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the project leader rejected it.' }) rejectionReason: string | null;
  @Field(() => Int, { nullable: true, description: 'Once confirmed: the invoice or credit note recorded from it.' }) recordedInvoiceId:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Once confirmed: the payment, refund or reversal recorded from it.' })
  recordedPaymentId: number | null;
  amountMinor: number | null;
  declaredCostMinor: number | null;
  currency: string;
}
