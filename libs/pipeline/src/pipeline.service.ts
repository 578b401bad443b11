import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppError,
  Database,
  addDays,
  audit,
  csvAmount,
  csvDecimal,
  csvDocument,
  csvField,
  type CsvFormat,
  csvFormatFor,
  Language,
  isLocalDate,
  osloDate,
  osloStartOfDay,
  rawQuery,
  demand,
  may,
  FieldRule,
  type FieldProblem,
} from '@app/core';
import type { Market } from '@app/tenders';
import { Grant } from './entities/grant.entity';
import { PIPELINE_PERMISSIONS } from './pipeline.permissions';
import { type PipelineReport, PipelineReportQuery, type PipelineScope } from './pipeline-report';

export type { PipelineReport, StageFigure } from './pipeline-report';

export interface PipelineFilter {
  from?: string;
  to?: string;
  market?: Market;
}

/** How the per-member table is ordered. */
export enum PipelineMemberOrder {
  /** by name, as the member register sorts it (the default) */
  NAME = 'NAME',
  /** most awarded value first (then by name) */
  AWARDED_VALUE = 'AWARDED_VALUE',
  /** the same as AWARDED_VALUE (the old name) */
  WON_VALUE = 'WON_VALUE',
  /** most packages offered first (then by name) */
  OFFERED = 'OFFERED',
}

/** A page of a pipeline table: `first` rows (all when absent) after skipping `offset`. */
export interface PipelinePage {
  first?: number | null;
  offset?: number | null;
}

/** The tables pipelineExport writes as CSV: one per chart or list of the committee's screen. */
export const PIPELINE_TABLES = ['STAGES', 'MARKETS', 'OUTCOMES', 'MEMBERS', 'TREND', 'RISKS', 'SUMMARY'] as const;
export type PipelineTable = (typeof PIPELINE_TABLES)[number];
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The steering committee's one screen: every figure is an SQL aggregate (a fixed number of
 * statements whatever the data size), money in NOK minor units; other currencies are listed apart.
 */
@Injectable()
export class PipelineService {
  constructor(private readonly db: Database) {}

  async report(actor: Actor, filter: PipelineFilter): Promise<PipelineReport> {
    demand(actor, PIPELINE_PERMISSIONS.pipeline, "The pipeline is the association's.");
    const scope = reportScope(filter);
    return this.db.read((em) => new PipelineReportQuery(this.db, em, scope).run());
  }

  /**
   * A page of the per-member table. The report holds every member (the shares, the Gini
   * coefficient and the CSV export need them all); a screen asks for the rows it shows.
   */
  memberPage(rows: PipelineReport['members'], page: PipelinePage & { orderBy?: PipelineMemberOrder | null }): PipelineReport['members'] {
    const by = page.orderBy ?? PipelineMemberOrder.NAME;
    if (by === PipelineMemberOrder.NAME) return this.slice(rows, page);
    // the rows' positions, sorted by the key (the report's order, by name, breaks ties)
    const key = Float64Array.from(rows, (m) => (by === PipelineMemberOrder.OFFERED ? m.offered : m.awardedMinor));
    const order = Uint32Array.from(rows.keys()).sort((a, b) => key[b] - key[a] || a - b);
    return this.slice(
      Array.from(order, (i) => rows[i]),
      page,
    );
  }

  /** A page of the risks, soonest expiry first. */
  riskPage(rows: PipelineReport['risks'], page: PipelinePage): PipelineReport['risks'] {
    return this.slice(rows, page);
  }

  private slice<T>(rows: T[], { first, offset }: PipelinePage): T[] {
    const from = offset ?? 0;
    if (!Number.isSafeInteger(from) || from < 0)
      throw AppError.badInput('offset is 0 or more.', [{ field: 'offset', message: 'must be 0 or more', rule: FieldRule.NOT_NEGATIVE }]);
    if (first === null || first === undefined) return from ? rows.slice(from) : rows;
    if (!Number.isSafeInteger(first) || first < 1)
      throw AppError.badInput('first is 1 or more.', [
        { field: 'first', message: 'must be 1 or more', rule: FieldRule.AT_LEAST, params: { min: 1 } },
      ]);
    return rows.slice(from, from + first);
  }

