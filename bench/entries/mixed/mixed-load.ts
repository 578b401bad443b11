import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { Role, buildDataSourceOptions } from '@app/core';
import { SCHEMA } from '@app/platform';
import type { ScratchDatabase } from '../../lib/bench-target';
import { benchUsers } from '../../lib/bench-users';
import { GqlClient } from '../../lib/graphql-client';
import { benchConfig } from '../../lib/nest';
import { Rng } from '../../lib/rng';
import type { RunningServer } from '../../lib/server-process';
import { percentile } from '../../lib/stats';
import { type RoundTails, roundTails } from '../../lib/tails';
import { type Ack, OPERATIONS, type Operation, type SharedFacts, type SimUser, type SqlReader, auditedMarkers } from './operations';

export interface Sample {
  at: number;
  ms: number;
  op: string;
  kind: 'read' | 'write';
  outcome: string;
}

export interface MixedLoadResult {
  seconds: number;
  users: number;
  samples: Sample[];
  acks: Ack[];
  /** Writes sent whose answer was not a clean acknowledgement (errors, timeouts). */
  unacknowledged: number;
  /**
   * Writes whose answer never came (connection lost, timeout): they may or may not have been
   * committed, so finding one in the database is reported, not counted as a phantom.
   */
  indeterminate: string[];
  windows: { from: number; requests: number; rps: number; p99: number; tails: RoundTails }[];
  outcomes: Record<string, number>;
  /** The first error message of each operation and outcome, e.g. "createBid CONFLICT": "…". */
  firstErrors: Record<string, string>;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  readP99: number;
  writeP99: number;
}

export interface Verification {
  lost: string[];
  phantom: string[];
  /** Writes whose answer was lost (connection dropped) and that turned out to be committed. */
  committedWithoutAnswer: string[];
  problems: string[];
  perOperation: Record<string, { acknowledged: number; found: number }>;
}

/** Signs in the bench users (leader, steering, firm users) as simulated people. */
export async function simulatedUsers(url: string, firmUsers: number): Promise<SimUser[]> {
  const users: SimUser[] = [];
  for (const u of benchUsers(firmUsers)) {
    if (u.role === Role.ADMIN) continue;
    const client = new GqlClient(url);
    await client.login(u.email, u.password);
    const me = await client.must<{ me: { firmId: number | null } }>('{ me { firmId } }');
    users.push({ key: u.key, role: u.role, client, firmId: me.data.me.firmId, state: new Map() });
  }
  return users;
}

/**
 * What the operations draw on, read through the API as the users see it: the capability codes,
 * tenders open for bids with their requirements (as the leader), and each bench firm's order
 * lines (as that firm's user). The pool of offered packages starts empty and fills as the
 * leader offers.
 */
