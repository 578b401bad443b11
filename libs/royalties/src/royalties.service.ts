import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Period,
  Role,
  audit,
  insertRows,
  updateRows,
  csvAmount,
  csvDocument,
  type CsvFormat,
  csvField,
  guardedUpdate,
  hasRole,
  idempotent,
  isAssociation,
  isFirmUserOf,
  isLocalDate,
  osloDate,
  Ports,
  parsePeriod,
  rawQuery,
  rawRows,
  type Money,
  MoneyTotals,
  money,
  DEFAULT_CURRENCY,
  isValidCurrency,
} from '@app/core';
import { ROYALTY_RATE_PORT } from '@app/bids';
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
  NO_AGREEMENT_RATE_BP,
  agreementFor,
  computeLine,
  statementTotal,
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
  /** The drafts' totals, one per currency (NOK first); never added across currencies. */
  totals: Money[];
  /**
   * Supplementary drafts: firms whose statement for the period (in that currency) was already
   * issued, with events that came in after it, carried as adjustment lines.
   */
  supplementary: number;
}

/** Column positions of the invoice rows read by a run (rawRows: one array per row). */
const I = { id: 0, memberId: 1, orderId: 2, orderLineId: 3, issueDate: 4, amountMinor: 5, currency: 6, declaredCostMinor: 7 } as const;
/** Column positions of the payment rows read by a run. */
const P = { id: 0, invoiceId: 1, date: 2, amountMinor: 3 } as const;
/** One firm's invoice and payment rows, in one currency, not yet on any statement line. */
interface Rows {
  invoices: unknown[][];
  payments: unknown[][];
}
/** A statement line's columns as a run writes them, with their PostgreSQL types (for the bulk insert). */
const LINE: readonly (readonly [column: string, pgType: string])[] = [
  ['statement_id', 'integer'],
  ['source_type', 'varchar'],
  ['source_id', 'integer'],
  ['order_id', 'integer'],
  ['order_line_id', 'integer'],
  ['event_date', 'varchar'],
  ['adjustment', 'boolean'],
  ['amount_minor', 'bigint'],
  ['base_minor', 'bigint'],
  ['rate_bp', 'integer'],
  ['royalty_minor', 'bigint'],
  ['agreement_id', 'integer'],
  ['agreement_snapshot', 'text'],
  ['note', 'varchar'],
];
const LINE_COLUMNS = LINE.map(([c]) => c);
const LINE_PG_TYPES = LINE.map(([, t]) => t);

const num = (v: number | string | null): number => (v === null ? 0 : Number(v));

const FIRST_REWRITABLE = LINE_COLUMNS.indexOf('order_id');
/** The columns a re-run may rewrite on a DRAFT line (never its statement or source), with their PostgreSQL types. */
const REWRITABLE = LINE.slice(FIRST_REWRITABLE);
const AGREEMENT = LINE_COLUMNS.indexOf('agreement_id');
const SNAPSHOT = LINE_COLUMNS.indexOf('agreement_snapshot');

/**
 * A stored value as each database returns it (SQLite: booleans as 0/1; PostgreSQL: bigints as
 * text) against a computed one (numbers, booleans, strings, null).
 */
function sameValue(computed: unknown, stored: unknown): boolean {
  if (computed === stored) return true;
  if (computed === null || stored === null || computed === undefined || stored === undefined) return false;
  if (typeof computed === 'boolean') return computed === (stored === true || Number(stored) === 1);
  if (typeof computed === 'number') return computed === Number(stored);
  return false;
}

/**
 * Brings a draft up to date in place when it holds the same sources in the same order as the run
 * computed for it: the usual re-run, with nothing changed or with a new rate. Lines that differ
 * are rewritten, the others are left alone, and nothing at all is written when none differ.
 * Returns false when the sources differ; the caller then replaces the draft.
 */
