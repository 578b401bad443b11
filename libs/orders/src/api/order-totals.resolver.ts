import { ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, isAssociation, MoneyModel } from '@app/core';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import type { MoneyReport, Order, OrderLine } from '../entities/order.entity';
import { InvoicesByLineLoader } from '../loaders/invoices-by-line.loader';
import { PaymentsByInvoiceLoader } from '../loaders/payments-by-invoice.loader';
import { OrderLinesByOrderLoader } from '../loaders/order-lines-by-order.loader';
import { MoneyReportModel } from './models/money-report.model';
import { OrderLineModel, OrderModel } from './models/order.model';

interface Totals {
  invoicedMinor: number;
  paidMinor: number;
  /** The invoices' currency (an order's documents share its currency); NOK when there are none. */
  currency: string;
}

/** What a set of order lines has invoiced (credit notes subtracted) and been paid (refunds and reversals subtracted). */
async function lineTotals(ctx: GqlContext, invoices: InvoicesByLineLoader, payments: PaymentsByInvoiceLoader, lines: OrderLine[]) {
  const invoiceLists = await ctx.loaders.get(invoices).loadMany(lines.map((l) => l.id));
  const all = invoiceLists.flatMap((x) => (x instanceof Error ? [] : x));
  const paymentLists = await ctx.loaders.get(payments).loadMany(all.map((i) => i.id));
  return {
    invoicedMinor: all.reduce((s, i) => s + i.amountMinor, 0),
    paidMinor: paymentLists.flatMap((x) => (x instanceof Error ? [] : x)).reduce((s, p) => s + p.amountMinor, 0),
    currency: all[0]?.currency ?? 'NOK',
  } satisfies Totals;
}

/**
 * An order's money at a glance: invoiced, paid, outstanding. The association reads the running
 * totals the database keeps on the order; a firm user gets the sums over its own lines only.
 * Per line, the same three figures from the line's invoices and payments (batched loaders).
 */
@Resolver(() => OrderModel)
export class OrderTotalsResolver {
  constructor(
    private readonly lines: OrderLinesByOrderLoader,
    private readonly invoices: InvoicesByLineLoader,
    private readonly payments: PaymentsByInvoiceLoader,
  ) {}

  private async totals(o: Order, ctx: GqlContext): Promise<Totals> {
    if (isAssociation(ctx.loaders.actor)) return { invoicedMinor: o.invoicedMinor, paidMinor: o.paidMinor, currency: o.currency };
    return lineTotals(ctx, this.invoices, this.payments, await ctx.loaders.get(this.lines).load(o.id));
  }

  @ResolveField(() => MoneyModel, { description: 'Σ invoiced, credit notes subtracted (a firm user: its own lines).' })
  async invoiced(o: Order, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    return MoneyModel.of({ minorUnits: (await this.totals(o, ctx)).invoicedMinor, currency: o.currency });
  }

  @ResolveField(() => MoneyModel, { description: 'Σ paid, refunds and reversals subtracted (a firm user: its own lines).' })
  async paid(o: Order, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    return MoneyModel.of({ minorUnits: (await this.totals(o, ctx)).paidMinor, currency: o.currency });
  }

  @ResolveField(() => MoneyModel, { description: 'invoiced − paid: what the buyer still owes (a firm user: on its own lines).' })
  async outstanding(o: Order, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    const t = await this.totals(o, ctx);
    return MoneyModel.of({ minorUnits: t.invoicedMinor - t.paidMinor, currency: o.currency });
  }
}

@Resolver(() => OrderLineModel)
export class OrderLineTotalsResolver {
  constructor(
    private readonly invoices: InvoicesByLineLoader,
    private readonly payments: PaymentsByInvoiceLoader,
  ) {}

  @ResolveField(() => MoneyModel, { description: 'Σ the line’s invoices, credit notes subtracted.' })
  async invoiced(l: OrderLine, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    const t = await lineTotals(ctx, this.invoices, this.payments, [l]);
    return MoneyModel.of({ minorUnits: t.invoicedMinor, currency: t.currency });
  }

  @ResolveField(() => MoneyModel, { description: 'Σ paid on the line’s invoices, refunds and reversals subtracted.' })
  async paid(l: OrderLine, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    const t = await lineTotals(ctx, this.invoices, this.payments, [l]);
    return MoneyModel.of({ minorUnits: t.paidMinor, currency: t.currency });
  }

  @ResolveField(() => MoneyModel, { description: 'invoiced − paid on the line.' })
  async outstanding(l: OrderLine, _args: unknown, ctx: GqlContext): Promise<MoneyModel> {
    const t = await lineTotals(ctx, this.invoices, this.payments, [l]);
    return MoneyModel.of({ minorUnits: t.invoicedMinor - t.paidMinor, currency: t.currency });
  }
}

@Resolver(() => MoneyReportModel)
export class MoneyReportNamesResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel, { description: 'The firm that reported it (its public profile).' })
  async member(r: MoneyReport, _args: unknown, ctx: GqlContext): Promise<Member> {
    const m = await ctx.loaders.get(this.members).load(r.memberId);
    if (!m) throw new Error(`member ${r.memberId} is missing`);
    return m;
  }
}