export async function loadFacts(users: SimUser[]): Promise<SharedFacts> {
  const leader = users.find((u) => u.role === Role.PROJECT_LEADER);
  if (!leader) throw new Error('the mixed load needs the bench project leader');
  const codes = await leader.client.must<{ capabilityCatalogue: { code: string }[] }>('{ capabilityCatalogue { code } }');
  const tenders = await leader.client.must<{
    tenders: {
      nodes: {
        id: number;
        requirements: {
          id: number;
          hours: number;
          windowStart: string;
          windowEnd: string;
          draft: boolean;
          requiredCertificates: { type: string }[];
        }[];
      }[];
    };
  }>(
    '{ tenders(first: 200, filter: { stages: [GO, BID_IN_PREPARATION] }) { nodes { id requirements { id hours windowStart windowEnd draft requiredCertificates { type } } } } }',
  );
  const orderLines = new Map<number, { id: number; room: number }[]>();
  for (const u of users.filter((x) => x.role === Role.FIRM_USER && x.firmId)) {
    const r = await u.client.must<{
      orders: {
        status: string;
        lines: { id: number; memberId: number; value: { minorUnits: string }; invoices: { amount: { minorUnits: string } }[] }[];
      }[];
    }>('{ orders { status lines { id memberId value { minorUnits } invoices { amount { minorUnits } } } } }');
    // with what is left of each line's value: invoices beyond it are refused, rightly
    orderLines.set(
      u.firmId!,
      r.data.orders
        .filter((o) => o.status !== 'CANCELLED')
        .flatMap((o) =>
          o.lines
            .filter((l) => l.memberId === u.firmId)
            .map((l) => ({
              id: l.id,
              room: Number(l.value.minorUnits) - l.invoices.reduce((a, i) => a + Number(i.amount.minorUnits), 0),
            })),
        ),
    );
  }
  return {
    capabilityCodes: codes.data.capabilityCatalogue.map((c) => c.code),
    year: new Date().getUTCFullYear(),
    bidTenders: tenders.data.tenders.nodes
      // not those needing NADCAP: the bench firms hold every other certificate (users.dataset.ts),
      // and an offer to an ineligible firm is refused, rightly, with CONFLICT
      .map((t) => ({
        tenderId: t.id,
        requirements: t.requirements.filter((r) => !r.draft && !r.requiredCertificates.some((c) => c.type === 'NADCAP')),
      }))
      .filter((t) => t.requirements.length),
    benchFirmIds: users.filter((u) => u.role === Role.FIRM_USER && u.firmId).map((u) => u.firmId!),
    orderLines,
    pool: new Map(),
  };
}

/**
 * Every simulated user runs a closed loop (one request at a time, no think time) for `seconds`:
 * picks an operation by its role's weights, sends it, and records latency and outcome. A write
 * is acknowledged only by a 200 without errors; its marker is then expected in the database.
 */
export async function runMixedLoad(
  users: SimUser[],
  opts: {
    seconds: number;
    windowSeconds: number;
    facts: SharedFacts;
    nextMarker: () => string;
    seed: string;
    onWindow?: (w: number) => void;
  },
): Promise<MixedLoadResult> {
  const samples: Sample[] = [];
  const acks: Ack[] = [];
  let unacknowledged = 0;
  const indeterminate: string[] = [];
  const firstErrors: Record<string, string> = {};
  const facts = opts.facts;
  const t0 = performance.now();
  const end = t0 + opts.seconds * 1000;
  const loop = async (u: SimUser, rng: Rng) => {
    const mine = OPERATIONS.filter((o) => (o.weights[u.role] ?? 0) > 0);
    const pick = <T>(xs: readonly T[]) => rng.pick(xs);
    while (performance.now() < end) {
      const op = rng.weighted(mine.map((o) => [o, o.weights[u.role]!] as [Operation, number]));
      const marker = opts.nextMarker();
      const sent = op.send(u, marker, facts, pick);
      if (!sent) continue;
      const r = await sent;
      samples.push({ at: performance.now() - t0, ms: r.ms, op: op.name, kind: op.kind, outcome: r.outcome });
      if (r.outcome !== 'OK') firstErrors[`${op.name} ${r.outcome}`] ??= r.errors?.[0]?.message ?? `HTTP ${r.status}`;
      if (op.kind !== 'write') continue;
      if (r.outcome === 'OK' && r.data) {
        acks.push({ op: op.name, marker, user: u.key, data: Object.values(r.data)[0] as Record<string, unknown> });
        op.acknowledged?.(u, marker, r.data, facts);
      } else {
        unacknowledged++;
        if (r.outcome === 'NETWORK') indeterminate.push(marker);
      }
    }
  };
  const ticker = opts.onWindow
    ? setInterval(() => opts.onWindow!(Math.round((performance.now() - t0) / 1000)), opts.windowSeconds * 1000)
    : undefined;
  try {
    await Promise.all(users.map((u) => loop(u, new Rng(`${opts.seed}:${u.key}`))));
  } finally {
    if (ticker) clearInterval(ticker);
  }
  const seconds = (performance.now() - t0) / 1000;
  const windows: MixedLoadResult['windows'] = [];
  for (let from = 0; from + opts.windowSeconds <= opts.seconds + 1e-9; from += opts.windowSeconds) {
    // answered requests only: a refused connection is not throughput
    const answered = samples.filter((s) => s.outcome !== 'NETWORK' && s.at >= from * 1000 && s.at < (from + opts.windowSeconds) * 1000);
    const inside = answered.map((s) => s.ms).sort((a, b) => a - b);
    const tails = roundTails(
      windows.length + 1,
      answered.map((s) => ({ atMs: s.at - from * 1000, ms: s.ms, what: s.op })),
      opts.windowSeconds,
    );
    windows.push({ from, requests: inside.length, rps: inside.length / opts.windowSeconds, p99: percentile(inside, 99), tails });
  }
  const outcomes: Record<string, number> = {};
  for (const s of samples) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
  const sorted = (k?: 'read' | 'write') =>
    samples
      .filter((s) => !k || s.kind === k)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
  return {
    seconds,
    users: users.length,
    samples,
    acks,
    unacknowledged,
    indeterminate,
    windows,
    outcomes,
    firstErrors,
    p50: percentile(sorted(), 50),
    p99: percentile(sorted(), 99),
    p999: percentile(sorted(), 99.9),
    max: sorted().at(-1) ?? NaN,
    readP99: percentile(sorted('read'), 99),
    writeP99: percentile(sorted('write'), 99),
  };
}

