import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  audit,
  canSeeFirmPrivate,
  isLocalDate,
  demand,
  type PortHandle,
  Ports,
  definePort,
  FieldRule,
  ErrorReason,
  epochDay,
  groupBy,
} from '@app/core';
import { CapabilityGroup, CatalogueEntry, MemberCapability } from './entities/capability.entity';
import { Member } from './entities/member.entity';
import { assertCanEditFirm, assertSignedIn } from './member-access';
import { capacityOverMonths, hoursInDays, monthsOfRange } from './member-rules';
import { MEMBER_PERMISSIONS } from './members.permissions';

export interface SetMemberCapability {
  memberId: number;
  code: string;
  level?: string | null;
  levelEn?: string | null;
  keyEquipment?: string | null;
  keyEquipmentEn?: string | null;
  capacityHoursPerMonth: number;
  hourlyRateOre?: number | null;
}

/** A capability as one actor may see it: capacity and rate are null unless the firm's private data is theirs to see. */
export interface CapabilityView {
  id: number;
  memberId: number;
  code: string;
  level: string | null;
  levelEn: string | null;
  keyEquipment: string | null;
  keyEquipmentEn: string | null;
  capacityHoursPerMonth: number | null;
  hourlyRateOre: number | null;
  /**
   * The catalogue's names and group (the code itself and OTHER for a code the catalogue no longer
   * has), set with the view from the catalogue entry read in the same batch or transaction: GraphQL
   * reads them as plain properties, without a field resolver (docs/BENCHMARKS.md, issue 23). Unset
   * only when a read left them out because no one asked for them.
   */
  name?: string;
  nameNb?: string;
  group?: CapabilityGroup;
}

/** What a view needs of a capability's catalogue entry. */
export type CatalogueNames = { nameNb: string; nameEn: string; group: CapabilityGroup } | null;

export interface CapacityReport {
  memberId: number;
  code: string;
  from: string;
  to: string;
  capacityHours: number;
  committedHours: number;
  /** Hours of confirmed loans this firm lends to others in the range (they count as committed). */
  lentHours: number;
  /** Hours of confirmed loans this firm borrows from others in the range (they add to its capacity). */
  borrowedHours: number;
  /** capacityHours + borrowedHours − committedHours − lentHours. */
  freeHours: number;
}

/** One commitment of a firm's hours for a capability, spread evenly over its window. */
export interface Commitment {
  memberId: number;
  code: string;
  hours: number;
  from: string;
  to: string;
}

/** Where committed hours come from (accepted work packages of active bids and orders): the bids context provides it. */
export interface CommittedHoursSource {
  /** Hours committed per member for a capability within [from, to], spread evenly over each commitment's window. */
  committedHours(memberIds: number[], code: string, from: string, to: string): Promise<Map<number, number>>;
  /**
   * The commitments themselves, of these members and capabilities, overlapping [from, to]: lets
   * many capacity questions be answered with one statement (no N+1). Optional; without it each
   * question asks committedHours.
   */
  commitmentsOver?(memberIds: number[], codes: string[], from: string, to: string): Promise<Commitment[]>;
}

/** Committed hours, provided by the bids context (members must not depend on bids). */
export const COMMITTED_HOURS_PORT = definePort<CommittedHoursSource>('members.committedHours', 'bids');

/** Hours one firm lends another for a capability over a period, at a price per hour (a confirmed loan). */
export interface CapacityLoan {
  lenderId: number;
  borrowerId: number;
  code: string;
  hours: number;
  from: string;
  to: string;
  pricePerHourOre: number;
}

/** Where loans of capacity between firms come from (the exchange context registers itself). */
export interface CapacityLoanSource {
  /** Confirmed loans of these capabilities overlapping [from, to] where a given member lends or borrows; every member when memberIds is null. */
  loansOver(memberIds: number[] | null, codes: string[], from: string, to: string): Promise<CapacityLoan[]>;
}

/** Confirmed loans of capacity, provided by the exchange context (members must not depend on it). */
export const CAPACITY_LOANS_PORT = definePort<CapacityLoanSource>('members.capacityLoans', 'exchange');

/** One capacity question: these members, one capability, one date range. */
export interface CapacityQuery {
  memberIds: number[];
  code: string;
  from: string;
  to: string;
}

