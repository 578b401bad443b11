import type { INestApplicationContext } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { SYSTEM_ACTOR, osloDate } from '@app/core';
import { DEFAULT_INTERVAL_MONTHS, ProgrammeService, auditProgramme, type AuditProgramme } from '@app/audits';
import { benchUsers } from '../lib/bench-users';
import { GqlClient } from '../lib/graphql-client';
import { platformContext } from '../lib/nest';
import { type RunningServer, startApiServer } from '../lib/server-process';
import { round, summarize } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';

/**
 * The audit programme over the bench dataset (2,000 firms at the large scale: their supplier
 * registers, the network's orders with a member as prime, certificates, audit records and audits
 * under way), with its suggested coordinations. Three ways, interleaved so they share the
 * machine's noise:
 *   - ProgrammeService.programme as the association sees it (the six reads and the grouping);
 *   - the grouping alone (the pure auditProgramme on facts loaded once);
 *   - the GraphQL request as the leader's programme screen sends it (first 50 suppliers and
 *     suggestions), to the API server in production mode (its own process, pinned to core 0).
 * Goal (issue 28): suggested coordinations computed in ≤ 1 s for 2,000 firms; judged on p95 and
 * max, not only the median. The answer is checked (every suggestion two or more members due
 * within its window; service and pure function agree), so a fast but wrong programme is a
 * harness failure.
 */
export const PROGRAMME_SCREEN_QUERY = `{ auditProgramme { asOf needCount overdueCount supplierCount suggestionCount
  suggestions(first: 50) { supplier { name } standards suggestedDate windowEnd auditsSaved suggestedLeadMember { name } members { member { name } standards dueOn } }
  suppliers(first: 50) { supplier { name } overdue nextDueOn needs { standard dueOn overdue sources buyer { name } } } } }`;

function check(p: AuditProgramme): string[] {
  const problems: string[] = [];
  if (!p.suggestions.length) problems.push('no suggestion at all');
  for (const s of p.suggestions) {
    if (new Set(s.members.map((m) => m.memberId)).size < 2) problems.push(`a suggestion for supplier ${s.supplierId} has one member`);
    for (const m of s.members)
      if ((m.dueOn > p.asOf ? m.dueOn : p.asOf) > s.windowEnd)
        problems.push(`member ${m.memberId} of supplier ${s.supplierId} is due after the window`);
  }
  return problems.slice(0, 5);
}

export const auditProgrammeEntry: BenchEntry = {
  name: 'audit-programme',
  description: 'audit programme with suggested coordinations over the bench dataset: service, grouping alone, GraphQL screen request',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const runs = ctx.opts.quick ? 5 : 41;
    const warmups = ctx.opts.quick ? 1 : 5;
    const asOf = osloDate(new Date());
    let app: INestApplicationContext | undefined;
    let server: RunningServer | undefined;
    try {
      server = await startApiServer(ctx.target.env, { cpu: 0 });
      app = await platformContext(ctx.target.env);
      const client = new GqlClient(server.url);
      const leader = benchUsers(0).find((u) => u.key === 'leader')!;
      await client.login(leader.email, leader.password);
      const service = app.get(ProgrammeService);
      const facts = await service.facts(asOf);
      const pure = () =>
        auditProgramme({ asOf, horizonDays: 365, windowDays: 90, defaultIntervalMonths: DEFAULT_INTERVAL_MONTHS, ...facts });

      // correctness: the invariants of every suggestion, and the service agrees with the pure function
      const reference = pure();
      const problems = check(reference);
      const viaService = await service.programme(SYSTEM_ACTOR, {});
      if (viaService.suggestions.length !== reference.suggestions.length)
        problems.push(`service ${viaService.suggestions.length} suggestions, pure function ${reference.suggestions.length}`);
      const gql = async () => {
        const r = await client.post<{ auditProgramme: { suggestionCount: number } }>(PROGRAMME_SCREEN_QUERY);
        if (r.outcome !== 'OK' || !r.data) throw new Error(`auditProgramme request failed: ${r.outcome} ${r.errors?.[0]?.message ?? ''}`);
        return r.data.auditProgramme;
      };
      const screen = await gql();
      if (screen.suggestionCount !== reference.suggestions.length)
        problems.push(`GraphQL ${screen.suggestionCount} suggestions, pure function ${reference.suggestions.length}`);

      const samples = { service: [] as number[], pure: [] as number[], gql: [] as number[] };
      const time = async (fn: () => unknown) => {
        const t0 = performance.now();
        await fn();
        return performance.now() - t0;
      };
      for (let i = -warmups; i < runs; i++) {
        const order = [
          ['service', () => service.programme(SYSTEM_ACTOR, {})],
          ['pure', pure],
          ['gql', gql],
        ] as const;
        for (let k = 0; k < order.length; k++) {
          const [name, fn] = order[(k + i + warmups) % order.length];
          const ms = await time(fn);
          if (i >= 0) samples[name].push(ms);
        }
      }
      const counts = {
        register: facts.register.length,
        orderSupplies: facts.orders.length,
        records: facts.records.length,
        scheduled: facts.scheduled.length,
        activeMembers: facts.activeMemberIds.size,
      };
      const row = (scenario: string, xs: number[], goal: boolean): ResultRow => {
        const s = summarize(xs);
        const met = s.p95 <= 1000 && s.max <= 1000;
        return {
          entry: 'audit-programme',
          scenario,
          scale: ctx.opts.quick ? 'small' : ctx.opts.scale,
          db: ctx.opts.db,
          unit: 'ms',
          median: round(s.median, 1),
          min: round(s.min, 1),
          max: round(s.max, 1),
          runs: s.runs,
          goal: goal ? 'p95 and max ≤ 1 s' : undefined,
          ok: goal && !ctx.opts.quick ? met : null,
          details: { p95: round(s.p95, 1), ...counts, needs: reference.needs.length, suggestions: reference.suggestions.length },
          note: `p95 ${round(s.p95, 1)} ms; ${counts.activeMembers} active members, ${counts.register} register entries, ${counts.orderSupplies} supplies from orders, ${reference.needs.length} needs, ${reference.suggestions.length} suggestions${
            problems.length ? `; WRONG: ${problems.join('; ')}` : '; every suggestion checked'
          }`,
          harnessFailure: problems.length ? `audit programme answer is wrong: ${problems.join('; ')}` : undefined,
        };
      };
      return [
        row('auditProgramme service: six reads and the grouping, whole network', samples.service, true),
        row('auditProgramme over GraphQL as the programme screen asks (first 50 suppliers and suggestions)', samples.gql, true),
        row('grouping alone (pure auditProgramme on facts loaded once)', samples.pure, false),
      ];
    } finally {
      await server?.stop();
      await app?.close();
    }
  },
};
