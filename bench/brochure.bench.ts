/**
 * Brochure PDF benchmark: the 36-firm network brochure, a 5-firm tender brochure, and a
 * 2,000-firm network brochure streamed from a factory into a sink that keeps nothing.
 * Data comes from the deterministic generator in libs/brochures/src/pdf/testing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Writable } from 'node:stream';
import { renderNetworkBrochure, renderTenderBrochure, type BrochureResult, type FirmProfile } from '../libs/brochures/src/pdf';
import { firmStream, networkBrochureData, tenderBrochureData } from '../libs/brochures/src/pdf/testing/brochure-fixtures';

export interface Row {
  readonly scenario: string;
  readonly runs: number;
  readonly p50Ms?: number;
  readonly p95Ms?: number;
  readonly minMs?: number;
  readonly maxMs?: number;
  readonly pages?: number;
  readonly bytes?: number;
  /** Highest heap/RSS seen while rendering, above the level just before (after a full GC). */
  readonly peakHeapGrowthMiB?: number;
  readonly peakRssGrowthMiB?: number;
  readonly target?: string;
  readonly ok?: boolean;
  readonly notes?: string;
}

const MiB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A full GC, also when node was started without --expose-gc. */
function gcFunction(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Counts bytes and, every few chunks, notes the highest heap and RSS. */
class MeasuringSink extends Writable {
  bytes = 0;
  peakHeap = 0;
  peakRss = 0;
  private chunks = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    if (this.chunks++ % 32 === 0) this.sample();
    callback();
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.peakHeap = Math.max(this.peakHeap, usage.heapUsed);
    this.peakRss = Math.max(this.peakRss, usage.rss);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function timed(runs: number, warmups: number, render: (out: Writable) => Promise<BrochureResult>) {
  for (let i = 0; i < warmups; i++) await render(new MeasuringSink());
  const times: number[] = [];
  let last: BrochureResult = { pages: 0, bytes: 0 };
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await render(new MeasuringSink());
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { times, result: last, p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function peakGrowth(gc: () => void, render: (out: MeasuringSink) => Promise<BrochureResult>) {
  gc();
  const before = process.memoryUsage();
  const sink = new MeasuringSink();
  sink.sample();
  const start = performance.now();
  const result = await render(sink);
  const ms = performance.now() - start;
  sink.sample();
  return { result, ms, heapMiB: (sink.peakHeap - before.heapUsed) / MiB, rssMiB: (sink.peakRss - before.rss) / MiB };
}

export async function brochureBenchmark(opts: { quick: boolean }): Promise<Row[]> {
  const gc = gcFunction();
  const rows: Row[] = [];

  const network = networkBrochureData(36);
  const n = await timed(opts.quick ? 5 : 20, 3, (out) => renderNetworkBrochure(network, out));
  const netOk = n.p95 <= 150 && n.result.bytes <= 300 * 1024;
  rows.push({
    scenario: 'network brochure, 36 firms',
    runs: n.times.length,
    p50Ms: round(n.p50),
    p95Ms: round(n.p95),
    minMs: round(n.times[0]),
    maxMs: round(n.times[n.times.length - 1]),
    pages: n.result.pages,
    bytes: n.result.bytes,
    target: 'p95 ≤ 150 ms, ≤ 300 KiB',
    ok: netOk,
  });

  const tender = tenderBrochureData();
  const t = await timed(opts.quick ? 5 : 30, 3, (out) => renderTenderBrochure(tender, out));
  rows.push({
    scenario: 'tender brochure, 5 firms',
    runs: t.times.length,
    p50Ms: round(t.p50),
    p95Ms: round(t.p95),
    minMs: round(t.times[0]),
    maxMs: round(t.times[t.times.length - 1]),
    pages: t.result.pages,
    bytes: t.result.bytes,
    target: 'p95 ≤ 100 ms',
    ok: t.p95 <= 100,
  });

  // memory: the 36-firm brochure as reference, then 2,000 firms (500 in the quick smoke run)
  // streamed from a factory; during the profile walk the heap is also read after a full GC at every
  // quarter, to show it stays flat
  const streamed = opts.quick ? 500 : 2000;
  const small = await peakGrowth(gc, (out) => renderNetworkBrochure(network, out));
  const retained: number[] = [];
  let walk = 0;
  const source = firmStream(streamed);
  const firms = () => {
    const pass = ++walk;
    return (async function* (): AsyncGenerator<FirmProfile> {
      let i = 0;
      for await (const firm of source()) {
        if (pass === 3 && ++i % (streamed / 4) === 0) {
          gc();
          retained.push(round(process.memoryUsage().heapUsed / MiB));
        }
        yield firm;
      }
    })();
  };
  const large = await peakGrowth(gc, (out) => renderNetworkBrochure({ ...networkBrochureData(streamed, { stream: true }), firms }, out));
  rows.push({
    scenario: 'network brochure, 36 firms (memory reference)',
    runs: 1,
    minMs: round(small.ms),
    pages: small.result.pages,
    bytes: small.result.bytes,
    peakHeapGrowthMiB: round(small.heapMiB),
    peakRssGrowthMiB: round(small.rssMiB),
  });
  rows.push({
    scenario: `network brochure, ${streamed.toLocaleString('en')} firms streamed`,
    runs: 1,
    minMs: round(large.ms),
    pages: large.result.pages,
    bytes: large.result.bytes,
    peakHeapGrowthMiB: round(large.heapMiB),
    peakRssGrowthMiB: round(large.rssMiB),
    notes: `heap after GC at firm ${[1, 2, 3, 4].map((q) => (q * streamed) / 4).join('/')} of the profile walk: ${retained.join(' / ')} MiB`,
  });
  return rows;
}