async function refreshDraft(
  tx: EntityManager,
  draft: RoyaltyStatement,
  count: number,
  total: number,
  values: (i: number, out: unknown[]) => void,
): Promise<boolean> {
  if (draft.lineCount !== count) return false;
  // Columns: 0 is the line's id, 1 + c is LINE_COLUMNS[c], except the agreement snapshot (null
  // here): a snapshot is the same text on every line of its agreement, so the draft's distinct
  // (agreement, snapshot) pairs are compared instead of a million copies of the same JSON.
  const stored = await rawRows(
    tx,
    `SELECT "id", ${LINE_COLUMNS.map((c, k) => (k === SNAPSHOT ? 'NULL' : `"${c}"`)).join(', ')} FROM royalty_statement_line WHERE statement_id = ? ORDER BY id`,
    [draft.id],
  );
  if (stored.length !== count) return false;
  const snapshots = new Map<number | null, string | null>();
  const mixed = new Set<number | null>(); // an agreement with lines of differing snapshots
  for (const [id, text] of await rawRows(
    tx,
    'SELECT DISTINCT agreement_id, agreement_snapshot FROM royalty_statement_line WHERE statement_id = ?',
    [draft.id],
  )) {
    const agreement = id === null ? null : Number(id);
    if (snapshots.has(agreement)) mixed.add(agreement);
    snapshots.set(agreement, text as string | null);
  }
  const mine = new Array<unknown>(LINE_COLUMNS.length);
  const changed: number[] = [];
  for (let i = 0; i < count; i++) {
    values(i, mine);
    const row = stored[i];
    if (row[2] !== mine[1] || Number(row[3]) !== mine[2]) return false; // source type and id
    let same = true;
    for (let c = FIRST_REWRITABLE; same && c < LINE_COLUMNS.length; c++) same = c === SNAPSHOT ? true : sameValue(mine[c], row[1 + c]);
    // the agreement ids are equal by now; its stored snapshot must be the one computed
    const agreement = mine[AGREEMENT] as number | null;
    if (!same || mixed.has(agreement) || snapshots.get(agreement) !== mine[SNAPSHOT]) changed.push(i);
  }
  await updateRows(tx, 'royalty_statement_line', REWRITABLE, changed.length, (k, out) => {
    const i = changed[k];
    values(i, mine);
    out[0] = stored[i][0];
    for (let c = FIRST_REWRITABLE; c < LINE_COLUMNS.length; c++) out[1 + c - FIRST_REWRITABLE] = mine[c];
  });
  if (num(draft.totalMinor) !== total)
    await rawQuery(tx, 'UPDATE royalty_statement SET total_minor = ?, version = version + 1 WHERE id = ?', [total, draft.id]);
  return true;
}

