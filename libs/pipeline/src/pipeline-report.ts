import type { EntityManager } from 'typeorm';
import { type Database, addDays, daysLeftWithin, osloDate, osloStartOfDay, rawQuery, rawRows } from '@app/core';
import { ACTIVITY_SLICE_MS } from '@app/bids';
import { DEFAULT_WIN_PROBABILITY_BP, OPEN_STAGES, TenderStage } from '@app/tenders';
import { gini } from './gini';

export interface StageFigure {
  stage: string;
  count: number;
  valueMinor: number;
  weightedMinor: number;
}

export interface PipelineReport {
  from: string;
  to: string;
  market: string | null;
  stages: StageFigure[];
  /** Tenders in other currencies, never summed into NOK. */
  otherCurrencies: (StageFigure & { currency: string })[];
  /** Per market: stages as above; outcomes as below (tenders won and lost, their estimated values). */
  byMarket: {
    market: string;
    stages: StageFigure[];
    wonCount: number;
    lostCount: number;
    wonEstimatedMinor: number;
    lostEstimatedMinor: number;
  }[];
  /** Tenders won or lost whose outcome date (the award or notice date recorded with it) is in the period. */
  outcomes: {
    won: number;
    lost: number;
    /** Σ the won tenders' estimated values (not what was awarded: see orders). */
    wonEstimatedMinor: number;
    lostEstimatedMinor: number;
    winRateByCount: number | null;
    winRateByValue: number | null;
    lossReasons: { reason: string; count: number }[];
  };
  timeInStage: { stage: string; averageDays: number; transitions: number }[];
  upcomingDeadlines: { tenderId: number; title: string; deadline: Date; stage: string; bidStatus: string | null; daysLeft: number }[];
  /**
   * Per member: the packages first offered to it in the period (each once), and of those how many
   * it has accepted (or had its counter-offer accepted), declined, countered, not answered; the
   * value of the order lines awarded to it in the period; what it owed the association at the
   * period's end.
   */
  members: {
    memberId: number;
    name: string;
    offered: number;
    accepted: number;
    declined: number;
    countered: number;
    unanswered: number;
    awardedMinor: number;
    shareOfAwarded: number;
    royaltyBalanceAtEndMinor: number;
  }[];
  fairSpread: { gini: number; activeMembers: number; offeredNothing: { memberId: number; name: string }[] };
  orders: { count: number; valueMinor: number; invoicedMinor: number; paidMinor: number; outstandingMinor: number };
  royalties: { accruedMinor: number; issuedMinor: number; receivedMinor: number; outstandingMinor: number };
  /** Cumulative to the period's end, both: grants received and orders awarded since the beginning. */
  returnOnGrants: { grantsToEndMinor: number; awardedToEndMinor: number; ratio: number | null; awardedInPeriodMinor: number };
  trend: { month: string; awardedMinor: number; weightedPipelineMinor: number; won: number; lost: number; winRateByCount: number | null }[];
  risks: {
    /** WORK_PACKAGE: a package of an active bid; ORDER: an order line of an active order, delivering a won package. */
    kind: 'WORK_PACKAGE' | 'ORDER';
    orderId: number | null;
    workPackageId: number;
    bidId: number;
    memberId: number;
    memberName: string;
    certificate: string;
    validUntil: string;
    windowEnd: string;
  }[];
}

const STAGES = Object.values(TenderStage);
/** Bids still in play: their packages' certificates are risks. */
const ACTIVE_BID = ['OFFERED', 'READY', 'APPROVED', 'SUBMITTED'];
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

function probabilitySql(): string {
  const d = STAGES.map((s) => `WHEN '${s}' THEN ${DEFAULT_WIN_PROBABILITY_BP[s]}`).join(' ');
  const open = OPEN_STAGES.map((s) => `'${s}'`).join(', ');
  return `(CASE WHEN t.stage IN (${open}) THEN COALESCE(t.win_probability_bp, CASE t.stage ${d} END) ELSE CASE t.stage ${d} END END)`;
}

