import {
  Args,
  Field,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  type Actor,
  Allow,
  CurrentActor,
  type GqlContext,
  LocalDateScalar,
  MinorUnitsScalar,
  MoneyModel,
  OptionalNotNull,
} from '@app/core';
import {
  ChangeOrder,
  Invoice,
  InvoiceKind,
  Milestone,
  MilestoneStatus,
  Order,
  OrderLine,
  OrderStatus,
  Payment,
  PaymentKind,
} from '../entities/order.entity';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import { ChangeOrdersByOrderLoader, InvoicesByLineLoader, MilestonesByLineLoader, PaymentsByInvoiceLoader } from '../order-loaders';
import { OrdersService } from '../orders.service';
import { ORDER_PERMISSIONS } from '../orders.permissions';

registerEnumType(OrderStatus, { name: 'OrderStatus' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(InvoiceKind, { name: 'InvoiceKind' });
registerEnumType(PaymentKind, { name: 'PaymentKind' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
class OrderLineInput {
  @Field(() => Int) @IsInt() memberId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(500) description: string;
  @Field(() => MinorUnitsScalar) @IsInt() @Min(0) value: number;
}

@InputType()
export class CreateOrderInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(300) buyerName: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) contractReference: string;
  @Field(() => MinorUnitsScalar) @IsInt() awardedValue: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/) currency?: string;
  @Field(() => LocalDateScalar) @Matches(DATE) awardDate: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) startDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) endDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() tenderId?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  @Field(() => [OrderLineInput]) @ValidateNested({ each: true }) @Type(() => OrderLineInput) lines: OrderLineInput[];
  @Field({ nullable: true, description: 'Replays with the same key return the first result without writing.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  idempotencyKey?: string;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => Int) @IsInt() orderLineId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @Field(() => LocalDateScalar) @Matches(DATE) plannedDate: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => Int) @IsInt() id: number;
  @Field(() => MilestoneStatus, { nullable: true }) @OptionalNotNull() @IsEnum(MilestoneStatus) status?: MilestoneStatus;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) actualDate?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @OptionalNotNull() @Matches(DATE) plannedDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class ChangeOrderInput {
  @Field(() => Int) @IsInt() orderLineId: number;
  @Field(() => MinorUnitsScalar, { description: 'Signed change of the line value.' }) @IsInt() delta: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class RecordInvoiceInput {
  @Field(() => Int) @IsInt() orderLineId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(60) number: string;
  @Field(() => LocalDateScalar) @Matches(DATE) issueDate: string;
  @Field(() => MinorUnitsScalar) @IsInt() amount: number;
  @Field(() => MinorUnitsScalar, { nullable: true, description: 'For margin-based royalties.' })
  @IsOptional()
  @IsInt()
  declaredCost?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class RecordCreditNoteInput {
  @Field(() => Int, { description: 'The invoice credited.' }) @IsInt() invoiceId: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(60) number: string;
  @Field(() => LocalDateScalar) @Matches(DATE) issueDate: string;
  @Field(() => MinorUnitsScalar, { description: 'The credited amount, as a positive number.' }) @IsInt() amount: number;
  @Field(() => MinorUnitsScalar, { nullable: true }) @IsOptional() @IsInt() declaredCost?: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => Int, { description: 'An invoice (payment received) or a credit note (refund paid).' }) @IsInt() invoiceId: number;
  @Field(() => LocalDateScalar) @Matches(DATE) date: string;
  @Field(() => MinorUnitsScalar, { description: 'Positive; partial payments allowed, overpayment refused.' }) @IsInt() amount: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
}

@InputType()
export class OrderFilterInput {
  @Field(() => OrderStatus, { nullable: true }) @IsOptional() @IsEnum(OrderStatus) status?: OrderStatus;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) awardedFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) awardedTo?: string;
}

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

const nok = (minorUnits: number, currency = 'NOK') => MoneyModel.of({ minorUnits, currency });

@Resolver(() => OrderModel)
export class OrderResolver {
  constructor(
    private readonly service: OrdersService,
    private readonly changeOrderLoader: ChangeOrdersByOrderLoader,
  ) {}

