import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCALE_SPECS } from '../dataset/scales';
import { benchTempDir } from '../lib/bench-target';
import { type RunningServer, rssMiB, startApiServer } from '../lib/server-process';
import { aggregate, round } from '../lib/stats';
import { describeRounds, slowFindings } from '../lib/tails';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import {
  loadFacts,
  markers,
  type MixedLoadResult,
  runMixedLoad,
  simulatedUsers,
  stopAndVerify,
  type Verification,
  verifyWrites,
} from './mixed/mixed-load';

/**
 * Mixed load and soak: the leader, a steering member and several firm users read and write at
 * the same time against a copy of the bench database (server pinned to core 0, production
 * mode). Afterwards the server is stopped and the database checked: every acknowledged write is
 * there (in its table and in the audit trail) and nothing unacknowledged is. A lost or phantom
 * write is a harness failure (exit 1), whatever the timings.
 */

function errorSummary(r: MixedLoadResult): { errors: number; text: string } {
  const bad = Object.entries(r.outcomes).filter(([k]) => k !== 'OK');
  const first = Object.entries(r.firstErrors)
    .map(([k, m]) => `${k}: "${m.slice(0, 160)}"`)
    .join('; ');
  return {
    errors: bad.reduce((n, [, v]) => n + v, 0),
    text: bad.length ? `${bad.map(([k, v]) => `${k} ${v}`).join(', ')} (first of each: ${first})` : 'none',
  };
}

function verificationFailure(v: Verification): string | undefined {
  const parts: string[] = [];
  if (v.lost.length) parts.push(`${v.lost.length} acknowledged write(s) lost: ${v.lost.slice(0, 5).join('; ')}`);
  if (v.phantom.length) parts.push(`${v.phantom.length} phantom write(s): ${v.phantom.slice(0, 5).join('; ')}`);
  if (v.committedWithoutAnswer.length)
    parts.push(`${v.committedWithoutAnswer.length} write(s) committed although the client never got an answer (connection lost)`);
  if (v.problems.length) parts.push(`${v.problems.length} problem(s): ${v.problems.slice(0, 5).join('; ')}`);
  return parts.length ? parts.join(' | ') : undefined;
}

interface LoadRun {
  result: MixedLoadResult;
  verification: Verification;
  server: RunningServer;
  memory?: { rssStart: number | null; rssEnd: number | null; probes: { rss: number; heapUsed: number }[]; rssSamples: number[] };
}

async function mixedRun(ctx: BenchContext, seconds: number, windowSeconds: number, tag: string, withMemory: boolean): Promise<LoadRun> {
  const copy = await ctx.target.copy(tag);
  const memoryFile = withMemory ? join(benchTempDir(), `${tag}-${process.pid}-memory.jsonl`) : undefined;
  let server: RunningServer | undefined;
  try {
    server = await startApiServer(copy.env, { cpu: 0, memoryFile });
    const users = await simulatedUsers(server.url, SCALE_SPECS[ctx.opts.quick ? 'small' : ctx.opts.scale].firmUsers);
    const facts = await loadFacts(users);
    const mark = markers();
    // warm-up: a short untimed stretch of the same load (its writes are verified too)
    const warm = await runMixedLoad(users, {
      seconds: ctx.opts.quick ? 1 : 5,
      windowSeconds: 1,
      facts,
      nextMarker: mark.next,
      seed: `${tag}-warm`,
    });
    const probe = () => {
      if (memoryFile && !server!.died()) process.kill(server!.pid, 'SIGWINCH');
    };
    probe();
    const rssStart = rssMiB(server.pid);
    const rssSamples: number[] = [];
    const result = await runMixedLoad(users, {
      seconds,
      windowSeconds,
      facts,
      nextMarker: mark.next,
      seed: tag,
      onWindow: (t) => {
        const rss = rssMiB(server!.pid);
        if (rss !== null) rssSamples.push(rss);
        if (withMemory) ctx.log(`${t} s: RSS ${rss?.toFixed(0)} MiB`);
      },
    });
    const rssEnd = rssMiB(server.pid);
    const died = server.died();
    probe();
    await new Promise((r) => setTimeout(r, 300));
    // both stretches are checked together: the warm-up's writes are real writes too
    const acks = [...warm.acks, ...result.acks];
    const verification = await stopAndVerify(server, copy, mark.prefix, acks, [...warm.indeterminate, ...result.indeterminate]);
    if (died) verification.problems.unshift(`${died}: ${server.output().slice(-600).replace(/\s+/g, ' ')}`);
    // control: the same check over a doctored list (one write dropped, one invented) must see both
    if (acks.length) {
      const invented = { ...acks[0], marker: mark.next() };
      const control = await verifyWrites(copy, mark.prefix, [...acks.slice(1), invented]);
      const seesLost = control.lost.some((l) => l.endsWith(invented.marker));
      const seesPhantom = control.phantom.some((p) => p.endsWith(acks[0].marker));
      if (!seesLost || !seesPhantom) verification.problems.push('control failed: the check did not notice a doctored acknowledgement list');
    }
    const probes = memoryFile
      ? readFileSync(memoryFile, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { rss: number; heapUsed: number })
      : [];
    return { result, verification, server, memory: withMemory ? { rssStart, rssEnd, probes, rssSamples } : undefined };
  } finally {
    await server?.stop();
    await copy.drop();
  }
}