/** Month labels of [from, to] and an SQL CASE mapping an epoch-ms column to its Europe/Oslo month. */
function monthsOf(from: string, to: string, column: string): { months: string[]; caseSql: string } {
  const months: string[] = [];
  let m = from.slice(0, 7);
  while (m <= to.slice(0, 7) && months.length < 120) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number);
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  const bounds = months.map((x) => osloStartOfDay(`${x}-01`).getTime());
  const next = (() => {
    const last = months[months.length - 1];
    const [y, mm] = last.split('-').map(Number);
    return osloStartOfDay(mm === 12 ? `${y + 1}-01-01` : `${y}-${String(mm + 1).padStart(2, '0')}-01`).getTime();
  })();
  const whens = months
    .map((x, i) => `WHEN ${column} >= ${bounds[i]} AND ${column} < ${i + 1 < months.length ? bounds[i + 1] : next} THEN '${x}'`)
    .join(' ');
  return { months, caseSql: `(CASE ${whens} ELSE NULL END)` };
}

/** The period and market a report is asked for, checked (PipelineService.report). */
export interface PipelineScope {
  from: string;
  to: string;
  /** The period in epoch ms, Oslo days: [start, end). */
  start: number;
  end: number;
  market: string | null;
}

type StageRow = { market: string; stage: string; currency: string; n: number; v: number; w: number };
type OutcomeRow = { market: string; to_stage: string; loss_reason: string | null; currency: string; m: string; n: number; v: number };
/** The per-member table, and what the fair spread and the risks need of every member. */
interface MemberFigures {
  rows: PipelineReport['members'];
  /** Awarded value of each active member (the Gini coefficient's values). */
  activeAwarded: number[];
  offeredNothing: { memberId: number; name: string }[];
  /** Every member's name, by id (the risks name their firm from it). */
  names: Map<number, string>;
}

/**
 * The committee's report for one period, read in one read transaction. `run` reads top-down as
 * the report's parts; each part is one method below it, in the order it runs, sending the same
 * statements in the same order as before (test/pipeline*.e2e-spec.ts count them: 14 in all).
 */
export class PipelineReportQuery {
  private readonly market: string | null;
  /** The market filter's SQL and its parameter (none without a filter). */
  private readonly mp: string[];
  /** Orders awarded in [from, to], not cancelled, in NOK (and of the market's tenders). */
  private readonly orderScope: string;
  /** The orders (with their tender only for its market: an order's figures are its own). */
  private readonly orderFrom: string;

  constructor(
    private readonly db: Database,
    private readonly em: EntityManager,
    private readonly scope: PipelineScope,
  ) {
    this.market = scope.market;
    this.mp = scope.market ? [scope.market] : [];
    this.orderScope = `o.award_date BETWEEN ? AND ? AND o.status <> 'CANCELLED' AND o.currency = 'NOK'${scope.market ? ' AND t.market = ?' : ''}`;
    this.orderFrom = `customer_order o${scope.market ? ' LEFT JOIN tender t ON t.id = o.tender_id' : ''}`;
  }

  async run(): Promise<PipelineReport> {
    const { from, to, market } = this.scope;
    const stageRows = await this.stageRows();
    const outcomeRows = await this.outcomeRows();
    const timeInStage = await this.timeInStage();
    const upcomingDeadlines = await this.upcomingDeadlines();
    const members = await this.members();
    const orders = await this.orders();
    const royalties = await this.royalties();
    const returnOnGrants = await this.returnOnGrants(orders.valueMinor);
    const trend = await this.trend(outcomeRows);
    const risks = await this.risks(market, members.names);
    const nok = stageRows.filter((r) => r.currency === 'NOK');
    return {
      from,
      to,
      market,
      stages: foldStages(nok),
      otherCurrencies: stageRows
        .filter((r) => r.currency !== 'NOK')
        .map((r) => ({ stage: r.stage, currency: r.currency, count: num(r.n), valueMinor: num(r.v), weightedMinor: num(r.w) })),
      byMarket: byMarket(stageRows, nok, outcomeRows),
      outcomes: outcomes(outcomeRows),
      timeInStage,
      upcomingDeadlines,
      members: members.rows,
      fairSpread: {
        gini: Math.round(gini(members.activeAwarded) * 10000) / 10000,
        activeMembers: members.activeAwarded.length,
        offeredNothing: members.offeredNothing,
      },
      orders,
      royalties,
      returnOnGrants,
      trend,
      risks,
    };
  }

