import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, LocalDateScalar, MoneyModel } from '@app/core';
import { ChangeOrder, Invoice, Milestone, Order, OrderLine, Payment } from '../entities/order.entity';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import { ChangeOrdersByOrderLoader } from '../loaders/change-orders-by-order.loader';
import { OrderLinesByOrderLoader } from '../loaders/order-lines-by-order.loader';
import { InvoicesByLineLoader } from '../loaders/invoices-by-line.loader';
import { MilestonesByLineLoader } from '../loaders/milestones-by-line.loader';
import { PaymentsByInvoiceLoader } from '../loaders/payments-by-invoice.loader';
import { OrdersService } from '../orders.service';
import { ChangeOrderModel, InvoiceModel, MilestoneModel, OrderLineModel, OrderModel, PaymentModel } from './models/order.model';
import {
  AddMilestoneInput,
  ChangeOrderInput,
  CreateOrderInput,
  OrderFilterInput,
  RecordCreditNoteInput,
  RecordInvoiceInput,
  RecordPaymentInput,
  UpdateMilestoneInput,
} from './dto/order.input';

import { ORDER_PERMISSIONS } from '../orders.permissions';

const nok = (minorUnits: number, currency = 'NOK') => MoneyModel.of({ minorUnits, currency });

@Resolver(() => OrderModel)
export class OrderResolver {
  constructor(
    private readonly service: OrdersService,
    private readonly changeOrderLoader: ChangeOrdersByOrderLoader,
    private readonly linesLoader: OrderLinesByOrderLoader,
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
    return ctx.loaders.get(this.linesLoader).load(o.id);
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
