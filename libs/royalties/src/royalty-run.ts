import { type EntityManager, In } from 'typeorm';
import {
  type Actor,
  type Period,
  type Tx,
  audit,
  insertRows,
  updateRows,
  rawQuery,
  rawRows,
  type Money,
  MoneyTotals,
  money,
  DEFAULT_CURRENCY,
} from '@app/core';
import {
  type Agreement,
  type ComputedLine,
  type EngineInput,
  type InvoiceFact,
  type RoyaltyEvent,
  computeLine,
  statementTotal,
} from './royalty-engine';
import { RoyaltyAgreement, RoyaltyPeriod, RoyaltyStatement, RoyaltyStatementLine, StatementStatus } from './entities/royalty.entity';

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
/** The invoices and payments a run counts: dated in the period, and late ones (before it, missed by an issued statement). */
interface Sources {
  invoices: unknown[][];
  lateInvoices: unknown[][];
  payments: unknown[][];
  latePayments: unknown[][];
}
/** Each firm's rows per currency, on time and late (NOK rows, nearly all, also by firm alone: one lookup). */
interface StatementRows {
  byStatement: Map<number, Map<string, { onTime: Rows; late: Rows }>>;
  nokOf: Map<number, { onTime: Rows; late: Rows }>;
}
type LineValues = (i: number, out: unknown[]) => void;
type Pending = [memberId: number, currency: string, count: number, total: number, values: LineValues];

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

export const num = (v: number | string | null): number => (v === null ? 0 : Number(v));

const FIRST_REWRITABLE = LINE_COLUMNS.indexOf('order_id');
/** The columns a re-run may rewrite on a DRAFT line (never its statement or source), with their PostgreSQL types. */
const REWRITABLE = LINE.slice(FIRST_REWRITABLE);
const AGREEMENT = LINE_COLUMNS.indexOf('agreement_id');
const SNAPSHOT = LINE_COLUMNS.indexOf('agreement_snapshot');
/** The invoice columns a run reads; the currency as NULL for NOK, nearly every row (a million 'NOK' strings cost ~0.3 s). */
const INVOICE_COLUMNS = `i.id, i.member_id, i.order_id, i.order_line_id, i.issue_date, i.amount_minor, CASE WHEN i.currency = '${DEFAULT_CURRENCY}' THEN NULL ELSE i.currency END`;
const PAYMENT_COLUMNS = 'p.id, p.invoice_id, p.date, p.amount_minor';

/**
 * One run of a period's royalty statements, inside the transaction RoyaltiesService.run opened.
 * `execute` reads top-down as the steps a run takes; each step is one method below it, in the
 * order it runs (so the statements a run sends are the same, in the same order, as one long
 * function's: test/statement-counts and the royalty-run bench count them).
 */
export class RoyaltyRun {
  private readonly f: string;
  private readonly l: string;
  /** The period's DRAFT statements, computed again from scratch by this run. */
  private drafts: RoyaltyStatement[] = [];
  private readonly draftOf = new Map<string, RoyaltyStatement>();
  /** Firms (per currency) whose statement of this period is issued: what they have left goes on a supplement. */
  private closedHere = new Set<string>();
  /** The agreement as it was, one string per agreement rather than one per line. */
  private readonly snapshots = new Map<Agreement, string>();
  /** The engine's margin cache, across the run's statements. */
  private readonly marginCache = new Map<number, Map<number, number>>();
  private readonly summary: RunSummary;
  private readonly totals = new MoneyTotals();
  private readonly now = new Date();

  constructor(
    private readonly tx: Tx,
    private readonly period: Period,
  ) {
    this.f = period.firstDay;
    this.l = period.lastDay;
    this.summary = { period: period.label, statements: 0, lines: 0, adjustments: 0, totals: [], supplementary: 0 };
  }

  async execute(actor: Actor): Promise<RunSummary> {
    await this.countRun();
    await this.readDrafts();
    await this.readIssued();
    const sources = await this.readSources();
    const input = await this.engineInput(sources);
    const rows = this.groupByStatement(sources, input);
    await this.computeStatements(rows, input);
    await audit(this.tx, actor, {
      action: 'runRoyaltyStatements',
      entityType: 'RoyaltyPeriod',
      entityId: this.period.label,
      after: { ...this.summary },
    });
    return this.summary;
  }

  /** The period's row (made once) counts its runs; concurrent runs of a period serialise on it. */
  private async countRun(): Promise<void> {
    await this.tx
      .createQueryBuilder()
      .insert()
      .into(RoyaltyPeriod)
      .values({ periodLabel: this.period.label, runCount: 0, lastRunAt: null })
      .orIgnore()
      .execute();
    await rawQuery(this.tx, 'UPDATE royalty_period SET run_count = run_count + 1, last_run_at = ? WHERE period_label = ?', [
      Date.now(),
      this.period.label,
    ]);
  }

