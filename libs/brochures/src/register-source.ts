import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Database } from '@app/core';
import { CatalogueEntry, Certificate, DuesBand, Member, MemberCapability, MembershipStatus, bandFor, bandLabel } from '@app/members';
import { certificateLabel, displayWebsite, groupName, groupRank } from './brochure-content';
import {
  type BrochureLanguage,
  BrochureSourceChangedError,
  type CapabilityGroup,
  type CertificateListing,
  type FirmCertificate,
  type FirmProfile,
  type IsoDate,
} from './pdf';

/** Firms read per statement batch while walking the register: what a walk holds at a time. */
export const FIRM_PAGE_SIZE = 100;

/** The small reference data every profile needs: catalogue, latest dues bands, language and date. */
export interface RegisterContext {
  readonly language: BrochureLanguage;
  readonly date: IsoDate;
  readonly catalogue: ReadonlyMap<string, CatalogueEntry>;
  readonly bands: readonly DuesBand[];
}

export async function loadRegisterContext(em: EntityManager, language: BrochureLanguage, date: IsoDate): Promise<RegisterContext> {
  const catalogue = await em.find(CatalogueEntry, { order: { code: 'ASC' } });
  const latest = await em.createQueryBuilder(DuesBand, 'b').select('MAX(b.year)', 'year').getRawOne<{ year: number | string | null }>();
  const bands = latest?.year ? await em.find(DuesBand, { where: { year: Number(latest.year) }, order: { employeesMin: 'ASC' } }) : [];
  return { language, date, catalogue: new Map(catalogue.map((c) => [c.code, c])), bands };
}

/** The matrix columns: the catalogue's groups, in the fixed group order. */
export function capabilityGroups(ctx: RegisterContext): CapabilityGroup[] {
  const codes = [...new Set([...ctx.catalogue.values()].map((c) => c.group as string))];
  return codes
    .sort((a, b) => groupRank(a) - groupRank(b) || a.localeCompare(b))
    .map((code) => ({ code, name: groupName(code, ctx.language) }));
}

/**
 * A member's public profile as printed: never capacity, rates or the exact head count. Every
 * free text (description, key equipment, level) is the one written in the brochure's language;
 * when the firm has not written it in that language, it is left out rather than shown in the other.
 */
function toProfile(ctx: RegisterContext, member: Member, caps: MemberCapability[], certs: Certificate[]): FirmProfile {
  const nb = ctx.language === 'nb';
  const entries = caps
    .map((c) => ({ cap: c, entry: ctx.catalogue.get(c.code) }))
    .map(({ cap, entry }) => ({
      group: (entry?.group as string | undefined) ?? 'OTHER',
      name: entry ? (nb ? entry.nameNb : entry.nameEn) : cap.code,
      // each text in the brochure's language only: one written in the other is left out
      keyEquipment: (nb ? cap.keyEquipment : cap.keyEquipmentEn)?.trim() || undefined,
      level: (nb ? cap.level : cap.levelEn)?.trim() || undefined,
    }))
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.name.localeCompare(b.name, ctx.language));
  const band = bandFor(ctx.bands, member.employees);
  const description = (nb ? member.descriptionNb : member.descriptionEn) ?? '';
  const certificates: FirmCertificate[] = certs.map((c) => ({
    typeLabel: certificateLabel(c, ctx.language),
    validUntil: c.validUntil,
    ...(c.scope?.trim() ? { scope: c.scope.trim() } : {}),
  }));
  return {
    id: String(member.id),
    name: member.name,
    municipality: member.municipality?.trim() ?? '',
    employeeBand: band ? bandLabel(band) : '',
    description: description.trim(),
    website: displayWebsite(member.website),
    capabilityGroupCodes: [...new Set(entries.map((e) => e.group))],
    capabilities: entries.map(({ name, keyEquipment, level }) => ({ name, keyEquipment, level })),
    certificates,
    illustrative: member.illustrative,
  };
}

