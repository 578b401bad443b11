import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, Database, osloDate, osloStartOfDay, Role, SYSTEM_ACTOR, parseCsv, projectRoot } from '@app/core';
import { UsersService } from '@app/identity';
import { SteeringService } from '@app/steering';
import { TenderStage, TendersService } from '@app/tenders';
import { CPV_MAPPINGS, DEMO_TENDERS } from './demo-tenders';
import {
  CapabilitiesService,
  CertificatesService,
  CertificateType,
  ClearanceLevel,
  DuesService,
  Member,
  MembersService,
} from '@app/members';
import { CATALOGUE, DUES_2006 } from './catalogue';
import { ILLUSTRATIVE_PROFILES } from './illustrative-profiles';

export const SEED_DATA_DIR = join('libs', 'platform', 'src', 'seed', 'data');

export function readSeedCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(join(projectRoot(), SEED_DATA_DIR, file), 'utf8'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Demo users: one per role plus two firm users of different firms (README "Demo users"). */
export interface DemoUser {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  firm?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@totalfly.example', password: 'demo-admin-2006', role: Role.ADMIN, displayName: 'Demo administrator' },
  { email: 'leder@totalfly.example', password: 'demo-leder-2006', role: Role.PROJECT_LEADER, displayName: 'Demo prosjektleder (RTIM)' },
  { email: 'styre@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (leder)' },
  { email: 'styre2@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (fylket)' },
  { email: 'styre3@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (bedrift)' },
  { email: 'styre4@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (bedrift)' },
  {
    email: 'firma@nammo.example',
    password: 'demo-firma-2006',
    role: Role.FIRM_USER,
    displayName: 'Demo user, Nammo Raufoss',
    firm: 'Nammo Raufoss AS',
  },
  {
    email: 'firma@sagstuen.example',
    password: 'demo-firma-2006',
    role: Role.FIRM_USER,
    displayName: 'Demo user, Sagstuen',
    firm: 'Sagstuen AS',
  },
];

/**
 * Demo data, all in one place. The member names come from the association's published member
 * list (September 2006); everything else the register does not hold is illustrative and is
 * labelled so wherever it is shown.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');
  constructor(
    private readonly db: Database,
    private readonly members: MembersService,
    private readonly users: UsersService,
    private readonly capabilities: CapabilitiesService,
    private readonly certificates: CertificatesService,
    private readonly dues: DuesService,
    private readonly tenders: TendersService,
    private readonly steering: SteeringService,
  ) {}

  /** Seeds an empty database; does nothing if any member exists. Returns whether it seeded. */
  async seedIfEmpty(): Promise<boolean> {
    const empty = await this.db.read(async (em) => (await em.count(Member)) === 0);
    if (!empty) return false;
    await this.db.transaction(async () => {
      const today = osloDate(new Date());
      for (const c of CATALOGUE) {
        await this.capabilities.addCatalogueEntry(SYSTEM_ACTOR, {
          code: c.code,
          group: c.group,
          nameNb: c.nameNb,
          nameEn: c.nameEn,
          defaultHourlyRateOre: c.rateNok * 100,
        });
      }
      await this.dues.setTable(
        SYSTEM_ACTOR,
        2006,
        DUES_2006.map((b) => ({
          employeesMin: b.employeesMin,
          employeesMax: b.employeesMax,
          membershipFeeOre: b.membershipFeeNok * 100,
          serviceFeeOre: b.serviceFeeNok * 100,
        })),
      );
      const firmIds = new Map<string, number>();
      for (const row of readSeedCsv('member-register-2006.csv')) {
        const p = ILLUSTRATIVE_PROFILES[row.name];
        const m = await this.members.register(SYSTEM_ACTOR, {
          name: row.name,
          website: row.website || null,
          joinedOn: '2006-09-01', // on the published member list of September 2006
          ...(p
            ? { municipality: p.municipality, employees: p.employees, descriptionNb: p.nb, descriptionEn: p.en, illustrative: true }
            : {}),
        });
        firmIds.set(m.name, m.id);
        for (const [code, hours, keyEquipment] of p?.caps ?? []) {
          await this.capabilities.setMemberCapability(SYSTEM_ACTOR, {
            memberId: m.id,
            code,
            capacityHoursPerMonth: hours,
            keyEquipment: keyEquipment ?? null,
          });
        }
        for (const [type, fromDays, untilDays, extra] of p?.certs ?? []) {
          await this.certificates.add(SYSTEM_ACTOR, m.id, {
            type: type as CertificateType,
            issuer: 'Illustrative issuer (demo data)',
            validFrom: addDays(today, fromDays),
            validUntil: addDays(today, untilDays),
            clearanceLevel: (extra?.level as ClearanceLevel) ?? null,
            process: extra?.process ?? null,
          });
        }
      }
      for (const m of CPV_MAPPINGS) await this.tenders.setCpvMapping(SYSTEM_ACTOR, m.cpvPrefix, m.capabilityCode, m.note);
      for (const d of DEMO_TENDERS) {
        const t = await this.tenders.create(SYSTEM_ACTOR, {
          title: d.title,
          description: d.description,
          buyerName: d.buyerName,
          buyerIdentifier: d.buyerIdentifier ?? null,
          market: d.market,
          estimatedValueMinor: d.valueMinor,
          currency: d.currency ?? 'NOK',
          deadline: osloStartOfDay(addDays(today, d.deadlineDays + 1)),
          winProbabilityBp: d.winProbabilityBp ?? null,
          notes: 'Illustrative demo data.',
        });
        for (const r of d.requirements) {
          await this.tenders.addRequirement(SYSTEM_ACTOR, t.id, {
            capabilityCode: r.code,
            hours: r.hours,
            description: r.description,
            windowStart: addDays(today, r.window[0]),
            windowEnd: addDays(today, r.window[1]),
            requiredCertificates: r.certs.map((type) => ({ type })),
            mandatory: r.mandatory ?? true,
          });
        }
        for (const stage of d.path) {
          await this.tenders.moveStage(SYSTEM_ACTOR, t.id, stage, {
            viaSteeringDecision: true,
            reason: 'Seeded demo history',
            lossReason: stage === TenderStage.LOST ? (d.lossReason ?? null) : null,
            lossReasonText: stage === TenderStage.LOST ? (d.lossReasonText ?? null) : null,
          });
        }
      }
      const userIds = new Map<string, number>();
      for (const u of DEMO_USERS) {
        const firmId = u.firm ? firmIds.get(u.firm) : null;
        const user = await this.users.create(SYSTEM_ACTOR, {
          email: u.email,
          displayName: u.displayName,
          password: u.password,
          role: u.role,
          firmId,
        });
        userIds.set(u.email, user.id);
      }
      // The steering committee: the demo chair and three members (illustrative).
      await this.steering.setCommittee(
        SYSTEM_ACTOR,
        DEMO_USERS.filter((u) => u.role === Role.STEERING).map((u) => ({
          userId: userIds.get(u.email)!,
          chair: u.email === 'styre@totalfly.example',
        })),
      );
    });
    this.logger.log({ msg: 'demo data seeded' });
    return true;
  }
}
