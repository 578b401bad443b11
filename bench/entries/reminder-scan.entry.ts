import Sqlite from 'better-sqlite3';
import type { INestApplicationContext } from '@nestjs/common';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Database, QueryCounter, rawQuery } from '@app/core';
import { RemindersService } from '@app/platform';
import { benchUsers } from '../lib/bench-users';
import { GqlClient } from '../lib/graphql-client';
import { runLoad } from '../lib/load-runner';
import { type RoundTails, describeRounds, slowFindings } from '../lib/tails';
import type { LoadResult } from '../lib/load-worker';
import { platformContext } from '../lib/nest';
import { type RunningServer, startApiServer } from '../lib/server-process';
import { round, summarize } from '../lib/stats';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import { MEMBERS_50 } from './api-throughput.entry';

/**
 * The reminder scan (issue 21): `RemindersService.runOnce` scans response deadlines, submission
 * deadlines and the certificates that active bids need, and stores each reminder once. Two views:
 *   - in the harness's process, on a copy of the bench database: how long one scan takes the
 *     first time (it stores every reminder) and again (nothing new), how many SQL statements it
 *     runs, and how long a request would have waited: a probe reads the database (as /health
 *     does) back to back while the scan runs, and the event loop's longest stall is sampled;
 *   - over HTTP: the API server (production mode, pinned to core 0) with reminders every 2 s,
 *     against the same server without reminders, each started fresh on a fresh copy every round
 *     (so the first scan, which stores everything, falls inside the measured window), both under
 *     the same load: /health on one connection and the member list (50 firms) on two. p99 and the
 *     slowest response are compared.
 * Goal: no request waits more than 100 ms because of the scan.
 */
const INTERVAL_MS = 2000;
const TIMEOUT_MS = 10_000;

interface ScanFigures {
  ms: number;
  stored: number;
  statements: number;
  probeMaxMs: number;
  probes: number;
  loopMaxMs: number;
}

async function measuredScan(app: INestApplicationContext): Promise<ScanFigures> {
  const reminders = app.get(RemindersService);
  const db = app.get(Database);
  const counter = app.get(QueryCounter);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  let done = false;
  let probeMaxMs = 0;
  let probes = 0;
  // a request arriving every millisecond: its wait runs from when it was due (so a stalled event
  // loop counts as well as the lock) to when its read returned
  const probe = (async () => {
    while (!done) {
      const due = performance.now() + 1;
      await new Promise((r) => setTimeout(r, 1));
      await db.ping();
      probeMaxMs = Math.max(probeMaxMs, performance.now() - due);
      probes++;
    }
  })();
  const before = counter.total;
  loop.enable();
  const t0 = performance.now();
  const { stored } = await reminders.scan(new Date());
  const ms = performance.now() - t0;
  loop.disable();
  done = true;
  await probe;
  return { ms, stored, statements: counter.total - before, probeMaxMs, probes, loopMaxMs: loop.max / 1e6 };
}

const failuresOf = (r: LoadResult) => r.non2xx + r.graphqlErrors + r.wrongAnswers + r.connectionErrors + r.timeouts;
/** Each round's tails, numbered by round. */
const numbered = (rs: LoadResult[]): RoundTails[] => rs.map((r, i) => ({ ...r.tails, round: i + 1 }));

