import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Period,
  Role,
  audit,
  bulkInsert,
  csvField,
  guardedUpdate,
  hasRole,
  idempotent,
  isAssociation,
  isFirmUserOf,
  isLocalDate,
  osloDate,
  parsePeriod,
  rawQuery,
  toDecimalString,
} from '@app/core';
import { BidsService } from '@app/bids';
import { Member } from '@app/members';
import { Order } from '@app/orders';
import {
  type Agreement,
  type AgreementScope,
  type AmountKind,
  type Basis,
  type ComputedLine,
  type EngineInput,
  type InvoiceFact,
  type RoyaltyEvent,
  agreementFor,
  allocateStatement,
  computeLine,
} from './royalty-engine';
import {
  LedgerKind,
  RoyaltyAgreement,
  RoyaltyLedgerEntry,
  RoyaltyPeriod,
  RoyaltyStatement,
  RoyaltyStatementLine,
  StatementStatus,
} from './entities/royalty.entity';

export interface SetAgreement {
  scope: AgreementScope;
  orderId?: number | null;
  memberId?: number | null;
  validFrom: string;
  rateBp: number;
  basis: Basis;
  amountKind: AmountKind;
  minimumOrderValueMinor?: number | null;
  note?: string | null;
}

export interface RunSummary {
  period: string;
  statements: number;
  lines: number;
  adjustments: number;
  totalMinor: number;
  /** Firms whose statement for the period was already issued: their new events wait for the next period. */
  skippedIssued: number;
}

interface InvoiceRow {
  id: number;
  member_id: number;
  order_id: number;
  order_line_id: number;
  issue_date: string;
  amount_minor: number | string;
  declared_cost_minor: number | string | null;
}
interface PaymentRow {
  id: number;
  invoice_id: number;
  date: string;
  amount_minor: number | string;
}

const num = (v: number | string | null): number => (v === null ? 0 : Number(v));

