/**
 * The audit programme: which members must audit which supplier against which standard, when each
 * audit falls due, and where two or more members fall due for the same supplier close enough
 * together to audit it once, together. Plain TypeScript (no Nest, no database): the service loads
 * the facts and calls `auditProgramme`, the benchmark calls it on 2,000 firms.
 */
import { AUDIT_STANDARDS, SUPPLIER_AUDIT_OBLIGATIONS } from '../audit-standards';
import { type LocalDate, daysFrom, laterOf, plusDays, plusMonths } from './calendar';

/** Why a member needs a supplier audited against a standard. */
export type NeedSource =
  /** The member's supplier register names the standard. */
  | 'REGISTER'
  /** The member's register entry names no standard, and the member holds this one (it obliges it to audit suppliers). */
  | 'BUYER_CERTIFICATE'
  /** A requirement of an active order where the member is prime and the supplier delivers asks for it. */
  | 'ORDER';

/** An entry of a member's supplier register. */
export interface RegisterEntry {
  buyerId: number;
  supplierId: number;
  /** Empty: the standards the buyer holds that oblige it to audit suppliers. */
  standards: readonly string[];
  intervalMonths: number;
  /** When the supply began (or begins): the first audit is due then. */
  since: LocalDate;
  /** An audit done outside TotAl-Fly, for every standard of the entry. */
  lastAuditedOn: LocalDate | null;
}

/** "The buyer is prime on an active order on which the supplier delivers": derived from orders. */
export interface OrderSupply {
  buyerId: number;
  supplierId: number;
  /** The order's start (or award) date. */
  since: LocalDate;
  /** Certificate types the requirements of the supplier's work package ask for (any type; filtered here). */
  standards: readonly string[];
}

/** The latest time the supplier was audited against a standard for a member (the register's records). */
export interface AuditedRecord {
  supplierId: number;
  buyerId: number;
  standard: string;
  auditedOn: LocalDate;
}

/** A coordinated audit under way: it covers its members' needs for its standards. */
export interface ScheduledAudit {
  auditId: number;
  supplierId: number;
  standards: readonly string[];
  /** Members invited or relying (not those that declined). */
  memberIds: readonly number[];
  plannedOn: LocalDate;
}

export interface ProgrammeInput {
  asOf: LocalDate;
  /** Needs falling due up to asOf + horizonDays are in the programme's suggestions. */
  horizonDays: number;
  /** Members due within this many days of each other at one supplier are suggested one audit. */
  windowDays: number;
  /** Interval between audits when the register says nothing (an order-derived supply). */
  defaultIntervalMonths: number;
  register: readonly RegisterEntry[];
  orders: readonly OrderSupply[];
  records: readonly AuditedRecord[];
  scheduled: readonly ScheduledAudit[];
  /** Standards each member holds, valid on asOf (obligations and the choice of a lead). */
  held: ReadonlyMap<number, ReadonlySet<string>>;
  /** Only active members buy or supply; others are left out. */
  activeMemberIds: ReadonlySet<number>;
}

export interface AuditNeed {
  supplierId: number;
  buyerId: number;
  standard: string;
  sources: NeedSource[];
  intervalMonths: number;
  lastAuditedOn: LocalDate | null;
  dueOn: LocalDate;
  overdue: boolean;
  /** Due on or before asOf + horizonDays. */
  withinHorizon: boolean;
  /** The coordinated audit already planned for it, if any. */
  scheduledAuditId: number | null;
}

export interface SuggestedMember {
  memberId: number;
  standards: string[];
  /** The earliest due date of its needs in the suggestion. */
  dueOn: LocalDate;
}

export interface SuggestedCoordination {
  supplierId: number;
  /** Two or more, ascending by due date, then id. */
  members: SuggestedMember[];
  standards: string[];
  /** The earliest due date of the group, or asOf when one is overdue: nobody waits past a due date for it. */
  suggestedDate: LocalDate;
  windowStart: LocalDate;
  windowEnd: LocalDate;
  /** The member holding most of the standards itself (then most needs, earliest due, lowest id). */
  suggestedLeadMemberId: number;
  /** Separate audits the supplier is spared: members − 1. */
  auditsSaved: number;
}

export interface AuditProgramme {
  asOf: LocalDate;
  horizonEnd: LocalDate;
  windowDays: number;
  /** Ascending by supplier, due date, buyer, standard. */
  needs: AuditNeed[];
  /** Ascending by suggested date, then supplier. */
  suggestions: SuggestedCoordination[];
}

const AUDITABLE = new Set<string>(AUDIT_STANDARDS);
const OBLIGING = new Set<string>(SUPPLIER_AUDIT_OBLIGATIONS);
const SOURCE_ORDER: NeedSource[] = ['REGISTER', 'BUYER_CERTIFICATE', 'ORDER'];

