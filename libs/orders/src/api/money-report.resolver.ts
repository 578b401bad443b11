import {
  Args,
  Field,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional } from 'class-validator';
import { type Actor, Allow, CurrentActor, LocalDateScalar, MoneyModel } from '@app/core';
import { MoneyReport, MoneyReportKind, MoneyReportStatus } from '../entities/order.entity';
import { MoneyReportsService } from '../money-reports.service';
import { RecordCreditNoteInput, RecordInvoiceInput, RecordPaymentInput } from './order.resolver';
import { ORDER_PERMISSIONS } from '../orders.permissions';

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

@InputType()
export class MoneyReportFilterInput {
  @Field(() => MoneyReportStatus, { nullable: true, description: 'Only reports with this status (REPORTED: waiting for a decision).' })
  @IsOptional()
  @IsEnum(MoneyReportStatus)
  status?: MoneyReportStatus;
  @Field(() => Int, { nullable: true, description: "One firm's reports (the association); a firm user always sees its own." })
  @IsOptional()
  @IsInt()
  memberId?: number;
}

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