/** Certificates valid on the date (from ≤ date ≤ until) of the given members, in a stable order. */
function validCertificatesOf(em: EntityManager, memberIds: number[], date: IsoDate): Promise<Certificate[]> {
  if (!memberIds.length) return Promise.resolve([]);
  return em
    .createQueryBuilder(Certificate, 'c')
    .where('c.member_id IN (:...ids)', { ids: memberIds })
    .andWhere('c.valid_from <= :d AND c.valid_until >= :d', { d: date })
    .orderBy('c.member_id', 'ASC')
    .addOrderBy('c.type', 'ASC')
    .addOrderBy('c.valid_until', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .getMany();
}

/** Profiles of the given members, in the order of `members`. */
export async function profilesOf(em: EntityManager, ctx: RegisterContext, members: Member[]): Promise<FirmProfile[]> {
  const ids = members.map((m) => m.id);
  if (!ids.length) return [];
  const caps = await em.find(MemberCapability, { where: { memberId: In(ids) }, order: { memberId: 'ASC', code: 'ASC' } });
  const certs = await validCertificatesOf(em, ids, ctx.date);
  return members.map((m) =>
    toProfile(
      ctx,
      m,
      caps.filter((c) => c.memberId === m.id),
      certs.filter((c) => c.memberId === m.id),
    ),
  );
}

/**
 * Walks the active members by name (keyset on sort_name, id: the register's own order), one page
 * of FIRM_PAGE_SIZE firms per read, so a walk holds one page whatever the size of the register.
 */
export async function* walkActiveFirms(db: Database, ctx: RegisterContext): AsyncGenerator<FirmProfile> {
  let after: { sortName: string; id: number } | null = null;
  for (;;) {
    const cursor: { sortName: string; id: number } | null = after;
    const page = await db.read(async (em) => {
      const qb = em.createQueryBuilder(Member, 'm').where('m.status = :s', { s: MembershipStatus.ACTIVE });
      if (cursor) qb.andWhere('(m.sort_name > :sn OR (m.sort_name = :sn AND m.id > :id))', { sn: cursor.sortName, id: cursor.id });
      const members = await qb.orderBy('m.sort_name', 'ASC').addOrderBy('m.id', 'ASC').take(FIRM_PAGE_SIZE).getMany();
      return { members, profiles: await profilesOf(em, ctx, members) };
    });
    yield* page.profiles;
    if (page.members.length < FIRM_PAGE_SIZE) return;
    const last = page.members[page.members.length - 1];
    after = { sortName: last.sortName, id: last.id };
  }
}

/**
 * The network brochure's firms as a factory the layout may walk several times. Each walk pages
 * through the register afresh and hashes what it yields; the first walk (`survey`, run before
 * the layout starts) fixes the reference, and a later walk that differs fails at its end with
 * BrochureSourceChangedError, so matrix, certificate table and profiles always describe the same
 * register. Nothing but the reference digest is kept between walks.
 */
export class RegisterFirmSource {
  private reference: string | null = null;

  constructor(private readonly walk: () => AsyncIterable<FirmProfile>) {}

  /** The factory to hand to the layout (FirmSource). */
  readonly firms = (): AsyncIterable<FirmProfile> => this.checkedWalk();

  /**
   * The first walk: fixes the reference digest and returns the certificate table's rows (the
   * layout takes those as an array; they are a few rows per firm, without the profiles).
   */
  async survey(): Promise<{ firms: number; certificates: CertificateListing[] }> {
    const certificates: CertificateListing[] = [];
    let firms = 0;
    for await (const firm of this.checkedWalk()) {
      firms += 1;
      for (const c of firm.certificates) {
        certificates.push({ typeLabel: c.typeLabel, firmName: firm.name, validUntil: c.validUntil, illustrative: firm.illustrative });
      }
    }
    return { firms, certificates };
  }

  private async *checkedWalk(): AsyncGenerator<FirmProfile> {
    const hash = createHash('sha256');
    for await (const firm of this.walk()) {
      hash.update(JSON.stringify(firm));
      hash.update('\u0000');
      yield firm;
    }
    const digest = hash.digest('hex');
    if (this.reference === null) this.reference = digest;
    else if (digest !== this.reference) throw new BrochureSourceChangedError('the register changed while the brochure was being made');
  }
}