@Injectable()
export class CapabilitiesService {
  private readonly commitments: PortHandle<CommittedHoursSource>;
  private readonly loans: PortHandle<CapacityLoanSource>;

  constructor(
    private readonly db: Database,
    ports: Ports,
  ) {
    this.commitments = ports.need(COMMITTED_HOURS_PORT);
    this.loans = ports.need(CAPACITY_LOANS_PORT);
  }

  /** Confirmed loans of these capabilities overlapping [from, to] (every firm); for the solver's borrowed capacity. */
  async loansOver(memberIds: number[] | null, codes: string[], from: string, to: string): Promise<CapacityLoan[]> {
    if (!codes.length || (memberIds && !memberIds.length)) return [];
    return this.loans.get().loansOver(memberIds, codes, from, to);
  }

  async catalogue(actor: Actor): Promise<CatalogueEntry[]> {
    assertSignedIn(actor);
    return this.db.read((em) => em.find(CatalogueEntry, { order: { group: 'ASC', code: 'ASC' } }));
  }

  async catalogueByCode(codes: string[]): Promise<Map<string, CatalogueEntry>> {
    const rows = codes.length ? await this.db.read((em) => em.findBy(CatalogueEntry, { code: In(codes) })) : [];
    return new Map(rows.map((r) => [r.code, r]));
  }

