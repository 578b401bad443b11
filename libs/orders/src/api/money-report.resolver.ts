import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, LocalDateScalar, MoneyModel } from '@app/core';
import { MoneyReport, MoneyReportKind } from '../entities/order.entity';
import { MoneyReportsService } from '../money-reports.service';
import { RecordCreditNoteInput, RecordInvoiceInput, RecordPaymentInput } from './dto/order.input';
import { MoneyReportModel } from './models/money-report.model';
import { MoneyReportFilterInput } from './dto/money-report.input';

import { ORDER_PERMISSIONS } from '../orders.permissions';

@Resolver(() => MoneyReportModel)
export class MoneyReportResolver {
  constructor(private readonly service: MoneyReportsService) {}

  @Query(() => [MoneyReportModel], {
    description: "What firms reported, newest first (at most 1000): a firm user sees its own firm's; the association all, or one firm's.",
  })
  @Allow(...ORDER_PERMISSIONS.moneyReports)
  moneyReports(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => MoneyReportFilterInput, nullable: true }) filter?: MoneyReportFilterInput,
  ): Promise<MoneyReport[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Mutation(() => MoneyReportModel, {
    description:
      'A firm user reports its invoice for one of its own order lines. It is checked by the rules of recordInvoice now, and counts toward royalties once the project leader confirms it.',
  })
  @Allow(...ORDER_PERMISSIONS.reportInvoice)
  reportInvoice(@CurrentActor() actor: Actor, @Args('input') input: RecordInvoiceInput): Promise<MoneyReport> {
    return this.service.report(
      actor,
      {
        kind: MoneyReportKind.INVOICE,
        orderLineId: input.orderLineId,
        number: input.number,
        date: input.issueDate,
        amountMinor: input.amount,
        declaredCostMinor: input.declaredCost,
        note: input.note,
      },
      input.idempotencyKey,
    );
  }

  @Mutation(() => MoneyReportModel, {
    description: 'A firm user reports a credit note against one of its invoices; counts once confirmed.',
  })
  @Allow(...ORDER_PERMISSIONS.reportCreditNote)
  reportCreditNote(@CurrentActor() actor: Actor, @Args('input') input: RecordCreditNoteInput): Promise<MoneyReport> {
    return this.service.report(
      actor,
      {
        kind: MoneyReportKind.CREDIT_NOTE,
        invoiceId: input.invoiceId,
        number: input.number,
        date: input.issueDate,
        amountMinor: input.amount,
        declaredCostMinor: input.declaredCost,
        note: input.reason,
      },
      input.idempotencyKey,
    );
  }

  @Mutation(() => MoneyReportModel, {
    description: 'A firm user reports a payment received for one of its invoices (or a refund for a credit note); counts once confirmed.',
  })
  @Allow(...ORDER_PERMISSIONS.reportPayment)
  reportPayment(@CurrentActor() actor: Actor, @Args('input') input: RecordPaymentInput): Promise<MoneyReport> {
    return this.service.report(
      actor,
      { kind: MoneyReportKind.PAYMENT, invoiceId: input.invoiceId, date: input.date, amountMinor: input.amount, note: input.note },
      input.idempotencyKey,
    );
  }

  @Mutation(() => MoneyReportModel, {
    description: 'A firm user reports that a recorded payment of its own was undone; counts once confirmed.',
  })
  @Allow(...ORDER_PERMISSIONS.reportPaymentReversal)
  reportPaymentReversal(
    @CurrentActor() actor: Actor,
    @Args('paymentId', { type: () => Int }) paymentId: number,
    @Args('date', { type: () => LocalDateScalar }) date: string,
    @Args('reason') reason: string,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<MoneyReport> {
    return this.service.report(actor, { kind: MoneyReportKind.PAYMENT_REVERSAL, paymentId, date, note: reason }, idempotencyKey);
  }

  @Mutation(() => MoneyReportModel, {
    description:
      "The project leader confirms a firm's report: it is recorded as the invoice or payment (under every rule of the record mutation) and counts toward royalties from now on.",
  })
  @Allow(...ORDER_PERMISSIONS.confirmMoneyReport)
  confirmMoneyReport(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<MoneyReport> {
    return this.service.confirm(actor, id);
  }

  @Mutation(() => MoneyReportModel, { description: "The project leader rejects a firm's report, saying why; it counts nowhere." })
  @Allow(...ORDER_PERMISSIONS.rejectMoneyReport)
  rejectMoneyReport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('reason') reason: string,
  ): Promise<MoneyReport> {
    return this.service.reject(actor, id, reason);
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: 'As reported: positive (a credit, a payment). None for a reversal.' })
  amount(r: MoneyReport): MoneyModel | null {
    return MoneyModel.maybe(r.amountMinor, r.currency);
  }

  @ResolveField(() => MoneyModel, { nullable: true })
  declaredCost(r: MoneyReport): MoneyModel | null {
    return MoneyModel.maybe(r.declaredCostMinor, r.currency);
  }
}
