import { Role } from '@app/core';
import type { GqlClient, GqlResponse } from '../../lib/graphql-client';

/** One simulated person: a signed-in client and what they have made so far in this run. */
export interface SimUser {
  key: string;
  role: Role;
  client: GqlClient;
  /** FIRM_USER: their own firm. */
  firmId: number | null;
  /** Operation-specific memory, e.g. tenders this user created that are still IDENTIFIED. */
  state: Map<string, unknown[]>;
}

/** What the mixed load invoices at a time (kr 1 250,00). */
const INVOICE_MINOR = 125_000;

export interface SharedFacts {
  capabilityCodes: string[];
  year: number;
  /** Requirements of tenders in GO or BID_IN_PREPARATION: what the leader bids on. */
  bidTenders: { tenderId: number; requirements: { id: number; hours: number; windowStart: string; windowEnd: string }[] }[];
  /** The firms of the bench firm users, who answer offers. */
  benchFirmIds: number[];
  /**
   * Order lines (of orders that are not cancelled) per bench firm, to invoice against, with what is
   * left of each line's value to invoice (a line's invoices may not exceed it; spent as invoices are sent).
   */
  orderLines: Map<number, { id: number; room: number }[]>;
  /** Between users: work packages offered and not yet answered, per firm ("offered:<firmId>"). */
  pool: Map<string, number[]>;
}

/** Reads SQL rows from the database after the load (plain SQL both SQLite and PostgreSQL accept). */
export type SqlReader = <T = Record<string, unknown>>(sql: string) => Promise<T[]>;

export interface Ack {
  op: string;
  marker: string;
  user: string;
  data: Record<string, unknown>;
}

/**
 * One kind of request in the mixed load. Reads just send; writes put their unique `marker` in a
 * column that `found` can look up afterwards, so the run can prove that every acknowledged write
 * is in the database and nothing else is. Later issues add offers, responses, invoices … here:
 * a new Operation in OPERATIONS, with weights for the roles that do it.
 */
export interface Operation {
  name: string;
  kind: 'read' | 'write';
  /** How often each role picks it relative to its other operations (absent: never). */
  weights: Partial<Record<Role, number>>;
  /** Sends one request, or returns null when it cannot run now (e.g. no tender of one's own yet). */
  send(user: SimUser, marker: string, facts: SharedFacts, pick: <T>(xs: readonly T[]) => T): Promise<GqlResponse> | null;
  /** After an acknowledged write: remember what it made. */
  acknowledged?(user: SimUser, marker: string, data: Record<string, unknown>, facts: SharedFacts): void;
  /** Writes only: the markers of this operation that are in the database now. */
  found?(sql: SqlReader, prefix: string): Promise<Set<string>>;
  /** Writes only: further consistency checks over the acknowledged writes; returns problems. */
  check?(sql: SqlReader, acks: Ack[]): Promise<string[]>;
}

const OPEN_STAGES = '[IDENTIFIED, QUALIFYING, GO, BID_IN_PREPARATION, SUBMITTED]';
/** A write whose marker also travels as x-request-id, for writes that have no free-text field of their own. */
const write = (u: SimUser, marker: string, query: string, variables: Record<string, unknown>) =>
  u.client.post(query, variables, { requestId: marker });
const poolOf = (facts: SharedFacts, key: string) => {
  if (!facts.pool.has(key)) facts.pool.set(key, []);
  return facts.pool.get(key)!;
};
const markers = async (sql: SqlReader, query: string) => new Set((await sql<{ m: string }>(query)).map((r) => r.m));
const like = (prefix: string) => `'${prefix}%'`;
const state = <T>(u: SimUser, key: string) => {
  if (!u.state.has(key)) u.state.set(key, []);
  return u.state.get(key)! as T[];
};