function loadRows(ctx: BenchContext, entry: string, label: string, run: LoadRun, goalP99: number): ResultRow[] {
  const { result: r, verification: v } = run;
  const windows = aggregate(r.windows.map((w) => w.rps));
  const p99s = aggregate(r.windows.map((w) => w.p99));
  const errs = errorSummary(r);
  const failure = verificationFailure(v);
  const writes = r.samples.filter((s) => s.kind === 'write').length;
  const perOp = Object.entries(v.perOperation)
    .map(([k, x]) => `${k} ${x.acknowledged}/${x.found}`)
    .join(', ');
  const common = { entry, scale: ctx.opts.scale, db: ctx.opts.db, runs: r.windows.length };
  return [
    {
      ...common,
      scenario: `${label}: throughput, ${r.users} users`,
      unit: 'req/s',
      median: round(windows.median, 0),
      min: round(windows.min, 0),
      max: round(windows.max, 0),
      goal: '0 errors, 0 lost, 0 phantom',
      ok: !failure && errs.errors === 0,
      harnessFailure: failure,
      details: {
        seconds: r.seconds,
        requests: r.samples.length,
        writes,
        acknowledged: r.acks.length,
        unacknowledged: r.unacknowledged,
        outcomes: r.outcomes,
        windows: r.windows,
        verification: { ...v, lost: v.lost.length, phantom: v.phantom.length },
      },
      note: `${r.samples.length} requests (${writes} writes, ${r.acks.length} acknowledged) in ${round(r.seconds, 0)} s, medians over ${r.windows.length} windows; errors: ${errs.text}; lost ${v.lost.length}, phantom ${v.phantom.length}, answer lost but committed ${v.committedWithoutAnswer.length}; acknowledged/found per write: ${perOp}`,
    },
    {
      ...common,
      scenario: `${label}: latency p99`,
      unit: 'ms',
      median: round(p99s.median, 1),
      min: round(p99s.min, 1),
      max: round(p99s.max, 1),
      goal: `p99 ≤ ${goalP99} ms`,
      ok: p99s.median <= goalP99,
      details: {
        p50: r.p50,
        p99: r.p99,
        p999: r.p999,
        max: r.max,
        readP99: r.readP99,
        writeP99: r.writeP99,
        windowP99: r.windows.map((w) => w.p99),
        windows: r.windows.map((w) => w.tails),
      },
      // a "round" here is a window of the run
      findings: slowFindings(
        `${label} (window)`,
        r.windows.map((w) => w.tails),
      ),
      note: `p99 per window; over all ${r.samples.length} requests: p50 ${round(r.p50, 1)} ms, p99 ${round(r.p99, 1)} ms (reads ${round(r.readP99, 1)}, writes ${round(r.writeP99, 1)}), p99.9 ${round(r.p999, 1)} ms, max ${round(r.max, 0)} ms, ${r.windows.reduce((n, w) => n + w.tails.over1s, 0)} > 1 s; per window: ${describeRounds(r.windows.map((w) => w.tails))}`,
    },
  ];
}

