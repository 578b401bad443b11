import { osloDate } from '@app/core';
import { buildBenchDatabase } from '../dataset';
import { SCALE_SPECS } from '../dataset/scales';
import { round, summarize } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';

/**
 * The dataset generator itself: the whole build (migrations, bulk inserts, bench users) into a
 * fresh database, one warm-up and five timed builds. Every build must give the same checksum:
 * a generator that is not deterministic is a harness failure.
 */
export const datasetEntry: BenchEntry = {
  name: 'dataset',
  description: 'build time of the deterministic dataset (fresh database each run)',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const scale = ctx.opts.quick ? 'small' : ctx.opts.scale;
    const anchor = osloDate(new Date());
    const seconds: number[] = [];
    const checksums = new Set<string>();
    let rows = 0;
    const modules = new Map<string, number[]>();
    // the quick smoke run builds twice (the checksum must repeat), the measurement six times
    const runs = ctx.opts.quick ? 1 : 5;
    for (let run = -1; run < runs; run++) {
      const db = await ctx.target.fresh('dataset');
      try {
        const r = await buildBenchDatabase(db, { scale, kind: ctx.opts.db, anchor, log: () => undefined });
        checksums.add(r.checksum);
        rows = r.rows;
        if (run >= 0) {
          seconds.push(r.totalSeconds);
          for (const m of r.modules) modules.set(m.name, [...(modules.get(m.name) ?? []), m.seconds]);
        }
        ctx.log(`${run < 0 ? 'warm-up' : `run ${run + 1}`}: ${r.totalSeconds.toFixed(1)} s, checksum ${r.checksum}`);
      } finally {
        await db.drop();
      }
    }
    const s = summarize(seconds);
    const spec = SCALE_SPECS[scale];
    const goal = scale === 'large' ? 300 : 30;
    const perModule = [...modules].map(([name, xs]) => `${name} ${round(summarize(xs).median, 1)} s`).join(', ');
    return [
      {
        entry: 'dataset',
        scenario: `build ${scale}: ${spec.firms.toLocaleString('en')} firms, ${spec.tenders.toLocaleString('en')} tenders (${rows.toLocaleString('en')} rows)`,
        scale,
        db: ctx.opts.db,
        unit: 's',
        median: round(s.median, 2),
        min: round(s.min, 2),
        max: round(s.max, 2),
        runs: s.runs,
        goal: `≤ ${goal / 60 >= 1 ? `${goal / 60} min` : `${goal} s`}, same checksum every run`,
        ok: s.median <= goal && checksums.size === 1,
        harnessFailure: checksums.size > 1 ? `the generator is not deterministic: checksums ${[...checksums].join(', ')}` : undefined,
        details: { checksum: [...checksums][0], anchor, rows, modules: Object.fromEntries(modules) },
        note: `checksum ${[...checksums].join(', ')} (anchor ${anchor}); per module: ${perModule}`,
      },
    ];
  },
};
