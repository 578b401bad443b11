import { addDays, osloStartOfDay } from '@app/core';
import { Certificate, CertificateType, ClearanceLevel, Member, MemberCapability, MembershipStatus } from '@app/members';
import { CATALOGUE } from '../../libs/platform/src/seed/catalogue';
import type { DatasetModule } from './dataset-module';

const PLACES = ['Raufoss', 'Toten', 'Gjøvik', 'Biri', 'Hunndal', 'Lena', 'Skreia', 'Kapp', 'Eina', 'Reinsvoll', 'Bøverbru', 'Snertingdal'];
const TRADES = ['Aluminium', 'Mekaniske', 'Industri', 'Sveis', 'Presisjon', 'Overflate', 'Plate', 'Maskin', 'Støperi', 'Profil'];
const FORMS = ['AS', 'AS', 'AS', 'AS', 'ANS', 'Verksted AS'];
const MUNICIPALITIES = [
  'Vestre Toten',
  'Østre Toten',
  'Gjøvik',
  'Søndre Land',
  'Nordre Land',
  'Lillehammer',
  'Hamar',
  'Kongsberg',
  'Raufoss',
];
const ISSUERS = ['DNV', 'Bureau Veritas', 'Nemko', 'Kiwa', 'TÜV Nord', 'Forsvarsmateriell'];
const NADCAP_PROCESSES = ['WELDING', 'CHEMICAL_PROCESSING', 'HEAT_TREATING', 'NDT'];
const CERT_WEIGHTS: [CertificateType, number][] = [
  [CertificateType.ISO_9001, 40],
  [CertificateType.ISO_14001, 15],
  [CertificateType.EN_9100, 10],
  [CertificateType.AQAP_2110, 12],
  [CertificateType.AQAP_2310, 4],
  [CertificateType.ISO_3834_2, 10],
  [CertificateType.ISO_3834_3, 4],
  [CertificateType.NADCAP, 3],
  [CertificateType.FACILITY_CLEARANCE, 6],
  [CertificateType.EXPORT_CONTROL, 5],
];

/** A Norwegian organisation number (mod 11), or null when the check digit would be 10. */
function orgNumber(first8: number): string | null {
  const digits = String(first8).padStart(8, '0').split('').map(Number);
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * digits[i], 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : digits.join('') + check;
}

/**
 * Member firms with capabilities (capacity and private rates) and certificates, some expired.
 * Firm ids are 1…N, assigned here.
 */
export const membersDataset: DatasetModule = {
  name: 'members',
  explicitIdTables: ['member'],
  async build(ctx) {
    const rng = ctx.rng('members');
    const rates = new Map(CATALOGUE.map((c) => [c.code, c.rateNok * 100]));
    const members: Partial<Member>[] = [];
    const capabilities: Partial<MemberCapability>[] = [];
    const certificates: Partial<Certificate>[] = [];
    const active: number[] = [];
    for (let id = 1; id <= ctx.spec.firms; id++) {
      const name = `${rng.pick(PLACES)} ${rng.pick(TRADES)} ${id} ${rng.pick(FORMS)}`;
      const status = rng.weighted([
        [MembershipStatus.ACTIVE, 92],
        [MembershipStatus.RESIGNED, 6],
        [MembershipStatus.EXCLUDED, 2],
      ]);
      const joinedOn = addDays(ctx.anchor, -rng.int(30, 7000));
      const created = osloStartOfDay(joinedOn);
      members.push({
        id,
        name,
        sortName: name.toLocaleLowerCase('nb'),
        orgNumber: rng.chance(0.9) ? orgNumber(91_000_000 + id) : null,
        ncage: rng.chance(0.3) ? `N${String(id % 10000).padStart(4, '0')}` : null,
        website: `https://www.firm-${id}.example`,
        streetAddress: `Industrivegen ${rng.int(1, 120)}`,
        postalCode: String(rng.int(2800, 2899)),
        municipality: rng.pick(MUNICIPALITIES),
        employees: rng.chance(0.05)
          ? null
          : rng.weighted([
              [rng.int(1, 10), 45],
              [rng.int(11, 50), 40],
              [rng.int(51, 400), 15],
            ] as const),
        contactName: `Kontakt ${id}`,
        contactEmail: `post@firm-${id}.example`,
        contactPhone: `+47 ${rng.int(40000000, 99999999)}`,
        status,
        joinedOn,
        resignedOn: status === MembershipStatus.RESIGNED ? addDays(ctx.anchor, -rng.int(1, 700)) : null,
        resignationReason: status === MembershipStatus.RESIGNED ? 'Generated bench data' : null,
        descriptionNb: `Generert testbedrift nr. ${id}: ${rng.pick(TRADES).toLowerCase()} og bearbeiding av aluminium.`,
        descriptionEn: `Generated bench firm no. ${id}: aluminium processing.`,
        illustrative: false,
        version: 1,
        createdAt: created,
        updatedAt: created,
      });
      if (status === MembershipStatus.ACTIVE) active.push(id);

      for (const code of rng.sample(
        ctx.shared.capabilityCodes,
        rng.weighted([
          [1, 10],
          [2, 20],
          [3, 25],
          [4, 20],
          [5, 12],
          [6, 7],
          [8, 6],
        ] as const),
      )) {
        const base = rates.get(code) ?? 90000;
        capabilities.push({
          memberId: id,
          code,
          level: rng.chance(0.4) ? rng.pick(['prototype', 'small series', 'serial production', 'tolerances to ±0.01 mm']) : null,
          keyEquipment: rng.chance(0.5) ? `Machine ${rng.int(100, 999)}` : null,
          capacityHoursPerMonth: rng.int(20, 2000),
          hourlyRateOre: rng.chance(0.4) ? Math.round((base * rng.int(80, 120)) / 100) : null,
          version: 1,
        });
      }

      const types = new Set<CertificateType>();
      const wanted = rng.weighted([
        [0, 10],
        [1, 30],
        [2, 30],
        [3, 18],
        [4, 8],
        [5, 4],
      ] as const);
      for (let k = 0; k < wanted * 3 && types.size < wanted; k++) types.add(rng.weighted(CERT_WEIGHTS));
      for (const type of types) {
        // valid for 1–3 years, issued up to 3 years ago: roughly a third have expired
        const validFrom = addDays(ctx.anchor, -rng.int(0, 1100));
        certificates.push({
          memberId: id,
          type,
          process: type === CertificateType.NADCAP ? rng.pick(NADCAP_PROCESSES) : null,
          clearanceLevel: type === CertificateType.FACILITY_CLEARANCE ? rng.pick(Object.values(ClearanceLevel)) : null,
          issuer: type === CertificateType.FACILITY_CLEARANCE ? 'Nasjonal sikkerhetsmyndighet' : rng.pick(ISSUERS),
          scope: rng.chance(0.3) ? 'Machining, welding and surface treatment of aluminium parts' : null,
          validFrom,
          validUntil: addDays(validFrom, rng.int(365, 1095)),
          documentRef: rng.chance(0.5) ? `DOC-${id}-${type}` : null,
          version: 1,
        });
      }
    }
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, Member, members);
      await ctx.insert(tx, MemberCapability, capabilities);
      await ctx.insert(tx, Certificate, certificates);
    });
    ctx.shared.memberIds = members.map((m) => m.id!);
    ctx.shared.activeMemberIds = active;
    const expired = certificates.filter((c) => c.validUntil! < ctx.anchor).length;
    ctx.log(`  ${members.length} firms (${active.length} active), ${certificates.length} certificates of which ${expired} expired`);
    return { member: members.length, member_capability: capabilities.length, certificate: certificates.length };
  },
};
