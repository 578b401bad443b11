import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/core';
import { SCHEMA } from '@app/platform';
import type { ScratchDatabase } from '../lib/bench-target';
import { GqlClient } from '../lib/graphql-client';
import { benchConfig } from '../lib/nest';
import { type RunningServer, startApiServer } from '../lib/server-process';
import { aggregate, median, round } from '../lib/stats';
import { describeRounds, pooledPercentile, slowFindings } from '../lib/tails';
import type { BenchContext, BenchEntry, ResultRow } from '../lib/types';
import { SCALE_SPECS } from '../dataset/scales';
import {
  loadFacts,
  markers,
  type MixedLoadResult,
  runMixedLoad,
  simulatedUsers,
  type Verification,
  verifyWrites,
} from './mixed/mixed-load';

/**
 * Two API instances on one PostgreSQL database (issue 23, goal 5): the mixed load of the
 * mixed-load entry split across two API processes, each running its own reminder scheduler and
 * outbox delivery (every 2 s), against one copy of the bench database. Afterwards the servers are
 * stopped and the database checked: every acknowledged write is there and nothing else
 * (bench/entries/mixed), every notification was delivered exactly once (claimed once, one
 * attempt) and none is left waiting, and no reminder was stored twice. A lost or phantom write or
 * a notification sent twice is a harness failure.
 *
 * Three set-ups, interleaved round by round on fresh copies: one process on core 0 (the
 * reference), two processes sharing core 0 (the same CPU for the API: the cost of a second
 * process), and two processes on a core each (what a deployment adds a process for). On a
 * 2-core machine the second core also runs the load generator and PostgreSQL, so the last ratio
 * says more about contention than about scale.
 *
 * The races (the same package answered twice, the same idempotency key, the same royalty period)
 * have exactly one winner across two instances: test/two-instances.e2e-spec.ts asserts that.
 */

const REMINDER_INTERVAL_MS = 2000;

interface Setup {
  key: 'one' | 'two-shared' | 'two-cores';
  label: string;
  cores: number[];
}

const SETUPS: Setup[] = [
  { key: 'one', label: 'one API process (core 0)', cores: [0] },
  { key: 'two-shared', label: 'two API processes, both on core 0', cores: [0, 0] },
  { key: 'two-cores', label: 'two API processes, one on each core', cores: [0, 1] },
];

interface NotificationCheck {
  total: number;
  delivered: number;
  waiting: number;
  /** Delivered rows with more than one attempt: sent twice (or retried after a failure). */
  sentMoreThanOnce: number;
  duplicateKeys: number;
  /** Delivered notifications per process that claimed them (`claimed_by`). */
  byInstance: Record<string, number>;
}

interface Run {
  setup: Setup;
  result: MixedLoadResult;
  verification: Verification;
  notifications: NotificationCheck;
  died: string[];
}

async function checkNotifications(db: ScratchDatabase): Promise<NotificationCheck> {
  const ds = new DataSource(buildDataSourceOptions(benchConfig(db.env), SCHEMA));
  await ds.initialize();
  try {
    const [c] = await ds.query(
      `SELECT COUNT(*) AS total,
              SUM(CASE WHEN delivered_at IS NOT NULL THEN 1 ELSE 0 END) AS delivered,
              SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END) AS waiting,
              SUM(CASE WHEN delivered_at IS NOT NULL AND attempts <> 1 THEN 1 ELSE 0 END) AS twice
         FROM notification`,
    );
    const [d] = await ds.query(
      'SELECT COUNT(*) AS n FROM (SELECT dedupe_key FROM notification GROUP BY dedupe_key HAVING COUNT(*) > 1) dup',
    );
    const claims = (await ds.query(
      'SELECT claimed_by AS who, COUNT(*) AS n FROM notification WHERE delivered_at IS NOT NULL GROUP BY claimed_by',
    )) as { who: string | null; n: string | number }[];
    return {
      byInstance: Object.fromEntries(claims.map((x) => [x.who ?? '(none)', Number(x.n)])),
      total: Number(c.total),
      delivered: Number(c.delivered ?? 0),
      waiting: Number(c.waiting ?? 0),
      sentMoreThanOnce: Number(c.twice ?? 0),
      duplicateKeys: Number(d.n),
    };
  } finally {
    await ds.destroy();
  }
}

