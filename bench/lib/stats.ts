import { performance } from 'node:perf_hooks';

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
  samples: number[];
}

/** Nearest-rank percentile of an ascending list (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return { runs: s.length, median: median(s), min: s[0], max: s[s.length - 1], p95: percentile(s, 95), samples: [...values] };
}

export function round(n: number, digits = 1): number {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Rounds to about three significant figures, for the table. */
export function sig(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))));
  return round(n, digits);
}

export interface MeasureOptions {
  warmups?: number;
  runs?: number;
  /** Runs before each timed (and warm-up) call, outside the timing: e.g. a fresh database. */
  setup?: () => Promise<void>;
  teardown?: () => Promise<void>;
}

/**
 * Times `fn` in milliseconds: `warmups` untimed calls, then `runs` (at least 5) timed ones.
 * Each call gets the result of its own setup, so runs never share state by accident.
 */
export async function measure<T>(fn: (run: number) => Promise<T>, opts: MeasureOptions = {}): Promise<Summary & { last: T }> {
  const warmups = opts.warmups ?? 1;
  const runs = Math.max(5, opts.runs ?? 5);
  let last!: T;
  const times: number[] = [];
  for (let i = -warmups; i < runs; i++) {
    await opts.setup?.();
    try {
      const t0 = performance.now();
      last = await fn(i);
      const ms = performance.now() - t0;
      if (i >= 0) times.push(ms);
    } finally {
      await opts.teardown?.();
    }
  }
  return { ...summarize(times), last };
}

/** Median of several runs of a scalar figure with its min and max (e.g. req/s of 5 autocannon runs). */
export function aggregate(values: readonly number[]): { median: number; min: number; max: number } {
  const s = summarize(values);
  return { median: s.median, min: s.min, max: s.max };
}