  /**
   * The period's drafts are computed again from scratch. A draft that still covers the same
   * sources is brought up to date in place (refreshDraft); any other is deleted and written anew.
   */
  private async readDrafts(): Promise<void> {
    this.drafts = await this.tx.find(RoyaltyStatement, { where: { periodLabel: this.period.label, status: StatementStatus.DRAFT } });
    for (const d of this.drafts) this.draftOf.set(statementKey(d.memberId, d.currency), d);
  }

  private async readIssued(): Promise<void> {
    this.closedHere = new Set(
      (
        await this.tx.find(RoyaltyStatement, {
          where: { periodLabel: this.period.label, status: In([StatementStatus.ISSUED, StatementStatus.PAID]) },
        })
      ).map((s) => statementKey(s.memberId, s.currency)),
    );
  }

  /**
   * The invoices and payments of the period that are on no statement line yet (or only on the
   * drafts being computed again), and, when some earlier period is closed, the late ones: dated
   * before the period, on no line, in a closed statement's period. Rows are arrays (columns at I
   * and P), in date order so that each firm's lines arrive sorted; a run reads a million of them
   * and makes no other copy.
   */
  private async readSources(): Promise<Sources> {
    const { tx, f, l, drafts } = this;
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
    const invoices = await rawRows(
      tx,
      `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.issue_date BETWEEN ? AND ?${notCounted('INVOICE', 'i.id')} ORDER BY i.issue_date, i.id`,
      [f, l],
    );
    const lateInvoices = anyClosedBefore
      ? await rawRows(
          tx,
          `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.issue_date < ? AND ${notIn('INVOICE', 'i.id')} AND ${closedCover('i.member_id', 'i.issue_date')} ORDER BY i.issue_date, i.id`,
          [f],
        )
      : [];
    const payments = await rawRows(
      tx,
      `SELECT ${PAYMENT_COLUMNS} FROM payment p WHERE p.date BETWEEN ? AND ?${notCounted('PAYMENT', 'p.id')} ORDER BY p.date, p.id`,
      [f, l],
    );
    const latePayments = anyClosedBefore
      ? await rawRows(
          tx,
          `SELECT ${PAYMENT_COLUMNS} FROM payment p WHERE p.date < ? AND ${notIn('PAYMENT', 'p.id')} AND ${closedCover('p.member_id', 'p.date')} ORDER BY p.date, p.id`,
          [f],
        )
      : [];
    return { invoices, lateInvoices, payments, latePayments };
  }

  /** The facts the engine needs: agreements, the invoices that payments pay, margin histories, order values. */
  private async engineInput({ invoices, lateInvoices, payments, latePayments }: Sources): Promise<EngineInput> {
    const tx = this.tx;
    const agreements = (await tx.find(RoyaltyAgreement)).map(toAgreement);
    const needsMargin = agreements.some((a) => a.amountKind === 'MARGIN');
    const invoiceFacts = new Map<number, InvoiceFact>();
    if (payments.length || latePayments.length) {
      const paid = new Set<number>();
      for (const p of payments) paid.add(Number(p[P.invoiceId]));
      for (const p of latePayments) paid.add(Number(p[P.invoiceId]));
      for (const rows of [invoices, lateInvoices])
        for (const r of rows) if (paid.has(Number(r[I.id]))) invoiceFacts.set(Number(r[I.id]), fact(r));
      const missing = [...paid].filter((id) => !invoiceFacts.has(id));
      for (let i = 0; i < missing.length; i += 500) {
        const rows = await rawRows(tx, `SELECT ${INVOICE_COLUMNS} FROM invoice i WHERE i.id IN (${missing.slice(i, i + 500).join(',')})`);
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
          `SELECT ${INVOICE_COLUMNS}, i.declared_cost_minor FROM invoice i WHERE i.order_line_id IN (${ids.slice(i, i + 500).join(',')})`,
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
    return { agreements, orderValue, invoicesByLine, invoicesById: invoiceFacts };
  }

  /** Each firm's rows per currency, on time and late (adjustments); a payment goes with its invoice's firm and currency. */
  private groupByStatement({ invoices, lateInvoices, payments, latePayments }: Sources, input: EngineInput): StatementRows {
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
      const inv = input.invoicesById.get(Number(p[P.invoiceId]))!;
      rowsOf(inv.memberId, inv.currency, false).payments.push(p);
    }
    for (const p of latePayments) {
      const inv = input.invoicesById.get(Number(p[P.invoiceId]))!;
      rowsOf(inv.memberId, inv.currency, true).payments.push(p);
    }
    return { byStatement, nokOf };
  }

  /**
   * One statement per firm and currency, a firm at a time (its rows are let go once written):
   * computed, then kept (a draft brought up to date in place), or written. With drafts to replace,
   * new statements wait until the stale drafts are gone (one DELETE); on a first run each
   * statement is written as soon as it is computed.
   */
  private async computeStatements({ byStatement, nokOf }: StatementRows, input: EngineInput): Promise<void> {
    const waiting: Pending[] = [];
    const stale: number[] = [];
    for (const memberId of [...byStatement.keys()].sort((a, b) => a - b)) {
      const firm = byStatement.get(memberId)!;
      byStatement.delete(memberId);
      nokOf.delete(memberId);
      for (const currency of [...firm.keys()].sort()) {
        const pending = this.statementOf(memberId, currency, firm.get(currency)!, input);
        if (!pending) continue;
        const key = statementKey(memberId, currency);
        const draft = this.draftOf.get(key);
        if (draft) {
          this.draftOf.delete(key);
          if (await refreshDraft(this.tx, draft, pending[2], pending[3], pending[4])) continue;
          stale.push(draft.id);
        }
        if (this.drafts.length) waiting.push(pending);
        else await this.write(...pending);
      }
    }
    this.summary.totals = this.totals.list();
    // stale drafts, and drafts of firms that have nothing left in the period
    await this.dropDrafts([...stale, ...[...this.draftOf.values()].map((d) => d.id)]);
    for (const w of waiting) await this.write(...w);
  }

  /** One firm's statement in one currency, counted into the summary; null when it has no line. */
  private statementOf(memberId: number, currency: string, events: { onTime: Rows; late: Rows }, input: EngineInput): Pending | null {
    // the firm's statement of this period is issued: everything left is a late adjustment
    const supplement = this.closedHere.has(statementKey(memberId, currency));
    const onTime = supplement ? [] : this.compute(events.onTime, input);
    const late = supplement
      ? this.compute(
          {
            invoices: events.onTime.invoices.concat(events.late.invoices),
            payments: events.onTime.payments.concat(events.late.payments),
          },
          input,
        )
      : this.compute(events.late, input);
    const lines = onTime.length ? (late.length ? onTime.concat(late) : onTime) : late;
    if (!lines.length) return null;
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
      out[12] = line.agreement ? this.snapshot(line.agreement) : null;
      out[13] = (adj ? `adjustment for ${line.date}${line.note ? '; ' : ''}` : '') + (line.note ?? '') || null;
    };
    this.summary.adjustments += late.length;
    this.summary.statements++;
    if (supplement) this.summary.supplementary++;
    this.summary.lines += lines.length;
    this.totals.add(total);
    return [memberId, currency, lines.length, total.minorUnits, lineValues];
  }

