import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  IdempotencyKey,
  Role,
  type Tx,
  type UserActor,
  audit,
  guardedUpdate,
  hasRole,
  idempotent,
  isAssociation,
  isFirmUserOf,
  isLocalDate,
  demand,
  may,
  FieldRule,
  ErrorReason,
} from '@app/core';
import { type MoneyDocument, NotificationsService } from '@app/notifications';
import { Invoice, MoneyReport, MoneyReportKind, MoneyReportStatus, Order, OrderLine, Payment } from './entities/order.entity';
import { OrdersService } from './orders.service';
import { ORDER_PERMISSIONS } from './orders.permissions';

/** What a firm reports; the fields of the matching record mutation. */
export type MoneyReportInput =
  | {
      kind: MoneyReportKind.INVOICE;
      orderLineId: number;
      number: string;
      date: string;
      amountMinor: number;
      declaredCostMinor?: number | null;
      note?: string | null;
    }
  | {
      kind: MoneyReportKind.CREDIT_NOTE;
      invoiceId: number;
      number: string;
      date: string;
      amountMinor: number;
      declaredCostMinor?: number | null;
      note: string;
    }
  | { kind: MoneyReportKind.PAYMENT; invoiceId: number; date: string; amountMinor: number; note?: string | null }
  | { kind: MoneyReportKind.PAYMENT_REVERSAL; paymentId: number; date: string; note: string };

/** Thrown inside the validating transaction to roll it back. */
class DryRun extends Error {}

const ACTION: Record<MoneyReportKind, string> = {
  [MoneyReportKind.INVOICE]: 'reportInvoice',
  [MoneyReportKind.CREDIT_NOTE]: 'reportCreditNote',
  [MoneyReportKind.PAYMENT]: 'reportPayment',
  [MoneyReportKind.PAYMENT_REVERSAL]: 'reportPaymentReversal',
};

/** The mutation that reports each kind (its entry in the permission map). */
const REPORT_OPERATION = {
  [MoneyReportKind.INVOICE]: 'reportInvoice',
  [MoneyReportKind.CREDIT_NOTE]: 'reportCreditNote',
  [MoneyReportKind.PAYMENT]: 'reportPayment',
  [MoneyReportKind.PAYMENT_REVERSAL]: 'reportPaymentReversal',
} as const satisfies Record<MoneyReportKind, keyof typeof ORDER_PERMISSIONS>;

const WORDS: Record<MoneyReportKind, string> = {
  [MoneyReportKind.INVOICE]: 'invoice',
  [MoneyReportKind.CREDIT_NOTE]: 'credit note',
  [MoneyReportKind.PAYMENT]: 'payment',
  [MoneyReportKind.PAYMENT_REVERSAL]: 'payment reversal',
};

/**
 * Who records money: firms report, the project leader confirms. A firm user reports invoices,
 * credit notes, payments and reversals on its own order lines; a report counts nowhere (not in
 * order totals, not in royalties) until the project leader (or an administrator) confirms it,
 * which records it as the invoice or payment in the same transaction, under every rule the
 * direct record mutations apply. The project leader may instead reject it, with a reason. The
 * association's staff record money directly (recordInvoice and the rest).
 */
@Injectable()
export class MoneyReportsService {
  constructor(
    private readonly db: Database,
    private readonly orders: OrdersService,
    private readonly notifications: NotificationsService,
  ) {}

