import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/core';
import { InvoiceKind, MilestoneStatus, OrderStatus, PaymentKind } from '../../entities/order.entity';

registerEnumType(OrderStatus, { name: 'OrderStatus' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(InvoiceKind, { name: 'InvoiceKind' });
registerEnumType(PaymentKind, { name: 'PaymentKind' });

@ObjectType('Order')
export class OrderModel {
  @Field(() => Int) id: number;
  @Field(() => Int, { nullable: true }) bidId: number | null;
  @Field(() => Int, { nullable: true }) tenderId: number | null;
  @Field() buyerName: string;
  @Field() contractReference: string;
  @Field(() => LocalDateScalar) awardDate: string;
  @Field(() => LocalDateScalar, { nullable: true }) startDate: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) endDate: string | null;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => String, { nullable: true }) notes: string | null;
  awardedValueMinor: number;
  currency: string;
}

@ObjectType('OrderLine')
export class OrderLineModel {
  @Field(() => Int) id: number;
  @Field(() => Int) orderId: number;
  @Field(() => Int) memberId: number;
  @Field(() => Int, { nullable: true }) workPackageId: number | null;
  @Field() description: string;
  valueMinor: number;
  originalValueMinor: number;
}

@ObjectType('Milestone')
export class MilestoneModel {
  @Field(() => Int) id: number;
  @Field(() => Int) orderLineId: number;
  @Field() title: string;
  @Field(() => LocalDateScalar) plannedDate: string;
  @Field(() => LocalDateScalar, { nullable: true }) actualDate: string | null;
  @Field(() => MilestoneStatus) status: MilestoneStatus;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('ChangeOrder')
export class ChangeOrderModel {
  @Field(() => Int) id: number;
  @Field(() => Int) orderLineId: number;
  @Field() reason: string;
  @Field(() => GraphQLISODateTime) at: Date;
  deltaMinor: number;
  valueAfterMinor: number;
}

@ObjectType('Invoice')
export class InvoiceModel {
  @Field(() => Int) id: number;
  @Field(() => Int) orderId: number;
  @Field(() => Int) orderLineId: number;
  @Field(() => Int) memberId: number;
  @Field(() => InvoiceKind) kind: InvoiceKind;
  @Field() number: string;
  @Field(() => LocalDateScalar) issueDate: string;
  @Field(() => Int, { nullable: true, description: 'For a credit note: the invoice it credits.' }) creditsInvoiceId: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  amountMinor: number;
  declaredCostMinor: number | null;
  currency: string;
}

@ObjectType('Payment')
export class PaymentModel {
  @Field(() => Int) id: number;
  @Field(() => Int) invoiceId: number;
  @Field(() => PaymentKind) kind: PaymentKind;
  @Field(() => LocalDateScalar) date: string;
  @Field(() => Int, { nullable: true }) reversesPaymentId: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  amountMinor: number;
}
