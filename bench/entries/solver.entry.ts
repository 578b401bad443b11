import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import { loadForeign } from './foreign-benchmarks';

/** The row shape bench/solver.bench.ts returns (owned by the matching issue; read, not imported). */
interface SolverBenchRow {
  size: string;
  instances: number;
  p50Ms: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  refP50Ms?: number;
  ratio?: number;
  maxGap?: number;
  proven?: number;
  timeBudgetMs?: number;
  withinBudget?: boolean;
  refTimeouts?: number;
}

/** The consortium solver on seeded random tenders against the HiGHS reference MIP (bench/solver.bench.ts). */
export const solverEntry: BenchEntry = {
  name: 'solver',
  description: 'consortium solver vs the HiGHS reference (bench/solver.bench.ts)',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const loaded = loadForeign<(o: { quick: boolean }) => Promise<SolverBenchRow[]>>('solver.bench', 'solverBenchmark');
    if ('missing' in loaded) {
      // TODO(matching issue): bench/solver.bench.ts exports solverBenchmark({ quick }); until then this row says so
      return [{ entry: 'solver', scenario: 'not available', scale: '-', db: '-', unit: 'ms', median: null, runs: 0, note: loaded.missing }];
    }
    const rows = await loaded.fn({ quick: ctx.opts.quick });
    return rows.map((r) => ({
      entry: 'solver',
      scenario: `${r.size} (firms × requirements), ${r.instances} instances`,
      scale: '-',
      db: '-',
      unit: 'ms',
      median: r.p50Ms,
      min: r.minMs,
      max: r.maxMs,
      runs: r.instances,
      baseline: r.refP50Ms !== undefined ? { label: 'HiGHS MIP', value: r.refP50Ms } : null,
      ratio: r.refP50Ms ? r.p50Ms / r.refP50Ms : null,
      goal: r.timeBudgetMs !== undefined ? `≤ ${r.timeBudgetMs} ms budget` : undefined,
      ok: r.withinBudget ?? null,
      details: { ...r },
      note: `p95 ${r.p95Ms} ms; proven optimal ${r.proven ?? '-'} of ${r.instances}; max gap ${r.maxGap ?? '-'}${r.refTimeouts ? `; reference timeouts ${r.refTimeouts}` : ''}`,
    }));
  },
};
