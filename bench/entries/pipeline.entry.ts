import type { INestApplicationContext } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Database, QueryCounter, SYSTEM_ACTOR, addDays, osloDate, rawQuery, rawRows } from '@app/core';
import { PipelineService } from '@app/pipeline';
import { benchUsers } from '../lib/bench-users';
import { GqlClient } from '../lib/graphql-client';
import { platformContext } from '../lib/nest';
import { type RunningServer, startApiServer } from '../lib/server-process';
import { percentile, round, summarize } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';

/**
 * The steering committee's `pipeline` for a one-year period over the bench dataset, three ways in
 * the same run, interleaved so that they share the machine's noise:
 *   - the GraphQL request over loopback HTTP to the API server in production mode (its own
 *     process, pinned to core 0), as the steering user sends it, every field;
 *   - PipelineService.report in the harness's process, the same work without HTTP and GraphQL;
 *   - the raw SQL baseline: the very statements the service ran (tapped from the SQL logger with
 *     their bound parameters), replayed one after the other without any folding in JavaScript,
 *     every row read as an array (rawRows), the cheapest way to read the same rows.
 * Goals (issue 23, tightened from issue 10's 50 ms): p50 ≤ 30 ms on SQLite, and ≤ 3 × the raw SQL. The answer is checked against
 * independent SQL sums, so a fast but wrong pipeline is a harness failure.
 */
/** Issue 23: the pipeline screen's p50 on the large dataset, SQLite. */
export const PIPELINE_P50_GOAL_MS = 30;

export const PIPELINE_QUERY = `query($f: PipelineFilterInput) { pipeline(filter: $f) {
  from to market
  stages { stage count value { minorUnits } weighted { minorUnits } }
  otherCurrencies { stage currency count value { minorUnits } weighted { minorUnits } }
  outcomes { won lost wonValue { minorUnits } lostValue { minorUnits } winRateByCount winRateByValue lossReasons { reason count } }
  byMarket { market won lost wonValue { minorUnits } lostValue { minorUnits } stages { stage count value { minorUnits } weighted { minorUnits } } }
  members { memberId name offered accepted declined countered wonValue { minorUnits } shareOfWon royaltiesOwed { minorUnits } }
  fairSpread { gini activeMembers offeredNothing { memberId name } }
  orders { count value { minorUnits } invoiced { minorUnits } paid { minorUnits } outstanding { minorUnits } }
  royalties { accrued { minorUnits } issued { minorUnits } received { minorUnits } outstanding { minorUnits } }
  returnOnGrants { ratio grants { minorUnits } wonValue { minorUnits } }
  upcomingDeadlines { tenderId title deadline daysLeft stage bidStatus }
  timeInStage { stage averageDays transitions }
  trend { month wonValue { minorUnits } weightedPipeline { minorUnits } }
  risks { workPackageId bidId memberId memberName certificate validUntil windowEnd } } }`;

/**
 * The same figures as the steering screen asks for them: every figure is still computed over every
 * member and risk (shares, Gini, counts), but only the first page of the two long tables travels.
 */
export const SCREEN_QUERY = PIPELINE_QUERY.replace('members {', 'memberCount riskCount members(first: 50, orderBy: WON_VALUE) {').replace(
  'risks {',
  'risks(first: 50) {',
);

interface Answer {
  orders: { count: number; value: { minorUnits: string }; invoiced: { minorUnits: string }; paid: { minorUnits: string } };
  members: unknown[];
  risks: unknown[];
  memberCount?: number;
  riskCount?: number;
  returnOnGrants: { grants: { minorUnits: string } };
}