  private q<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return rawQuery<T>(this.em, sql, params);
  }

  /**
   * The statements with a row per member or per risk (~1,600–2,000 rows each on the large
   * dataset): every row an array of the selected values in order (rawRows: better-sqlite3's raw
   * mode, ~20 % less time than a row object each; counted like any other statement).
   */
  private arrays(sql: string, params: unknown[]): Promise<unknown[][]> {
    return rawRows(this.em, sql, params);
  }

  private mkt(alias: string): string {
    return this.market ? ` AND ${alias}.market = ?` : '';
  }

  /** 1 · tenders of the period (by deadline, or creation when they have none) per market, stage and currency. */
  private stageRows(): Promise<StageRow[]> {
    const { start, end } = this.scope;
    const inScope = `((t.deadline >= ? AND t.deadline < ?) OR (t.deadline IS NULL AND t.created_at >= ? AND t.created_at < ?))`;
    return this.q<StageRow>(
      `SELECT t.market, t.stage, t.currency, COUNT(*) AS n, SUM(COALESCE(t.estimated_value_minor, 0)) AS v,
                SUM((COALESCE(t.estimated_value_minor, 0) * ${probabilitySql()} + 5000) / 10000) AS w
           FROM tender t WHERE ${inScope}${this.mkt('t')} GROUP BY t.market, t.stage, t.currency`,
      [start, end, start, end, ...this.mp],
    );
  }

  /**
   * 2 · outcomes in the period, by the outcome's own date (the award or notice date recorded
   * with it, not the day it was registered): one range of the index on (stage, outcome date)
   * (by month too, for the win rate over time)
   */
  private outcomeRows(): Promise<OutcomeRow[]> {
    return this.q<OutcomeRow>(
      `SELECT t.market, x.to_stage, x.loss_reason, t.currency, SUBSTR(x.outcome_date, 1, 7) AS m, COUNT(*) AS n,
                SUM(COALESCE(t.estimated_value_minor, 0)) AS v
           FROM tender_stage_transition x JOIN tender t ON t.id = x.tender_id
          WHERE x.to_stage IN ('WON', 'LOST') AND x.outcome_date BETWEEN ? AND ?${this.mkt('t')}
          GROUP BY t.market, x.to_stage, x.loss_reason, t.currency, SUBSTR(x.outcome_date, 1, 7)`,
      [this.scope.from, this.scope.to, ...this.mp],
    );
  }

  /**
   * 3 · average days spent in each stage (each transition ends the stage it leaves; entered_at,
   * the previous transition's time, is set by the database on insert): per stage left, one range
   * of the index on (from_stage, at, entered_at), already in group order
   */
  private async timeInStage(): Promise<PipelineReport['timeInStage']> {
    const timeRows = await this.q<{ stage: string; avg_ms: number; n: number }>(
      `SELECT x.from_stage AS stage, AVG(x.at - x.entered_at) AS avg_ms, COUNT(*) AS n
           FROM tender_stage_transition x${this.market ? ' JOIN tender t ON t.id = x.tender_id' : ''}
          WHERE x.from_stage IN (${STAGES.map(() => '?').join(', ')}) AND x.at >= ? AND x.at < ?${this.mkt('t')} GROUP BY x.from_stage`,
      [...STAGES, this.scope.start, this.scope.end, ...this.mp],
    );
    return timeRows
      .map((r) => ({ stage: r.stage, averageDays: Math.round((num(r.avg_ms) / 86400000) * 10) / 10, transitions: num(r.n) }))
      .sort((a, b) => STAGES.indexOf(a.stage as TenderStage) - STAGES.indexOf(b.stage as TenderStage));
  }

  /** 4 · deadlines in the next 30 days with their bid status */
  private async upcomingDeadlines(): Promise<PipelineReport['upcomingDeadlines']> {
    const now = Date.now();
    const upcoming = await this.q<{ id: number; title: string; deadline: number; stage: string; bid_status: string | null }>(
      `SELECT t.id, t.title, t.deadline, t.stage, (SELECT b.status FROM bid b WHERE b.tender_id = t.id ORDER BY b.id DESC LIMIT 1) AS bid_status
           FROM tender t WHERE t.deadline >= ? AND t.deadline < ? AND t.stage IN (${OPEN_STAGES.map(() => '?').join(', ')})${this.mkt('t')}
          ORDER BY t.deadline, t.id LIMIT 200`,
      [now, now + 30 * 86400000, ...OPEN_STAGES, ...this.mp],
    );
    const left = daysLeftWithin(now, 31);
    return upcoming.map((u) => {
      const deadline = new Date(num(u.deadline));
      return { tenderId: Number(u.id), title: u.title, deadline, stage: u.stage, bidStatus: u.bid_status, daysLeft: left(deadline) };
    });
  }

  /**
   * 5 · per member: packages first offered in the period and the answers to them, value
   * awarded, royalty balance at the period's end (members without any, and not active, left out)
   */
  private async members(): Promise<MemberFigures> {
    const { from, to, start, end } = this.scope;
    // [member, offered, accepted, declined, countered]: a member may have more than one row (answers)
    const answers = new Map<number, number[]>();
    for (const [id, ...counts] of await this.answers(start, end, this.market)) {
      const seen = answers.get(Number(id));
      if (seen) for (let i = 0; i < 4; i++) seen[i] += num(counts[i]);
      else answers.set(Number(id), counts.map(num));
    }
    // [member, value]
    const wonRows = await this.arrays(
      `SELECT l.member_id, SUM(l.value_minor) AS v FROM ${this.orderFrom} JOIN order_line l ON l.order_id = o.id WHERE ${this.orderScope} GROUP BY l.member_id`,
      [from, to, ...this.mp],
    );
    // every member with what it owed the association at the period's end in NOK (one range per
    // member in the ledger's index on member and date; other currencies are never added in):
    // [id, name, status, owed]. SQLite reads the table in its own order and sorts (`+` keeps it
    // off the index on sort_name: a seek into the table per member in name order costs more)
    const members = await this.arrays(
      `SELECT m.id, m.name, m.status, (SELECT SUM(r.amount_minor) FROM royalty_ledger_entry r WHERE r.member_id = m.id AND r.date <= ? AND r.currency = 'NOK') AS owed
           FROM member m ORDER BY ${this.db.kind === 'sqlite' ? '+' : ''}m.sort_name, m.id`,
      [to],
    );
    const wonBy = new Map<number, number>();
    let totalWon = 0;
    for (const [id, value] of wonRows) {
      const v = num(value);
      wonBy.set(Number(id), v);
      totalWon += v;
    }
    // one pass over the members, in the register's order: the rows (members not active and
    // without any figure left out), the active members' awarded values, and every name
    const out: MemberFigures = { rows: [], activeAwarded: [], offeredNothing: [], names: new Map() };
    for (const [id, nameValue, status, owed] of members) {
      const memberId = Number(id);
      const name = nameValue as string;
      out.names.set(memberId, name);
      const [offered, accepted, declined, countered] = answers.get(memberId) ?? [0, 0, 0, 0];
      const awardedMinor = wonBy.get(memberId) ?? 0;
      const royaltyBalanceAtEndMinor = num(owed);
      const active = status === 'ACTIVE';
      if (active) {
        out.activeAwarded.push(awardedMinor);
        if (offered === 0) out.offeredNothing.push({ memberId, name });
      } else if (!offered && !awardedMinor && !royaltyBalanceAtEndMinor) continue;
      out.rows.push({
        memberId,
        name,
        offered,
        accepted,
        declined,
        countered,
        unanswered: offered - accepted - declined - countered,
        awardedMinor,
        shareOfAwarded: totalWon ? awardedMinor / totalWon : 0,
        royaltyBalanceAtEndMinor,
      });
    }
    return out;
  }

  /**
   * 6 · orders awarded in the period, with what was invoiced and paid on them (running totals
   * the database keeps on each order as invoices and payments are written)
   */
  private async orders(): Promise<PipelineReport['orders']> {
    const [orderAgg] = await this.q<{ n: number; v: number; inv: number; paid: number }>(
      `SELECT COUNT(*) AS n, SUM(o.awarded_value_minor) AS v, SUM(o.invoiced_minor) AS inv, SUM(o.paid_minor) AS paid
           FROM ${this.orderFrom} WHERE ${this.orderScope}`,
      [this.scope.from, this.scope.to, ...this.mp],
    );
    return {
      count: num(orderAgg?.n),
      valueMinor: num(orderAgg?.v),
      invoicedMinor: num(orderAgg?.inv),
      paidMinor: num(orderAgg?.paid),
      outstandingMinor: num(orderAgg?.inv) - num(orderAgg?.paid),
    };
  }

  /** 7 · royalties of statements whose period ends in the range (NOK statements; never summed with others) */
  private async royalties(): Promise<PipelineReport['royalties']> {
    const royRows = await this.q<{ status: string; v: number }>(
      "SELECT status, SUM(total_minor) AS v FROM royalty_statement WHERE period_end BETWEEN ? AND ? AND currency = 'NOK' GROUP BY status",
      [this.scope.from, this.scope.to],
    );
    const roy = (s: string) => num(royRows.find((r) => r.status === s)?.v);
    return {
      accruedMinor: roy('DRAFT') + roy('ISSUED') + roy('PAID'),
      issuedMinor: roy('ISSUED') + roy('PAID'),
      receivedMinor: roy('PAID'),
      outstandingMinor: roy('ISSUED'),
    };
  }

  /**
   * 8 · return on grants, cumulative to the period's end on both sides: grants received and
   * orders awarded since the beginning (a grant of 2005 pays off in the years after it)
   */
  private async returnOnGrants(awardedInPeriodMinor: number): Promise<PipelineReport['returnOnGrants']> {
    const to = this.scope.to;
    const [grantAgg] = await this.q<{ v: number }>(
      "SELECT SUM(amount_minor) AS v FROM grant_received WHERE currency = 'NOK' AND date <= ?",
      [to],
    );
    const [awardedAgg] = await this.q<{ v: number }>(
      `SELECT SUM(o.awarded_value_minor) AS v FROM ${this.orderFrom}
          WHERE o.award_date <= ? AND o.status <> 'CANCELLED' AND o.currency = 'NOK'${this.market ? ' AND t.market = ?' : ''}`,
      [to, ...this.mp],
    );
    const grants = num(grantAgg?.v);
    const awardedToEnd = num(awardedAgg?.v);
    return {
      grantsToEndMinor: grants,
      awardedToEndMinor: awardedToEnd,
      ratio: grants ? Math.round((awardedToEnd / grants) * 100) / 100 : null,
      awardedInPeriodMinor,
    };
  }

  /** 9 · trend: won value by award month, weighted pipeline by deadline month (Oslo months), outcomes by month */
  private async trend(outcomeRows: OutcomeRow[]): Promise<PipelineReport['trend']> {
    const { from, to, end } = this.scope;
    const trendFrom = from < addDays(to, -365 * 3) ? addDays(to, -365 * 3 + 1) : from;
    const { months, caseSql } = monthsOf(trendFrom, to, 't.deadline');
    const wonByMonth = await this.q<{ m: string; v: number }>(
      `SELECT SUBSTR(o.award_date, 1, 7) AS m, SUM(o.awarded_value_minor) AS v FROM ${this.orderFrom} WHERE ${this.orderScope} GROUP BY SUBSTR(o.award_date, 1, 7)`,
      [trendFrom, to, ...this.mp],
    );
    const pipeByMonth = await this.q<{ m: string; w: number }>(
      `SELECT ${caseSql} AS m, SUM((COALESCE(t.estimated_value_minor, 0) * ${probabilitySql()} + 5000) / 10000) AS w FROM tender t
          WHERE t.currency = 'NOK' AND t.stage IN (${OPEN_STAGES.map(() => '?').join(', ')}) AND t.deadline >= ? AND t.deadline < ?${this.mkt('t')} GROUP BY ${caseSql}`,
      [...OPEN_STAGES, osloStartOfDay(trendFrom).getTime(), end, ...this.mp],
    );
    return months.map((m) => {
      const inMonth = outcomeRows.filter((r) => r.m === m);
      const wonIn = sumOutcomes(inMonth, 'WON', 'n');
      const lostIn = sumOutcomes(inMonth, 'LOST', 'n');
      return {
        month: m,
        awardedMinor: num(wonByMonth.find((r) => r.m === m)?.v),
        weightedPipelineMinor: num(pipeByMonth.find((r) => r.m === m)?.w),
        won: wonIn,
        lost: lostIn,
        winRateByCount: wonIn + lostIn ? wonIn / (wonIn + lostIn) : null,
      };
    });
  }

  /**
   * Packages per member whose first offer to it falls in [start, end), and the member's answer to
   * them now (work_package_offer: each package once per firm, however often it was offered again).
   * Without a market filter they come from member_activity, the counts per member and 30-day slice
   * of the first offer that the database keeps as offers change: the slices from `lo` to `hi` are
   * added up, and at each edge the offers are either added (the part of the period in a slice that
   * is not whole) or taken away (the part of a whole slice outside the period), whichever is the
   * shorter stretch of time. At the end of a period that reaches today the part taken away is the
   * future, which holds no offers. So the work is one index seek per member and slice plus the
   * offers of at most half a slice at each edge, instead of every offer of the period. With a
   * market filter, the period's offers themselves. Rows [member, offered, accepted, declined,
   * countered]; with slices, a member's slices and edges are separate rows (the caller adds them up:
   * cheaper than one more GROUP BY in SQL).
   */
  private answers(start: number, end: number, market: string | null): Promise<unknown[][]> {
    // answer now → its column
    const answer = { ACCEPTED: 'accepted', DECLINED: 'declined', COUNTERED: 'countered' };
    const perAnswer = (sign: 1 | -1) =>
      [
        `${sign}*COUNT(*) AS offered`,
        ...Object.entries(answer).map(([a, column]) => `${sign}*SUM(CASE WHEN o.answer = '${a}' THEN 1 ELSE 0 END) AS ${column}`),
      ].join(', ');
    const S = ACTIVITY_SLICE_MS;
    const firstWhole = Math.ceil(start / S);
    const endWhole = Math.floor(end / S); // whole slices inside the period: [firstWhole, endWhole)
    if (market || firstWhole >= endWhole)
      return this.arrays(
        `SELECT o.member_id, ${perAnswer(1)} FROM work_package_offer o${
          market ? ' JOIN work_package w ON w.id = o.work_package_id JOIN tender t ON t.id = w.tender_id' : ''
        }
          WHERE o.first_offered_at >= ? AND o.first_offered_at < ?${market ? ' AND t.market = ?' : ''} GROUP BY o.member_id`,
        [start, end, ...(market ? [market] : [])],
      );
    // each edge: add [from, to) or take away [from, to)
    const edges: { sign: 1 | -1; from: number; to: number }[] = [];
    let lo = firstWhole;
    let hi = endWhole;
    if (start < firstWhole * S) {
      const direct = firstWhole * S - start;
      const complement = start - (firstWhole - 1) * S;
      if (complement < direct) {
        lo = firstWhole - 1;
        edges.push({ sign: -1, from: lo * S, to: start });
      } else edges.push({ sign: 1, from: start, to: firstWhole * S });
    }
    if (end > endWhole * S) {
      const direct = end - endWhole * S;
      const complement = (endWhole + 1) * S - end;
      if (complement < direct || end > Date.now()) {
        hi = endWhole + 1;
        edges.push({ sign: -1, from: end, to: hi * S });
      } else edges.push({ sign: 1, from: endWhole * S, to: end });
    }
    // SQLite walks the members and seeks each one's slices in the primary key (member, slice)
    const then = this.db.kind === 'sqlite' ? 'CROSS JOIN' : 'JOIN';
    return this.arrays(
      `SELECT m.id AS member_id, SUM(a.offered) AS offered, SUM(a.accepted) AS accepted, SUM(a.declined) AS declined, SUM(a.countered) AS countered
           FROM member m ${then} member_activity a ON a.member_id = m.id AND a.slice >= ? AND a.slice < ? GROUP BY m.id
         ${edges
           .map(
             (x) =>
               `UNION ALL SELECT o.member_id, ${perAnswer(x.sign)} FROM work_package_offer o WHERE o.first_offered_at >= ? AND o.first_offered_at < ? GROUP BY o.member_id`,
           )
           .join('\n')}`,
      [lo, hi, ...edges.flatMap((x) => [x.from, x.to])],
    );
  }

  private async risks(market: string | null, names: Map<number, string>): Promise<PipelineReport['risks']> {
    type Row = {
      wp_id: number;
      bid_id: number;
      bid_status: string;
      order_id: number | null;
      member_id: number;
      window_end: string;
      type: string;
      valid_until: string;
    };
    const today = osloDate(new Date());
    // From each certificate still valid today to the packages that need its type and whose window
    // ends after it lapses: one seek per certificate in work_package_need (member, type, window
    // end, then status: one range whatever the statuses asked for), which the database keeps as packages, their requirements and their
    // certificates change. So the work follows the risks, not every package of every active bid.
    // A package counts while its bid is active (a WORK_PACKAGE risk) and while an active order's
    // line delivers it (an ORDER risk: an order made from a won bid carries its accepted packages
    // and their firms; orders registered by hand name no requirements, so nothing says which
    // certificates they need). SQLite's planner is held to that order by CROSS JOIN. The firm's name
    // comes from the member list the report has already read (statement 5), not from a join.
    const rows = await this.arrays(
      `SELECT n.work_package_id AS wp_id, n.bid_id, b.status AS bid_status, o.id AS order_id, n.member_id, n.window_end, c.type, c.valid_until
         FROM certificate c
         ${this.db.kind === 'sqlite' ? 'CROSS JOIN' : 'JOIN'} work_package_need n ON n.member_id = c.member_id AND n.type = c.type
                          AND n.status IN ('OFFERED', 'ACCEPTED') AND n.window_end > c.valid_until
         JOIN bid b ON b.id = n.bid_id${market ? ' JOIN tender t ON t.id = b.tender_id AND t.market = ?' : ''}
         LEFT JOIN order_line l ON l.work_package_id = n.work_package_id AND l.member_id = n.member_id
         LEFT JOIN customer_order o ON o.id = l.order_id AND o.status = 'ACTIVE'
        WHERE c.valid_until >= ? AND (b.status IN (${ACTIVE_BID.map(() => '?').join(', ')}) OR o.id IS NOT NULL)`,
      [...(market ? [market] : []), today, ...ACTIVE_BID],
    );
    // one risk per package (or order line), firm and certificate type: the soonest expiry when the
    // firm holds two certificates of the type
    const risks = new Map<string, PipelineReport['risks'][number]>();
    const add = (r: Row, orderId: number | null) => {
      const kind = orderId === null ? 'WORK_PACKAGE' : 'ORDER';
      const key = `${kind}:${orderId ?? ''}:${r.wp_id}:${r.member_id}:${r.type}`;
      const seen = risks.get(key);
      if (seen && seen.validUntil <= r.valid_until) return;
      risks.set(key, {
        kind,
        orderId,
        workPackageId: Number(r.wp_id),
        bidId: Number(r.bid_id),
        memberId: Number(r.member_id),
        memberName: names.get(Number(r.member_id))!,
        certificate: r.type,
        validUntil: r.valid_until,
        windowEnd: r.window_end,
      });
    };
    for (const [wp_id, bid_id, bid_status, order_id, member_id, window_end, type, valid_until] of rows) {
      const r = { wp_id, bid_id, bid_status, order_id, member_id, window_end, type, valid_until } as Row;
      if (!names.has(Number(r.member_id))) continue; // as the inner join on member did
      if (ACTIVE_BID.includes(r.bid_status)) add(r, null);
      if (r.order_id !== null) add(r, Number(r.order_id));
    }
    const out = [...risks.values()];
    // soonest expiry first, across both kinds; then by package, bids before orders, certificate
    const kindRank = (k: string) => (k === 'WORK_PACKAGE' ? 0 : 1);
    return out.sort(
      (a, b) =>
        (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : 0) ||
        a.workPackageId - b.workPackageId ||
        kindRank(a.kind) - kindRank(b.kind) ||
        (a.orderId ?? 0) - (b.orderId ?? 0) ||
        a.memberId - b.memberId ||
        (a.certificate < b.certificate ? -1 : a.certificate > b.certificate ? 1 : 0),
    );
  }
}