  async report(actor: Actor, input: MoneyReportInput, key?: string | null): Promise<MoneyReport> {
    if (!may(actor, ORDER_PERMISSIONS[REPORT_OPERATION[input.kind]]) || !actor.firmId)
      throw AppError.forbidden(
        'Firm users report money on their own order lines; the project leader records it directly (recordInvoice and the rest).',
      );
    const problems = shapeProblems(input);
    if (problems.length) throw AppError.invalid(`The ${WORDS[input.kind]}`, problems, { tail: 'Nothing was reported.' });
    const firm = actor.firmId;
    // its own line, invoice or payment (else NOT_FOUND, as for one that does not exist); then the
    // whole rule set of the record mutations, checked now so that the firm hears at once what is
    // wrong (nothing of this check is kept; the project leader's confirmation checks again)
    const replay = key
      ? await this.db.read((em) => em.findOneBy(IdempotencyKey, { scope: ACTION[input.kind], actorUserId: actor.userId, key }))
      : null;
    if (!replay) {
      await this.db.read((em) => this.target(em as Tx, actor, firm, input));
      await this.validateAsRecord(input);
    }
    const { id } = await idempotent(this.db, actor, ACTION[input.kind], key, input, async (tx) => {
      const target = await this.target(tx, actor, firm, input);
      if ('number' in input) {
        const taken = await tx.findOne(MoneyReport, {
          where: {
            memberId: firm,
            number: input.number.trim(),
            status: MoneyReportStatus.REPORTED,
            kind: In([MoneyReportKind.INVOICE, MoneyReportKind.CREDIT_NOTE]),
          },
        });
        if (taken)
          throw AppError.conflict(`The firm already reported a document numbered ${input.number.trim()} (report ${taken.id}).`, {
            reason: ErrorReason.ALREADY_EXISTS,
            field: 'number',
          });
      }
      const saved = await tx.save(
        tx.create(MoneyReport, {
          kind: input.kind,
          memberId: firm,
          orderId: target.orderId,
          orderLineId: input.kind === MoneyReportKind.INVOICE ? input.orderLineId : null,
          invoiceId: input.kind === MoneyReportKind.CREDIT_NOTE || input.kind === MoneyReportKind.PAYMENT ? input.invoiceId : null,
          paymentId: input.kind === MoneyReportKind.PAYMENT_REVERSAL ? input.paymentId : null,
          number: 'number' in input ? input.number.trim() : null,
          date: input.date,
          amountMinor: 'amountMinor' in input ? input.amountMinor : null,
          currency: target.currency,
          declaredCostMinor: 'declaredCostMinor' in input ? (input.declaredCostMinor ?? null) : null,
          note: input.note?.trim() || null,
          status: MoneyReportStatus.REPORTED,
          reportedByUserId: (actor as UserActor).userId,
          reportedAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: ACTION[input.kind], entityType: 'MoneyReport', entityId: saved.id, after: { ...saved } });
      await this.notifications.notify(tx, {
        kind: 'MONEY_REPORTED',
        key: `money-reported:${saved.id}`,
        recipientUserIds: await this.notifications.usersWithRole(tx, Role.PROJECT_LEADER),
        params: {
          kind: 'MONEY_REPORTED',
          reportId: saved.id,
          orderId: target.orderId,
          document: input.kind as MoneyDocument,
          number: saved.number,
          date: saved.date,
          amount: saved.amountMinor !== null ? { minorUnits: saved.amountMinor, currency: saved.currency } : null,
        },
        entityType: 'MoneyReport',
        entityId: saved.id,
      });
      return saved.id;
    });
    return this.db.read((em) => em.findOneByOrFail(MoneyReport, { id }));
  }

  /** Records the report as the invoice or payment, under the record mutations' rules, and marks it confirmed. */
  async confirm(actor: Actor, id: number): Promise<MoneyReport> {
    demand(actor, ORDER_PERMISSIONS.confirmMoneyReport, 'The project leader confirms what firms report.');
    return this.db.transaction(async (tx) => {
      const report = await this.pending(tx, id);
      const recorded = await this.record(actor, report);
      await guardedUpdate(
        tx,
        MoneyReport,
        { id, version: report.version, where: { status: MoneyReportStatus.REPORTED } },
        {
          status: MoneyReportStatus.CONFIRMED,
          decidedByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
          decidedAt: new Date(),
          recordedInvoiceId: recorded.invoiceId,
          recordedPaymentId: recorded.paymentId,
        },
        `Report ${id} was decided at the same time; reload it.`,
      );
      await audit(tx, actor, {
        action: 'confirmMoneyReport',
        entityType: 'MoneyReport',
        entityId: id,
        before: { status: report.status },
        after: { status: MoneyReportStatus.CONFIRMED, ...recorded },
      });
      await this.tellFirm(tx, report, true, null);
      return tx.findOneByOrFail(MoneyReport, { id });
    });
  }

  async reject(actor: Actor, id: number, reason: string): Promise<MoneyReport> {
    demand(actor, ORDER_PERMISSIONS.rejectMoneyReport, 'The project leader decides on what firms report.');
    if (!reason?.trim())
      throw AppError.badInput('Say why the report is rejected.', [{ field: 'reason', message: 'required', rule: FieldRule.REQUIRED }]);
    return this.db.transaction(async (tx) => {
      const report = await this.pending(tx, id);
      await guardedUpdate(
        tx,
        MoneyReport,
        { id, version: report.version, where: { status: MoneyReportStatus.REPORTED } },
        {
          status: MoneyReportStatus.REJECTED,
          decidedByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
          decidedAt: new Date(),
          rejectionReason: reason.trim(),
        },
        `Report ${id} was decided at the same time; reload it.`,
      );
      await audit(tx, actor, {
        action: 'rejectMoneyReport',
        entityType: 'MoneyReport',
        entityId: id,
        before: { status: report.status },
        after: { status: MoneyReportStatus.REJECTED },
        reason,
      });
      await this.tellFirm(tx, report, false, reason.trim());
      return tx.findOneByOrFail(MoneyReport, { id });
    });
  }

  /** Newest first; a firm user sees its own firm's reports only. */
  async list(actor: Actor, filter: { status?: MoneyReportStatus | null; memberId?: number | null }): Promise<MoneyReport[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const member = hasRole(actor, Role.FIRM_USER) ? actor.firmId : filter.memberId;
    if (!isAssociation(actor) && !member) return [];
    return this.db.read((em) =>
      em.find(MoneyReport, {
        where: { ...(filter.status ? { status: filter.status } : {}), ...(member ? { memberId: member } : {}) },
        order: { id: 'DESC' },
        take: 1000,
      }),
    );
  }

  // ------------------------------------------------------------------

  private async pending(tx: Tx, id: number): Promise<MoneyReport> {
    const report = await tx.findOneBy(MoneyReport, { id });
    if (!report) throw AppError.notFound('Money report', id);
    if (report.status !== MoneyReportStatus.REPORTED)
      throw AppError.conflict(`Report ${id} is already ${report.status}.`, { reason: ErrorReason.WRONG_STATUS, status: report.status });
    return report;
  }

  /** The order line, invoice or payment the report is about, which must be the firm's own. */
  private async target(tx: Tx, actor: Actor, firm: number, input: MoneyReportInput): Promise<{ orderId: number; currency: string }> {
    if (input.kind === MoneyReportKind.INVOICE) {
      const line = await tx.findOneBy(OrderLine, { id: input.orderLineId });
      if (!line || !isFirmUserOf(actor, line.memberId)) throw AppError.notFound('Order line', input.orderLineId);
      const order = await tx.findOneByOrFail(Order, { id: line.orderId });
      return { orderId: order.id, currency: order.currency };
    }
    if (input.kind === MoneyReportKind.PAYMENT_REVERSAL) {
      const payment = await tx.findOneBy(Payment, { id: input.paymentId });
      if (!payment || payment.memberId !== firm) throw AppError.notFound('Payment', input.paymentId);
      const invoice = await tx.findOneByOrFail(Invoice, { id: payment.invoiceId });
      return { orderId: invoice.orderId, currency: invoice.currency };
    }
    const invoice = await tx.findOneBy(Invoice, { id: input.invoiceId });
    if (!invoice || invoice.memberId !== firm) throw AppError.notFound('Invoice', input.invoiceId);
    return { orderId: invoice.orderId, currency: invoice.currency };
  }

  /** The report as the record mutation would take it, by the project leader (`actor`). */
  private async record(actor: Actor, r: MoneyReport | MoneyReportInput): Promise<{ invoiceId: number | null; paymentId: number | null }> {
    const input = 'status' in r ? toInput(r) : r;
    switch (input.kind) {
      case MoneyReportKind.INVOICE: {
        const inv = await this.orders.recordInvoice(actor, {
          orderLineId: input.orderLineId,
          number: input.number,
          issueDate: input.date,
          amountMinor: input.amountMinor,
          declaredCostMinor: input.declaredCostMinor ?? null,
          note: input.note ?? null,
        });
        return { invoiceId: inv.id, paymentId: null };
      }
      case MoneyReportKind.CREDIT_NOTE: {
        const cn = await this.orders.recordCreditNote(actor, {
          invoiceId: input.invoiceId,
          number: input.number,
          issueDate: input.date,
          amountMinor: input.amountMinor,
          declaredCostMinor: input.declaredCostMinor ?? null,
          reason: input.note,
        });
        return { invoiceId: cn.id, paymentId: null };
      }
      case MoneyReportKind.PAYMENT: {
        const p = await this.orders.recordPayment(actor, {
          invoiceId: input.invoiceId,
          date: input.date,
          amountMinor: input.amountMinor,
          note: input.note ?? null,
        });
        return { invoiceId: null, paymentId: p.id };
      }
      case MoneyReportKind.PAYMENT_REVERSAL: {
        const p = await this.orders.reversePayment(actor, input.paymentId, input.date, input.note);
        return { invoiceId: null, paymentId: p.id };
      }
    }
  }

  /**
   * Runs the record mutation for the report in a transaction that is always rolled back, so that
   * a report breaking any of its rules (an overpayment, a number taken, a credit beyond what is
   * left …) is refused with that rule's own error. The firm's own report is rolled back with it.
   */
  private async validateAsRecord(input: MoneyReportInput): Promise<void> {
    const checker: UserActor = { kind: 'user', userId: 0, email: 'report-check@localhost', role: Role.PROJECT_LEADER, firmId: null };
    try {
      await this.db.transaction(async () => {
        await this.record(checker, input);
        throw new DryRun();
      });
    } catch (e) {
      if (e instanceof DryRun) return;
      throw e;
    }
  }

  private async tellFirm(tx: Tx, report: MoneyReport, confirmed: boolean, reason: string | null): Promise<void> {
    await this.notifications.notify(tx, {
      kind: 'MONEY_REPORT_DECIDED',
      key: `money-report-decided:${report.id}`,
      recipientUserIds: [report.reportedByUserId, ...(await this.notifications.usersOfFirm(tx, report.memberId))],
      params: { kind: 'MONEY_REPORT_DECIDED', reportId: report.id, document: report.kind as MoneyDocument, confirmed, reason },
      entityType: 'MoneyReport',
      entityId: report.id,
    });
  }
}

function toInput(r: MoneyReport): MoneyReportInput {
  switch (r.kind) {
    case MoneyReportKind.INVOICE:
      return {
        kind: r.kind,
        orderLineId: r.orderLineId!,
        number: r.number!,
        date: r.date,
        amountMinor: r.amountMinor!,
        declaredCostMinor: r.declaredCostMinor,
        note: r.note,
      };
    case MoneyReportKind.CREDIT_NOTE:
      return {
        kind: r.kind,
        invoiceId: r.invoiceId!,
        number: r.number!,
        date: r.date,
        amountMinor: r.amountMinor!,
        declaredCostMinor: r.declaredCostMinor,
        note: r.note ?? '',
      };
    case MoneyReportKind.PAYMENT:
      return { kind: r.kind, invoiceId: r.invoiceId!, date: r.date, amountMinor: r.amountMinor!, note: r.note };
    case MoneyReportKind.PAYMENT_REVERSAL:
      return { kind: r.kind, paymentId: r.paymentId!, date: r.date, note: r.note ?? '' };
  }
}

/** The checks of a report's own fields, before anything is read. */
function shapeProblems(input: MoneyReportInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isLocalDate(input.date))
    problems.push({
      field: input.kind === MoneyReportKind.INVOICE || input.kind === MoneyReportKind.CREDIT_NOTE ? 'issueDate' : 'date',
      message: 'not a date YYYY-MM-DD',
      rule: FieldRule.NOT_A_DATE,
    });
  if ('number' in input && !input.number?.trim())
    problems.push({ field: 'number', message: 'the document number is required', rule: FieldRule.REQUIRED });
  if ('amountMinor' in input && (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0))
    problems.push({ field: 'amount', message: 'a positive amount', rule: FieldRule.ABOVE_ZERO });
  if ((input.kind === MoneyReportKind.CREDIT_NOTE || input.kind === MoneyReportKind.PAYMENT_REVERSAL) && !input.note?.trim())
    problems.push({ field: 'reason', message: 'say why', rule: FieldRule.GIVE_A_REASON });
  return problems;
}
