import type { INestApplicationContext } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Database, osloDate, rawQuery } from '@app/core';
import { ExchangeMatchingService, ExchangePosting } from '@app/exchange';
import { benchUsers } from '../lib/bench-users';
import { GqlClient } from '../lib/graphql-client';
import { platformContext } from '../lib/nest';
import { type RunningServer, startApiServer } from '../lib/server-process';
import { percentile, round, summarize } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';

const MATCHES = `query($id: Int!) { exchangeMatches(needId: $id, first: 10) {
  rank source memberId postingId availableHours coveredHours coversFully overlapStart overlapEnd certificates
  member { name } offer { id hoursOpen windowStart windowEnd } indicativePricePerHour { minorUnits } } }`;

interface Match {
  rank: number;
  source: string;
  postingId: number | null;
  offer: { id: number } | null;
}

/**
 * Matching one need on the capacity exchange against every open offer (10,000 in the large
 * dataset) and the free registered capacity of every firm that has the capability (2,000 firms),
 * as the project leader asks for it over GraphQL (the API server in production mode, its own
 * process on core 0), and ExchangeMatchingService.matchesFor in the harness's process. The need is
 * the open need whose capability has the most open offers: the worst case. Goal (issue 22): p95 ≤ 50 ms.
 */
export const exchangeMatchingEntry: BenchEntry = {
  name: 'exchange-matching',
  description: 'exchangeMatches for one need against every open offer and every firm’s free capacity (goal p95 ≤ 50 ms)',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const runs = ctx.opts.quick ? 5 : 101;
    const warmups = ctx.opts.quick ? 1 : 5;
    let app: INestApplicationContext | undefined;
    let server: RunningServer | undefined;
    try {
      server = await startApiServer(ctx.target.env, { cpu: 0 });
      app = await platformContext(ctx.target.env);
      const db = app.get(Database);
      const today = osloDate(new Date());
      const [worst] = await db.read((em) =>
        rawQuery<{ id: number; code: string; offers: number | string; holders: number | string }>(
          em,
          `SELECT n.id, n.capability_code AS code,
                  (SELECT COUNT(*) FROM exchange_posting o WHERE o.kind = 'OFFER' AND o.status = 'OPEN' AND o.capability_code = n.capability_code
                      AND o.window_end >= ? AND o.hours_agreed < o.hours) AS offers,
                  (SELECT COUNT(*) FROM member_capability c WHERE c.code = n.capability_code) AS holders
             FROM exchange_posting n
            WHERE n.kind = 'NEED' AND n.status = 'OPEN' AND n.window_end >= ? AND n.hours_agreed < n.hours
            ORDER BY offers DESC, n.id LIMIT 1`,
          [today, today],
        ),
      );
      if (!worst) throw new Error('the bench dataset has no open need; rebuild it (npm run bench:data -- --force)');
      const [openOffers] = await db.read((em) =>
        rawQuery<{ n: number | string }>(
          em,
          "SELECT COUNT(*) AS n FROM exchange_posting WHERE kind = 'OFFER' AND status = 'OPEN' AND window_end >= ?",
          [today],
        ),
      );
      const [firms] = await db.read((em) => rawQuery<{ n: number | string }>(em, 'SELECT COUNT(*) AS n FROM member'));
      const need = await db.read((em) => em.findOneByOrFail(ExchangePosting, { id: Number(worst.id) }));
      const service = app.get(ExchangeMatchingService);
      const client = new GqlClient(server.url);
      const leader = benchUsers(0).find((u) => u.key === 'leader')!;
      await client.login(leader.email, leader.password);
      const gql = async () => {
        const r = await client.post<{ exchangeMatches: Match[] }>(MATCHES, { id: need.id });
        if (r.outcome !== 'OK' || !r.data) throw new Error(`exchangeMatches failed: ${r.outcome} ${r.errors?.[0]?.message ?? ''}`);
        return r.data.exchangeMatches;
      };

      // correctness: every offer match is an open offer of the need's capability whose window meets the need's
      const answer = await gql();
      const all = (await service.matchesFor([need])).get(need.id) ?? [];
      const offerIds = answer.filter((m) => m.source === 'OFFER').map((m) => m.postingId!);
      const wrong = offerIds.length
        ? await db.read((em) =>
            rawQuery<{ id: number }>(
              em,
              `SELECT id FROM exchange_posting WHERE id IN (${offerIds.map(() => '?').join(', ')})
                 AND NOT (kind = 'OFFER' AND status = 'OPEN' AND capability_code = ? AND window_start <= ? AND window_end >= ? AND member_id <> ?)`,
              [...offerIds, need.capabilityCode, need.windowEnd, need.windowStart, need.memberId],
            ),
          )
        : [];
      const ranksOk = answer.every((m, i) => m.rank === i + 1) && answer.length === Math.min(10, all.length);

      const samples = { gql: [] as number[], service: [] as number[] };
      for (let i = -warmups; i < runs; i++) {
        const order = i % 2 ? (['gql', 'service'] as const) : (['service', 'gql'] as const);
        for (const name of order) {
          const t0 = performance.now();
          if (name === 'gql') await gql();
          else await service.matchesFor([need]);
          if (i >= 0) samples[name].push(performance.now() - t0);
        }
      }
      const failure =
        wrong.length || !ranksOk
          ? `matches are wrong: ${wrong.length} offers that do not fit, ranks ${ranksOk ? 'ok' : 'not 1..n'}`
          : undefined;
      const row = (scenario: string, xs: number[], goal: boolean): ResultRow => {
        const s = summarize(xs);
        const sorted = [...xs].sort((a, b) => a - b);
        const p95 = round(percentile(sorted, 95), 1);
        const p99 = round(percentile(sorted, 99), 1);
        return {
          entry: 'exchange-matching',
          scenario,
          scale: ctx.opts.quick ? 'small' : ctx.opts.scale,
          db: ctx.opts.db,
          unit: 'ms',
          median: round(s.median, 1),
          min: round(s.min, 1),
          max: round(s.max, 1),
          runs: s.runs,
          goal: goal ? 'p95 ≤ 50 ms' : undefined,
          ok: goal && !ctx.opts.quick ? p95 <= 50 : null,
          details: {
            p95,
            p99,
            openOffers: Number(openOffers.n),
            offersOfCapability: Number(worst.offers),
            firms: Number(firms.n),
            holders: Number(worst.holders),
            matches: all.length,
          },
          note: `p95 ${p95} ms, p99 ${p99} ms; ${Number(openOffers.n)} open offers, ${Number(worst.offers)} of ${worst.code}; ${Number(firms.n)} firms, ${Number(worst.holders)} with ${worst.code}; ${all.length} matches`,
          harnessFailure: failure,
        };
      };
      return [
        row('exchangeMatches(one need, first 10) over GraphQL as the project leader', samples.gql, true),
        row('ExchangeMatchingService.matchesFor (no HTTP/GraphQL)', samples.service, false),
      ];
    } finally {
      await server?.stop();
      await app?.close();
    }
  },
};