/** Royalty agreements, statement runs, the ledger, its consistency check and the accountant's export. */
@Injectable()
export class RoyaltiesService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly bids: BidsService,
  ) {}

  onModuleInit(): void {
    // The expected royalty of a bid uses the default agreement in force today.
    this.bids.useRoyaltyRate({
      defaultRateBp: async () => {
        const today = osloDate(new Date());
        const defaults = await this.db.read((em) => em.find(RoyaltyAgreement, { where: { scope: 'DEFAULT' } }));
        return agreementFor(defaults.map(toAgreement), 0, 0, today)?.rateBp ?? 0;
      },
    });
  }

  // ------------------------------------------------------------------ agreements

  async agreements(actor: Actor): Promise<RoyaltyAgreement[]> {
    if (!isAssociation(actor)) throw AppError.forbidden("Royalty agreements are the association's.");
    return this.db.read((em) => em.find(RoyaltyAgreement, { order: { scope: 'ASC', validFrom: 'ASC', id: 'ASC' } }));
  }

  async agreementInForce(actor: Actor, on: string, orderId?: number | null, memberId?: number | null): Promise<RoyaltyAgreement | null> {
    if (!isAssociation(actor) && !(memberId && isFirmUserOf(actor, memberId))) throw AppError.forbidden();
    const all = await this.db.read((em) => em.find(RoyaltyAgreement));
    const a = agreementFor(all.map(toAgreement), orderId ?? -1, memberId ?? -1, on);
    return a ? all.find((x) => x.id === a.id)! : null;
  }

  async setAgreement(actor: Actor, input: SetAgreement): Promise<RoyaltyAgreement> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER))
      throw AppError.forbidden('The project leader or an administrator sets royalty agreements.');
    const problems: FieldProblem[] = [];
    if (!isLocalDate(input.validFrom)) problems.push({ field: 'validFrom', message: 'not a date YYYY-MM-DD' });
    if (!Number.isInteger(input.rateBp) || input.rateBp < 0 || input.rateBp > 10000)
      problems.push({ field: 'rateBp', message: '0 to 10000 basis points' });
    if (input.scope === 'ORDER' && !input.orderId) problems.push({ field: 'orderId', message: 'required for an ORDER agreement' });
    if (input.scope === 'FIRM' && !input.memberId) problems.push({ field: 'memberId', message: 'required for a FIRM agreement' });
    if (input.scope !== 'ORDER' && input.orderId) problems.push({ field: 'orderId', message: 'only an ORDER agreement names an order' });
    if (input.scope !== 'FIRM' && input.memberId) problems.push({ field: 'memberId', message: 'only a FIRM agreement names a firm' });
    if (input.minimumOrderValueMinor != null && input.minimumOrderValueMinor < 0)
      problems.push({ field: 'minimumOrderValue', message: 'cannot be negative' });
    if (problems.length)
      throw AppError.badInput(
        `The agreement is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}. Nothing was saved.`,
        problems,
      );
    return this.db.transaction(async (tx) => {
      if (input.orderId && !(await tx.existsBy(Order, { id: input.orderId }))) throw AppError.notFound('Order', input.orderId);
      if (input.memberId && !(await tx.existsBy(Member, { id: input.memberId }))) throw AppError.notFound('Member', input.memberId);
      const saved = await tx.save(
        tx.create(RoyaltyAgreement, {
          scope: input.scope,
          orderId: input.orderId ?? null,
          memberId: input.memberId ?? null,
          validFrom: input.validFrom,
          rateBp: input.rateBp,
          basis: input.basis,
          amountKind: input.amountKind,
          minimumOrderValueMinor: input.minimumOrderValueMinor ?? null,
          note: input.note ?? null,
          createdAt: new Date(),
          createdByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
        }),
      );
      await audit(tx, actor, { action: 'setRoyaltyAgreement', entityType: 'RoyaltyAgreement', entityId: saved.id, after: { ...saved } });
      return saved;
    });
  }

  // ------------------------------------------------------------------ statements

  /**
   * Computes one statement per firm for a period (month 2026-07, quarter 2026-Q3, year 2026), in
   * one transaction: a crash leaves all or nothing. Re-running replaces the period's DRAFT
   * statements; ISSUED and PAID ones are never touched, and events they missed are carried into
   * the next period as adjustment lines. Concurrent runs of a period serialise on its row.
   */
  async run(actor: Actor, label: string): Promise<RunSummary> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER)) throw AppError.forbidden('The project leader runs royalty statements.');
    let period: Period;
    try {
      period = parsePeriod(label);
    } catch (e) {
      throw AppError.badInput((e as Error).message, [{ field: 'period', message: 'use 2026-07, 2026-Q3 or 2026' }]);
    }
    return this.db.transaction(async (tx) => {
      await tx
        .createQueryBuilder()
        .insert()
        .into(RoyaltyPeriod)
        .values({ periodLabel: period.label, runCount: 0, lastRunAt: null })
        .orIgnore()
        .execute();
      await rawQuery(tx, 'UPDATE royalty_period SET run_count = run_count + 1, last_run_at = ? WHERE period_label = ?', [
        Date.now(),
        period.label,
      ]);
      const drafts = await tx.find(RoyaltyStatement, { where: { periodLabel: period.label, status: StatementStatus.DRAFT } });
      if (drafts.length) {
        await tx
          .createQueryBuilder()
          .delete()
          .from(RoyaltyStatementLine)
          .where('statement_id IN (:...ids)', { ids: drafts.map((d) => d.id) })
          .execute();
        await tx
          .createQueryBuilder()
          .delete()
          .from(RoyaltyStatement)
          .where('id IN (:...ids)', { ids: drafts.map((d) => d.id) })
          .execute();
      }
      const closedHere = new Set(
        (
          await tx.find(RoyaltyStatement, {
            where: { periodLabel: period.label, status: In([StatementStatus.ISSUED, StatementStatus.PAID]) },
          })
        ).map((s) => s.memberId),
      );
      const f = period.firstDay;
      const l = period.lastDay;
      const notIn = (type: string, col: string) =>
        `NOT EXISTS (SELECT 1 FROM royalty_statement_line x WHERE x.source_type = '${type}' AND x.source_id = ${col})`;
      const closedCover = (member: string, date: string) =>
        `EXISTS (SELECT 1 FROM royalty_statement s WHERE s.member_id = ${member} AND s.status <> 'DRAFT' AND ${date} BETWEEN s.period_start AND s.period_end)`;
      const invCols = 'i.id, i.member_id, i.order_id, i.order_line_id, i.issue_date, i.amount_minor, i.declared_cost_minor';
      const invoices: (InvoiceRow & { adj: boolean })[] = [
        ...(
          await rawQuery<InvoiceRow>(
            tx,
            `SELECT ${invCols} FROM invoice i WHERE i.issue_date BETWEEN ? AND ? AND ${notIn('INVOICE', 'i.id')}`,
            [f, l],
          )
        ).map((r: InvoiceRow) => ({ ...r, adj: false })),
        ...(
          await rawQuery<InvoiceRow>(
            tx,
            `SELECT ${invCols} FROM invoice i WHERE i.issue_date < ? AND ${notIn('INVOICE', 'i.id')} AND ${closedCover('i.member_id', 'i.issue_date')}`,
            [f],
          )
        ).map((r: InvoiceRow) => ({ ...r, adj: true })),
      ];
      const payCols = 'p.id, p.invoice_id, p.date, p.amount_minor';
      const payments: (PaymentRow & { member_id: number; adj: boolean })[] = [
        ...(
          await rawQuery<PaymentRow & { member_id: number }>(
            tx,
            `SELECT ${payCols}, p.member_id FROM payment p WHERE p.date BETWEEN ? AND ? AND ${notIn('PAYMENT', 'p.id')}`,
            [f, l],
          )
        ).map((r: PaymentRow & { member_id: number }) => ({ ...r, adj: false })),
        ...(
          await rawQuery<PaymentRow & { member_id: number }>(
            tx,
            `SELECT ${payCols}, p.member_id FROM payment p WHERE p.date < ? AND ${notIn('PAYMENT', 'p.id')} AND ${closedCover('p.member_id', 'p.date')}`,
            [f],
          )
        ).map((r: PaymentRow & { member_id: number }) => ({ ...r, adj: true })),
      ];
      const agreements = (await tx.find(RoyaltyAgreement)).map(toAgreement);
      const needsMargin = agreements.some((a) => a.amountKind === 'MARGIN');
      // facts the engine needs: invoices of paid invoices, margin histories, order values
      const invoiceFacts = new Map<number, InvoiceFact>(invoices.map((r) => [r.id, fact(r)]));
      const missing = [...new Set(payments.map((p) => p.invoice_id).filter((id) => !invoiceFacts.has(id)))];
      for (let i = 0; i < missing.length; i += 500) {
        const rows: InvoiceRow[] = await tx.query(
          `SELECT ${invCols} FROM invoice i WHERE i.id IN (${missing.slice(i, i + 500).join(',')})`,
        );
        for (const r of rows) invoiceFacts.set(r.id, fact(r));
      }
      const invoicesByLine = new Map<number, InvoiceFact[]>();
      if (needsMargin) {
        const lineIds = [...new Set([...invoiceFacts.values()].map((x) => x.orderLineId))];
        for (let i = 0; i < lineIds.length; i += 500) {
          const rows: InvoiceRow[] = await tx.query(
            `SELECT ${invCols} FROM invoice i WHERE i.order_line_id IN (${lineIds.slice(i, i + 500).join(',')})`,
          );
          for (const r of rows) {
            const fx = fact(r);
            invoiceFacts.set(fx.id, fx);
            const list = invoicesByLine.get(fx.orderLineId);
            if (list) list.push(fx);
            else invoicesByLine.set(fx.orderLineId, [fx]);
          }
        }
      }
      const orderValues = new Map<number, number>(
        (
          (await tx.query('SELECT id, awarded_value_minor FROM customer_order')) as { id: number; awarded_value_minor: string | number }[]
        ).map((o) => [Number(o.id), num(o.awarded_value_minor)]),
      );
      const input: EngineInput = { agreements, orderValueMinor: orderValues, invoicesByLine, invoicesById: invoiceFacts };
      const events: { e: RoyaltyEvent; adj: boolean }[] = [
        ...invoices.map((r) => ({
          e: {
            sourceType: 'INVOICE' as const,
            sourceId: r.id,
            invoiceId: r.id,
            memberId: Number(r.member_id),
            orderId: Number(r.order_id),
            orderLineId: Number(r.order_line_id),
            date: r.issue_date,
            amountMinor: num(r.amount_minor),
          },
          adj: r.adj,
        })),
        ...payments.map((p) => {
          const inv = invoiceFacts.get(Number(p.invoice_id))!;
          return {
            e: {
              sourceType: 'PAYMENT' as const,
              sourceId: p.id,
              invoiceId: inv.id,
              memberId: inv.memberId,
              orderId: inv.orderId,
              orderLineId: inv.orderLineId,
              date: p.date,
              amountMinor: num(p.amount_minor),
            },
            adj: p.adj,
          };
        }),
      ];
      // compute, keep the events the agreement in force counts, group per firm
      const cache = new Map<number, Map<number, number>>();
      const byMember = new Map<number, { line: ComputedLine; adj: boolean }[]>();
      let skippedIssued = 0;
      const skipped = new Set<number>();
      for (const { e, adj } of events) {
        if (closedHere.has(e.memberId)) {
          if (!skipped.has(e.memberId)) skippedIssued++;
          skipped.add(e.memberId);
          continue;
        }
        const line = computeLine(e, input, cache);
        if (line.agreement && (line.agreement.basis === 'INVOICED') !== (e.sourceType === 'INVOICE')) continue;
        const list = byMember.get(e.memberId);
        if (list) list.push({ line, adj });
        else byMember.set(e.memberId, [{ line, adj }]);
      }
      const summary: RunSummary = { period: period.label, statements: 0, lines: 0, adjustments: 0, totalMinor: 0, skippedIssued };
      const now = new Date();
      const lineRows: unknown[][] = [];
      for (const memberId of [...byMember.keys()].sort((a, b) => a - b)) {
        const lines = byMember
          .get(memberId)!
          .sort(
            (a, b) =>
              Number(a.adj) - Number(b.adj) ||
              (a.line.date < b.line.date ? -1 : a.line.date > b.line.date ? 1 : 0) ||
              (a.line.sourceType < b.line.sourceType ? -1 : a.line.sourceType > b.line.sourceType ? 1 : 0) ||
              a.line.sourceId - b.line.sourceId,
          );
        const { amounts, total } = allocateStatement(lines.map((x) => x.line.exactTimes10000));
        const st = await tx.save(
          tx.create(RoyaltyStatement, {
            memberId,
            periodLabel: period.label,
            periodStart: f,
            periodEnd: l,
            status: StatementStatus.DRAFT,
            totalMinor: total,
            lineCount: lines.length,
            currency: 'NOK',
            createdAt: now,
          }),
        );
        lines.forEach(({ line, adj }, i) => {
          lineRows.push([
            st.id,
            line.sourceType,
            line.sourceId,
            line.orderId,
            line.orderLineId,
            line.date,
            adj,
            line.amountMinor,
            line.baseMinor,
            line.rateBp,
            amounts[i],
            line.agreementId,
            line.agreement
              ? JSON.stringify({
                  scope: line.agreement.scope,
                  validFrom: line.agreement.validFrom,
                  rateBp: line.agreement.rateBp,
                  basis: line.agreement.basis,
                  amountKind: line.agreement.amountKind,
                  minimumOrderValueMinor: line.agreement.minimumOrderValueMinor,
                })
              : null,
            (adj ? `adjustment for ${line.date}${line.note ? '; ' : ''}` : '') + (line.note ?? '') || null,
          ]);
          if (adj) summary.adjustments++;
        });
        summary.statements++;
        summary.lines += lines.length;
        summary.totalMinor += total;
      }
      await bulkInsert(
        tx,
        'royalty_statement_line',
        [
          'statement_id',
          'source_type',
          'source_id',
          'order_id',
          'order_line_id',
          'event_date',
          'adjustment',
          'amount_minor',
          'base_minor',
          'rate_bp',
          'royalty_minor',
          'agreement_id',
          'agreement_snapshot',
          'note',
        ],
        lineRows,
      );
      await audit(tx, actor, {
        action: 'runRoyaltyStatements',
        entityType: 'RoyaltyPeriod',
        entityId: period.label,
        after: { ...summary },
      });
      return summary;
    });
  }

  async statements(actor: Actor, filter: { period?: string; memberId?: number; status?: StatementStatus }): Promise<RoyaltyStatement[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const where: Record<string, unknown> = {};
    if (filter.period) where.periodLabel = filter.period.toUpperCase();
    if (filter.status) where.status = filter.status;
    if (hasRole(actor, Role.FIRM_USER)) where.memberId = actor.firmId;
    else if (filter.memberId) where.memberId = filter.memberId;
    return this.db.read((em) => em.find(RoyaltyStatement, { where, order: { periodStart: 'DESC', memberId: 'ASC' }, take: 5000 }));
  }

  async statement(actor: Actor, id: number): Promise<RoyaltyStatement> {
    const s = await this.db.read((em) => em.findOneBy(RoyaltyStatement, { id }));
    if (!s || !(isAssociation(actor) || isFirmUserOf(actor, s.memberId))) throw AppError.notFound('Royalty statement', id);
    return s;
  }

  async lines(actor: Actor, statementId: number, first: number, afterId: number): Promise<RoyaltyStatementLine[]> {
    await this.statement(actor, statementId);
    return this.db.read((em) =>
      em
        .createQueryBuilder(RoyaltyStatementLine, 'l')
        .where('l.statement_id = :s AND l.id > :a', { s: statementId, a: afterId })
        .orderBy('l.id', 'ASC')
        .take(Math.min(Math.max(first, 1), 1000))
        .getMany(),
    );
  }

  async issue(actor: Actor, id: number): Promise<RoyaltyStatement> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER)) throw AppError.forbidden('The project leader issues statements.');
    return this.db.transaction(async (tx) => {
      const s = await tx.findOneBy(RoyaltyStatement, { id });
      if (!s) throw AppError.notFound('Royalty statement', id);
      if (s.status !== StatementStatus.DRAFT)
        throw AppError.conflict(`Statement ${id} is ${s.status}; only a DRAFT is issued, and issued statements never change.`, {
          status: s.status,
        });
      const now = new Date();
      await guardedUpdate(
        tx,
        RoyaltyStatement,
        { id, version: s.version, where: { status: StatementStatus.DRAFT } },
        { status: StatementStatus.ISSUED, issuedAt: now },
        `Statement ${id} changed at the same time.`,
      );
      await tx.insert(RoyaltyLedgerEntry, {
        memberId: s.memberId,
        kind: LedgerKind.ACCRUED,
        amountMinor: s.totalMinor,
        statementId: id,
        date: osloDate(now),
        at: now,
        note: `statement ${s.periodLabel}`,
      });
      await audit(tx, actor, {
        action: 'issueRoyaltyStatement',
        entityType: 'RoyaltyStatement',
        entityId: id,
        before: { status: 'DRAFT' },
        after: { status: 'ISSUED', totalMinor: s.totalMinor },
      });
      return tx.findOneByOrFail(RoyaltyStatement, { id });
    });
  }

  async markPaid(actor: Actor, id: number, paidOn: string | null, key?: string | null): Promise<RoyaltyStatement> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER)) throw AppError.forbidden('The project leader records royalty payments.');
    const date = paidOn ?? osloDate(new Date());
    if (!isLocalDate(date)) throw AppError.badInput('paidOn must be a date YYYY-MM-DD.', [{ field: 'paidOn', message: 'not a date' }]);
    await idempotent(this.db, actor, 'markRoyaltyStatementPaid', key, { id, date }, async (tx) => {
      const s = await tx.findOneBy(RoyaltyStatement, { id });
      if (!s) throw AppError.notFound('Royalty statement', id);
      if (s.status !== StatementStatus.ISSUED)
        throw AppError.conflict(`Statement ${id} is ${s.status}; only an ISSUED statement is paid.`, { status: s.status });
      const now = new Date();
      await guardedUpdate(
        tx,
        RoyaltyStatement,
        { id, version: s.version, where: { status: StatementStatus.ISSUED } },
        { status: StatementStatus.PAID, paidAt: now },
        `Statement ${id} changed at the same time.`,
      );
      await tx.insert(RoyaltyLedgerEntry, {
        memberId: s.memberId,
        kind: LedgerKind.RECEIVED,
        amountMinor: -s.totalMinor,
        statementId: id,
        date,
        at: now,
        note: `payment of statement ${s.periodLabel}`,
      });
      await audit(tx, actor, {
        action: 'markRoyaltyStatementPaid',
        entityType: 'RoyaltyStatement',
        entityId: id,
        before: { status: 'ISSUED' },
        after: { status: 'PAID', date },
      });
      return id;
    });
    return this.db.read((em) => em.findOneByOrFail(RoyaltyStatement, { id }));
  }

  // ------------------------------------------------------------------ ledger

  async balance(actor: Actor, memberId: number): Promise<number> {
    if (!(isAssociation(actor) || isFirmUserOf(actor, memberId))) throw AppError.notFound('Member', memberId);
    const r = await this.db.read((em) =>
      em
        .createQueryBuilder(RoyaltyLedgerEntry, 'e')
        .select('COALESCE(SUM(e.amount_minor), 0)', 'sum')
        .where('e.member_id = :m', { m: memberId })
        .getRawOne<{ sum: string | number }>(),
    );
    return num(r?.sum ?? 0);
  }

  async totalOwed(actor: Actor): Promise<number> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    const r = await this.db.read((em) =>
      em
        .createQueryBuilder(RoyaltyLedgerEntry, 'e')
        .select('COALESCE(SUM(e.amount_minor), 0)', 'sum')
        .getRawOne<{ sum: string | number }>(),
    );
    return num(r?.sum ?? 0);
  }

  async ledger(actor: Actor, filter: { memberId?: number; from?: string; to?: string }): Promise<RoyaltyLedgerEntry[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const member = hasRole(actor, Role.FIRM_USER) ? actor.firmId : filter.memberId;
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(RoyaltyLedgerEntry, 'e');
      if (member) qb.andWhere('e.member_id = :m', { m: member });
      if (filter.from) qb.andWhere('e.date >= :f', { f: filter.from });
      if (filter.to) qb.andWhere('e.date <= :t', { t: filter.to });
      return qb.orderBy('e.id', 'ASC').take(10000).getMany();
    });
  }

  /** Proves the ledger equals the statements: accrued = issued and paid totals; received = −paid totals; totals = Σ lines. */
  async check(actor: Actor): Promise<{ ok: boolean; problems: string[]; statementsChecked: number; ledgerEntries: number }> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    return this.db.read(async (em) => {
      const statements = await em.find(RoyaltyStatement, { where: { status: In([StatementStatus.ISSUED, StatementStatus.PAID]) } });
      const entries = await em.find(RoyaltyLedgerEntry);
      const sums: { statement_id: number; total: string | number; n: string | number }[] = await em.query(
        "SELECT l.statement_id, SUM(l.royalty_minor) AS total, COUNT(*) AS n FROM royalty_statement_line l JOIN royalty_statement s ON s.id = l.statement_id WHERE s.status <> 'DRAFT' GROUP BY l.statement_id",
      );
      const lineSum = new Map(sums.map((s) => [Number(s.statement_id), { total: num(s.total), n: num(s.n) }]));
      const problems: string[] = [];
      for (const s of statements) {
        const ls = lineSum.get(s.id) ?? { total: 0, n: 0 };
        if (ls.total !== s.totalMinor) problems.push(`statement ${s.id}: total ${s.totalMinor} ≠ Σ lines ${ls.total}`);
        if (ls.n !== s.lineCount) problems.push(`statement ${s.id}: ${s.lineCount} lines recorded, ${ls.n} present`);
        const accrued = entries
          .filter((e) => e.statementId === s.id && e.kind === LedgerKind.ACCRUED)
          .reduce((a, e) => a + e.amountMinor, 0);
        if (accrued !== s.totalMinor) problems.push(`statement ${s.id}: accrued ${accrued} ≠ total ${s.totalMinor}`);
        const received = entries
          .filter((e) => e.statementId === s.id && e.kind === LedgerKind.RECEIVED)
          .reduce((a, e) => a + e.amountMinor, 0);
        const expected = s.status === StatementStatus.PAID ? -s.totalMinor : 0;
        if (received !== expected) problems.push(`statement ${s.id}: received ${received} ≠ ${expected}`);
      }
      const known = new Set(statements.map((s) => s.id));
      for (const e of entries)
        if (e.statementId !== null && !known.has(e.statementId))
          problems.push(`ledger entry ${e.id} points to statement ${e.statementId}, which is not issued`);
      return { ok: problems.length === 0, problems, statementsChecked: statements.length, ledgerEntries: entries.length };
    });
  }

  /** CSV for the accountant: NOK with two decimals, the separator stated in the first line. */
  async exportCsv(actor: Actor, kind: 'STATEMENTS' | 'LEDGER', period: string | null, separator = ';'): Promise<string> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    if (![';', ',', '\t'].includes(separator))
      throw AppError.badInput('The separator is ";", "," or a tab.', [{ field: 'separator', message: 'not allowed' }]);
    const members = new Map((await this.db.read((em) => em.find(Member))).map((m) => [m.id, m]));
    const out: string[] = [`sep=${separator === '\t' ? '\\t' : separator}`];
    const row = (cells: (string | number | null)[]) => out.push(cells.map((c) => csvField(c, separator)).join(separator));
    const nok = (minor: number) => toDecimalString(minor, 'NOK');
    if (kind === 'STATEMENTS') {
      const list = await this.statements(actor, { period: period ?? undefined });
      row(['statement_id', 'period', 'member_id', 'member', 'org_number', 'status', 'lines', 'total_nok', 'issued_at', 'paid_at']);
      for (const s of list.filter((x) => x.status !== StatementStatus.DRAFT || period)) {
        const m = members.get(s.memberId);
        row([
          s.id,
          s.periodLabel,
          s.memberId,
          m?.name ?? '',
          m?.orgNumber ?? '',
          s.status,
          s.lineCount,
          nok(s.totalMinor),
          s.issuedAt?.toISOString() ?? '',
          s.paidAt?.toISOString() ?? '',
        ]);
      }
    } else {
      const entries = await this.ledger(actor, {});
      row(['entry_id', 'date', 'member_id', 'member', 'kind', 'amount_nok', 'statement_id', 'note']);
      for (const e of entries)
        row([e.id, e.date, e.memberId, members.get(e.memberId)?.name ?? '', e.kind, nok(e.amountMinor), e.statementId, e.note]);
    }
    return out.join('\r\n') + '\r\n';
  }
}

function fact(r: InvoiceRow): InvoiceFact {
  return {
    id: Number(r.id),
    memberId: Number(r.member_id),
    orderId: Number(r.order_id),
    orderLineId: Number(r.order_line_id),
    issueDate: r.issue_date,
    amountMinor: num(r.amount_minor),
    declaredCostMinor: r.declared_cost_minor === null ? null : num(r.declared_cost_minor),
  };
}

export function toAgreement(a: RoyaltyAgreement): Agreement {
  return {
    id: a.id,
    scope: a.scope,
    orderId: a.orderId,
    memberId: a.memberId,
    validFrom: a.validFrom,
    rateBp: a.rateBp,
    basis: a.basis,
    amountKind: a.amountKind,
    minimumOrderValueMinor: a.minimumOrderValueMinor,
  };
}