export const pipelineEntry: BenchEntry = {
  name: 'pipeline',
  description: 'pipeline for one year over the bench dataset: GraphQL request, service, and the same SQL replayed raw',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const runs = ctx.opts.quick ? 5 : 41;
    const warmups = ctx.opts.quick ? 1 : 5;
    const to = osloDate(new Date());
    const from = addDays(to, -364);
    const filter = { from, to };
    let app: INestApplicationContext | undefined;
    let server: RunningServer | undefined;
    try {
      server = await startApiServer(ctx.target.env, { cpu: 0 });
      app = await platformContext(ctx.target.env);
      const client = new GqlClient(server.url);
      const steering = benchUsers(0).find((u) => u.key === 'steering')!;
      await client.login(steering.email, steering.password);
      const service = app.get(PipelineService);
      const db = app.get(Database);
      const counter = app.get(QueryCounter);

      // the statements the service runs for this filter, with their parameters
      const statements: { sql: string; params: unknown[] }[] = [];
      counter.tap = (sql, params) => statements.push({ sql, params: params ?? [] });
      await service.report(SYSTEM_ACTOR, filter);
      counter.tap = null;
      if (!statements.length) throw new Error('the SQL tap saw no statements');
      const raw = () =>
        db.read(async (em) => {
          // every row an array (better-sqlite3's raw mode): the cheapest read of the same rows, as
          // the service reads its long ones, so the baseline is not inflated by row objects
          for (const s of statements) await rawRows(em, s.sql, s.params);
        });
      const gql = async (query = PIPELINE_QUERY) => {
        const r = await client.post<{ pipeline: Answer }>(query, { f: filter });
        if (r.outcome !== 'OK' || !r.data) throw new Error(`pipeline request failed: ${r.outcome} ${r.errors?.[0]?.message ?? ''}`);
        return r;
      };

      // correctness: the answer against independent sums over the same tables
      const answer = (await gql()).data!.pipeline;
      const [indep] = await db.read((em) =>
        rawQuery<{ n: number; v: number | string; inv: number | string; paid: number | string; grants: number | string }>(
          em,
          `SELECT COUNT(*) AS n, COALESCE(SUM(o.awarded_value_minor), 0) AS v,
                  (SELECT COALESCE(SUM(i.amount_minor), 0) FROM invoice i JOIN customer_order o2 ON o2.id = i.order_id
                    WHERE o2.award_date BETWEEN ? AND ? AND o2.status <> 'CANCELLED' AND o2.currency = 'NOK') AS inv,
                  (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payment p JOIN invoice i ON i.id = p.invoice_id JOIN customer_order o3 ON o3.id = i.order_id
                    WHERE o3.award_date BETWEEN ? AND ? AND o3.status <> 'CANCELLED' AND o3.currency = 'NOK') AS paid,
                  (SELECT COALESCE(SUM(amount_minor), 0) FROM grant_received WHERE currency = 'NOK' AND date <= ?) AS grants
             FROM customer_order o WHERE o.award_date BETWEEN ? AND ? AND o.status <> 'CANCELLED' AND o.currency = 'NOK'`,
          [from, to, from, to, to, from, to],
        ),
      );
      const mismatches = [
        ['orders.count', answer.orders.count, Number(indep.n)],
        ['orders.value', answer.orders.value.minorUnits, String(indep.v)],
        ['orders.invoiced', answer.orders.invoiced.minorUnits, String(indep.inv)],
        ['orders.paid', answer.orders.paid.minorUnits, String(indep.paid)],
        ['returnOnGrants.grants', answer.returnOnGrants.grants.minorUnits, String(indep.grants)],
      ].filter(([, a, b]) => String(a) !== String(b));

      // the screen's page: the counts are the full tables' lengths, the page the first 50 rows
      const screen = (await gql(SCREEN_QUERY)).data!.pipeline;
      if (screen.memberCount !== answer.members.length || screen.riskCount !== answer.risks.length)
        mismatches.push(['screen counts', `${screen.memberCount}/${screen.riskCount}`, `${answer.members.length}/${answer.risks.length}`]);
      if (screen.members.length !== Math.min(50, answer.members.length) || screen.risks.length !== Math.min(50, answer.risks.length))
        mismatches.push(['screen page', `${screen.members.length}/${screen.risks.length}`, '50/50']);

      const samples = { gql: [] as number[], screen: [] as number[], service: [] as number[], raw: [] as number[] };
      const time = async (fn: () => Promise<unknown>) => {
        const t0 = performance.now();
        await fn();
        return performance.now() - t0;
      };
      for (let i = -warmups; i < runs; i++) {
        // rotate the order so none of the three always runs first after a pause
        const order = [
          ['gql', () => gql()],
          ['screen', () => gql(SCREEN_QUERY)],
          ['service', () => service.report(SYSTEM_ACTOR, filter)],
          ['raw', raw],
        ] as const;
        for (let k = 0; k < order.length; k++) {
          const [name, fn] = order[(k + (i + warmups)) % order.length];
          const ms = await time(fn);
          if (i >= 0) samples[name].push(ms);
        }
      }
      const rawS = summarize(samples.raw);
      const pct = (xs: number[], q: number) =>
        round(
          percentile(
            [...xs].sort((a, b) => a - b),
            q * 100,
          ),
          1,
        );
      const p95 = (xs: number[]) =>
        round(
          percentile(
            [...xs].sort((a, b) => a - b),
            95,
          ),
          1,
        );
      const row = (scenario: string, xs: number[], goal: boolean): ResultRow => {
        const s = summarize(xs);
        const ratio = rawS.median ? s.median / rawS.median : null;
        const sqlite = ctx.opts.db === 'sqlite';
        return {
          entry: 'pipeline',
          scenario,
          scale: ctx.opts.quick ? 'small' : ctx.opts.scale,
          db: ctx.opts.db,
          unit: 'ms',
          median: round(s.median, 1),
          min: round(s.min, 1),
          max: round(s.max, 1),
          runs: s.runs,
          baseline: { label: `raw SQL (${statements.length} statements)`, value: round(rawS.median, 1) },
          ratio: ratio === null ? null : round(ratio, 2),
          goal: goal ? (sqlite ? `p50 ≤ ${PIPELINE_P50_GOAL_MS} ms, ≤ 3× raw SQL` : '≤ 3× raw SQL') : undefined,
          ok: goal && !ctx.opts.quick ? (sqlite ? s.median <= PIPELINE_P50_GOAL_MS : true) && ratio !== null && ratio <= 3 : null,
          details: {
            p95: p95(xs),
            p99: pct(xs, 0.99),
            max: round(Math.max(...xs), 1),
            rawP95: p95(samples.raw),
            statements: statements.length,
            from,
            to,
            members: answer.members.length,
            risks: answer.risks.length,
          },
          note: `p95 ${p95(xs)} ms, p99 ${pct(xs, 0.99)} ms, max ${round(Math.max(...xs), 1)} ms; period ${from} – ${to}; ${answer.members.length} member rows, ${answer.risks.length} risks${
            mismatches.length
              ? `; DIFFERS from independent SQL: ${mismatches.map((m) => m[0]).join(', ')}`
              : '; totals equal independent SQL'
          }`,
          harnessFailure: mismatches.length
            ? `pipeline figures differ from independent SQL sums: ${mismatches.map(([k, a, b]) => `${k} ${a} ≠ ${b}`).join('; ')}`
            : undefined,
        };
      };
      return [
        row('pipeline(one year) as the steering screen asks (first 50 members and risks) over GraphQL', samples.screen, true),
        row('pipeline(one year), every member row and risk, over GraphQL', samples.gql, true),
        row('PipelineService.report (no HTTP/GraphQL)', samples.service, false),
      ];
    } finally {
      await server?.stop();
      await app?.close();
    }
  },
};