  /**
   * A firm's own figures: its packages, orders, invoices and royalties, nothing of other firms.
   * Amounts are NOK, like the rest of the pipeline: orders, invoices and statements in another
   * currency are left out rather than added as if they were NOK.
   */
  async firm(actor: Actor) {
    if (!may(actor, PIPELINE_PERMISSIONS.myFirmPipeline) || !actor.firmId) throw AppError.forbidden('myFirmPipeline is for firm users.');
    const firmId = actor.firmId;
    return this.db.read(async (em) => {
      const q = <T>(sql: string, params: unknown[] = []) => rawQuery<T>(em, sql, params);
      const packages = await q<{ status: string; n: number; h: number }>(
        "SELECT status, COUNT(*) AS n, SUM(hours) AS h FROM work_package WHERE member_id = ? AND status <> 'DRAFT' GROUP BY status",
        [firmId],
      );
      const [orders] = await q<{ n: number; v: number }>(
        "SELECT COUNT(DISTINCT l.order_id) AS n, SUM(l.value_minor) AS v FROM order_line l JOIN customer_order o ON o.id = l.order_id WHERE l.member_id = ? AND o.status <> 'CANCELLED' AND o.currency = 'NOK'",
        [firmId],
      );
      const [inv] = await q<{ v: number }>("SELECT SUM(amount_minor) AS v FROM invoice WHERE member_id = ? AND currency = 'NOK'", [firmId]);
      const [paid] = await q<{ v: number }>(
        "SELECT SUM(p.amount_minor) AS v FROM payment p JOIN invoice i ON i.id = p.invoice_id WHERE p.member_id = ? AND i.currency = 'NOK'",
        [firmId],
      );
      const [owed] = await q<{ v: number }>(
        "SELECT SUM(amount_minor) AS v FROM royalty_ledger_entry WHERE member_id = ? AND currency = 'NOK'",
        [firmId],
      );
      const statements = await q<{ status: string; n: number; v: number }>(
        "SELECT status, COUNT(*) AS n, SUM(total_minor) AS v FROM royalty_statement WHERE member_id = ? AND currency = 'NOK' GROUP BY status",
        [firmId],
      );
      return {
        memberId: firmId,
        packages: packages.map((p) => ({ status: p.status, count: num(p.n), hours: num(p.h) })),
        orders: num(orders?.n),
        orderValueMinor: num(orders?.v),
        invoicedMinor: num(inv?.v),
        paidMinor: num(paid?.v),
        royaltiesOwedMinor: num(owed?.v),
        statements: statements.map((s) => ({ status: s.status, count: num(s.n), totalMinor: num(s.v) })),
      };
    });
  }

  async grants(actor: Actor): Promise<Grant[]> {
    demand(actor, PIPELINE_PERMISSIONS.grants);
    return this.db.read((em) => em.find(Grant, { order: { date: 'ASC', id: 'ASC' } }));
  }