/** Marks one delivered notification as sent twice and another as never sent (on the throwaway copy, after the check). */
async function doctorNotifications(db: ScratchDatabase): Promise<void> {
  const ds = new DataSource(buildDataSourceOptions(benchConfig(db.env), SCHEMA));
  await ds.initialize();
  try {
    const rows = (await ds.query('SELECT id FROM notification WHERE delivered_at IS NOT NULL ORDER BY id LIMIT 2')) as { id: number }[];
    await ds.query(`UPDATE notification SET attempts = attempts + 1 WHERE id = ${Number(rows[0].id)}`);
    await ds.query(`UPDATE notification SET delivered_at = NULL WHERE id = ${Number(rows[1].id)}`);
  } finally {
    await ds.destroy();
  }
}

async function runSetup(ctx: BenchContext, setup: Setup, seconds: number, round: number): Promise<Run> {
  const copy = await ctx.target.copy(`multi_${setup.key.replace('-', '_')}`);
  const servers: RunningServer[] = [];
  try {
    for (const cpu of setup.cores)
      servers.push(await startApiServer(copy.env, { cpu, env: { REMINDER_INTERVAL_MS: String(REMINDER_INTERVAL_MS) } }));
    // every outbox row of the copy was delivered long ago; start the count from what this run makes
    const users = await simulatedUsers(servers[0].url, SCALE_SPECS[ctx.opts.quick ? 'small' : ctx.opts.scale].firmUsers);
    // the load split across the processes: every other user talks to the second one, with the
    // token the first one signed (one JWT_SECRET)
    users.forEach((u, i) => {
      const server = servers[i % servers.length];
      if (server === servers[0]) return;
      const client = new GqlClient(server.url);
      client.token = u.client.token;
      u.client = client;
    });
    const facts = await loadFacts(users);
    const mark = markers();
    const result = await runMixedLoad(users, {
      seconds,
      windowSeconds: ctx.opts.quick ? 1 : 5,
      facts,
      nextMarker: mark.next,
      seed: `multi-${setup.key}-${round}`,
    });
    // let both outboxes deliver what the last writes queued
    await new Promise((r) => setTimeout(r, REMINDER_INTERVAL_MS * 2.5));
    const died = servers.map((s) => s.died()).filter((d): d is string => !!d);
    for (const s of servers) await s.stop();
    const verification = await verifyWrites(copy, mark.prefix, result.acks, result.indeterminate);
    const notifications = await checkNotifications(copy);
    // controls: the same checks over doctored data must see it, so a blind check cannot pass
    if (result.acks.length) {
      const invented = { ...result.acks[0], marker: mark.next() };
      const control = await verifyWrites(copy, mark.prefix, [...result.acks.slice(1), invented]);
      if (!control.lost.some((l) => l.endsWith(invented.marker)) || !control.phantom.some((p) => p.endsWith(result.acks[0].marker)))
        verification.problems.push('control failed: the write check did not notice a doctored acknowledgement list');
    }
    if (notifications.delivered >= 2) {
      await doctorNotifications(copy);
      const control = await checkNotifications(copy);
      if (control.sentMoreThanOnce !== notifications.sentMoreThanOnce + 1 || control.waiting !== notifications.waiting + 1)
        verification.problems.push('control failed: the notification check did not notice a row sent twice and one never sent');
    }
    return { setup, result, verification, notifications, died };
  } finally {
    for (const s of servers) await s.stop();
    await copy.drop();
  }
}

function failureOf(runs: Run[]): string | undefined {
  const parts: string[] = [];
  for (const r of runs) {
    const v = r.verification;
    if (r.died.length) parts.push(`${r.setup.label}: ${r.died.join('; ')}`);
    if (v.lost.length) parts.push(`${r.setup.label}: ${v.lost.length} acknowledged write(s) lost: ${v.lost.slice(0, 3).join('; ')}`);
    if (v.phantom.length) parts.push(`${r.setup.label}: ${v.phantom.length} phantom write(s): ${v.phantom.slice(0, 3).join('; ')}`);
    if (v.problems.length) parts.push(`${r.setup.label}: ${v.problems.slice(0, 3).join('; ')}`);
    const n = r.notifications;
    if (n.sentMoreThanOnce) parts.push(`${r.setup.label}: ${n.sentMoreThanOnce} notification(s) delivered with more than one attempt`);
    if (n.duplicateKeys) parts.push(`${r.setup.label}: ${n.duplicateKeys} reminder(s) stored twice`);
    if (n.waiting) parts.push(`${r.setup.label}: ${n.waiting} notification(s) never delivered`);
  }
  return parts.length ? parts.join(' | ') : undefined;
}

