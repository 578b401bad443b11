import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type LoaderFactory,
  Role,
  audit,
  canSeeFirmPrivate,
  groupByKeys,
  hasRole,
  isLocalDate,
} from '@app/core';
import { CapabilityGroup, CatalogueEntry, MemberCapability } from './entities/capability.entity';
import { Member } from './entities/member.entity';
import { assertCanEditFirm, assertSignedIn } from './member-access';
import { capacityOverRange } from './member-rules';

export interface SetMemberCapability {
  memberId: number;
  code: string;
  level?: string | null;
  keyEquipment?: string | null;
  capacityHoursPerMonth: number;
  hourlyRateOre?: number | null;
}

/** A capability as one actor may see it: capacity and rate are null unless the firm's private data is theirs to see. */
export interface CapabilityView {
  id: number;
  memberId: number;
  code: string;
  level: string | null;
  keyEquipment: string | null;
  capacityHoursPerMonth: number | null;
  hourlyRateOre: number | null;
}

export interface CapacityReport {
  memberId: number;
  code: string;
  from: string;
  to: string;
  capacityHours: number;
  committedHours: number;
  freeHours: number;
}

/** Where committed hours come from (accepted work packages of active bids and orders). */
export interface CommittedHoursSource {
  /** Hours committed per member for a capability within [from, to], spread evenly over each commitment's window. */
  committedHours(memberIds: number[], code: string, from: string, to: string): Promise<Map<number, number>>;
}

@Injectable()
export class CapabilitiesService implements LoaderFactory<number, CapabilityView[]> {
  private readonly commitmentSources: CommittedHoursSource[] = [];

  constructor(private readonly db: Database) {}

  /** The bids context registers itself here, so members need not depend on bids. */
  registerCommitments(source: CommittedHoursSource): void {
    this.commitmentSources.push(source);
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
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER))
      throw AppError.forbidden('Only the project leader or an administrator extends the catalogue.');
    const code = entry.code.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(code)) {
      throw AppError.badInput('A capability code is 2–40 capital letters, digits or _ and starts with a letter, e.g. WELD_TIG_AL.', [
        { field: 'code', message: 'invalid code' },
      ]);
    }
    if (entry.defaultHourlyRateOre < 0)
      throw AppError.badInput('The default hourly rate cannot be negative.', [{ field: 'defaultHourlyRate', message: 'negative' }]);
    return this.db.transaction(async (tx) => {
      if (await tx.existsBy(CatalogueEntry, { code })) throw AppError.conflict(`The catalogue already has ${code}.`, { field: 'code' });
      const saved = await tx.save(tx.create(CatalogueEntry, { ...entry, code }));
      await audit(tx, actor, { action: 'addCatalogueEntry', entityType: 'CatalogueEntry', entityId: code, after: saved });
      return saved;
    });
  }

  async setMemberCapability(actor: Actor, input: SetMemberCapability): Promise<CapabilityView> {
    assertCanEditFirm(actor, input.memberId);
    if (!Number.isInteger(input.capacityHoursPerMonth) || input.capacityHoursPerMonth < 0) {
      throw AppError.badInput('Capacity is whole hours per month, 0 or more.', [
        { field: 'capacityHoursPerMonth', message: 'must be 0 or more' },
      ]);
    }
    if (input.hourlyRateOre !== undefined && input.hourlyRateOre !== null && input.hourlyRateOre < 0) {
      throw AppError.badInput('The hourly rate cannot be negative.', [{ field: 'hourlyRate', message: 'must be 0 or more' }]);
    }
    return this.db.transaction(async (tx) => {
      if (!(await tx.existsBy(Member, { id: input.memberId }))) throw AppError.notFound('Member', input.memberId);
      if (!(await tx.existsBy(CatalogueEntry, { code: input.code }))) {
        throw AppError.badInput(`Unknown capability code ${input.code}; see capabilityCatalogue for the codes.`, [
          { field: 'code', message: 'unknown capability code' },
        ]);
      }
      const existing = await tx.findOneBy(MemberCapability, { memberId: input.memberId, code: input.code });
      const before = existing ? { ...existing } : null;
      const row = existing ?? tx.create(MemberCapability, { memberId: input.memberId, code: input.code });
      row.level = input.level ?? null;
      row.keyEquipment = input.keyEquipment ?? null;
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
      return this.view(actor, saved);
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

  /** Per-request loader: the capabilities of many members in one statement. */
  createLoader(actor: Actor): DataLoader<number, CapabilityView[]> {
    return new DataLoader(async (memberIds) => {
      const rows = await this.db.read((em) =>
        em.find(MemberCapability, { where: { memberId: In([...memberIds]) }, order: { code: 'ASC' } }),
      );
      return groupByKeys(
        memberIds,
        rows.map((r) => this.view(actor, r)),
        (r) => r.memberId,
      );
    });
  }

  view(actor: Actor, c: MemberCapability): CapabilityView {
    const priv = canSeeFirmPrivate(actor, c.memberId);
    return {
      id: c.id,
      memberId: c.memberId,
      code: c.code,
      level: c.level,
      keyEquipment: c.keyEquipment,
      capacityHoursPerMonth: priv ? c.capacityHoursPerMonth : null,
      hourlyRateOre: priv ? c.hourlyRateOre : null,
    };
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
    const caps = memberIds.length ? await this.db.read((em) => em.findBy(MemberCapability, { memberId: In(memberIds), code })) : [];
    const committed = new Map<number, number>();
    for (const source of this.commitmentSources) {
      for (const [id, h] of await source.committedHours(memberIds, code, from, to)) committed.set(id, (committed.get(id) ?? 0) + h);
    }
    const byMember = new Map(caps.map((c) => [c.memberId, c]));
    return memberIds.map((memberId) => {
      const cap = byMember.get(memberId);
      const capacityHours = cap ? capacityOverRange(cap.capacityHoursPerMonth, from, to) : 0;
      const committedHours = Math.ceil((committed.get(memberId) ?? 0) - 1e-9);
      return { memberId, code, from, to, capacityHours, committedHours, freeHours: capacityHours - committedHours };
    });
  }
}
