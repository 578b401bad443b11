import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  Role,
  type Tx,
  audit,
  guardedUpdate,
  hasRole,
  idempotent,
  isAssociation,
  isFirmUserOf,
  isLocalDate,
  isValidCurrency,
  osloDate,
  Ports,
  addMoney,
  compareMoney,
  formatMoney,
  type Money,
  money,
  subtractMoney,
  sumMoney,
  demand,
  may,
  FieldRule,
  ErrorReason,
} from '@app/core';
import { BID_WON_PORT, Bid, WorkPackagesService } from '@app/bids';
import { AWARDED_WORK_PORT } from '@app/matching';
import { Member } from '@app/members';
import { TendersService } from '@app/tenders';
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
} from './entities/order.entity';
import { ORDER_PERMISSIONS } from './orders.permissions';

export interface CreateOrder {
  buyerName: string;
  contractReference: string;
  awardedValueMinor: number;
  currency?: string;
  awardDate: string;
  startDate?: string | null;
  endDate?: string | null;
  tenderId?: number | null;
  notes?: string | null;
  lines: { memberId: number; description: string; valueMinor: number }[];
}

/**
 * Invoices and payments set the royalty base, so the association records them; a firm reports
 * them (MoneyReportsService) and the project leader confirms the report before it counts.
 */
const RECORD_REFUSED =
  'Firms report invoices, credit notes and payments (reportInvoice, reportCreditNote, reportPayment, reportPaymentReversal); the project leader confirms them before they count toward royalties.';