export const OPERATIONS: Operation[] = [
  // ---------------------------------------------------------------- reads
  {
    name: 'read members',
    kind: 'read',
    weights: { [Role.PROJECT_LEADER]: 2, [Role.STEERING]: 3, [Role.FIRM_USER]: 3 },
    send: (u) =>
      u.client.post('{ members(first: 50) { totalCount nodes { id name capabilities { code name } certificates { label expired } } } }'),
  },
  {
    name: 'read open tenders',
    kind: 'read',
    weights: { [Role.PROJECT_LEADER]: 3, [Role.STEERING]: 4 },
    send: (u) =>
      u.client.post(
        `{ tenders(first: 50, filter: { stages: ${OPEN_STAGES} }) { totalCount nodes { id title stage deadline requirements { capabilityCode hours } } } }`,
      ),
  },
  {
    name: 'read expiring certificates',
    kind: 'read',
    weights: { [Role.PROJECT_LEADER]: 1, [Role.STEERING]: 1, [Role.FIRM_USER]: 1 },
    send: (u) => u.client.post('{ expiringCertificates(withinDays: 60) { label validUntil member { name } } }'),
  },
  {
    name: 'read own firm',
    kind: 'read',
    weights: { [Role.FIRM_USER]: 2 },
    send: (u) =>
      u.client.post(
        'query ($id: Int!) { member(id: $id) { name capabilities { code capacityHoursPerMonth hourlyRate { minorUnits } } certificates { label validUntil } } }',
        {
          id: u.firmId,
        },
      ),
  },
  // ---------------------------------------------------------------- writes
  {
    name: 'setMemberCapability',
    kind: 'write',
    weights: { [Role.FIRM_USER]: 3 },
    send: (u, marker, facts, pick) =>
      u.client.post(
        'mutation ($input: SetMemberCapabilityInput!) { setMemberCapability(input: $input) { id memberId code keyEquipment } }',
        {
          input: {
            memberId: u.firmId,
            code: pick(facts.capabilityCodes),
            capacityHoursPerMonth: 100 + (Number(marker.split('-').pop()) % 500),
            keyEquipment: marker,
          },
        },
      ),
    // every acknowledged version is in the audit trail, written in the same transaction
    found: (sql, prefix) =>
      sql<{ after: string }>(`SELECT "after" FROM audit_record WHERE action = 'setMemberCapability' AND "after" LIKE '%${prefix}%'`).then(
        (rows) => new Set(rows.map((r) => (JSON.parse(r.after) as { keyEquipment: string }).keyEquipment)),
      ),
    // and the row holds the last acknowledged version (each firm has one writer, so ack order is commit order)
    async check(sql, acks) {
      const last = new Map<string, string>();
      for (const a of acks) last.set(`${a.data.memberId}/${a.data.code}`, a.marker);
      const rows = await sql<{ member_id: number; code: string; key_equipment: string | null }>(
        `SELECT member_id, code, key_equipment FROM member_capability WHERE member_id IN (${[...new Set(acks.map((a) => Number(a.data.memberId)))].join(',') || 0})`,
      );
      const now = new Map(rows.map((r) => [`${r.member_id}/${r.code}`, r.key_equipment]));
      return [...last]
        .filter(([k, m]) => now.get(k) !== m)
        .map(([k, m]) => `capability ${k} holds ${now.get(k) ?? 'nothing'}, not the last acknowledged ${m}`);
    },
  },
  {
    name: 'addCertificate',
    kind: 'write',
    weights: { [Role.FIRM_USER]: 1 },
    send: (u, marker) =>
      u.client.post('mutation ($input: AddCertificateInput!) { addCertificate(input: $input) { id scope } }', {
        input: {
          memberId: u.firmId,
          type: 'ISO_9001',
          issuer: 'Bench issuer',
          scope: marker,
          validFrom: '2026-01-01',
          validUntil: '2029-01-01',
        },
      }),
    found: (sql, prefix) => markers(sql, `SELECT scope AS m FROM certificate WHERE scope LIKE ${like(prefix)}`),
  },
  {
    name: 'createTender',
    kind: 'write',
    weights: { [Role.PROJECT_LEADER]: 2 },
    send: (u, marker) =>
      u.client.post('mutation ($input: CreateTenderInput!) { createTender(input: $input) { id externalId } }', {
        input: {
          title: `Bench tender ${marker}`,
          buyerName: 'Forsvarsmateriell',
          market: 'DEFENCE',
          source: 'BENCH',
          externalId: marker,
          estimatedValue: { minorUnits: '150000000', currency: 'NOK' },
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      }),
    acknowledged: (u, _m, data) => state<number>(u, 'identified').push((data.createTender as { id: number }).id),
    found: (sql, prefix) => markers(sql, `SELECT external_id AS m FROM tender WHERE source = 'BENCH' AND external_id LIKE ${like(prefix)}`),
  },
  {
    name: 'addRequirement',
    kind: 'write',
    weights: { [Role.PROJECT_LEADER]: 2 },
    send(u, marker, facts, pick) {
      const mine = [...state<number>(u, 'identified'), ...state<number>(u, 'qualifying')];
      if (!mine.length) return null;
      return u.client.post('mutation ($input: AddRequirementInput!) { addRequirement(input: $input) { id description } }', {
        input: {
          tenderId: pick(mine),
          capabilityCode: pick(facts.capabilityCodes),
          hours: 200,
          description: marker,
          windowStart: `${facts.year + 1}-02-01`,
          windowEnd: `${facts.year + 1}-06-30`,
          requiredCertificates: [{ type: 'ISO_9001' }],
        },
      });
    },
    found: (sql, prefix) => markers(sql, `SELECT description AS m FROM requirement WHERE description LIKE ${like(prefix)}`),
  },
  {
    name: 'moveTenderStage',
    kind: 'write',
    weights: { [Role.PROJECT_LEADER]: 1 },
    send(u, marker) {
      const identified = state<number>(u, 'identified');
      if (!identified.length) return null;
      // taken off the list now: a second move of the same tender would be an illegal move
      const tenderId = identified.shift()!;
      state<number>(u, 'moving').push(tenderId);
      return u.client.post('mutation ($input: MoveTenderStageInput!) { moveTenderStage(input: $input) { id stage } }', {
        input: { tenderId, to: 'QUALIFYING', reason: marker },
      });
    },
    acknowledged: (u, _m, data) => state<number>(u, 'qualifying').push((data.moveTenderStage as { id: number }).id),
    found: (sql, prefix) => markers(sql, `SELECT reason AS m FROM tender_stage_transition WHERE reason LIKE ${like(prefix)}`),
  },
  // ------------------------------------------------ offers, answers and invoices (bids, orders)
  {
    name: 'createBid',
    kind: 'write',
    weights: { [Role.PROJECT_LEADER]: 1 },
    send(u, marker, facts, pick) {
      if (!facts.bidTenders.length) return null;
      const t = pick(facts.bidTenders);
      return write(u, marker, 'mutation ($input: CreateBidInput!) { createBid(input: $input) { id tenderId title } }', {
        input: { tenderId: t.tenderId, title: marker },
      });
    },
    acknowledged(u, _m, data) {
      const bid = data.createBid as { id: number; tenderId: number };
      state<number>(u, 'bids').push(bid.id);
      u.state.set(`bid:${bid.id}`, [bid.tenderId]);
    },
    found: (sql, prefix) => markers(sql, `SELECT title AS m FROM bid WHERE title LIKE ${like(prefix)}`),
  },
  {
    name: 'addWorkPackage',
    kind: 'write',
    weights: { [Role.PROJECT_LEADER]: 3 },
    send(u, marker, facts, pick) {
      const bids = state<number>(u, 'bids');
      if (!bids.length || !facts.benchFirmIds.length) return null;
      const bidId = pick(bids);
      const tenderId = (u.state.get(`bid:${bidId}`)?.[0] as number | undefined) ?? null;
      const tender = facts.bidTenders.find((t) => t.tenderId === tenderId) ?? null;
      if (!tender?.requirements.length) return null;
      const r = pick(tender.requirements);
      return write(u, marker, 'mutation ($input: AddWorkPackageInput!) { addWorkPackage(input: $input) { id memberId title } }', {
        input: {
          bidId,
          memberId: pick(facts.benchFirmIds),
          title: marker,
          price: String(Math.min(r.hours, 40) * 95_000),
          requirements: [{ requirementId: r.id, hours: Math.min(r.hours, 40) }],
          windowStart: r.windowStart,
          windowEnd: r.windowEnd,
        },
      });
    },
    acknowledged: (u, _m, data) => {
      const wp = data.addWorkPackage as { id: number; memberId: number };
      state<[number, number]>(u, 'drafts').push([wp.id, wp.memberId]);
    },
    found: (sql, prefix) => markers(sql, `SELECT title AS m FROM work_package WHERE title LIKE ${like(prefix)}`),
  },
  {
    name: 'offerWorkPackage',
    kind: 'write',
    weights: { [Role.PROJECT_LEADER]: 3 },
    send(u, marker) {
      const drafts = state<[number, number]>(u, 'drafts');
      if (!drafts.length) return null;
      const [id, firmId] = drafts.shift()!;
      state<[number, number]>(u, 'offering').push([id, firmId]);
      return write(u, marker, 'mutation ($id: Int!) { offerWorkPackage(id: $id) { workPackage { id memberId status } } }', { id });
    },
    acknowledged(_u, _m, data, facts) {
      const wp = (data.offerWorkPackage as { workPackage: { id: number; memberId: number } }).workPackage;
      poolOf(facts, `offered:${wp.memberId}`).push(wp.id);
    },
    // the offer has no text of its own: its marker is the request id in its audit record, and the
    // package it names must carry an OFFERED event
    found: (sql, prefix) =>
      markers(
        sql,
        `SELECT a.request_id AS m FROM audit_record a WHERE a.action = 'offerWorkPackage' AND a.request_id LIKE ${like(prefix)}
            AND EXISTS (SELECT 1 FROM work_package_event e WHERE e.work_package_id = CAST(a.entity_id AS INTEGER) AND e.kind = 'OFFERED')`,
      ),
  },
  {
    name: 'respondToWorkPackage',
    kind: 'write',
    weights: { [Role.FIRM_USER]: 3 },
    send(u, marker, facts, pick) {
      const offered = poolOf(facts, `offered:${u.firmId}`);
      if (!offered.length) return null;
      const workPackageId = offered.shift()!;
      const response = pick(['ACCEPT', 'ACCEPT', 'ACCEPT', 'DECLINE', 'COUNTER'] as const);
      return write(u, marker, 'mutation ($input: RespondToWorkPackageInput!) { respondToWorkPackage(input: $input) { id status } }', {
        input: {
          workPackageId,
          response,
          comment: marker,
          ...(response === 'DECLINE' ? { reason: marker } : {}),
          ...(response === 'COUNTER' ? { price: '5000000' } : {}),
        },
      });
    },
    found: (sql, prefix) =>
      markers(
        sql,
        `SELECT comment AS m FROM work_package_event WHERE kind IN ('ACCEPT', 'DECLINE', 'COUNTER') AND comment LIKE ${like(prefix)}`,
      ),
  },
  {
    // a firm reports its invoice; the project leader confirms it later (it counts only then)
    name: 'reportInvoice',
    kind: 'write',
    weights: { [Role.FIRM_USER]: 2 },
    send(u, marker, facts, pick) {
      const lines = (facts.orderLines.get(u.firmId ?? 0) ?? []).filter((l) => l.room >= INVOICE_MINOR);
      if (!lines.length) return null;
      const line = pick(lines);
      line.room -= INVOICE_MINOR;
      return write(
        u,
        marker,
        'mutation ($input: RecordInvoiceInput!) { reportInvoice(input: $input) { id number amount { minorUnits } } }',
        {
          input: {
            orderLineId: line.id,
            number: marker,
            issueDate: new Date().toISOString().slice(0, 10),
            amount: String(INVOICE_MINOR),
            idempotencyKey: marker,
          },
        },
      );
    },
    found: (sql, prefix) => markers(sql, `SELECT number AS m FROM money_report WHERE kind = 'INVOICE' AND number LIKE ${like(prefix)}`),
  },
];

/** Markers of every write, from the audit trail (after/reason), to prove no write went unrecorded or unasked. */
export async function auditedMarkers(sql: SqlReader, prefix: string): Promise<Set<string>> {
  const rows = await sql<{ after: string | null; reason: string | null; request_id: string | null }>(
    `SELECT "after", reason, request_id FROM audit_record WHERE "after" LIKE '%${prefix}%' OR reason LIKE '%${prefix}%' OR request_id LIKE '${prefix}%'`,
  );
  const re = new RegExp(`${prefix}\\d+`, 'g');
  const out = new Set<string>();
  for (const r of rows)
    for (const text of [r.after ?? '', r.reason ?? '', r.request_id ?? '']) for (const m of text.match(re) ?? []) out.add(m);
  return out;
}
