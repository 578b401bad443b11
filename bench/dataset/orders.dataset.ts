import { addDays, type LocalDate, osloDate } from '@app/core';
import { Invoice, InvoiceKind, Order, OrderLine, OrderStatus, Payment, PaymentKind } from '@app/orders';
import type { DatasetModule } from './dataset-module';
import type { BidFact } from './bids.dataset';

const BUYERS = ['Forsvarsmateriell', 'Nammo Raufoss AS', 'Kongsberg Defence & Aerospace AS', 'Statens vegvesen', 'Avinor AS', 'Saab AB'];

function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * SCALE_SPECS.orders orders: one per won bid (a line per accepted package), the rest registered by
 * hand over the last four years. Then SCALE_SPECS.invoiceLines invoice rows on the lines of orders
 * that are not cancelled, about 3 % of them credit notes against an earlier invoice of the same
 * line, and payments: most invoices are paid (some in two parts), some credit notes refunded and a
 * few payments reversed. Amounts respect the service's rules: a credit note never exceeds what is
 * left of its invoice, and nothing is overpaid. Order, line invoice and payment ids are assigned here.
 */
export const ordersDataset: DatasetModule = {
  name: 'orders',
  explicitIdTables: ['customer_order', 'order_line', 'invoice', 'payment'],
  async build(ctx) {
    const rng = ctx.rng('orders');
    const firms = ctx.shared.activeMemberIds;
    const won = (ctx.shared.bids as BidFact[]).filter((b) => b.status === 'WON');
    const orders: Partial<Order>[] = [];
    const lines: (Partial<OrderLine> & { awardDate: LocalDate; live: boolean; currency: string })[] = [];
    const created = new Date(`${ctx.anchor}T08:00:00Z`);
    const addOrder = (o: Partial<Order>, parts: { memberId: number; workPackageId: number | null; valueMinor: number }[]) => {
      const id = orders.length + 1;
      orders.push({ ...o, id, awardedValueMinor: parts.reduce((s, p) => s + p.valueMinor, 0), version: 1, createdAt: created });
      for (const p of parts)
        lines.push({
          id: lines.length + 1,
          orderId: id,
          memberId: p.memberId,
          workPackageId: p.workPackageId,
          description: `Line ${lines.length + 1} (bench data)`,
          valueMinor: p.valueMinor,
          originalValueMinor: p.valueMinor,
          version: 1,
          awardDate: o.awardDate!,
          live: o.status !== OrderStatus.CANCELLED,
          currency: o.currency!,
        });
    };
    const statusOf = (award: LocalDate): OrderStatus =>
      rng.chance(0.04)
        ? OrderStatus.CANCELLED
        : daysBetween(award, ctx.anchor) > 540 && rng.chance(0.7)
          ? OrderStatus.COMPLETED
          : OrderStatus.ACTIVE;
    for (const b of won.slice(0, ctx.spec.orders)) {
      const awardDate = osloDate(new Date(b.tender.decidedAt!));
      const parts = b.accepted.length
        ? b.accepted.map((a) => ({ memberId: a.memberId, workPackageId: a.id, valueMinor: a.priceMinor }))
        : [{ memberId: rng.pick(firms), workPackageId: null, valueMinor: rng.int(50, 5_000) * 100_000 }];
      addOrder(
        {
          bidId: b.id,
          tenderId: b.tender.id,
          buyerName: rng.pick(BUYERS),
          contractReference: `BENCH-${b.tender.id}`,
          currency: b.tender.currency,
          awardDate,
          startDate: addDays(awardDate, 14),
          endDate: addDays(awardDate, rng.int(90, 720)),
          status: statusOf(awardDate),
          notes: null,
        },
        parts,
      );
    }
    while (orders.length < ctx.spec.orders) {
      const awardDate = addDays(ctx.anchor, -rng.int(0, 4 * 365));
      const n = rng.weighted([
        [1, 40],
        [2, 30],
        [3, 20],
        [4, 10],
      ] as const);
      addOrder(
        {
          bidId: null,
          tenderId: null,
          buyerName: rng.pick(BUYERS),
          contractReference: `HAND-${orders.length + 1}`,
          currency: 'NOK',
          awardDate,
          startDate: addDays(awardDate, 7),
          endDate: addDays(awardDate, rng.int(60, 540)),
          status: statusOf(awardDate),
          notes: 'Registered by hand (bench data)',
        },
        Array.from({ length: n }, () => ({ memberId: rng.pick(firms), workPackageId: null, valueMinor: rng.int(20, 3_000) * 100_000 })),
      );
    }
    // invoices: each row goes to a random live line; a line's invoices split its value
    const live = lines.filter((l) => l.live);
    const perLine = new Array<number>(live.length).fill(0);
    for (let i = 0; i < ctx.spec.invoiceLines && live.length; i++) perLine[rng.int(0, live.length - 1)]++;
    const invoices: Partial<Invoice>[] = [];
    const payments: Partial<Payment>[] = [];
    const pay = (
      invoiceId: number,
      memberId: number,
      kind: PaymentKind,
      date: LocalDate,
      amountMinor: number,
      reverses: number | null = null,
    ) => {
      payments.push({
        id: payments.length + 1,
        invoiceId,
        memberId,
        kind,
        date,
        amountMinor,
        reversesPaymentId: reverses,
        note: null,
        createdAt: created,
      });
      return payments.length;
    };
    live.forEach((l, i) => {
      const n = perLine[i];
      if (!n) return;
      const credits = Math.floor(n * 0.03) + (rng.chance((n * 0.03) % 1) ? 1 : 0);
      const plain = Math.max(1, n - credits);
      const span = Math.max(0, daysBetween(l.awardDate, ctx.anchor));
      const dates = Array.from({ length: n }, () => addDays(l.awardDate, rng.int(0, span))).sort();
      const share = Math.floor(l.valueMinor! / plain);
      const issued: { id: number; amount: number; date: LocalDate; credited: number; paid: number }[] = [];
      for (let k = 0; k < n; k++) {
        const id = invoices.length + 1;
        const date = dates[k];
        // a credit note needs an earlier invoice of the line with something left to credit
        const target = k >= plain ? issued.find((x) => x.credited === 0 && x.date <= date) : undefined;
        if (target) {
          const amount = rng.chance(0.3) ? target.amount : Math.max(1, Math.floor(target.amount * rng.int(5, 50)) / 100);
          const credit = Math.floor(amount);
          target.credited = credit;
          invoices.push({
            id,
            orderId: l.orderId,
            orderLineId: l.id,
            memberId: l.memberId,
            kind: InvoiceKind.CREDIT_NOTE,
            number: `BC-${id}`,
            issueDate: date,
            amountMinor: -credit,
            currency: l.currency, // an order's documents are in its currency
            declaredCostMinor: null,
            creditsInvoiceId: target.id,
            note: 'Credit note (bench data)',
            createdAt: created,
          });
          // refund what was paid beyond the invoice's new value
          const over = target.paid - (target.amount - credit);
          if (over > 0) pay(id, l.memberId!, PaymentKind.REFUND, date, -over);
          continue;
        }
        const amount = share;
        invoices.push({
          id,
          orderId: l.orderId,
          orderLineId: l.id,
          memberId: l.memberId,
          kind: InvoiceKind.INVOICE,
          number: `B-${id}`,
          issueDate: date,
          amountMinor: amount,
          currency: l.currency,
          declaredCostMinor: rng.chance(0.5) ? Math.floor((amount * rng.int(50, 110)) / 100) : null,
          creditsInvoiceId: null,
          note: null,
          createdAt: created,
        });
        const inv = { id, amount, date, credited: 0, paid: 0 };
        issued.push(inv);
        // most invoices are paid 10–60 days later (if that day has come), some in two parts
        const paidOn = addDays(date, rng.int(10, 60));
        if (paidOn <= ctx.anchor && rng.chance(0.8)) {
          if (rng.chance(0.1)) {
            const first = Math.floor(amount / 2);
            pay(id, l.memberId!, PaymentKind.PAYMENT, paidOn, first);
            const second = addDays(paidOn, 30);
            if (second <= ctx.anchor) {
              pay(id, l.memberId!, PaymentKind.PAYMENT, second, amount - first);
              inv.paid = amount;
            } else inv.paid = first;
          } else {
            const p = pay(id, l.memberId!, PaymentKind.PAYMENT, paidOn, amount);
            inv.paid = amount;
            if (rng.chance(0.005)) {
              pay(id, l.memberId!, PaymentKind.REVERSAL, paidOn, -amount, p);
              inv.paid = 0;
            }
          }
        }
      }
    });
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, Order, orders);
      await ctx.insert(
        tx,
        OrderLine,
        lines.map(({ awardDate: _a, live: _l, currency: _c, ...l }) => l),
      );
      await ctx.insert(tx, Invoice, invoices);
      await ctx.insert(tx, Payment, payments);
    });
    ctx.log(
      `  orders: ${invoices.filter((x) => x.kind === InvoiceKind.CREDIT_NOTE).length} of the ${invoices.length} invoice rows are credit notes`,
    );
    return {
      customer_order: orders.length,
      order_line: lines.length,
      invoice: invoices.length,
      payment: payments.length,
    };
  },
};