export const mixedLoadEntry: BenchEntry = {
  name: 'mixed-load',
  description: 'concurrent reads and writes from simulated users, then every write checked in the database',
  async run(ctx) {
    const seconds = ctx.opts.quick ? 3 : 30;
    const run = await mixedRun(ctx, seconds, ctx.opts.quick ? 1 : 5, 'mixed', false);
    return loadRows(ctx, 'mixed-load', `${seconds} s mixed`, run, 500);
  },
};

export const soakEntry: BenchEntry = {
  name: 'soak',
  description: 'the mixed load for 5 minutes; server memory at start and end',
  async run(ctx) {
    const seconds = ctx.opts.quick ? 4 : 300;
    const run = await mixedRun(ctx, seconds, ctx.opts.quick ? 2 : 30, 'soak', true);
    const rows = loadRows(ctx, 'soak', `${seconds / 60 >= 1 ? `${seconds / 60} min` : `${seconds} s`} soak`, run, 500);
    const m = run.memory!;
    const MiB = 2 ** 20;
    const [heapStart, heapEnd] = [m.probes[0], m.probes[m.probes.length - 1]];
    const first = run.result.windows[0]?.rps ?? 0;
    const last = run.result.windows[run.result.windows.length - 1]?.rps ?? 0;
    rows.push(
      {
        entry: 'soak',
        scenario: 'server RSS, end vs start of the load',
        scale: ctx.opts.scale,
        db: ctx.opts.db,
        unit: 'MiB',
        median: m.rssEnd === null ? null : round(m.rssEnd, 1),
        min: m.rssSamples.length ? round(Math.min(...m.rssSamples), 1) : null,
        max: m.rssSamples.length ? round(Math.max(...m.rssSamples), 1) : null,
        runs: 1,
        baseline: m.rssStart === null ? null : { label: 'at start', value: round(m.rssStart, 1) },
        ratio: m.rssStart && m.rssEnd ? m.rssEnd / m.rssStart : null,
        goal: '≤ start + 50 MiB',
        ok: m.rssStart !== null && m.rssEnd !== null ? m.rssEnd <= m.rssStart + 50 : null,
        details: { rssSamples: m.rssSamples },
        note: `VmRSS from /proc/<pid>/status; min/max over samples every window`,
      },
      {
        entry: 'soak',
        scenario: 'server heap after full GC, end vs start',
        scale: ctx.opts.scale,
        db: ctx.opts.db,
        unit: 'MiB',
        median: heapEnd ? round(heapEnd.heapUsed / MiB, 1) : null,
        runs: 1,
        baseline: heapStart ? { label: 'at start', value: round(heapStart.heapUsed / MiB, 1) } : null,
        ratio: heapStart && heapEnd ? heapEnd.heapUsed / heapStart.heapUsed : null,
        goal: '≤ start + 10 MiB',
        ok: heapStart && heapEnd && m.probes.length >= 2 ? heapEnd.heapUsed <= heapStart.heapUsed + 10 * MiB : null,
        details: { probes: m.probes },
        note: 'process.memoryUsage().heapUsed after global.gc(), via a preloaded probe on SIGWINCH',
      },
      {
        entry: 'soak',
        scenario: 'throughput, last window vs first',
        scale: ctx.opts.scale,
        db: ctx.opts.db,
        unit: 'req/s',
        median: round(last, 0),
        runs: 1,
        baseline: { label: 'first window', value: round(first, 0) },
        ratio: first ? last / first : null,
        goal: '≥ 0.8× first window',
        ok: first ? last >= 0.8 * first : null,
      },
    );
    return rows;
  },
};