/** Stage figures in the stages' order, from rows of one currency. */
function foldStages(rows: StageRow[]): StageFigure[] {
  return STAGES.map((stage) => {
    const rs = rows.filter((r) => r.stage === stage);
    return {
      stage,
      count: rs.reduce((a, r) => a + num(r.n), 0),
      valueMinor: rs.reduce((a, r) => a + num(r.v), 0),
      weightedMinor: rs.reduce((a, r) => a + num(r.w), 0),
    };
  });
}

/** Won or lost: a count (every currency), or the estimated value (NOK only). */
function sumOutcomes(rows: OutcomeRow[], stage: string, what: 'n' | 'v'): number {
  return rows.filter((r) => r.to_stage === stage && (what === 'n' || r.currency === 'NOK')).reduce((a, r) => a + num(r[what]), 0);
}

function outcomes(outcomeRows: OutcomeRow[]): PipelineReport['outcomes'] {
  const won = sumOutcomes(outcomeRows, 'WON', 'n');
  const lost = sumOutcomes(outcomeRows, 'LOST', 'n');
  const wonV = sumOutcomes(outcomeRows, 'WON', 'v');
  const lostV = sumOutcomes(outcomeRows, 'LOST', 'v');
  const reasons = new Map<string, number>();
  for (const r of outcomeRows.filter((x) => x.to_stage === 'LOST'))
    reasons.set(r.loss_reason ?? 'UNKNOWN', (reasons.get(r.loss_reason ?? 'UNKNOWN') ?? 0) + num(r.n));
  return {
    won,
    lost,
    wonEstimatedMinor: wonV,
    lostEstimatedMinor: lostV,
    winRateByCount: won + lost ? won / (won + lost) : null,
    winRateByValue: wonV + lostV ? wonV / (wonV + lostV) : null,
    lossReasons: [...reasons.entries()]
      .map(([reason, c]) => ({ reason, count: c }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}

/** Per market (of the stages and the outcomes): its NOK stages and its outcomes. */
function byMarket(stageRows: StageRow[], nok: StageRow[], outcomeRows: OutcomeRow[]): PipelineReport['byMarket'] {
  const markets = [...new Set([...stageRows.map((r) => r.market), ...outcomeRows.map((r) => r.market)])].sort();
  return markets.map((m) => {
    const inMarket = outcomeRows.filter((r) => r.market === m);
    return {
      market: m,
      stages: foldStages(nok.filter((r) => r.market === m)),
      wonCount: sumOutcomes(inMarket, 'WON', 'n'),
      lostCount: sumOutcomes(inMarket, 'LOST', 'n'),
      wonEstimatedMinor: sumOutcomes(inMarket, 'WON', 'v'),
      lostEstimatedMinor: sumOutcomes(inMarket, 'LOST', 'v'),
    };
  });
}