interface Pair {
  buyerId: number;
  supplierId: number;
  intervalMonths: number | null;
  since: LocalDate | null;
  lastAuditedOn: LocalDate | null;
  /** By standard: a bit set of NeedSource (REGISTER 1, BUYER_CERTIFICATE 2, ORDER 4). */
  standards: Map<string, number>;
}

const SOURCE_BIT: Record<NeedSource, number> = { REGISTER: 1, BUYER_CERTIFICATE: 2, ORDER: 4 };
const SOURCES_OF: NeedSource[][] = Array.from({ length: 8 }, (_, bits) => SOURCE_ORDER.filter((s) => bits & SOURCE_BIT[s]));
const STANDARD_INDEX = new Map<string, number>(AUDIT_STANDARDS.map((s, i) => [s, i]));
/** Member ids are database ids far below this; numeric keys save building a string per lookup. */
const ID_LIMIT = 2 ** 22;

function pairKey(buyerId: number, supplierId: number): number {
  if (!(buyerId >= 0 && buyerId < ID_LIMIT && supplierId >= 0 && supplierId < ID_LIMIT))
    throw new RangeError(`member ids must be below ${ID_LIMIT} (got ${buyerId}, ${supplierId})`);
  return buyerId * ID_LIMIT + supplierId;
}

/** (buyer, supplier, standard) as one number: pair key × 16 + the standard's index (< 2^48). */
function needKey(buyerId: number, supplierId: number, standard: string): number {
  return pairKey(buyerId, supplierId) * 16 + (STANDARD_INDEX.get(standard) ?? 15);
}