  async recordGrant(
    actor: Actor,
    g: { source: string; amountMinor: number; currency?: string; date: string; purpose: string },
  ): Promise<Grant> {
    demand(actor, PIPELINE_PERMISSIONS.recordGrant, 'The association records grants.');
    if (!g.source?.trim() || !g.purpose?.trim())
      throw AppError.badInput('A grant has a source and a purpose.', [{ field: 'source', message: 'required', rule: FieldRule.REQUIRED }]);
    if (!isLocalDate(g.date))
      throw AppError.badInput('date must be YYYY-MM-DD.', [{ field: 'date', message: 'not a date', rule: FieldRule.NOT_A_DATE }]);
    const today = osloDate(new Date());
    if (g.date > today)
      throw AppError.badInput(`A grant is recorded once received: ${g.date} is in the future (today is ${today}).`, [
        { field: 'date', message: `on or before ${today}`, rule: FieldRule.ON_OR_BEFORE, params: { date: today } },
      ]);
    if (!Number.isSafeInteger(g.amountMinor) || g.amountMinor <= 0)
      throw AppError.badInput('A grant is above 0.', [{ field: 'amount', message: 'must be above 0', rule: FieldRule.ABOVE_ZERO }]);
    return this.db.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(Grant, {
          source: g.source.trim(),
          amountMinor: g.amountMinor,
          currency: g.currency ?? 'NOK',
          date: g.date,
          purpose: g.purpose.trim(),
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: 'recordGrant', entityType: 'Grant', entityId: saved.id, after: { ...saved } });
      return saved;
    });
  }

  /**
   * The pipeline's tables as CSV, NOK with two decimals, in the reader's format (bokmål: ";" and
   * a decimal comma; English: "," and a dot; both with a UTF-8 BOM for Excel).
   */
  exportCsv(report: PipelineReport, table: PipelineTable, format: CsvFormat = csvFormatFor(Language.NB)): string {
    const separator = format.separator;
    const out: string[] = [];
    const row = (cells: (string | number | null)[]) => out.push(cells.map((c) => csvField(c, separator)).join(separator));
    const nok = (m: number) => csvAmount(m, 'NOK', format);
    if (table === 'STAGES') {
      row(['stage', 'count', 'value_nok', 'weighted_nok']);
      for (const s of report.stages) row([s.stage, s.count, nok(s.valueMinor), nok(s.weightedMinor)]);
      for (const s of report.otherCurrencies)
        row([
          `${s.stage} (${s.currency})`,
          s.count,
          csvAmount(s.valueMinor, s.currency, format),
          csvAmount(s.weightedMinor, s.currency, format),
        ]);
    } else if (table === 'MARKETS') {
      row(['market', 'stage', 'count', 'value_nok', 'weighted_nok']);
      for (const m of report.byMarket)
        for (const s of m.stages.filter((x) => x.count)) row([m.market, s.stage, s.count, nok(s.valueMinor), nok(s.weightedMinor)]);
    } else if (table === 'MEMBERS') {
      row([
        'member_id',
        'member',
        'packages_offered',
        'accepted',
        'declined',
        'countered',
        'unanswered',
        'awarded_nok',
        'share_of_awarded',
        'royalty_balance_at_end_nok',
      ]);
      for (const m of report.members)
        row([
          m.memberId,
          m.name,
          m.offered,
          m.accepted,
          m.declined,
          m.countered,
          m.unanswered,
          nok(m.awardedMinor),
          csvDecimal(m.shareOfAwarded.toFixed(4), format),
          nok(m.royaltyBalanceAtEndMinor),
        ]);
    } else if (table === 'RISKS') {
      row(['kind', 'order_id', 'bid_id', 'work_package_id', 'member_id', 'member', 'certificate', 'valid_until', 'window_end']);
      for (const r of report.risks)
        row([r.kind, r.orderId, r.bidId, r.workPackageId, r.memberId, r.memberName, r.certificate, r.validUntil, r.windowEnd]);
    } else if (table === 'OUTCOMES') {
      row(['market', 'won', 'lost', 'win_rate', 'won_estimated_nok', 'lost_estimated_nok']);
      const rate = (won: number, lost: number) => (won + lost ? csvDecimal((won / (won + lost)).toFixed(4), format) : null);
      for (const m of report.byMarket)
        row([m.market, m.wonCount, m.lostCount, rate(m.wonCount, m.lostCount), nok(m.wonEstimatedMinor), nok(m.lostEstimatedMinor)]);
      const o = report.outcomes;
      row(['ALL', o.won, o.lost, rate(o.won, o.lost), nok(o.wonEstimatedMinor), nok(o.lostEstimatedMinor)]);
    } else if (table === 'SUMMARY') {
      row(['figure', 'value']);
      const ratio = (v: number | null) => (v === null ? null : csvDecimal(v.toFixed(4), format));
      const o = report.orders;
      const r = report.royalties;
      const g = report.returnOnGrants;
      for (const [figure, value] of [
        ['orders', o.count],
        ['orders_awarded_nok', nok(o.valueMinor)],
        ['orders_invoiced_nok', nok(o.invoicedMinor)],
        ['orders_paid_nok', nok(o.paidMinor)],
        ['orders_outstanding_nok', nok(o.outstandingMinor)],
        ['royalties_accrued_nok', nok(r.accruedMinor)],
        ['royalties_issued_nok', nok(r.issuedMinor)],
        ['royalties_received_nok', nok(r.receivedMinor)],
        ['royalties_outstanding_nok', nok(r.outstandingMinor)],
        ['grants_to_period_end_nok', nok(g.grantsToEndMinor)],
        ['awarded_to_period_end_nok', nok(g.awardedToEndMinor)],
        ['return_on_grants', ratio(g.ratio)],
        ['gini_of_awarded_value', ratio(report.fairSpread.gini)],
        ['active_members', report.fairSpread.activeMembers],
      ] as [string, string | number | null][])
        row([figure, value]);
    } else {
      row(['month', 'awarded_nok', 'weighted_pipeline_nok', 'won', 'lost', 'win_rate']);
      for (const t of report.trend)
        row([
          t.month,
          nok(t.awardedMinor),
          nok(t.weightedPipelineMinor),
          t.won,
          t.lost,
          t.winRateByCount === null ? null : csvDecimal(t.winRateByCount.toFixed(4), format),
        ]);
    }
    return csvDocument(out, format);
  }
}

/** The period asked for, checked: by default everything so far, and open tenders due within the coming year. */
function reportScope(filter: PipelineFilter): PipelineScope {
  const today = osloDate(new Date());
  const from = filter.from ?? '2000-01-01';
  const to = filter.to ?? addDays(today, 365);
  const problems: FieldProblem[] = [];
  if (!isLocalDate(from)) problems.push({ field: 'from', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
  if (!isLocalDate(to)) problems.push({ field: 'to', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
  else if (isLocalDate(from) && to < from) problems.push({ field: 'to', message: 'before from', rule: FieldRule.ENDS_BEFORE_START });
  if (problems.length) throw AppError.badInput('Give a period with from ≤ to, as YYYY-MM-DD.', problems);
  return { from, to, start: osloStartOfDay(from).getTime(), end: osloStartOfDay(addDays(to, 1)).getTime(), market: filter.market ?? null };
}
