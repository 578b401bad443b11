import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import { loadForeign } from './foreign-benchmarks';

/** The row shape bench/brochure.bench.ts returns (owned by the brochures issue; read, not imported). */
interface BrochureRow {
  scenario: string;
  runs: number;
  p50Ms?: number;
  p95Ms?: number;
  minMs?: number;
  maxMs?: number;
  pages?: number;
  bytes?: number;
  peakHeapGrowthMiB?: number;
  peakRssGrowthMiB?: number;
  target?: string;
  ok?: boolean;
  notes?: string;
}

/** PDF brochures rendered by pdfkit (bench/brochure.bench.ts). */
export const brochureEntry: BenchEntry = {
  name: 'brochure',
  description: 'capability and tender brochure PDFs (bench/brochure.bench.ts)',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const loaded = loadForeign<(o: { quick: boolean }) => Promise<BrochureRow[]>>('brochure.bench', 'brochureBenchmark');
    if ('missing' in loaded) {
      return [
        { entry: 'brochure', scenario: 'not available', scale: '-', db: '-', unit: 'ms', median: null, runs: 0, note: loaded.missing },
      ];
    }
    const rows = await loaded.fn({ quick: ctx.opts.quick });
    return rows.map((r) => {
      const memory = r.peakHeapGrowthMiB !== undefined;
      const size = [r.pages !== undefined ? `${r.pages} pages` : '', r.bytes !== undefined ? `${Math.round(r.bytes / 1024)} KiB` : '']
        .filter(Boolean)
        .join(', ');
      return {
        entry: 'brochure',
        scenario: r.scenario,
        scale: '-',
        db: '-',
        // memory rows are one render: its peak heap growth is the figure, its time a note
        unit: memory ? 'MiB' : 'ms',
        median: memory ? (r.peakHeapGrowthMiB ?? null) : (r.p50Ms ?? r.minMs ?? null),
        min: memory ? null : r.minMs,
        max: memory ? null : r.maxMs,
        runs: r.runs,
        goal: r.target,
        ok: r.ok ?? null,
        details: { ...r },
        note: [
          memory
            ? `peak heap growth; RSS growth ${r.peakRssGrowthMiB} MiB; ${r.minMs} ms`
            : r.p95Ms !== undefined
              ? `p95 ${r.p95Ms} ms`
              : '',
          size,
          r.notes ?? '',
        ]
          .filter(Boolean)
          .join('; '),
      };
    });
  },
};