export function auditProgramme(input: ProgrammeInput): AuditProgramme {
  const { asOf } = input;
  const horizonEnd = plusDays(asOf, input.horizonDays);
  const active = input.activeMemberIds;
  const pairs = new Map<number, Pair>();
  const pairOf = (buyerId: number, supplierId: number): Pair => {
    const key = pairKey(buyerId, supplierId);
    let p = pairs.get(key);
    if (!p) {
      p = { buyerId, supplierId, intervalMonths: null, since: null, lastAuditedOn: null, standards: new Map() };
      pairs.set(key, p);
    }
    return p;
  };
  const add = (p: Pair, standard: string, source: NeedSource) => {
    if (!AUDITABLE.has(standard)) return;
    p.standards.set(standard, (p.standards.get(standard) ?? 0) | SOURCE_BIT[source]);
  };
  const usable = (b: number, s: number) => b !== s && active.has(b) && active.has(s);

  for (const r of input.register) {
    if (!usable(r.buyerId, r.supplierId)) continue;
    const p = pairOf(r.buyerId, r.supplierId);
    p.intervalMonths = r.intervalMonths;
    p.since = p.since && p.since < r.since ? p.since : r.since;
    p.lastAuditedOn = r.lastAuditedOn;
    if (r.standards.length) for (const s of r.standards) add(p, s, 'REGISTER');
    else for (const s of input.held.get(r.buyerId) ?? []) if (OBLIGING.has(s)) add(p, s, 'BUYER_CERTIFICATE');
  }
  for (const o of input.orders) {
    if (!usable(o.buyerId, o.supplierId)) continue;
    const p = pairOf(o.buyerId, o.supplierId);
    p.since = p.since && p.since < o.since ? p.since : o.since;
    for (const s of o.standards) add(p, s, 'ORDER');
    // a supply whose register entry names no standard (or that has none): the buyer's own obligations apply
    let named = false;
    for (const bits of p.standards.values()) if (bits & SOURCE_BIT.REGISTER) named = true;
    if (!named) for (const s of input.held.get(o.buyerId) ?? []) if (OBLIGING.has(s)) add(p, s, 'BUYER_CERTIFICATE');
  }

  const latest = new Map<number, LocalDate>();
  for (const r of input.records) {
    if (!STANDARD_INDEX.has(r.standard)) continue;
    const key = needKey(r.buyerId, r.supplierId, r.standard);
    const seen = latest.get(key);
    if (!seen || r.auditedOn > seen) latest.set(key, r.auditedOn);
  }
  const covering = new Map<number, number>();
  for (const a of input.scheduled) {
    for (const m of a.memberIds)
      for (const s of a.standards) {
        if (!STANDARD_INDEX.has(s)) continue;
        const key = needKey(m, a.supplierId, s);
        const prior = covering.get(key);
        if (prior === undefined || a.auditId < prior) covering.set(key, a.auditId);
      }
  }

  const needs: AuditNeed[] = [];
  for (const p of pairs.values()) {
    const interval = p.intervalMonths ?? input.defaultIntervalMonths;
    for (const [standard, bits] of p.standards) {
      const key = needKey(p.buyerId, p.supplierId, standard);
      const recorded = latest.get(key) ?? null;
      const last = recorded && p.lastAuditedOn ? laterOf(recorded, p.lastAuditedOn) : (recorded ?? p.lastAuditedOn);
      const dueOn = last ? plusMonths(last, interval) : (p.since ?? asOf);
      needs.push({
        supplierId: p.supplierId,
        buyerId: p.buyerId,
        standard,
        sources: SOURCES_OF[bits],
        intervalMonths: interval,
        lastAuditedOn: last,
        dueOn,
        overdue: dueOn < asOf,
        withinHorizon: dueOn <= horizonEnd,
        scheduledAuditId: covering.get(key) ?? null,
      });
    }
  }
  needs.sort(
    (a, b) =>
      a.supplierId - b.supplierId ||
      (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
      a.buyerId - b.buyerId ||
      (a.standard < b.standard ? -1 : a.standard > b.standard ? 1 : 0),
  );
  return { asOf, horizonEnd, windowDays: input.windowDays, needs, suggestions: suggest(needs, input) };
}

/**
 * Per supplier, the open needs due within the horizon (none planned yet), by effective due date
 * (an overdue need counts as due today). Greedy from the earliest: a group takes every need due
 * within windowDays of its first; the next group starts at the first need left. Among groupings
 * into windows of that length this gives the fewest audits (the classic interval-covering
 * argument). A group of needs from two or more members is a suggestion.
 */
function suggest(needs: readonly AuditNeed[], input: ProgrammeInput): SuggestedCoordination[] {
  const out: SuggestedCoordination[] = [];
  let i = 0;
  while (i < needs.length) {
    const supplierId = needs[i].supplierId;
    const open: { need: AuditNeed; effective: LocalDate }[] = [];
    for (; i < needs.length && needs[i].supplierId === supplierId; i++) {
      const n = needs[i];
      if (n.withinHorizon && n.scheduledAuditId === null) open.push({ need: n, effective: laterOf(n.dueOn, input.asOf) });
    }
    if (open.length < 2) continue;
    // needs are sorted by due date within a supplier, and max(due, asOf) keeps that order
    for (const indices of windowGroups(
      open.map((o) => o.effective),
      input.windowDays,
    )) {
      const group = indices.map((j) => open[j].need);
      const start = open[indices[0]].effective;
      const end = plusDays(start, input.windowDays);
      const byMember = new Map<number, SuggestedMember>();
      for (const n of group) {
        const m = byMember.get(n.buyerId);
        if (m) {
          if (!m.standards.includes(n.standard)) m.standards.push(n.standard);
        } else byMember.set(n.buyerId, { memberId: n.buyerId, standards: [n.standard], dueOn: n.dueOn });
      }
      if (byMember.size < 2) continue;
      const members = [...byMember.values()].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.memberId - b.memberId));
      for (const m of members) m.standards.sort();
      const standards = [...new Set(group.map((n) => n.standard))].sort();
      out.push({
        supplierId,
        members,
        standards,
        suggestedDate: start,
        windowStart: start,
        windowEnd: end,
        suggestedLeadMemberId: leadOf(members, standards, input.held),
        auditsSaved: members.length - 1,
      });
    }
  }
  return out.sort((a, b) => (a.suggestedDate < b.suggestedDate ? -1 : a.suggestedDate > b.suggestedDate ? 1 : a.supplierId - b.supplierId));
}

/**
 * Splits ascending dates into groups that each fit in a window of `windowDays` from their first
 * date: greedily, from the earliest. No split into windows of that length has fewer groups.
 * Returns the indices of each group.
 */
export function windowGroups(sortedDates: readonly LocalDate[], windowDays: number): number[][] {
  const groups: number[][] = [];
  let k = 0;
  while (k < sortedDates.length) {
    const end = plusDays(sortedDates[k], windowDays);
    const group: number[] = [k++];
    for (; k < sortedDates.length && sortedDates[k] <= end; k++) group.push(k);
    groups.push(group);
  }
  return groups;
}

function leadOf(members: readonly SuggestedMember[], standards: readonly string[], held: ProgrammeInput['held']): number {
  let best = members[0];
  let bestScore = [-1, -1];
  for (const m of members) {
    const own = held.get(m.memberId);
    const score = [standards.filter((s) => own?.has(s)).length, m.standards.length];
    // members are in due-date order, so a tie keeps the earlier-due (then lower id) member
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = m;
      bestScore = score;
    }
  }
  return best.memberId;
}

/** Days until due (negative when overdue), for display. */
export function daysUntilDue(need: Pick<AuditNeed, 'dueOn'>, asOf: LocalDate): number {
  return daysFrom(asOf, need.dueOn);
}