/** Royalty agreements, statement runs, the ledger, its consistency check and the accountant's export. */
@Injectable()
export class RoyaltiesService {
  constructor(
    private readonly db: Database,
    ports: Ports,
  ) {
    // The expected royalty of a bid uses the default agreement in force today; with none, the
    // statements charge nothing (royalty-engine.ts: "no royalty agreement in force"), so neither does the bid.
    ports.provide(ROYALTY_RATE_PORT, {
      defaultRateBp: async () => {
        const today = osloDate(new Date());
        const defaults = await this.db.read((em) => em.find(RoyaltyAgreement, { where: { scope: 'DEFAULT' } }));
        return agreementFor(defaults.map(toAgreement), 0, 0, today)?.rateBp ?? NO_AGREEMENT_RATE_BP;
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
   * Computes one statement per firm and currency for a period (month 2026-07, quarter 2026-Q3,
   * year 2026) that has begun, in one transaction: a crash leaves all or nothing. Re-running
   * replaces the period's DRAFT statements; ISSUED and PAID ones are never touched. Events they
   * missed (recorded after the statement was issued) are carried as adjustment lines into the next
   * run: of this period, as a supplementary statement, or of a later one, whichever comes first.
   * Concurrent runs of a period serialise on its row.
   */
  async run(actor: Actor, label: string): Promise<RunSummary> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER)) throw AppError.forbidden('The project leader runs royalty statements.');
    let period: Period;
    try {
      period = parsePeriod(label);
    } catch (e) {
      throw AppError.badInput((e as Error).message, [{ field: 'period', message: 'use 2026-07, 2026-Q3 or 2026' }]);
    }
    const today = osloDate(new Date());
    if (period.firstDay > today)
      throw AppError.badInput(
        `${period.label} has not started yet (it begins ${period.firstDay}; today is ${today}): royalties are run for the current period or one that has passed.`,
        [{ field: 'period', message: `begins ${period.firstDay}, after today` }],
      );
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
      // The period's drafts are computed again from scratch. A draft that still covers the same
      // sources is brought up to date in place (refreshDraft); any other is deleted and written anew.
      const drafts = await tx.find(RoyaltyStatement, { where: { periodLabel: period.label, status: StatementStatus.DRAFT } });
      const draftOf = new Map(drafts.map((d) => [statementKey(d.memberId, d.currency), d]));
      const dropDrafts = async (ids: number[]) => {
        if (!ids.length) return;
        await tx.createQueryBuilder().delete().from(RoyaltyStatementLine).where('statement_id IN (:...ids)', { ids }).execute();
        await tx.createQueryBuilder().delete().from(RoyaltyStatement).where('id IN (:...ids)', { ids }).execute();
      };
      // firms (per currency) whose statement of this period is issued: what they have left goes on a supplement
      const closedHere = new Set(
        (
          await tx.find(RoyaltyStatement, {
            where: { periodLabel: period.label, status: In([StatementStatus.ISSUED, StatementStatus.PAID]) },
          })
        ).map((s) => statementKey(s.memberId, s.currency)),
      );
      const f = period.firstDay;
      const l = period.lastDay;
      // a source on no statement line yet, or only on one of the drafts being computed again
      const draftIds = drafts.map((d) => Number(d.id)).join(',');
      const onlyOnDrafts = drafts.length ? ` AND x.statement_id NOT IN (${draftIds})` : '';
      const notIn = (type: string, col: string) =>
        `NOT EXISTS (SELECT 1 FROM royalty_statement_line x WHERE x.source_id = ${col} AND x.source_type = '${type}'${onlyOnDrafts})`;
      // No line is dated after its statement's period (adjustments carry earlier dates), so a
      // source dated in this period can only be on a statement whose period ends on or after its
      // first day. When there is none besides this period's drafts, the per-source probe (~2 s
      // for a million sources) is left out.
      const reached =
        (
          await rawQuery(
            tx,
            `SELECT 1 AS x FROM royalty_statement WHERE period_end >= ?${drafts.length ? ` AND id NOT IN (${draftIds})` : ''} LIMIT 1`,
            [f],
          )
        ).length > 0;
      const notCounted = (type: string, col: string) => (reached ? ` AND ${notIn(type, col)}` : '');
      const closedCover = (member: string, date: string) =>
        `EXISTS (SELECT 1 FROM royalty_statement s WHERE s.member_id = ${member} AND s.status <> 'DRAFT' AND ${date} BETWEEN s.period_start AND s.period_end)`;
      // late events can only exist when some earlier period is closed
      const anyClosedBefore =
        (await rawQuery(tx, "SELECT 1 AS x FROM royalty_statement WHERE status <> 'DRAFT' AND period_start < ? LIMIT 1", [f])).length > 0;
      // Rows are arrays (columns at I and P), in date order so that each firm's lines arrive
      // sorted; a run reads a million of them and makes no other copy.
      // the currency is read as NULL for NOK, nearly every row: a million 'NOK' strings cost ~0.3 s
      const invCols = `i.id, i.member_id, i.order_id, i.order_line_id, i.issue_date, i.amount_minor, CASE WHEN i.currency = '${DEFAULT_CURRENCY}' THEN NULL ELSE i.currency END`;
      const invoices = await rawRows(
        tx,
        `SELECT ${invCols} FROM invoice i WHERE i.issue_date BETWEEN ? AND ?${notCounted('INVOICE', 'i.id')} ORDER BY i.issue_date, i.id`,
        [f, l],
      );
      const lateInvoices = anyClosedBefore
        ? await rawRows(
            tx,
            `SELECT ${invCols} FROM invoice i WHERE i.issue_date < ? AND ${notIn('INVOICE', 'i.id')} AND ${closedCover('i.member_id', 'i.issue_date')} ORDER BY i.issue_date, i.id`,
            [f],
          )
        : [];
      const payCols = 'p.id, p.invoice_id, p.date, p.amount_minor';
      const payments = await rawRows(
        tx,
        `SELECT ${payCols} FROM payment p WHERE p.date BETWEEN ? AND ?${notCounted('PAYMENT', 'p.id')} ORDER BY p.date, p.id`,
        [f, l],
      );
      const latePayments = anyClosedBefore
        ? await rawRows(
            tx,
            `SELECT ${payCols} FROM payment p WHERE p.date < ? AND ${notIn('PAYMENT', 'p.id')} AND ${closedCover('p.member_id', 'p.date')} ORDER BY p.date, p.id`,
            [f],
          )
        : [];
      const agreements = (await tx.find(RoyaltyAgreement)).map(toAgreement);
      const needsMargin = agreements.some((a) => a.amountKind === 'MARGIN');
      // facts the engine needs: the invoices that payments pay, margin histories, order values
      const invoiceFacts = new Map<number, InvoiceFact>();
      if (payments.length || latePayments.length) {
        const paid = new Set<number>();
        for (const p of payments) paid.add(Number(p[P.invoiceId]));
        for (const p of latePayments) paid.add(Number(p[P.invoiceId]));
        for (const rows of [invoices, lateInvoices])
          for (const r of rows) if (paid.has(Number(r[I.id]))) invoiceFacts.set(Number(r[I.id]), fact(r));
        const missing = [...paid].filter((id) => !invoiceFacts.has(id));
        for (let i = 0; i < missing.length; i += 500) {
          const rows = await rawRows(tx, `SELECT ${invCols} FROM invoice i WHERE i.id IN (${missing.slice(i, i + 500).join(',')})`);
          for (const r of rows) invoiceFacts.set(Number(r[I.id]), fact(r));
        }
      }
      const invoicesByLine = new Map<number, InvoiceFact[]>();
      if (needsMargin) {
        const lineIds = new Set<number>();
        for (const rows of [invoices, lateInvoices]) for (const r of rows) lineIds.add(Number(r[I.orderLineId]));
        for (const x of invoiceFacts.values()) lineIds.add(x.orderLineId);
        const ids = [...lineIds];
        for (let i = 0; i < ids.length; i += 500) {
          const rows = await rawRows(
            tx,
            `SELECT ${invCols}, i.declared_cost_minor FROM invoice i WHERE i.order_line_id IN (${ids.slice(i, i + 500).join(',')})`,
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
      const orderValue = new Map<number, Money>(
        (
          (await tx.query('SELECT id, awarded_value_minor, currency FROM customer_order')) as {
            id: number;
            awarded_value_minor: string | number;
            currency: string;
          }[]
        ).map((o) => [Number(o.id), money(num(o.awarded_value_minor), o.currency)]),
      );
      const input: EngineInput = { agreements, orderValue, invoicesByLine, invoicesById: invoiceFacts };

      // each firm's rows per currency, on time and late (adjustments); events are built one
      // statement (firm and currency) at a time
      // (NOK rows, nearly all, take one lookup by firm; other currencies a second by currency)
      const byStatement = new Map<number, Map<string, { onTime: Rows; late: Rows }>>();
      const nokOf = new Map<number, { onTime: Rows; late: Rows }>();
      const rowsOf = (memberId: number, currency: string, late: boolean): Rows => {
        let m = currency === DEFAULT_CURRENCY ? nokOf.get(memberId) : undefined;
        if (!m) {
          let firm = byStatement.get(memberId);
          if (!firm) byStatement.set(memberId, (firm = new Map()));
          m = firm.get(currency);
          if (!m) firm.set(currency, (m = { onTime: { invoices: [], payments: [] }, late: { invoices: [], payments: [] } }));
          if (currency === DEFAULT_CURRENCY) nokOf.set(memberId, m);
        }
        return late ? m.late : m.onTime;
      };
      for (const r of invoices) rowsOf(Number(r[I.memberId]), currencyOf(r), false).invoices.push(r);
      for (const r of lateInvoices) rowsOf(Number(r[I.memberId]), currencyOf(r), true).invoices.push(r);
      for (const p of payments) {
        const inv = invoiceFacts.get(Number(p[P.invoiceId]))!;
        rowsOf(inv.memberId, inv.currency, false).payments.push(p);
      }
      for (const p of latePayments) {
        const inv = invoiceFacts.get(Number(p[P.invoiceId]))!;
        rowsOf(inv.memberId, inv.currency, true).payments.push(p);
      }
      const invoiceEvent = (r: unknown[]): RoyaltyEvent => ({
        sourceType: 'INVOICE',
        sourceId: Number(r[I.id]),
        invoiceId: Number(r[I.id]),
        memberId: Number(r[I.memberId]),
        orderId: Number(r[I.orderId]),
        orderLineId: Number(r[I.orderLineId]),
        date: r[I.issueDate] as string,
        amountMinor: num(r[I.amountMinor] as number | string),
        currency: currencyOf(r),
      });
      const paymentEvent = (r: unknown[]): RoyaltyEvent => {
        const inv = invoiceFacts.get(Number(r[P.invoiceId]))!;
        return {
          sourceType: 'PAYMENT',
          sourceId: Number(r[P.id]),
          invoiceId: inv.id,
          memberId: inv.memberId,
          orderId: inv.orderId,
          orderLineId: inv.orderLineId,
          date: r[P.date] as string,
          amountMinor: num(r[P.amountMinor] as number | string),
          currency: inv.currency,
        };
      };
      // compute, keep the events the agreement in force counts, in (date, source) order
      const cache = new Map<number, Map<number, number>>();
      const compute = ({ invoices: inv, payments: pay }: Rows): ComputedLine[] => {
        const lines: ComputedLine[] = [];
        const keep = (line: ComputedLine) => {
          if (!line.agreement || (line.agreement.basis === 'INVOICED') === (line.sourceType === 'INVOICE')) lines.push(line);
        };
        for (const r of inv) keep(computeLine(invoiceEvent(r), input, cache));
        for (const r of pay) keep(computeLine(paymentEvent(r), input, cache));
        // rows come in date order, so this mostly merges the payments in
        return lines.sort(
          (a, b) =>
            (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
            (a.sourceType < b.sourceType ? -1 : a.sourceType > b.sourceType ? 1 : 0) ||
            a.sourceId - b.sourceId,
        );
      };
      // the agreement as it was, one string per agreement rather than one per line
      const snapshots = new Map<Agreement, string>();
      const snapshot = (a: Agreement) => {
        let text = snapshots.get(a);
        if (text === undefined) {
          text = JSON.stringify({
            scope: a.scope,
            validFrom: a.validFrom,
            rateBp: a.rateBp,
            basis: a.basis,
            amountKind: a.amountKind,
            minimumOrderValueMinor: a.minimumOrderValueMinor,
          });
          snapshots.set(a, text);
        }
        return text;
      };
      const summary: RunSummary = { period: period.label, statements: 0, lines: 0, adjustments: 0, totals: [], supplementary: 0 };
      const totals = new MoneyTotals();
      const now = new Date();
      const write = async (
        memberId: number,
        currency: string,
        count: number,
        total: number,
        values: (i: number, out: unknown[]) => void,
      ) => {
        const st = await tx.save(
          tx.create(RoyaltyStatement, {
            memberId,
            periodLabel: period.label,
            periodStart: f,
            periodEnd: l,
            status: StatementStatus.DRAFT,
            totalMinor: total,
            lineCount: count,
            currency,
            createdAt: now,
          }),
        );
        // written straight from the computed lines, with no row arrays in between
        await insertRows(
          tx,
          'royalty_statement_line',
          LINE_COLUMNS,
          count,
          (i, out) => {
            values(i, out);
            out[0] = st.id;
          },
          LINE_PG_TYPES,
        );
      };
      // With drafts to replace, new statements wait until the stale drafts are gone (one DELETE);
      // on a first run each statement is written as soon as it is computed.
      const waiting: Parameters<typeof write>[] = [];
      const stale: number[] = [];
      for (const memberId of [...byStatement.keys()].sort((a, b) => a - b)) {
        const firm = byStatement.get(memberId)!;
        byStatement.delete(memberId);
        nokOf.delete(memberId);
        for (const currency of [...firm.keys()].sort()) {
          const events = firm.get(currency)!;
          const key = statementKey(memberId, currency);
          // the firm's statement of this period is issued: everything left is a late adjustment
          const supplement = closedHere.has(key);
          const onTime = supplement ? [] : compute(events.onTime);
          const late = supplement
            ? compute({
                invoices: events.onTime.invoices.concat(events.late.invoices),
                payments: events.onTime.payments.concat(events.late.payments),
              })
            : compute(events.late);
          const lines = onTime.length ? (late.length ? onTime.concat(late) : onTime) : late;
          if (!lines.length) continue;
          const { amounts, total } = statementTotal(currency, lines);
          // a line's values in LINE_COLUMNS order, for writing or for comparing with a kept draft
          const lineValues = (i: number, out: unknown[]) => {
            const line = lines[i];
            const adj = i >= onTime.length;
            out[0] = 0; // the statement's id: set when writing
            out[1] = line.sourceType;
            out[2] = line.sourceId;
            out[3] = line.orderId;
            out[4] = line.orderLineId;
            out[5] = line.date;
            out[6] = adj;
            out[7] = line.amountMinor;
            out[8] = line.baseMinor;
            out[9] = line.rateBp;
            out[10] = amounts[i];
            out[11] = line.agreementId;
            out[12] = line.agreement ? snapshot(line.agreement) : null;
            out[13] = (adj ? `adjustment for ${line.date}${line.note ? '; ' : ''}` : '') + (line.note ?? '') || null;
          };
          summary.adjustments += late.length;
          summary.statements++;
          if (supplement) summary.supplementary++;
          summary.lines += lines.length;
          totals.add(total);
          const draft = draftOf.get(key);
          if (draft) {
            draftOf.delete(key);
            if (await refreshDraft(tx, draft, lines.length, total.minorUnits, lineValues)) continue;
            stale.push(draft.id);
          }
          if (drafts.length) waiting.push([memberId, currency, lines.length, total.minorUnits, lineValues]);
          else await write(memberId, currency, lines.length, total.minorUnits, lineValues);
        }
      }
      summary.totals = totals.list();
      // stale drafts, and drafts of firms that have nothing left in the period
      await dropDrafts([...stale, ...[...draftOf.values()].map((d) => d.id)]);
      for (const w of waiting) await write(...w);
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
        currency: s.currency,
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
    const today = osloDate(new Date());
    const date = paidOn ?? today;
    if (!isLocalDate(date)) throw AppError.badInput('paidOn must be a date YYYY-MM-DD.', [{ field: 'paidOn', message: 'not a date' }]);
    if (date > today)
      throw AppError.badInput(`paidOn ${date} is in the future; a payment is dated on or before today (${today}).`, [
        { field: 'paidOn', message: `on or before ${today}` },
      ]);
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
        currency: s.currency,
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

  /**
   * What a firm owes the association, one amount per currency its statements were in (NOK always
   * listed, first). An unknown firm is NOT_FOUND, worded like one the actor may not see.
   */
  async balances(actor: Actor, memberId: number): Promise<Money[]> {
    if (!(isAssociation(actor) || isFirmUserOf(actor, memberId))) throw AppError.notFound('Member', memberId);
    return this.db.read(async (em) => {
      if (!(await em.existsBy(Member, { id: memberId }))) throw AppError.notFound('Member', memberId);
      const rows = await em
        .createQueryBuilder(RoyaltyLedgerEntry, 'e')
        .select('e.currency', 'currency')
        .addSelect('SUM(e.amount_minor)', 'sum')
        .where('e.member_id = :m', { m: memberId })
        .groupBy('e.currency')
        .getRawMany<{ currency: string; sum: string | number }>();
      return perCurrency(rows);
    });
  }

  /** What a firm owes in one currency (0 when it has no entries in it). */
  async balance(actor: Actor, memberId: number, currency = DEFAULT_CURRENCY): Promise<Money> {
    assertCurrency(currency);
    return (await this.balances(actor, memberId)).find((m) => m.currency === currency) ?? money(0, currency);
  }

  /** What all firms together owe, one amount per currency (NOK always listed, first). */
  async totalsOwed(actor: Actor): Promise<Money[]> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    const rows = await this.db.read((em) =>
      em
        .createQueryBuilder(RoyaltyLedgerEntry, 'e')
        .select('e.currency', 'currency')
        .addSelect('SUM(e.amount_minor)', 'sum')
        .groupBy('e.currency')
        .getRawMany<{ currency: string; sum: string | number }>(),
    );
    return perCurrency(rows);
  }

  async totalOwed(actor: Actor, currency = DEFAULT_CURRENCY): Promise<Money> {
    assertCurrency(currency);
    return (await this.totalsOwed(actor)).find((m) => m.currency === currency) ?? money(0, currency);
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
        for (const e of entries)
          if (e.statementId === s.id && e.currency !== s.currency)
            problems.push(`ledger entry ${e.id} is in ${e.currency}, its statement ${s.id} in ${s.currency}`);
      }
      const known = new Set(statements.map((s) => s.id));
      for (const e of entries)
        if (e.statementId !== null && !known.has(e.statementId))
          problems.push(`ledger entry ${e.id} points to statement ${e.statementId}, which is not issued`);
      return { ok: problems.length === 0, problems, statementsChecked: statements.length, ledgerEntries: entries.length };
    });
  }

  /**
   * CSV for the accountant, in the reader's format (bokmål: ";" and a decimal comma; English: ","
   * and a dot; both with a UTF-8 BOM for Excel): each amount with its currency, two decimals.
   */
  async exportCsv(actor: Actor, kind: 'STATEMENTS' | 'LEDGER', period: string | null, format: CsvFormat): Promise<string> {
    if (!isAssociation(actor)) throw AppError.forbidden();
    const separator = format.separator;
    if (![';', ',', '\t'].includes(separator))
      throw AppError.badInput('The separator is ";", "," or a tab.', [{ field: 'separator', message: 'not allowed' }]);
    const members = new Map((await this.db.read((em) => em.find(Member))).map((m) => [m.id, m]));
    const out: string[] = [];
    const row = (cells: (string | number | null)[]) => out.push(cells.map((c) => csvField(c, separator)).join(separator));
    if (kind === 'STATEMENTS') {
      const list = await this.statements(actor, { period: period ?? undefined });
      row(['statement_id', 'period', 'member_id', 'member', 'org_number', 'status', 'lines', 'total', 'currency', 'issued_at', 'paid_at']);
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
          csvAmount(s.totalMinor, s.currency, format),
          s.currency,
          s.issuedAt?.toISOString() ?? '',
          s.paidAt?.toISOString() ?? '',
        ]);
      }
    } else {
      const entries = await this.ledger(actor, {});
      row(['entry_id', 'date', 'member_id', 'member', 'kind', 'amount', 'currency', 'statement_id', 'note']);
      for (const e of entries)
        row([
          e.id,
          e.date,
          e.memberId,
          members.get(e.memberId)?.name ?? '',
          e.kind,
          csvAmount(e.amountMinor, e.currency, format),
          e.currency,
          e.statementId,
          e.note,
        ]);
    }
    return csvDocument(out, format);
  }
}