export const multiInstanceEntry: BenchEntry = {
  name: 'multi-instance',
  description: 'the mixed load through two API processes on one PostgreSQL, reminders in both; every write and notification checked',
  async run(ctx: BenchContext): Promise<ResultRow[]> {
    const base = { entry: 'multi-instance', scale: ctx.opts.scale, db: ctx.opts.db };
    if (ctx.opts.db !== 'postgres') {
      return [
        {
          ...base,
          scenario: 'two API instances on one database',
          unit: '',
          median: null,
          runs: 0,
          goal: 'PostgreSQL only',
          ok: null,
          note: 'Several instances share a PostgreSQL database; on SQLite one instance runs (better-sqlite3 is one synchronous connection in one process). Run with --db postgres.',
        },
      ];
    }
    const seconds = ctx.opts.quick ? 5 : 20;
    const rounds = ctx.opts.quick ? 1 : 3;
    const runs = new Map<Setup['key'], Run[]>(SETUPS.map((s) => [s.key, []]));
    for (let r = 0; r < rounds; r++) {
      for (const setup of SETUPS) {
        const run = await runSetup(ctx, setup, seconds, r);
        runs.get(setup.key)!.push(run);
        const w = aggregate(run.result.windows.map((x) => x.rps));
        ctx.log(
          `round ${r + 1}, ${setup.label}: ${round(w.median, 0)} req/s (median of windows), p99 ${round(run.result.p99, 0)} ms, ${run.result.acks.length} writes acknowledged, lost ${run.verification.lost.length}, phantom ${run.verification.phantom.length}; notifications ${run.notifications.delivered}/${run.notifications.total} delivered, ${run.notifications.sentMoreThanOnce} twice`,
        );
      }
    }
    const one = median(runs.get('one')!.map((x) => aggregate(x.result.windows.map((w) => w.rps)).median));
    return SETUPS.map((setup): ResultRow => {
      const rs = runs.get(setup.key)!;
      const perRun = rs.map((x) => aggregate(x.result.windows.map((w) => w.rps)).median);
      const rps = aggregate(perRun);
      const windows = rs.flatMap((x) => x.result.windows.map((w) => w.tails)).map((t, i) => ({ ...t, round: i + 1 }));
      const all = rs.flatMap((x) => x.result.samples.filter((s) => s.outcome !== 'NETWORK').map((s) => s.ms));
      const failure = failureOf(rs);
      const errors = rs.reduce((n, x) => n + Object.entries(x.result.outcomes).reduce((m, [k, v]) => m + (k === 'OK' ? 0 : v), 0), 0);
      const writes = rs.reduce((n, x) => n + x.result.acks.length, 0);
      const notes = rs.map((x) => x.notifications);
      return {
        ...base,
        scenario: `${setup.label}: mixed load, req/s (median of ${seconds / (ctx.opts.quick ? 1 : 5)} windows per run)`,
        unit: 'req/s',
        median: round(rps.median, 0),
        min: round(rps.min, 0),
        max: round(rps.max, 0),
        runs: rs.length,
        baseline: setup.key === 'one' ? null : { label: 'one API process', value: round(one, 0) },
        ratio: setup.key === 'one' ? null : rps.median / one,
        goal: '0 lost, 0 phantom, every notification delivered exactly once (throughput: reported, no goal)',
        ok: !failure,
        harnessFailure: failure,
        details: {
          perRun,
          p99: pooledPercentile(all, 99),
          p999: pooledPercentile(all, 99.9),
          windows,
          writesAcknowledged: writes,
          errors,
          outcomes: rs.map((x) => x.result.outcomes),
          notifications: notes,
          verification: rs.map((x) => ({ ...x.verification, lost: x.verification.lost.length, phantom: x.verification.phantom.length })),
        },
        findings: slowFindings(`${setup.label} (5-s window of ${rounds} runs in order)`, windows),
        note:
          `${rs.length} runs of ${seconds} s; p99 ${round(pooledPercentile(all, 99), 0)} ms, p99.9 ${round(pooledPercentile(all, 99.9), 0)} ms over all requests; ` +
          `${writes} writes acknowledged, lost ${rs.reduce((n, x) => n + x.verification.lost.length, 0)}, phantom ${rs.reduce((n, x) => n + x.verification.phantom.length, 0)}, errors ${errors}; ` +
          `notifications delivered ${notes.map((n) => `${n.delivered}/${n.total} (by process: ${Object.values(n.byInstance).join(' + ')})`).join(', ')} (more than one attempt: ${notes.reduce((n, x) => n + x.sentMoreThanOnce, 0)}, duplicate reminders ${notes.reduce((n, x) => n + x.duplicateKeys, 0)}); ` +
          `windows: ${describeRounds(windows)}`,
      };
    });
  },
};