  async addCatalogueEntry(
    actor: Actor,
    entry: { code: string; group: CapabilityGroup; nameNb: string; nameEn: string; defaultHourlyRateOre: number },
  ): Promise<CatalogueEntry> {
    demand(actor, MEMBER_PERMISSIONS.addCatalogueEntry, 'Only the project leader or an administrator extends the catalogue.');
    const code = entry.code.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(code)) {
      throw AppError.badInput('A capability code is 2–40 capital letters, digits or _ and starts with a letter, e.g. WELD_TIG_AL.', [
        { field: 'code', message: 'invalid code' },
      ]);
    }
    if (entry.defaultHourlyRateOre < 0)
      throw AppError.badInput('The default hourly rate cannot be negative.', [
        { field: 'defaultHourlyRate', message: 'negative', rule: FieldRule.NOT_NEGATIVE },
      ]);
    return this.db.transaction(async (tx) => {
      if (await tx.existsBy(CatalogueEntry, { code }))
        throw AppError.conflict(`The catalogue already has ${code}.`, { reason: ErrorReason.ALREADY_EXISTS, field: 'code' });
      const saved = await tx.save(tx.create(CatalogueEntry, { ...entry, code }));
      await audit(tx, actor, { action: 'addCatalogueEntry', entityType: 'CatalogueEntry', entityId: code, after: saved });
      return saved;
    });
  }

  async setMemberCapability(actor: Actor, input: SetMemberCapability): Promise<CapabilityView> {
    assertCanEditFirm(actor, input.memberId);
    if (!Number.isInteger(input.capacityHoursPerMonth) || input.capacityHoursPerMonth < 0) {
      throw AppError.badInput('Capacity is whole hours per month, 0 or more.', [
        { field: 'capacityHoursPerMonth', message: 'must be 0 or more', rule: FieldRule.NOT_NEGATIVE },
      ]);
    }
    if (input.hourlyRateOre !== undefined && input.hourlyRateOre !== null && input.hourlyRateOre < 0) {
      throw AppError.badInput('The hourly rate cannot be negative.', [
        { field: 'hourlyRate', message: 'must be 0 or more', rule: FieldRule.NOT_NEGATIVE },
      ]);
    }
    return this.db.transaction(async (tx) => {
      if (!(await tx.existsBy(Member, { id: input.memberId }))) throw AppError.notFound('Member', input.memberId);
      const entry = await tx.findOneBy(CatalogueEntry, { code: input.code });
      if (!entry) {
        throw AppError.badInput(`Unknown capability code ${input.code}; see capabilityCatalogue for the codes.`, [
          { field: 'code', message: 'unknown capability code', rule: FieldRule.UNKNOWN_CAPABILITY },
        ]);
      }
      const existing = await tx.findOneBy(MemberCapability, { memberId: input.memberId, code: input.code });
      const before = existing ? { ...existing } : null;
      const row = existing ?? tx.create(MemberCapability, { memberId: input.memberId, code: input.code });
      row.level = input.level ?? null;
      row.levelEn = input.levelEn ?? null;
      row.keyEquipment = input.keyEquipment ?? null;
      row.keyEquipmentEn = input.keyEquipmentEn ?? null;
      row.capacityHoursPerMonth = input.capacityHoursPerMonth;
      if (input.hourlyRateOre !== undefined) row.hourlyRateOre = input.hourlyRateOre;
      else if (!existing) row.hourlyRateOre = null;
      const saved = await tx.save(row);
      await audit(tx, actor, {
        action: 'setMemberCapability',
        entityType: 'Member',
        entityId: input.memberId,
        before,
        after: { ...saved },
      });
      return this.view(actor, saved, null, { nameNb: entry.nameNb, nameEn: entry.nameEn, group: entry.group });
    });
  }

  async removeMemberCapability(actor: Actor, memberId: number, code: string): Promise<boolean> {
    assertCanEditFirm(actor, memberId);
    return this.db.transaction(async (tx) => {
      const existing = await tx.findOneBy(MemberCapability, { memberId, code });
      if (!existing) throw AppError.notFound('Capability', `${code} of member ${memberId}`);
      await tx.delete(MemberCapability, { id: existing.id });
      await audit(tx, actor, { action: 'removeMemberCapability', entityType: 'Member', entityId: memberId, before: { ...existing } });
      return true;
    });
  }

  /**
   * What the actor may see of a capability. With `props`, `c` is a row of a lean read of only
   * those properties (the rest stay unset), which becomes the view itself: it is the reader's own
   * fresh object, and copying ~200 of them a request was a measurable share of the member list.
   * `catalogue`: the code's entry (null when the catalogue has none), or undefined when its names
   * were not read.
   */
  view(actor: Actor, c: MemberCapability, props: readonly string[] | null = null, catalogue?: CatalogueNames): CapabilityView {
    const priv = canSeeFirmPrivate(actor, c.memberId);
    let v: CapabilityView;
    if (props) {
      v = c as unknown as CapabilityView;
      if (!priv) {
        if ('capacityHoursPerMonth' in c) v.capacityHoursPerMonth = null;
        if ('hourlyRateOre' in c) v.hourlyRateOre = null;
      }
    } else {
      v = {
        id: c.id,
        memberId: c.memberId,
        code: c.code,
        level: c.level,
        levelEn: c.levelEn,
        keyEquipment: c.keyEquipment,
        keyEquipmentEn: c.keyEquipmentEn,
        capacityHoursPerMonth: priv ? c.capacityHoursPerMonth : null,
        hourlyRateOre: priv ? c.hourlyRateOre : null,
      };
    }
    if (catalogue !== undefined) {
      v.name = catalogue?.nameEn ?? c.code;
      v.nameNb = catalogue?.nameNb ?? c.code;
      v.group = catalogue?.group ?? CapabilityGroup.OTHER;
    }
    return v;
  }

  /**
   * Free capacity = monthly capacity over the range (prorated by days) − hours committed in
   * accepted work packages of active bids and orders. Private: the firm itself and the association.
   */
  async freeCapacity(actor: Actor, memberIds: number[], code: string, from: string, to: string): Promise<CapacityReport[]> {
    assertSignedIn(actor);
    if (!isLocalDate(from) || !isLocalDate(to) || to < from) {
      throw AppError.badInput('Give a date range with from ≤ to, as YYYY-MM-DD.', [
        { field: 'to', message: 'range is empty or not dates' },
      ]);
    }
    const visible = memberIds.filter((id) => canSeeFirmPrivate(actor, id));
    if (visible.length !== memberIds.length)
      throw AppError.notFound(
        'Member',
        memberIds.find((id) => !visible.includes(id))!,
      );
    return this.capacityOf(memberIds, code, from, to);
  }

  /** Unchecked capacity figures for trusted callers inside the service layer (the solver, offers). */
  async capacityOf(memberIds: number[], code: string, from: string, to: string): Promise<CapacityReport[]> {
    return (await this.capacityOfMany([{ memberIds, code, from, to }]))[0];
  }

  /**
   * Many capacity questions at once, with a fixed number of statements however many there are:
   * one for the capacities, one per commitment source (or one per question for a source without
   * commitmentsOver) and one per loan source, all over the union of members, codes and ranges.
   */
  async capacityOfMany(queries: CapacityQuery[]): Promise<CapacityReport[][]> {
    const asked = queries.filter((q) => q.memberIds.length && q.from <= q.to);
    if (!asked.length) return queries.map((q) => q.memberIds.map((memberId) => emptyReport(memberId, q)));
    const ids = [...new Set(asked.flatMap((q) => q.memberIds))];
    const codes = [...new Set(asked.map((q) => q.code))];
    const from = asked.reduce((m, q) => (q.from < m ? q.from : m), asked[0].from);
    const to = asked.reduce((m, q) => (q.to > m ? q.to : m), asked[0].to);
    const caps = await this.db.read((em) => em.findBy(MemberCapability, { memberId: In(ids), code: In(codes) }));
    const capOf = new Map(caps.map((c) => [`${c.memberId}:${c.code}`, c.capacityHoursPerMonth]));
    const commitments: Commitment[] = [];
    const perQuery = new Map<CapacityQuery, Map<number, number>>();
    const source = this.commitments.get();
    if (source.commitmentsOver) commitments.push(...(await source.commitmentsOver(ids, codes, from, to)));
    else
      for (const q of asked) {
        const add = perQuery.get(q) ?? new Map<number, number>();
        for (const [id, h] of await source.committedHours(q.memberIds, q.code, q.from, q.to)) add.set(id, (add.get(id) ?? 0) + h);
        perQuery.set(q, add);
      }
    const loans = await this.loans.get().loansOver(ids, codes, from, to);
    // every date numbered once, and each query's months worked out once: a question is asked of
    // every firm that has the capability (the exchange asks 500 needs × 500 firms at once)
    const numbered = (r: { hours: number; from: string; to: string }) => ({ hours: r.hours, from: epochDay(r.from), to: epochDay(r.to) });
    const committedBy = groupBy(commitments, (c) => `${c.memberId}:${c.code}`, numbered);
    const lentBy = groupBy(loans, (l) => `${l.lenderId}:${l.code}`, numbered);
    const borrowedBy = groupBy(loans, (l) => `${l.borrowerId}:${l.code}`, numbered);
    const spread = (rows: { hours: number; from: number; to: number }[] | undefined, from: number, to: number) => {
      let sum = 0;
      for (const r of rows ?? []) sum += hoursInDays(r.hours, r.from, r.to, from, to);
      return sum;
    };
    const isAsked = new Set(asked);
    return queries.map((q) => {
      if (!isAsked.has(q)) return q.memberIds.map((memberId) => emptyReport(memberId, q));
      const months = monthsOfRange(q.from, q.to);
      const from = epochDay(q.from);
      const to = epochDay(q.to);
      return q.memberIds.map((memberId) => {
        const key = `${memberId}:${q.code}`;
        const perMonth = capOf.get(key);
        const capacityHours = perMonth === undefined ? 0 : capacityOverMonths(perMonth, months);
        const committed = spread(committedBy.get(key), from, to) + (perQuery.get(q)?.get(memberId) ?? 0);
        const committedHours = Math.ceil(committed - 1e-9);
        // lent hours count in full (rounded up), borrowed hours only whole hours (rounded down): never overstate what is free
        const lentHours = Math.ceil(spread(lentBy.get(key), from, to) - 1e-9);
        const borrowedHours = Math.floor(spread(borrowedBy.get(key), from, to) + 1e-9);
        return {
          memberId,
          code: q.code,
          from: q.from,
          to: q.to,
          capacityHours,
          committedHours,
          lentHours,
          borrowedHours,
          freeHours: capacityHours + borrowedHours - committedHours - lentHours,
        };
      });
    });
  }
}

function emptyReport(memberId: number, q: CapacityQuery): CapacityReport {
  return {
    memberId,
    code: q.code,
    from: q.from,
    to: q.to,
    capacityHours: 0,
    committedHours: 0,
    lentHours: 0,
    borrowedHours: 0,
    freeHours: 0,
  };
}
