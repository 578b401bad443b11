import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type Actor, Database, groupByKeys, leanQuery, leanShape, type LoaderFactory } from '@app/core';
import { CapabilitiesService, type CapabilityView, type CatalogueNames } from '../capabilities.service';
import { type CapabilityGroup, MemberCapability } from '../entities/capability.entity';

/** Properties of MemberCapability a loader may read, plus `catalogue` for the catalogue's names and group. */
const CAPABILITY_COLUMNS = new Set([
  'id',
  'memberId',
  'code',
  'level',
  'levelEn',
  'keyEquipment',
  'keyEquipmentEn',
  'capacityHoursPerMonth',
  'hourlyRateOre',
  'version',
]);

@Injectable()
export class CapabilitiesByMemberLoader implements LoaderFactory<number, CapabilityView[]> {
  constructor(
    private readonly db: Database,
    private readonly capabilities: CapabilitiesService,
  ) {}

  /**
   * Per-request loader: the capabilities of many members in one statement, as plain rows. With
   * `columns` (properties of CapabilityView; `catalogue` joins the catalogue's names) only those
   * are read; capacity and rate stay private to the firm and the association either way.
   */
  createLoader(actor: Actor, columns: readonly string[] | null = null): DataLoader<number, CapabilityView[]> {
    const props = columns ? [...new Set(['memberId', 'code', ...columns.filter((c) => CAPABILITY_COLUMNS.has(c))])] : null;
    const withCatalogue = !columns || columns.includes('catalogue');
    return new DataLoader(async (memberIds) => {
      const views = await this.db.read(async (em) => {
        const shape = leanShape(em, MemberCapability, 'mc', props);
        const rows = await shape.read(
          em,
          `SELECT ${shape.select} FROM member_capability mc WHERE mc.member_id IN (${memberIds.map(() => '?').join(', ')}) ORDER BY mc.member_id, mc.code`,
          [...memberIds],
        );
        // the catalogue's names in a second statement of the same batch: a join repeats them on
        // every row and measured dearer than reading the few distinct codes once
        const codes = [...new Set(rows.map((r) => r.code))];
        const names = new Map<string, CatalogueNames>();
        if (withCatalogue && codes.length) {
          const entries = await leanQuery<{ code: string; nameNb: string; nameEn: string; grp: CapabilityGroup }>(
            em,
            `SELECT code, name_nb AS "nameNb", name_en AS "nameEn", capability_group AS "grp" FROM capability_catalogue WHERE code IN (${codes.map(() => '?').join(', ')})`,
            codes,
          );
          for (const e of entries) names.set(e.code, { nameNb: e.nameNb, nameEn: e.nameEn, group: e.grp });
        }
        return rows.map((c) => this.capabilities.view(actor, c, props, withCatalogue ? (names.get(c.code) ?? null) : undefined));
      });
      return groupByKeys(memberIds, views, (r) => r.memberId);
    });
  }
}