  @Query(() => [OrderModel], { description: 'Orders; a firm user sees only orders with a line of their own.' })
  @Allow(...ORDER_PERMISSIONS.orders)
  orders(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => OrderFilterInput, nullable: true }) filter?: OrderFilterInput,
  ): Promise<Order[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Query(() => OrderModel)
  @Allow(...ORDER_PERMISSIONS.order)
  order(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Order> {
    return this.service.get(actor, id);
  }

  @Mutation(() => OrderModel, { description: 'Registers an order won outside a bid.' })
  @Allow(...ORDER_PERMISSIONS.createOrder)
  createOrder(@CurrentActor() actor: Actor, @Args('input') input: CreateOrderInput): Promise<Order> {
    const { idempotencyKey, awardedValue, lines, ...rest } = input;
    return this.service.create(
      actor,
      {
        ...rest,
        awardedValueMinor: awardedValue,
        lines: lines.map((l) => ({ memberId: l.memberId, description: l.description, valueMinor: l.value })),
      },
      idempotencyKey,
    );
  }

  @Mutation(() => MilestoneModel)
  @Allow(...ORDER_PERMISSIONS.addMilestone)
  addMilestone(@CurrentActor() actor: Actor, @Args('input') input: AddMilestoneInput): Promise<Milestone> {
    return this.service.addMilestone(actor, input);
  }

  @Mutation(() => MilestoneModel)
  @Allow(...ORDER_PERMISSIONS.updateMilestone)
  updateMilestone(@CurrentActor() actor: Actor, @Args('input') input: UpdateMilestoneInput): Promise<Milestone> {
    return this.service.updateMilestone(actor, input);
  }

  @Mutation(() => ChangeOrderModel)
  @Allow(...ORDER_PERMISSIONS.recordChangeOrder)
  recordChangeOrder(@CurrentActor() actor: Actor, @Args('input') input: ChangeOrderInput): Promise<ChangeOrder> {
    return this.service.recordChangeOrder(
      actor,
      { orderLineId: input.orderLineId, deltaMinor: input.delta, reason: input.reason },
      input.idempotencyKey,
    );
  }

  @Mutation(() => InvoiceModel, {
    description:
      "Records a firm's invoice to the buyer for an order line (the association only: it counts toward royalties at once). A firm reports its invoice with reportInvoice; the project leader confirms it.",
  })
  @Allow(...ORDER_PERMISSIONS.recordInvoice)
  recordInvoice(@CurrentActor() actor: Actor, @Args('input') input: RecordInvoiceInput): Promise<Invoice> {
    return this.service.recordInvoice(
      actor,
      {
        orderLineId: input.orderLineId,
        number: input.number,
        issueDate: input.issueDate,
        amountMinor: input.amount,
        declaredCostMinor: input.declaredCost,
        note: input.note,
      },
      input.idempotencyKey,
    );
  }

  @Mutation(() => InvoiceModel, {
    description:
      'A negative invoice referencing the original; at most what remains of it. The association only; a firm reports one with reportCreditNote.',
  })
  @Allow(...ORDER_PERMISSIONS.recordCreditNote)
  recordCreditNote(@CurrentActor() actor: Actor, @Args('input') input: RecordCreditNoteInput): Promise<Invoice> {
    return this.service.recordCreditNote(
      actor,
      {
        invoiceId: input.invoiceId,
        number: input.number,
        issueDate: input.issueDate,
        amountMinor: input.amount,
        declaredCostMinor: input.declaredCost,
        reason: input.reason,
      },
      input.idempotencyKey,
    );
  }

  @Mutation(() => PaymentModel, {
    description:
      'A payment received for an invoice, or a refund for a credit note. The association only; a firm reports one with reportPayment.',
  })
  @Allow(...ORDER_PERMISSIONS.recordPayment)
  recordPayment(@CurrentActor() actor: Actor, @Args('input') input: RecordPaymentInput): Promise<Payment> {
    return this.service.recordPayment(
      actor,
      { invoiceId: input.invoiceId, date: input.date, amountMinor: input.amount, note: input.note },
      input.idempotencyKey,
    );
  }

  @Mutation(() => PaymentModel, {
    description:
      'Undoes a recorded payment with an opposite entry; the original stays. The association only; a firm reports one with reportPaymentReversal.',
  })
  @Allow(...ORDER_PERMISSIONS.reversePayment)
  reversePayment(
    @CurrentActor() actor: Actor,
    @Args('paymentId', { type: () => Int }) paymentId: number,
    @Args('date', { type: () => LocalDateScalar }) date: string,
    @Args('reason') reason: string,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<Payment> {
    return this.service.reversePayment(actor, paymentId, date, reason, idempotencyKey);
  }

  @ResolveField(() => MoneyModel)
  awardedValue(o: Order): MoneyModel {
    return nok(o.awardedValueMinor, o.currency);
  }

  @ResolveField(() => [OrderLineModel], { description: 'A firm user sees only its own lines.' })
  lines(o: Order, _args: unknown, ctx: GqlContext): Promise<OrderLine[]> {
    return ctx.loaders.get(this.service).load(o.id);
  }

  @ResolveField(() => [ChangeOrderModel])
  changeOrders(o: Order, _args: unknown, ctx: GqlContext): Promise<ChangeOrder[]> {
    return ctx.loaders.get(this.changeOrderLoader).load(o.id);
  }
}

@Resolver(() => OrderLineModel)
export class OrderLineResolver {
  constructor(
    private readonly invoiceLoader: InvoicesByLineLoader,
    private readonly milestoneLoader: MilestonesByLineLoader,
    private readonly members: MemberByIdLoader,
  ) {}

  @ResolveField(() => MemberModel, { description: 'The firm delivering the line (its public profile).' })
  async member(l: OrderLine, _args: unknown, ctx: GqlContext): Promise<Member> {
    const m = await ctx.loaders.get(this.members).load(l.memberId);
    if (!m) throw new Error(`member ${l.memberId} is missing`);
    return m;
  }

  @ResolveField(() => MoneyModel, { description: 'Current value, after change orders.' })
  value(l: OrderLine): MoneyModel {
    return nok(l.valueMinor);
  }

  @ResolveField(() => MoneyModel)
  originalValue(l: OrderLine): MoneyModel {
    return nok(l.originalValueMinor);
  }

  @ResolveField(() => [InvoiceModel])
  invoices(l: OrderLine, _args: unknown, ctx: GqlContext): Promise<Invoice[]> {
    return ctx.loaders.get(this.invoiceLoader).load(l.id);
  }

  @ResolveField(() => [MilestoneModel])
  milestones(l: OrderLine, _args: unknown, ctx: GqlContext): Promise<Milestone[]> {
    return ctx.loaders.get(this.milestoneLoader).load(l.id);
  }
}

@Resolver(() => InvoiceModel)
export class InvoiceResolver {
  constructor(private readonly paymentLoader: PaymentsByInvoiceLoader) {}

  @ResolveField(() => MoneyModel, { description: 'Signed: credit notes are negative.' })
  amount(i: Invoice): MoneyModel {
    return nok(i.amountMinor, i.currency);
  }

  @ResolveField(() => MoneyModel, { nullable: true })
  declaredCost(i: Invoice): MoneyModel | null {
    return MoneyModel.maybe(i.declaredCostMinor, i.currency);
  }

  @ResolveField(() => [PaymentModel])
  payments(i: Invoice, _args: unknown, ctx: GqlContext): Promise<Payment[]> {
    return ctx.loaders.get(this.paymentLoader).load(i.id);
  }

  @ResolveField(() => MoneyModel, { description: 'Invoice: amount − net paid. Credit note: amount still to refund.' })
  async outstanding(i: Invoice, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    const paid = (await ctx.loaders.get(this.paymentLoader).load(i.id)).reduce((s, p) => s + p.amountMinor, 0);
    return nok(i.amountMinor - paid, i.currency);
  }
}

@Resolver(() => PaymentModel)
export class PaymentResolver {
  @ResolveField(() => MoneyModel, { description: 'Signed: refunds and reversals are negative.' })
  amount(p: Payment): MoneyModel {
    return nok(p.amountMinor);
  }
}

@Resolver(() => ChangeOrderModel)
export class ChangeOrderResolver {
  @ResolveField(() => MoneyModel)
  delta(c: ChangeOrder): MoneyModel {
    return nok(c.deltaMinor);
  }

  @ResolveField(() => MoneyModel)
  valueAfter(c: ChangeOrder): MoneyModel {
    return nok(c.valueAfterMinor);
  }
}