  /** Computes the rows' lines, keeps the events the agreement in force counts, in (date, source) order. */
  private compute({ invoices: inv, payments: pay }: Rows, input: EngineInput): ComputedLine[] {
    const lines: ComputedLine[] = [];
    const keep = (line: ComputedLine) => {
      if (!line.agreement || (line.agreement.basis === 'INVOICED') === (line.sourceType === 'INVOICE')) lines.push(line);
    };
    for (const r of inv) keep(computeLine(invoiceEvent(r), input, this.marginCache));
    for (const r of pay) keep(computeLine(paymentEvent(r, input), input, this.marginCache));
    // rows come in date order, so this mostly merges the payments in
    return lines.sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        (a.sourceType < b.sourceType ? -1 : a.sourceType > b.sourceType ? 1 : 0) ||
        a.sourceId - b.sourceId,
    );
  }

  private snapshot(a: Agreement): string {
    let text = this.snapshots.get(a);
    if (text === undefined) {
      text = JSON.stringify({
        scope: a.scope,
        validFrom: a.validFrom,
        rateBp: a.rateBp,
        basis: a.basis,
        amountKind: a.amountKind,
        minimumOrderValueMinor: a.minimumOrderValueMinor,
      });
      this.snapshots.set(a, text);
    }
    return text;
  }

  /** A new DRAFT statement and its lines, written straight from the computed lines with no row arrays in between. */
  private async write(memberId: number, currency: string, count: number, total: number, values: LineValues): Promise<void> {
    const tx = this.tx;
    const st = await tx.save(
      tx.create(RoyaltyStatement, {
        memberId,
        periodLabel: this.period.label,
        periodStart: this.f,
        periodEnd: this.l,
        status: StatementStatus.DRAFT,
        totalMinor: total,
        lineCount: count,
        currency,
        createdAt: this.now,
      }),
    );
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
  }

  private async dropDrafts(ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.tx.createQueryBuilder().delete().from(RoyaltyStatementLine).where('statement_id IN (:...ids)', { ids }).execute();
    await this.tx.createQueryBuilder().delete().from(RoyaltyStatement).where('id IN (:...ids)', { ids }).execute();
  }
}

function invoiceEvent(r: unknown[]): RoyaltyEvent {
  return {
    sourceType: 'INVOICE',
    sourceId: Number(r[I.id]),
    invoiceId: Number(r[I.id]),
    memberId: Number(r[I.memberId]),
    orderId: Number(r[I.orderId]),
    orderLineId: Number(r[I.orderLineId]),
    date: r[I.issueDate] as string,
    amountMinor: num(r[I.amountMinor] as number | string),
    currency: currencyOf(r),
  };
}

/** A payment counts for its invoice's firm, order and line, in its currency. */
function paymentEvent(r: unknown[], input: EngineInput): RoyaltyEvent {
  const inv = input.invoicesById.get(Number(r[P.invoiceId]))!;
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
}

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
