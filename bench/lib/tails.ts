import { percentile, round } from './stats';

/**
 * Honest tails: every throughput figure is reported per round (or window) with its p99, p99.9,
 * slowest request and the number of requests slower than a second, and every such request is
 * a finding of its own. A median of rounds hides a round in which the server stalled for
 * seconds; these do not.
 */
export const SLOW_MS = 1000;

/** One request slower than SLOW_MS: when it was answered (seconds into its round) and how long it took. */
export interface SlowRequest {
  atS: number;
  ms: number;
  /** What it was, where a round mixes several kinds of request (the mixed load). */
  what?: string;
}

export interface RoundTails {
  /** 1-based round (or window) number. */
  round: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  /** Requests slower than SLOW_MS, timeouts included (a timeout is a request that never came back). */
  over1s: number;
  /** The slow requests themselves, the slowest first (at most 20 per round). */
  slow: SlowRequest[];
}

/** Tails of one round from its latencies (ms) and when each was answered (ms since the round began). */
export function roundTails(
  roundNo: number,
  samples: readonly { atMs: number; ms: number; what?: string }[],
  seconds: number,
  timeouts = 0,
): RoundTails {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const slow = samples
    .filter((s) => s.ms > SLOW_MS)
    .sort((a, b) => b.ms - a.ms)
    .map((s) => ({ atS: round(s.atMs / 1000, 1), ms: round(s.ms, 0), ...(s.what ? { what: s.what } : {}) }));
  return {
    round: roundNo,
    requests: samples.length,
    rps: seconds > 0 ? samples.length / seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    over1s: slow.length + timeouts,
    slow: slow.slice(0, 20),
  };
}

/** p99 over every request of every round (the figure a goal "p99 ≤ x" is judged by). */
export function pooledPercentile(latencies: readonly number[], p: number): number {
  return percentile(
    [...latencies].sort((a, b) => a - b),
    p,
  );
}

/** "r1 p99 12 / p99.9 30 / max 41 ms, 0 > 1 s; r2 …" for a note. */
export function describeRounds(rounds: readonly RoundTails[]): string {
  return rounds.map((r) => `r${r.round} p99 ${fmt(r.p99)} / p99.9 ${fmt(r.p999)} / max ${fmt(r.max)} ms, ${r.over1s} > 1 s`).join('; ');
}

/** One line per round that had a request over a second: these are printed, never averaged away. */
export function slowFindings(label: string, rounds: readonly RoundTails[]): string[] {
  return rounds
    .filter((r) => r.over1s > 0)
    .map(
      (r) =>
        `${label}, round ${r.round}: ${r.over1s} request(s) slower than ${SLOW_MS / 1000} s` +
        (r.slow.length
          ? ` (${r.slow
              .slice(0, 5)
              .map((s) => `${s.ms} ms at ${s.atS} s${s.what ? ` ${s.what}` : ''}`)
              .join(', ')}${r.slow.length > 5 ? ', …' : ''})`
          : '') +
        (r.over1s > r.slow.length ? `; ${r.over1s - r.slow.length} of them never answered (timeout)` : ''),
    );
}

const fmt = (n: number) => (Number.isFinite(n) ? String(round(n, n < 10 ? 1 : 0)) : '-');