function fact(r: unknown[]): InvoiceFact {
  const cost = r[I.declaredCostMinor] as number | string | null | undefined;
  return {
    id: Number(r[I.id]),
    memberId: Number(r[I.memberId]),
    orderId: Number(r[I.orderId]),
    orderLineId: Number(r[I.orderLineId]),
    issueDate: r[I.issueDate] as string,
    amountMinor: num(r[I.amountMinor] as number | string),
    currency: currencyOf(r),
    declaredCostMinor: cost === null || cost === undefined ? null : num(cost),
  };
}

function assertCurrency(currency: string): void {
  if (!isValidCurrency(currency))
    throw AppError.badInput(`${currency} is not an ISO 4217 currency code such as NOK or EUR.`, [
      { field: 'currency', message: 'not an ISO 4217 code' },
    ]);
}

/** Sums per currency as Money, NOK always there and first (0 when it has no entries). */
function perCurrency(rows: { currency: string; sum: string | number }[]): Money[] {
  const totals = new MoneyTotals().add(money(0, DEFAULT_CURRENCY));
  for (const r of rows) totals.add(money(num(r.sum), r.currency));
  return totals.list();
}

/** An invoice row's currency (read as NULL for NOK). */
function currencyOf(r: unknown[]): string {
  return (r[I.currency] as string | null) ?? DEFAULT_CURRENCY;
}

/** A statement is one firm's in one currency. */
function statementKey(memberId: number, currency: string): string {
  return `${memberId}:${currency}`;
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