/** Unique markers for one run: bm-<random>-<n>, so runs can be told apart in any database. */
export function markers(): { prefix: string; next: () => string } {
  const prefix = `bm-${randomBytes(3).toString('hex')}-`;
  let n = 0;
  return { prefix, next: () => `${prefix}${++n}` };
}

/**
 * Opens the (stopped) server's database and checks every write: acknowledged ⇔ present. A write
 * whose answer never arrived (`indeterminate`) may be either; it is reported when present.
 */
export async function verifyWrites(db: ScratchDatabase, prefix: string, acks: Ack[], indeterminate: string[] = []): Promise<Verification> {
  const ds = new DataSource(buildDataSourceOptions(benchConfig(db.env), SCHEMA));
  await ds.initialize();
  try {
    const sql: SqlReader = (q) => ds.query(q);
    const lost: string[] = [];
    const phantom: string[] = [];
    const committedWithoutAnswer: string[] = [];
    const unknown = new Set(indeterminate);
    const problems: string[] = [];
    const perOperation: Verification['perOperation'] = {};
    for (const op of OPERATIONS.filter((o) => o.kind === 'write')) {
      const mine = acks.filter((a) => a.op === op.name);
      const acked = new Set(mine.map((a) => a.marker));
      const found = (await op.found?.(sql, prefix)) ?? new Set<string>();
      for (const m of acked) if (!found.has(m)) lost.push(`${op.name} ${m}`);
      for (const m of found) if (!acked.has(m)) (unknown.has(m) ? committedWithoutAnswer : phantom).push(`${op.name} ${m}`);
      problems.push(...((await op.check?.(sql, mine)) ?? []));
      perOperation[op.name] = { acknowledged: acked.size, found: found.size };
    }
    const audited = await auditedMarkers(sql, prefix);
    const all = new Set(acks.map((a) => a.marker));
    for (const m of all) if (!audited.has(m)) problems.push(`acknowledged write ${m} has no audit record`);
    for (const m of audited) if (!all.has(m) && !unknown.has(m)) problems.push(`audit record for ${m}, which was never acknowledged`);
    return { lost, phantom, committedWithoutAnswer, problems, perOperation };
  } finally {
    await ds.destroy();
  }
}

export async function stopAndVerify(
  server: RunningServer,
  db: ScratchDatabase,
  prefix: string,
  acks: Ack[],
  indeterminate: string[],
): Promise<Verification> {
  await server.stop();
  return verifyWrites(db, prefix, acks, indeterminate);
}