export const reminderScanEntry: BenchEntry = {
  name: 'reminder-scan',
  description: 'the reminder scan: its time, statements and the longest wait it causes; API p99/max under load across scans',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const { quick, scale, db: dbKind } = ctx.opts;
    const rows: ResultRow[] = [];
    const base = { entry: 'reminder-scan', scale, db: dbKind };

    // ---- in process
    const copy = await ctx.target.copy('reminders');
    try {
      const app = await platformContext(copy.env);
      try {
        const db = app.get(Database);
        const size = await db.read(async (em) => {
          const [r] = await rawQuery<{ packages: number; needs: number; certificates: number }>(
            em,
            `SELECT (SELECT COUNT(*) FROM work_package) AS packages, (SELECT COUNT(*) FROM work_package_need) AS needs,
                    (SELECT COUNT(*) FROM certificate) AS certificates`,
          );
          return { packages: Number(r.packages), needs: Number(r.needs), certificates: Number(r.certificates) };
        });
        const coldRuns = quick ? 1 : 3;
        const warmRuns = quick ? 2 : 5;
        const cold: ScanFigures[] = [];
        const warm: ScanFigures[] = [];
        for (let i = 0; i < coldRuns; i++) {
          await db.transaction((tx) => tx.query('DELETE FROM notification'));
          cold.push(await measuredScan(app));
          ctx.log(
            `first scan ${i + 1}: ${round(cold.at(-1)!.ms, 0)} ms, ${cold.at(-1)!.stored} stored, longest wait ${round(cold.at(-1)!.probeMaxMs, 1)} ms`,
          );
        }
        for (let i = 0; i < warmRuns; i++) {
          warm.push(await measuredScan(app));
          if (warm.at(-1)!.stored !== 0) throw new Error(`a repeated scan stored ${warm.at(-1)!.stored} reminders again`);
        }
        for (const [label, runs] of [
          ['first scan (stores every reminder)', cold],
          ['repeated scan (nothing new)', warm],
        ] as const) {
          const t = summarize(runs.map((r) => r.ms));
          const wait = summarize(runs.map((r) => r.probeMaxMs));
          const loop = summarize(runs.map((r) => r.loopMaxMs));
          rows.push({
            ...base,
            scenario: `scan in process: ${label}`,
            unit: 'ms',
            median: round(t.median, 1),
            min: round(t.min, 1),
            max: round(t.max, 1),
            runs: runs.length,
            goal: 'longest wait of a concurrent read ≤ 100 ms',
            ok: wait.max <= 100,
            details: {
              ...size,
              stored: runs[0].stored,
              statements: runs.map((r) => r.statements),
              probeMaxMs: wait.samples,
              loopMaxMs: loop.samples,
            },
            note: `${runs[0].stored} reminders stored, ${runs[0].statements} SQL statements; longest wait of a concurrent read ${round(wait.max, 1)} ms (event loop stalled ≤ ${round(loop.max, 1)} ms); ${size.packages} packages, ${size.needs} certificate needs, ${size.certificates} certificates`,
          });
        }
      } finally {
        await app.close();
      }
    } finally {
      await copy.drop();
    }

    // ---- over HTTP, under load
    if (dbKind !== 'sqlite') {
      ctx.log('the HTTP part runs on SQLite only (better-sqlite3 blocks the event loop; PostgreSQL does not)');
      return rows;
    }
    const durationSeconds = quick ? 2 : 12;
    const rounds = quick ? 1 : 3;
    const results: Record<'quiet' | 'scanning', { health: LoadResult[]; members: LoadResult[]; stored: number[] }> = {
      quiet: { health: [], members: [], stored: [] },
      scanning: { health: [], members: [], stored: [] },
    };
    const leader = benchUsers(0).find((u) => u.key === 'leader')!;
    const load = async (server: RunningServer, token: string) =>
      Promise.all([
        runLoad(
          { url: `${server.url}/health`, method: 'GET', connections: 1, durationSeconds, body: '', headers: {}, expect: '"status":"ok"' },
          1,
        ),
        runLoad(
          {
            url: `${server.url}/graphql`,
            connections: 2,
            durationSeconds,
            body: JSON.stringify({ query: MEMBERS_50 }),
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            expect: '"nodes":[{',
          },
          1,
        ),
      ]);
    // Both servers start fresh on a fresh copy every round, with the same load from the start: the
    // only difference is the scan (the first one stores every reminder, inside the window).
    const measure = async (kind: 'quiet' | 'scanning') => {
      const copy = await ctx.target.copy(`reminders-${kind}`);
      try {
        const server = await startApiServer(copy.env, {
          cpu: 0,
          env: { REMINDER_INTERVAL_MS: kind === 'quiet' ? '0' : String(INTERVAL_MS) },
        });
        try {
          const token = await new GqlClient(server.url).login(leader.email, leader.password);
          const [health, members] = await load(server, token);
          results[kind].health.push(health);
          results[kind].members.push(members);
          const died = server.died();
          if (died) throw new Error(died);
        } finally {
          await server.stop();
        }
        const file = new Sqlite(copy.env.DATABASE_PATH, { readonly: true });
        results[kind].stored.push((file.prepare('SELECT COUNT(*) AS n FROM notification').get() as { n: number }).n);
        file.close();
      } finally {
        await copy.drop();
      }
    };
    for (let r = 0; r < rounds; r++) {
      await measure('quiet');
      await measure('scanning');
      ctx.log(
        `round ${r + 1}: /health slowest ${round(results.quiet.health.at(-1)!.maxMs, 0)} ms quiet, ${round(results.scanning.health.at(-1)!.maxMs, 0)} ms with scans (${results.scanning.stored.at(-1)} reminders stored); members p99 ${round(results.quiet.members.at(-1)!.p99Ms, 0)} / ${round(results.scanning.members.at(-1)!.p99Ms, 0)} ms`,
      );
    }
    for (const [key, label] of [
      ['health', 'GET /health, 1 connection'],
      ['members', 'members(first: 50), 2 connections'],
    ] as const) {
      const quiet = results.quiet[key];
      const scanning = results.scanning[key];
      // autocannon gives up on a request after 10 s and leaves it out of the latencies: count it as 10 s
      const slowest = (r: LoadResult) => (r.timeouts > 0 ? Math.max(r.maxMs, TIMEOUT_MS) : r.maxMs);
      const worstQuiet = Math.max(...quiet.map(slowest));
      const worstScanning = Math.max(...scanning.map(slowest));
      const timeouts = scanning.reduce((n, r) => n + r.timeouts, 0);
      const p99 = (rs: LoadResult[]) => summarize(rs.map((r) => r.p99Ms));
      const failures = [...quiet, ...scanning].reduce((n, r) => n + failuresOf(r), 0);
      rows.push({
        ...base,
        scenario: `API under load with a scan every ${INTERVAL_MS / 1000} s: ${label}, slowest response`,
        unit: 'ms',
        median: round(summarize(scanning.map(slowest)).median, 1),
        min: round(Math.min(...scanning.map(slowest)), 1),
        max: round(worstScanning, 1),
        runs: scanning.length,
        baseline: { label: 'the same load, no scans (slowest)', value: round(worstQuiet, 1) },
        ratio: null,
        goal: 'slowest response ≤ the slowest without scans + 100 ms, 0 errors',
        ok: failures === 0 && worstScanning <= worstQuiet + 100,
        details: {
          durationSeconds,
          scanning: scanning.map((r) => ({
            p50: r.p50Ms,
            p99: r.p99Ms,
            p999: r.p999Ms,
            max: r.maxMs,
            requests: r.total,
            timeouts: r.timeouts,
            over1s: r.tails.over1s,
          })),
          quiet: quiet.map((r) => ({
            p50: r.p50Ms,
            p99: r.p99Ms,
            p999: r.p999Ms,
            max: r.maxMs,
            requests: r.total,
            timeouts: r.timeouts,
            over1s: r.tails.over1s,
          })),
          remindersStoredPerRound: results.scanning.stored,
          failures,
        },
        findings: [
          ...slowFindings(`${label}, with scans`, numbered(scanning)),
          ...slowFindings(`${label}, without scans`, numbered(quiet)),
        ],
        note: `per round with scans: ${describeRounds(numbered(scanning))}; without: ${describeRounds(numbered(quiet))}; ${timeouts ? `${timeouts} requests timed out (> 10 s) with scans; ` : ''}p99 ${round(p99(scanning).median, 1)} ms with scans vs ${round(p99(quiet).median, 1)} ms without (median of ${scanning.length}); slowest ${round(worstScanning, 1)} vs ${round(worstQuiet, 1)} ms; ${results.scanning.stored.join('/')} reminders stored per window; ${failures} failed requests`,
      });
    }
    return rows;
  },
};