/** Orders, their lines, milestones, change orders, invoices, credit notes and payments. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly db: Database,
    private readonly tenders: TendersService,
    private readonly workPackages: WorkPackagesService,
    ports: Ports,
  ) {
    // A won bid becomes an order, in the same transaction as the outcome.
    ports.provide(BID_WON_PORT, {
      onBidWon: (tx, actor, bid) => this.createFromBid(tx, actor, bid).then(() => undefined),
      // a corrected outcome: the order made from the bid follows (award date, value, contract reference)
      onOutcomeCorrected: (tx, actor, bid, reason) => this.followCorrectedOutcome(tx, actor, bid, reason),
    });
    // "Awarded work in the last 12 months" for the solver's fair-spread tie-break.
    ports.provide(AWARDED_WORK_PORT, { awardedOre: (ids, from, to) => this.awardedOre(ids, from, to) });
  }

  // ------------------------------------------------------------------ access

  /** Firms see orders where they have a line; the association sees all. */
  private canSeeOrder(actor: Actor, lines: OrderLine[]): boolean {
    if (isAssociation(actor)) return true;
    return hasRole(actor, Role.FIRM_USER) && lines.some((l) => l.memberId === actor.firmId);
  }

  private canActOnLine(actor: Actor, line: OrderLine): boolean {
    return may(actor, ORDER_PERMISSIONS.actOnAnyLine) || isFirmUserOf(actor, line.memberId);
  }

  private async lineFor(tx: Tx, actor: Actor, orderLineId: number): Promise<OrderLine> {
    const line = await tx.findOneBy(OrderLine, { id: orderLineId });
    if (!line || !(isAssociation(actor) || isFirmUserOf(actor, line.memberId))) throw AppError.notFound('Order line', orderLineId);
    if (!this.canActOnLine(actor, line)) throw AppError.forbidden("The project leader or the line's own firm records this.");
    return line;
  }

  private async invoiceFor(tx: Tx, actor: Actor, invoiceId: number): Promise<Invoice> {
    const inv = await tx.findOneBy(Invoice, { id: invoiceId });
    if (!inv || !(isAssociation(actor) || isFirmUserOf(actor, inv.memberId))) throw AppError.notFound('Invoice', invoiceId);
    if (!(may(actor, ORDER_PERMISSIONS.actOnAnyLine) || isFirmUserOf(actor, inv.memberId))) throw AppError.forbidden();
    return inv;
  }

  // ------------------------------------------------------------------ plausible money and dates

  /**
   * A money date (award, invoice, credit note, payment, reversal) is a real day that has come and
   * is not before the document it follows (`notBefore`, named by `what`).
   */
  private dateProblems(field: string, date: string, notBefore?: { date: string; what: string }): FieldProblem[] {
    if (!isLocalDate(date)) return [{ field, message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE }];
    const today = osloDate(new Date());
    // with the rule and its date, so the console says it in the reader's language
    if (date > today)
      return [
        {
          field,
          message: `${date} is in the future; money dates are on or before today (${today})`,
          rule: FieldRule.ON_OR_BEFORE,
          params: { date: today },
        },
      ];
    if (notBefore && date < notBefore.date)
      return [
        {
          field,
          message: `${date} is before ${notBefore.what} (${notBefore.date}); it may be on that day or later`,
          rule: FieldRule.ON_OR_AFTER,
          params: { date: notBefore.date },
        },
      ];
    return [];
  }

  /** What a line's invoices and credit notes come to, in the order's currency (a document in another currency throws). */
  private async invoicedOnLine(tx: Tx, lineId: number, currency: string): Promise<Money> {
    // summed in the database (one row a currency), not read invoice by invoice: a line invoiced
    // monthly for years has hundreds, and every invoice, change order and import row asks this
    const sums = await tx
      .createQueryBuilder(Invoice, 'i')
      .select('i.currency', 'currency')
      .addSelect('SUM(i.amount_minor)', 'total')
      .where('i.order_line_id = :lineId', { lineId })
      .groupBy('i.currency')
      .getRawMany<{ currency: string; total: string | number }>();
    return sumMoney(
      sums.map((s) => money(Number(s.total), s.currency)),
      currency,
    );
  }

  // ------------------------------------------------------------------ reading

  async list(
    actor: Actor,
    filter: { status?: OrderStatus; memberId?: number; awardedFrom?: string; awardedTo?: string },
  ): Promise<Order[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(Order, 'o');
      if (filter.status) qb.andWhere('o.status = :s', { s: filter.status });
      if (filter.awardedFrom) qb.andWhere('o.award_date >= :af', { af: filter.awardedFrom });
      if (filter.awardedTo) qb.andWhere('o.award_date <= :at', { at: filter.awardedTo });
      const member = hasRole(actor, Role.FIRM_USER) ? actor.firmId : filter.memberId;
      if (member) qb.andWhere('EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.member_id = :m)', { m: member });
      return qb.orderBy('o.award_date', 'DESC').addOrderBy('o.id', 'DESC').take(1000).getMany();
    });
  }

  async get(actor: Actor, id: number): Promise<Order> {
    return this.db.read(async (em) => {
      const order = await em.findOneBy(Order, { id });
      const lines = order ? await em.findBy(OrderLine, { orderId: id }) : [];
      if (!order || !this.canSeeOrder(actor, lines)) throw AppError.notFound('Order', id);
      return order;
    });
  }

  async invoicesOfLines(lineIds: number[]): Promise<Invoice[]> {
    return lineIds.length
      ? this.db.read((em) => em.find(Invoice, { where: { orderLineId: In(lineIds) }, order: { issueDate: 'ASC', id: 'ASC' } }))
      : [];
  }

  async paymentsOfInvoices(invoiceIds: number[]): Promise<Payment[]> {
    return invoiceIds.length
      ? this.db.read((em) => em.find(Payment, { where: { invoiceId: In(invoiceIds) }, order: { date: 'ASC', id: 'ASC' } }))
      : [];
  }

  async milestonesOfLines(lineIds: number[]): Promise<Milestone[]> {
    return lineIds.length
      ? this.db.read((em) => em.find(Milestone, { where: { orderLineId: In(lineIds) }, order: { plannedDate: 'ASC', id: 'ASC' } }))
      : [];
  }

  // ------------------------------------------------------------------ orders

  async create(actor: Actor, input: CreateOrder, key?: string | null): Promise<Order> {
    demand(actor, ORDER_PERMISSIONS.createOrder, 'The project leader registers orders.');
    const problems: FieldProblem[] = [];
    if (!input.buyerName?.trim()) problems.push({ field: 'buyerName', message: 'required', rule: FieldRule.REQUIRED });
    if (!input.contractReference?.trim()) problems.push({ field: 'contractReference', message: 'required', rule: FieldRule.REQUIRED });
    if (!Number.isSafeInteger(input.awardedValueMinor) || input.awardedValueMinor <= 0)
      problems.push({ field: 'awardedValue', message: 'must be above 0', rule: FieldRule.ABOVE_ZERO });
    if (input.currency && !isValidCurrency(input.currency))
      problems.push({ field: 'currency', message: 'not an ISO 4217 code', rule: FieldRule.NOT_A_CURRENCY });
    problems.push(...this.dateProblems('awardDate', input.awardDate));
    for (const [f, v] of [
      ['startDate', input.startDate],
      ['endDate', input.endDate],
    ] as const) {
      if (v && !isLocalDate(v)) problems.push({ field: f, message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    }
    if (input.startDate && input.endDate && input.endDate < input.startDate)
      problems.push({ field: 'endDate', message: 'before startDate', rule: FieldRule.ENDS_BEFORE_START });
    if (!input.lines?.length) problems.push({ field: 'lines', message: 'an order has at least one line', rule: FieldRule.REQUIRED });
    input.lines?.forEach((l, i) => {
      if (!Number.isSafeInteger(l.valueMinor) || l.valueMinor < 0)
        problems.push({ field: `lines[${i}].value`, message: 'cannot be negative', rule: FieldRule.NOT_NEGATIVE });
      if (!l.description?.trim()) problems.push({ field: `lines[${i}].description`, message: 'required', rule: FieldRule.REQUIRED });
    });
    if (problems.length) throw AppError.invalid('The order', problems);
    const { id } = await idempotent(this.db, actor, 'createOrder', key, input, async (tx) => {
      const members = await tx.findBy(Member, { id: In(input.lines.map((l) => l.memberId)) });
      for (const l of input.lines) if (!members.some((m) => m.id === l.memberId)) throw AppError.notFound('Member', l.memberId);
      const order = await this.insertOrder(tx, actor, { ...input, bidId: null });
      await audit(tx, actor, { action: 'createOrder', entityType: 'Order', entityId: order.id, after: { ...order, lines: input.lines } });
      return order.id;
    });
    return this.db.read((em) => em.findOneByOrFail(Order, { id }));
  }

  /** A WON bid: one order line per accepted work package, at the package's price. */
  async createFromBid(tx: Tx, actor: Actor, bid: Bid): Promise<Order> {
    const existing = await tx.findOneBy(Order, { bidId: bid.id });
    if (existing) return existing;
    const tender = await this.tenders.load(bid.tenderId);
    const packages = await this.workPackages.acceptedPackages(tx, bid.id);
    const windows = packages.map((p) => [p.windowStart, p.windowEnd]);
    const order = await this.insertOrder(tx, actor, {
      bidId: bid.id,
      tenderId: bid.tenderId,
      buyerName: tender.buyerName,
      contractReference: bid.contractReference ?? `bid ${bid.id}`,
      awardedValueMinor: bid.awardedValueMinor ?? 0,
      currency: bid.currency,
      awardDate: bid.outcomeDate ?? osloDate(new Date()),
      startDate: windows.map((w) => w[0]).sort()[0] ?? null,
      endDate:
        windows
          .map((w) => w[1])
          .sort()
          .at(-1) ?? null,
      notes: `From bid ${bid.id} (revision ${bid.currentRevision}).`,
      lines: packages.map((p) => ({ memberId: p.memberId, description: p.title, valueMinor: p.priceMinor ?? 0, workPackageId: p.id })),
    });
    await audit(tx, actor, {
      action: 'createOrderFromBid',
      entityType: 'Order',
      entityId: order.id,
      after: { bidId: bid.id, lines: packages.length },
    });
    return order;
  }

  /**
   * The bid's outcome was corrected: its order takes the new award date, value and contract
   * reference. Refused (and the correction with it) when the order already has an invoice dated
   * before the new award date.
   */
  private async followCorrectedOutcome(tx: Tx, actor: Actor, bid: Bid, reason: string): Promise<void> {
    const order = await tx.findOneBy(Order, { bidId: bid.id });
    if (!order) return;
    const awardDate = bid.outcomeDate ?? order.awardDate;
    const earliest = (
      await tx
        .createQueryBuilder(Invoice, 'i')
        .select('MIN(i.issue_date)', 'd')
        .where('i.order_id = :o', { o: order.id })
        .getRawOne<{ d: string | null }>()
    )?.d;
    if (earliest && earliest < awardDate)
      throw AppError.badInput(
        `Order ${order.id} has an invoice dated ${earliest}, before the corrected award date ${awardDate}; an award date is on or before the order's first invoice. Nothing was saved.`,
        [
          {
            field: 'date',
            message: `at most ${earliest}, the order's first invoice`,
            rule: FieldRule.ON_OR_BEFORE,
            params: { date: earliest },
          },
        ],
      );
    const before = { awardDate: order.awardDate, awardedValueMinor: order.awardedValueMinor, contractReference: order.contractReference };
    const after = {
      awardDate,
      awardedValueMinor: bid.awardedValueMinor ?? order.awardedValueMinor,
      contractReference: bid.contractReference ?? order.contractReference,
    };
    await guardedUpdate(
      tx,
      Order,
      { id: order.id, version: order.version },
      after,
      `Order ${order.id} changed at the same time; reload it.`,
    );
    await audit(tx, actor, {
      action: 'correctOrderAward',
      entityType: 'Order',
      entityId: order.id,
      before,
      after,
      reason: `bid ${bid.id} outcome corrected: ${reason}`,
    });
  }

  private async insertOrder(
    tx: Tx,
    actor: Actor,
    input: CreateOrder & { bidId: number | null; lines: (CreateOrder['lines'][number] & { workPackageId?: number })[] },
  ): Promise<Order> {
    const order = await tx.save(
      tx.create(Order, {
        bidId: input.bidId,
        tenderId: input.tenderId ?? null,
        buyerName: input.buyerName.trim(),
        contractReference: input.contractReference.trim(),
        awardedValueMinor: input.awardedValueMinor,
        currency: input.currency ?? 'NOK',
        awardDate: input.awardDate,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        status: OrderStatus.ACTIVE,
        notes: input.notes ?? null,
        createdAt: new Date(),
      }),
    );
    for (const l of input.lines) {
      await tx.insert(OrderLine, {
        orderId: order.id,
        memberId: l.memberId,
        workPackageId: l.workPackageId ?? null,
        description: l.description.trim().slice(0, 500),
        valueMinor: l.valueMinor,
        originalValueMinor: l.valueMinor,
        version: 1,
      });
    }
    void actor;
    return order;
  }

  async setStatus(actor: Actor, orderId: number, status: OrderStatus): Promise<Order> {
    demand(actor, ORDER_PERMISSIONS.setOrderStatus);
    return this.db.transaction(async (tx) => {
      const o = await tx.findOneBy(Order, { id: orderId });
      if (!o) throw AppError.notFound('Order', orderId);
      await guardedUpdate(tx, Order, { id: orderId, version: o.version }, { status }, 'The order changed at the same time.');
      await audit(tx, actor, {
        action: 'setOrderStatus',
        entityType: 'Order',
        entityId: orderId,
        before: { status: o.status },
        after: { status },
      });
      return tx.findOneByOrFail(Order, { id: orderId });
    });
  }

  async addMilestone(
    actor: Actor,
    input: { orderLineId: number; title: string; plannedDate: string; note?: string | null },
  ): Promise<Milestone> {
    if (!isLocalDate(input.plannedDate))
      throw AppError.badInput('plannedDate must be a date YYYY-MM-DD.', [
        { field: 'plannedDate', message: 'not a date', rule: FieldRule.NOT_A_DATE },
      ]);
    if (!input.title?.trim())
      throw AppError.badInput('A milestone needs a title.', [{ field: 'title', message: 'required', rule: FieldRule.REQUIRED }]);
    return this.db.transaction(async (tx) => {
      await this.lineFor(tx, actor, input.orderLineId);
      const m = await tx.save(
        tx.create(Milestone, {
          orderLineId: input.orderLineId,
          title: input.title.trim(),
          plannedDate: input.plannedDate,
          status: MilestoneStatus.PLANNED,
          note: input.note ?? null,
        }),
      );
      await audit(tx, actor, { action: 'addMilestone', entityType: 'Milestone', entityId: m.id, after: { ...m } });
      return m;
    });
  }

  async updateMilestone(
    actor: Actor,
    input: { id: number; status?: MilestoneStatus; actualDate?: string | null; plannedDate?: string; note?: string | null },
  ): Promise<Milestone> {
    for (const [f, v] of [
      ['actualDate', input.actualDate],
      ['plannedDate', input.plannedDate],
    ] as const) {
      if (v && !isLocalDate(v))
        throw AppError.badInput(`${f} must be a date YYYY-MM-DD.`, [{ field: f, message: 'not a date', rule: FieldRule.NOT_A_DATE }]);
    }
    if (input.status === MilestoneStatus.DELIVERED && !input.actualDate)
      throw AppError.badInput('A delivered milestone has its actual date.', [
        { field: 'actualDate', message: 'required when DELIVERED', rule: FieldRule.REQUIRED },
      ]);
    return this.db.transaction(async (tx) => {
      const m = await tx.findOneBy(Milestone, { id: input.id });
      if (!m) throw AppError.notFound('Milestone', input.id);
      await this.lineFor(tx, actor, m.orderLineId);
      const before = { ...m };
      const changes: Partial<Milestone> = {};
      for (const k of ['status', 'actualDate', 'plannedDate', 'note'] as const)
        if (input[k] !== undefined) (changes as Record<string, unknown>)[k] = input[k];
      await guardedUpdate(tx, Milestone, { id: m.id, version: m.version }, changes, 'The milestone changed at the same time.');
      const after = await tx.findOneByOrFail(Milestone, { id: m.id });
      await audit(tx, actor, { action: 'updateMilestone', entityType: 'Milestone', entityId: m.id, before, after: { ...after } });
      return after;
    });
  }

  async recordChangeOrder(
    actor: Actor,
    input: { orderLineId: number; deltaMinor: number; reason: string },
    key?: string | null,
  ): Promise<ChangeOrder> {
    demand(actor, ORDER_PERMISSIONS.recordChangeOrder, 'The project leader records change orders.');
    if (!Number.isSafeInteger(input.deltaMinor) || input.deltaMinor === 0)
      throw AppError.badInput('A change order changes the value by a non-zero amount.', [
        { field: 'delta', message: 'must not be 0', rule: FieldRule.NOT_ZERO },
      ]);
    if (!input.reason?.trim())
      throw AppError.badInput('A change order has a reason.', [{ field: 'reason', message: 'required', rule: FieldRule.REQUIRED }]);
    const { id } = await idempotent(this.db, actor, 'recordChangeOrder', key, input, async (tx) => {
      const line = await this.lineFor(tx, actor, input.orderLineId);
      const order = await tx.findOneByOrFail(Order, { id: line.orderId });
      const after = line.valueMinor + input.deltaMinor;
      if (after < 0)
        throw AppError.badInput(`The line is worth ${line.valueMinor} øre; it cannot go below zero.`, [
          {
            field: 'delta',
            message: 'would make the line negative',
            rule: FieldRule.AMOUNT_AT_LEAST,
            params: { min: String(-line.valueMinor), currency: order.currency },
          },
        ]);
      // the line's invoices may not come to more than its value, so a change order cannot take it below them
      const invoiced = await this.invoicedOnLine(tx, line.id, order.currency);
      if (compareMoney(money(after, order.currency), invoiced) < 0)
        throw AppError.badInput(
          `Order line ${line.id} has ${formatMoney(invoiced)} invoiced; a change order may bring its value down to that and no lower (it would be ${formatMoney(money(after, order.currency))}).`,
          [
            {
              field: 'delta',
              message: `at least ${invoiced.minorUnits - line.valueMinor}`,
              rule: FieldRule.AMOUNT_AT_LEAST,
              params: { min: String(invoiced.minorUnits - line.valueMinor), currency: order.currency },
            },
          ],
        );
      await guardedUpdate(
        tx,
        OrderLine,
        { id: line.id, version: line.version },
        { valueMinor: after },
        'The order line changed at the same time.',
      );
      const co = await tx.save(
        tx.create(ChangeOrder, {
          orderId: line.orderId,
          orderLineId: line.id,
          deltaMinor: input.deltaMinor,
          valueAfterMinor: after,
          reason: input.reason.trim(),
          at: new Date(),
          actorUserId: actor.kind === 'user' ? actor.userId : null,
        }),
      );
      await audit(tx, actor, {
        action: 'recordChangeOrder',
        entityType: 'OrderLine',
        entityId: line.id,
        before: { valueMinor: line.valueMinor },
        after: { valueMinor: after },
        reason: input.reason,
      });
      return co.id;
    });
    return this.db.read((em) => em.findOneByOrFail(ChangeOrder, { id }));
  }

  // ------------------------------------------------------------------ invoices and payments

  async recordInvoice(
    actor: Actor,
    input: {
      orderLineId: number;
      number: string;
      issueDate: string;
      amountMinor: number;
      /** The amount's currency, when the caller states one (the CSV import: NOK); it must be the order's. */
      currency?: string | null;
      declaredCostMinor?: number | null;
      note?: string | null;
    },
    key?: string | null,
  ): Promise<Invoice> {
    demand(actor, ORDER_PERMISSIONS.recordInvoice, RECORD_REFUSED);
    const problems: FieldProblem[] = [];
    if (!input.number?.trim()) problems.push({ field: 'number', message: 'the invoice number is required', rule: FieldRule.REQUIRED });
    // the input type's limits, here too: the CSV import (npm run cli -- import-invoices) comes this way
    else if (input.number.trim().length > 60)
      problems.push({ field: 'number', message: 'at most 60 characters', rule: FieldRule.AT_MOST_CHARACTERS, params: { max: 60 } });
    if ((input.note?.length ?? 0) > 1000)
      problems.push({ field: 'note', message: 'at most 1000 characters', rule: FieldRule.AT_MOST_CHARACTERS, params: { max: 1000 } });
    problems.push(...this.dateProblems('issueDate', input.issueDate));
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
      problems.push({ field: 'amount', message: 'an invoice is above 0 (use recordCreditNote to credit)', rule: FieldRule.ABOVE_ZERO });
    if (input.declaredCostMinor != null && input.declaredCostMinor < 0)
      problems.push({ field: 'declaredCost', message: 'cannot be negative', rule: FieldRule.NOT_NEGATIVE });
    if (problems.length) throw AppError.invalid('The invoice', problems);
    const { id } = await idempotent(this.db, actor, 'recordInvoice', key, input, async (tx) => {
      const line = await this.lineFor(tx, actor, input.orderLineId);
      const order = await tx.findOneByOrFail(Order, { id: line.orderId });
      if (order.status === OrderStatus.CANCELLED)
        throw AppError.conflict(`Order ${order.id} is cancelled.`, { reason: ErrorReason.WRONG_STATUS, status: order.status });
      if (input.currency && input.currency !== order.currency)
        throw AppError.invalid('The invoice', [
          {
            field: 'currency',
            message: `order ${order.id} is in ${order.currency}; an amount in ${input.currency} is not invoiced on it`,
            rule: FieldRule.ONLY_CURRENCY,
            params: { currency: order.currency },
          },
        ]);
      const dated = this.dateProblems('issueDate', input.issueDate, { date: order.awardDate, what: `the order's award` });
      if (dated.length) throw AppError.invalid('The invoice', dated);
      // Σ the line's invoices (credit notes negative) ≤ its value after change orders. The line's
      // version is bumped first, so two invoices on one line at the same time cannot both pass.
      await guardedUpdate(
        tx,
        OrderLine,
        { id: line.id, version: line.version },
        {},
        `Order line ${line.id} changed at the same time; try again.`,
      );
      const value = money(line.valueMinor, order.currency);
      const invoiced = await this.invoicedOnLine(tx, line.id, order.currency);
      const left = subtractMoney(value, invoiced);
      if (compareMoney(addMoney(invoiced, money(input.amountMinor, order.currency)), value) > 0)
        throw AppError.invalid('The invoice', [
          {
            field: 'amount',
            message: `order line ${line.id} is worth ${formatMoney(value)} (after change orders) and ${formatMoney(invoiced)} is invoiced, so at most ${formatMoney(left)} can still be invoiced; ${formatMoney(money(input.amountMinor, order.currency))} is more (record a change order first if the line's value has grown)`,
            rule: FieldRule.AMOUNT_AT_MOST,
            params: { max: String(left.minorUnits), currency: order.currency },
          },
        ]);
      if (await tx.existsBy(Invoice, { memberId: line.memberId, number: input.number.trim() })) {
        throw AppError.conflict(`The firm already has an invoice numbered ${input.number.trim()}.`, {
          reason: ErrorReason.ALREADY_EXISTS,
          field: 'number',
        });
      }
      const inv = await tx.save(
        tx.create(Invoice, {
          orderId: line.orderId,
          orderLineId: line.id,
          memberId: line.memberId,
          kind: InvoiceKind.INVOICE,
          number: input.number.trim(),
          issueDate: input.issueDate,
          amountMinor: input.amountMinor,
          currency: order.currency,
          declaredCostMinor: input.declaredCostMinor ?? null,
          note: input.note ?? null,
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: 'recordInvoice', entityType: 'Invoice', entityId: inv.id, after: { ...inv } });
      return inv.id;
    });
    return this.db.read((em) => em.findOneByOrFail(Invoice, { id }));
  }

  /** A credit note is a negative invoice referencing the original; it cannot exceed what remains of it. */
  async recordCreditNote(
    actor: Actor,
    input: { invoiceId: number; number: string; issueDate: string; amountMinor: number; declaredCostMinor?: number | null; reason: string },
    key?: string | null,
  ): Promise<Invoice> {
    demand(actor, ORDER_PERMISSIONS.recordCreditNote, RECORD_REFUSED);
    const problems: FieldProblem[] = [];
    if (!input.number?.trim()) problems.push({ field: 'number', message: 'the credit note number is required', rule: FieldRule.REQUIRED });
    problems.push(...this.dateProblems('issueDate', input.issueDate));
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
      problems.push({ field: 'amount', message: 'give the credited amount as a positive number', rule: FieldRule.ABOVE_ZERO });
    if (!input.reason?.trim()) problems.push({ field: 'reason', message: 'say why it is credited', rule: FieldRule.GIVE_A_REASON });
    if (problems.length) throw AppError.invalid('The credit note', problems);
    const { id } = await idempotent(this.db, actor, 'recordCreditNote', key, input, async (tx) => {
      const original = await this.invoiceFor(tx, actor, input.invoiceId);
      if (original.kind !== InvoiceKind.INVOICE)
        throw AppError.badInput('A credit note credits an invoice, not another credit note.', [
          { field: 'invoiceId', message: 'not an invoice' },
        ]);
      const dated = this.dateProblems('issueDate', input.issueDate, { date: original.issueDate, what: `invoice ${original.number}` });
      if (dated.length) throw AppError.invalid('The credit note', dated);
      const credited = await tx.findBy(Invoice, { creditsInvoiceId: original.id });
      const remaining = original.amountMinor + credited.reduce((s, c) => s + c.amountMinor, 0);
      if (input.amountMinor > remaining) {
        throw AppError.badInput(
          `Invoice ${original.number} has ${remaining} øre left to credit; ${input.amountMinor} øre is more than that.`,
          [
            {
              field: 'amount',
              message: `at most ${remaining}`,
              rule: FieldRule.AMOUNT_AT_MOST,
              params: { max: String(remaining), currency: original.currency },
            },
          ],
        );
      }
      if (await tx.existsBy(Invoice, { memberId: original.memberId, number: input.number.trim() }))
        throw AppError.conflict(`The firm already has a document numbered ${input.number.trim()}.`, {
          reason: ErrorReason.ALREADY_EXISTS,
          field: 'number',
        });
      const cn = await tx.save(
        tx.create(Invoice, {
          orderId: original.orderId,
          orderLineId: original.orderLineId,
          memberId: original.memberId,
          kind: InvoiceKind.CREDIT_NOTE,
          number: input.number.trim(),
          issueDate: input.issueDate,
          amountMinor: -input.amountMinor,
          currency: original.currency,
          declaredCostMinor: input.declaredCostMinor != null ? -Math.abs(input.declaredCostMinor) : null,
          creditsInvoiceId: original.id,
          note: input.reason.trim(),
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, {
        action: 'recordCreditNote',
        entityType: 'Invoice',
        entityId: cn.id,
        after: { ...cn },
        reason: input.reason,
      });
      return cn.id;
    });
    return this.db.read((em) => em.findOneByOrFail(Invoice, { id }));
  }

  /**
   * A payment received for an invoice (partial allowed, overpayment refused), or a refund paid
   * out for a credit note (at most its amount). Stored signed: refunds are negative.
   */
  async recordPayment(
    actor: Actor,
    input: { invoiceId: number; date: string; amountMinor: number; note?: string | null },
    key?: string | null,
  ): Promise<Payment> {
    demand(actor, ORDER_PERMISSIONS.recordPayment, RECORD_REFUSED);
    const dated = this.dateProblems('date', input.date);
    if (dated.length) throw AppError.invalid('The payment', dated);
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
      throw AppError.badInput('Give the amount as a positive number.', [
        { field: 'amount', message: 'must be above 0', rule: FieldRule.ABOVE_ZERO },
      ]);
    const { id } = await idempotent(this.db, actor, 'recordPayment', key, input, async (tx) => {
      const inv = await this.invoiceFor(tx, actor, input.invoiceId);
      const kind = inv.kind === InvoiceKind.CREDIT_NOTE ? 'credit note' : 'invoice';
      const after = this.dateProblems('date', input.date, { date: inv.issueDate, what: `${kind} ${inv.number}` });
      if (after.length) throw AppError.invalid(inv.kind === InvoiceKind.CREDIT_NOTE ? 'The refund' : 'The payment', after);
      const paid = (await tx.findBy(Payment, { invoiceId: inv.id })).reduce((s, p) => s + p.amountMinor, 0);
      const isRefund = inv.kind === InvoiceKind.CREDIT_NOTE;
      const open = isRefund ? -inv.amountMinor + paid : inv.amountMinor - paid;
      if (input.amountMinor > open) {
        throw AppError.badInput(
          isRefund
            ? `Credit note ${inv.number} has ${open} øre left to refund; ${input.amountMinor} øre is more than that.`
            : `Invoice ${inv.number} has ${open} øre outstanding; a payment of ${input.amountMinor} øre would overpay it.`,
          [
            {
              field: 'amount',
              message: `at most ${open}`,
              rule: FieldRule.AMOUNT_AT_MOST,
              params: { max: String(open), currency: inv.currency },
            },
          ],
        );
      }
      const p = await tx.save(
        tx.create(Payment, {
          invoiceId: inv.id,
          memberId: inv.memberId,
          kind: isRefund ? PaymentKind.REFUND : PaymentKind.PAYMENT,
          date: input.date,
          amountMinor: isRefund ? -input.amountMinor : input.amountMinor,
          note: input.note ?? null,
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: 'recordPayment', entityType: 'Payment', entityId: p.id, after: { ...p } });
      return p.id;
    });
    return this.db.read((em) => em.findOneByOrFail(Payment, { id }));
  }

  /** Undoes a recorded payment (e.g. a bounced transfer) with an opposite entry; the original stays. */
  async reversePayment(actor: Actor, paymentId: number, date: string, reason: string, key?: string | null): Promise<Payment> {
    demand(actor, ORDER_PERMISSIONS.reversePayment, RECORD_REFUSED);
    const dated = this.dateProblems('date', date);
    if (dated.length) throw AppError.invalid('The reversal', dated);
    if (!reason?.trim())
      throw AppError.badInput('Say why the payment is reversed.', [{ field: 'reason', message: 'required', rule: FieldRule.REQUIRED }]);
    const { id } = await idempotent(this.db, actor, 'reversePayment', key, { paymentId, date, reason }, async (tx) => {
      const p = await tx.findOneBy(Payment, { id: paymentId });
      if (!p) throw AppError.notFound('Payment', paymentId);
      await this.invoiceFor(tx, actor, p.invoiceId);
      if (p.kind === PaymentKind.REVERSAL)
        throw AppError.conflict('A reversal cannot be reversed; record a new payment instead.', {
          reason: ErrorReason.WRONG_STATUS,
          kind: p.kind,
        });
      const after = this.dateProblems('date', date, { date: p.date, what: `payment ${p.id}` });
      if (after.length) throw AppError.invalid('The reversal', after);
      if (await tx.existsBy(Payment, { reversesPaymentId: p.id }))
        throw AppError.conflict(`Payment ${p.id} is already reversed.`, { reason: ErrorReason.WRONG_STATUS });
      const r = await tx.save(
        tx.create(Payment, {
          invoiceId: p.invoiceId,
          memberId: p.memberId,
          kind: PaymentKind.REVERSAL,
          date,
          amountMinor: -p.amountMinor,
          reversesPaymentId: p.id,
          note: reason.trim(),
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: 'reversePayment', entityType: 'Payment', entityId: r.id, after: { ...r }, reason });
      return r.id;
    });
    return this.db.read((em) => em.findOneByOrFail(Payment, { id }));
  }

  /**
   * Σ order line values awarded to each member in a date range (for fair spread), in NOK øre like
   * the solver's other figures: orders in another currency are left out, never added as if NOK.
   */
  async awardedOre(memberIds: number[], from: string, to: string): Promise<Map<number, number>> {
    if (!memberIds.length) return new Map();
    const rows = await this.db.read((em) =>
      em
        .createQueryBuilder(OrderLine, 'l')
        .innerJoin(Order, 'o', 'o.id = l.order_id')
        .select('l.member_id', 'member_id')
        .addSelect('SUM(l.value_minor)', 'total')
        .where('l.member_id IN (:...ids)', { ids: memberIds })
        .andWhere('o.award_date BETWEEN :from AND :to', { from, to })
        .andWhere("o.status <> 'CANCELLED'")
        .andWhere("o.currency = 'NOK'")
        .groupBy('l.member_id')
        .getRawMany<{ member_id: number; total: string | number }>(),
    );
    return new Map(rows.map((r) => [Number(r.member_id), Number(r.total)]));
  }
}
