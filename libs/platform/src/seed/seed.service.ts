import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDays,
  Database,
  osloDate,
  osloStartOfDay,
  type Period,
  parsePeriod,
  Role,
  SYSTEM_ACTOR,
  type UserActor,
  parseCsv,
  projectRoot,
} from '@app/core';
import { AuditsService, FindingSeverity, SupplierRegisterService } from '@app/audits';
import { ActivitiesService, ActivityKind, FundingSource } from '@app/activities';
import { BidderKind, BidsService, WorkPackage, WorkPackagesService } from '@app/bids';
import { NetworkContactService } from '@app/brochures';
import { ExchangeTermsService, ServiceFeePayer } from '@app/exchange';
import { User, UsersService } from '@app/identity';
import { OrderLine, OrdersService } from '@app/orders';
import { PipelineService } from '@app/pipeline';
import { RoyaltiesService } from '@app/royalties';
import { CommitteeMember, DecisionKind, SteeringService } from '@app/steering';
import { Tender, TenderStage, TendersService } from '@app/tenders';
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

/** Demo users: one per role plus three firm users of different firms (README "Demo users"). */
export interface DemoUser {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  firm?: string;
}

/**
 * The demo passwords' scrypt hashes, made once (`hashPassword`; `seed.service.spec.ts` checks that
 * each still verifies its password). Hashing the nine demo users' passwords took ~0.4 s of every
 * seeded start, and every e2e suite starts one or more: the demo's passwords are public, so a
 * fixed salt costs nothing here. A demo password without a hash here is hashed as any other.
 */
export const DEMO_PASSWORD_HASHES: Readonly<Record<string, string>> = {
  'demo-admin-2006':
    'scrypt$16384$8$1$6FJ4HNIng7kvIN/zlsIsMQ==$2UrC7irzuASn1UxH0fmQszYylKLZWSanK5ZWAx/vXz+Zio5hUaCR5fc8DPqwBXoPFoNTKM5jS+Alg6sqNYd4ww==',
  'demo-leder-2006':
    'scrypt$16384$8$1$y1OJQ2dHW1xgDywgw7LV2A==$1k/McADw2budFc0JS3u0bRYaZh2Dcjl4WRUAMVabgAuOT+w8Gc3aVhMGKcfLBwME/TWo6k52+SlpQYuwxDGtzQ==',
  'demo-styre-2006':
    'scrypt$16384$8$1$ErIX3ngClKi4inN3EK5vKg==$Ko7Buz9GlhPM8Hk9IMHE0JnSHOt1ddR4gN5xY4rVLon1ZP1uYvYh0ioNaczijWctrtwplLGF/gZotgexMgJzRQ==',
  'demo-firma-2006':
    'scrypt$16384$8$1$WK9fapbHauihWMX4NkIfvQ==$I5fWO6nT7R7Azngji+YdvMx7xMuD0jzo+Vvb0dTFSbkvy5JxAHTF/re3v3W7eClvPUDyPf1M1q33jqDeP+6qqg==',
};

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@totalfly.example', password: 'demo-admin-2006', role: Role.ADMIN, displayName: 'Demo administrator' },
  { email: 'leder@totalfly.example', password: 'demo-leder-2006', role: Role.PROJECT_LEADER, displayName: 'Demo prosjektleder (RTIM)' },
  { email: 'styre@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (leder)' },
  { email: 'styre2@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (fylket)' },
  { email: 'styre3@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (bedrift A)' },
  { email: 'styre4@totalfly.example', password: 'demo-styre-2006', role: Role.STEERING, displayName: 'Demo styringskomité (bedrift B)' },
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
  {
    // a firm of the demo's joint offer in progress (NH90): its inbox holds a package to answer
    email: 'firma@hydro-structures.example',
    password: 'demo-firma-2006',
    role: Role.FIRM_USER,
    displayName: 'Demo user, Hydro Aluminium Structures',
    firm: 'Hydro Aluminium Structures Raufoss AS',
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
    private readonly orders: OrdersService,
    private readonly royalties: RoyaltiesService,
    private readonly pipeline: PipelineService,
    private readonly networkContact: NetworkContactService,
    private readonly exchangeTerms: ExchangeTermsService,
    private readonly supplierRegister: SupplierRegisterService,
    private readonly audits: AuditsService,
    private readonly activities: ActivitiesService,
    private readonly bids: BidsService,
    private readonly workPackages: WorkPackagesService,
  ) {}

  /** A demo user (by e-mail or id) as the actor of a step they take in the demo history. */
  private async actorOf(which: { email: string } | { id: number }): Promise<UserActor> {
    const u = await this.db.read((em) => em.findOneByOrFail(User, which));
    return { kind: 'user', userId: u.id, email: u.email, role: u.role, firmId: u.firmId ?? null };
  }

  /**
   * A joint offer in progress, so that the demo shows the work between the committee's GO and the
   * submission: the NH90 tender moved to bid preparation, its consortium as the solver suggests it
   * (rank 1: Hydro Aluminium Profiler anodises, Hydro Aluminium Structures machines), made into
   * work packages by the demo project leader and offered with a week to answer. Illustrative.
   */
  private async seedBidInProgress(at: Date): Promise<void> {
    const tender = await this.db.read((em) => em.findOneByOrFail(Tender, { title: 'Aluminium brackets for NH90 helicopter maintenance' }));
    await this.tenders.moveStage(SYSTEM_ACTOR, tender.id, TenderStage.BID_IN_PREPARATION, { reason: 'Seeded demo history', at });
    const leader = await this.actorOf({ email: 'leder@totalfly.example' });
    const bid = await this.bids.createFromSuggestion(leader, {
      tenderId: tender.id,
      bidderKind: BidderKind.ASSOCIATION,
      title: 'NH90-braketter: felles tilbud (demo)',
      rank: 1,
      options: {},
    });
    const packages = await this.db.read((em) => em.find(WorkPackage, { where: { bidId: bid.id }, order: { id: 'ASC' } }));
    await this.workPackages.offerMany(
      leader,
      packages.map((p) => p.id),
      new Date(Date.now() + 7 * 86400000),
    );
  }

  /**
   * Supplier registers and one coordinated audit, all illustrative: Nammo and Hydro Aluminium
   * Structures both buy friction-stir welding from StirTech and fall due for an ISO 3834-2 audit
   * within weeks of each other (the programme suggests one audit); Nammo's demo user audited
   * Sagstuen against ISO 9001 on the day of seeding, found one minor nonconformity, and closed it
   * on Sagstuen's evidence, so the register records the audit for Nammo.
   */
  private async seedAudits(userIds: Map<string, number>): Promise<void> {
    const today = osloDate(new Date());
    const firm = async (name: string) => (await this.db.read((em) => em.findOneByOrFail(Member, { name }))).id;
    // one after the other: the seed runs in one transaction, one connection
    const [nammo, sagstuen, stirtech, hydro] = [
      await firm('Nammo Raufoss AS'),
      await firm('Sagstuen AS'),
      await firm('StirTech AS'),
      await firm('Hydro Aluminium Structures Raufoss AS'),
    ];
    const actor = (email: string, firmId: number): UserActor => ({
      kind: 'user',
      userId: userIds.get(email)!,
      email,
      role: Role.FIRM_USER,
      firmId,
    });
    const nammoUser = actor('firma@nammo.example', nammo);
    const sagstuenUser = actor('firma@sagstuen.example', sagstuen);
    const illustrative = '(illustrative demo data)';
    await this.supplierRegister.add(SYSTEM_ACTOR, {
      buyerMemberId: nammo,
      supplierMemberId: stirtech,
      standards: [CertificateType.ISO_3834_2],
      scope: `Friksjonssveising av utskytingsskinner ${illustrative}`,
      since: addDays(today, -1200),
      lastAuditedOn: addDays(today, -700),
    });
    await this.supplierRegister.add(SYSTEM_ACTOR, {
      buyerMemberId: hydro,
      supplierMemberId: stirtech,
      standards: [CertificateType.ISO_3834_2],
      scope: `Friksjonssveisede prototyper av kollisjonsbjelker ${illustrative}`,
      since: addDays(today, 60),
    });
    await this.supplierRegister.add(SYSTEM_ACTOR, {
      buyerMemberId: nammo,
      supplierMemberId: sagstuen,
      standards: [CertificateType.ISO_9001],
      scope: `5-akset maskinerte hus ${illustrative}`,
      since: addDays(today, -400),
    });
    const audit = await this.audits.propose(nammoUser, {
      supplierMemberId: sagstuen,
      scope: [{ standard: CertificateType.ISO_9001, clauses: ['7.1.5', '8.5.1'] }],
      plannedOn: today,
      leadAuditorUserId: nammoUser.userId,
      onBehalfOfMemberIds: [nammo],
      note: `Demorevisjon ${illustrative}`,
    });
    const id = audit.audit.id;
    await this.audits.confirmDate(sagstuenUser, id);
    await this.audits.markDone(nammoUser, id, today);
    const finding = await this.audits.recordFinding(nammoUser, {
      auditId: id,
      standard: CertificateType.ISO_9001,
      clause: '7.1.5',
      severity: FindingSeverity.MINOR,
      description: `To mikrometre hadde passert kalibreringsdatoen ${illustrative}.`,
      dueOn: addDays(today, 30),
    });
    await this.audits.report(
      nammoUser,
      id,
      `Kvalitetssystemet til Sagstuen oppfyller ISO 9001 §7.1.5 og §8.5.1, bortsett fra ett mindre avvik ${illustrative}.`,
    );
    await this.audits.respondToFinding(sagstuenUser, finding.id, {
      correctiveAction: 'Kalibreringsfrister lagt inn i vedlikeholdssystemet',
      evidence: 'Kalibreringsbevis for begge mikrometrene (illustrative demo data)',
    });
    await this.audits.closeFinding(nammoUser, finding.id, undefined);
  }

  /**
   * The board's areas, one per demo committee member, and three activities as draft plans (the
   * examples of issue 27). Illustrative: the real areas, plans and budgets are the board's. None
   * is approved here: the committee approves a plan by a decision (ACTIVITY_APPROVAL).
   */
  private async seedActivities(userIds: Map<string, number>, firmIds: Map<string, number>, grantId: number, today: string): Promise<void> {
    const user = (email: string) => userIds.get(email)!;
    await this.activities.setBoardAreas(SYSTEM_ACTOR, [
      {
        code: 'FINANCE',
        nameNb: 'Økonomi, administrasjon og jus',
        nameEn: 'Finance, administration and law',
        holderUserId: user('styre@totalfly.example'),
      },
      {
        code: 'MARKETING',
        nameNb: 'Marked og relasjoner',
        nameEn: 'Marketing and relations',
        holderUserId: user('styre2@totalfly.example'),
      },
      { code: 'MEMBERS', nameNb: 'Medlemmer', nameEn: 'Members', holderUserId: user('styre3@totalfly.example') },
      { code: 'PROJECTS', nameNb: 'Prosjektstyring', nameEn: 'Project management', holderUserId: user('styre4@totalfly.example') },
    ]);
    const firms = (...names: string[]) => names.map((n) => firmIds.get(n)).filter((id): id is number => id !== undefined);
    const leader = user('leder@totalfly.example');
    await this.activities.create(SYSTEM_ACTOR, {
      title: 'Budkampanje mot Luftforsvaret (demo)',
      kind: ActivityKind.BID_CAMPAIGN,
      areaCode: 'MARKETING',
      goals: 'Illustrative: two framework agreements for sub-deliveries to the air force within two years.',
      projectLeaderUserId: leader,
      contactUserId: user('styre2@totalfly.example'),
      firmIds: firms('Nammo Raufoss AS', 'Sagstuen AS'),
      budget: [
        { source: FundingSource.GRANT, grantId, amountMinor: 250_000_00, note: 'Innovation Norway (demo)' },
        { source: FundingSource.OWN_FUNDS, amountMinor: 80_000_00 },
      ],
      milestones: [
        { title: 'Leverandørdag hos Luftforsvaret', dueDate: addDays(today, 45) },
        { title: 'Første forespørsel besvart', dueDate: addDays(today, 120) },
      ],
    });
    await this.activities.create(SYSTEM_ACTOR, {
      title: 'ISO 9001-forbedringsnettverk (demo)',
      kind: ActivityKind.COMPETENCE_PROJECT,
      areaCode: 'MEMBERS',
      goals: 'Illustrative: every participating firm certified or re-certified, sharing one quality handbook.',
      projectLeaderUserId: leader,
      contactUserId: user('styre3@totalfly.example'),
      firmIds: firms('Nammo Raufoss AS'),
      budget: [{ source: FundingSource.MEMBER_FEES, amountMinor: 60_000_00 }],
      milestones: [
        { title: 'Gap-analyse i hver bedrift', dueDate: addDays(today, 60) },
        { title: 'Felles internrevisjon', dueDate: addDays(today, 180) },
      ],
    });
    await this.activities.create(SYSTEM_ACTOR, {
      title: 'Felles stand på forsvarsmesse (demo)',
      kind: ActivityKind.MARKETING,
      areaCode: 'MARKETING',
      goals: 'Illustrative: the joint brochure in the hands of twenty buyers.',
      projectLeaderUserId: leader,
      contactUserId: user('styre2@totalfly.example'),
      firmIds: [],
      budget: [{ source: FundingSource.OWN_FUNDS, amountMinor: 45_000_00 }],
      milestones: [{ title: 'Standen bestilt', dueDate: addDays(today, 30) }],
    });
  }

  /**
   * The won phase 1 of the tracked-vehicle upgrade as an order of NOK 16 million (the project's
   * reported order volume), with invoices, one credit note, payments, and royalty statements for
   * the two previous quarters: the older one paid, the newer one issued. Illustrative figures.
   */
  private async seedOrdersAndRoyalties(): Promise<void> {
    const today = osloDate(new Date());
    const quarter = (d: string) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
    const prev = parsePeriod(quarter(addDays(parsePeriod(quarter(today)).firstDay, -1)));
    const prevPrev = parsePeriod(quarter(addDays(prev.firstDay, -1)));
    const tender = (await this.db.read((em) =>
      em.findOneByOrFail(Tender, { title: 'Oppgradering av beltevogner, fase 1 (intensjonsavtale)' }),
    ))!;
    const firm = async (name: string) => (await this.db.read((em) => em.findOneByOrFail(Member, { name }))).id;
    await this.royalties.setAgreement(SYSTEM_ACTOR, {
      scope: 'DEFAULT',
      validFrom: '2006-01-01',
      rateBp: 300,
      basis: 'INVOICED',
      amountKind: 'GROSS',
      note: 'Illustrative default: 3 % of invoiced amounts',
    });
    const lines: [string, string, number][] = [
      ['Nammo Raufoss AS', '5-akset maskinering og montasje', 6_000_000_00],
      ['Sagstuen AS', 'Maskinering og TIG-sveising', 4_000_000_00],
      ['Intek Engineering AS', 'Konstruksjon av oppgraderingssettet', 2_500_000_00],
      ['Al-Sveis AS', 'TIG-sveising av aluminiumskonstruksjoner', 2_000_000_00],
      ['Tokvam AS', 'Hardanodisering', 1_500_000_00],
    ];
    // one after the other: the seed runs in one transaction, one connection
    const orderLinesOf: { memberId: number; description: string; valueMinor: number }[] = [];
    for (const [name, description, valueMinor] of lines) orderLinesOf.push({ memberId: await firm(name), description, valueMinor });
    const order = await this.orders.create(SYSTEM_ACTOR, {
      buyerName: tender.buyerName,
      contractReference: 'FMA-2025-LOI-0007 (illustrative)',
      awardedValueMinor: 16_000_000_00,
      awardDate: addDays(today, -290),
      startDate: addDays(today, -280),
      endDate: addDays(today, 60),
      tenderId: tender.id,
      notes: 'Fase 1 av oppgraderingen av beltevogner. (Illustrative demo data.)',
      lines: orderLinesOf,
    });
    const orderLines = await this.db.read((em) => em.find(OrderLine, { where: { orderId: order.id }, order: { id: 'ASC' } }));
    const mid = (p: Period, days: number) => addDays(p.firstDay, days);
    let n = 1;
    for (const [i, line] of orderLines.entries()) {
      const first = await this.orders.recordInvoice(SYSTEM_ACTOR, {
        orderLineId: line.id,
        number: `DEMO-${1000 + n++}`,
        issueDate: mid(prevPrev, 20 + i),
        amountMinor: Math.round(line.valueMinor * 0.4),
      });
      await this.orders.recordPayment(SYSTEM_ACTOR, { invoiceId: first.id, date: mid(prevPrev, 50 + i), amountMinor: first.amountMinor });
      const second = await this.orders.recordInvoice(SYSTEM_ACTOR, {
        orderLineId: line.id,
        number: `DEMO-${1000 + n++}`,
        issueDate: mid(prev, 15 + i),
        amountMinor: Math.round(line.valueMinor * 0.35),
      });
      if (i < 3)
        await this.orders.recordPayment(SYSTEM_ACTOR, {
          invoiceId: second.id,
          date: mid(prev, 40 + i),
          amountMinor: Math.round(second.amountMinor / 2),
        });
      if (i === 3) {
        await this.orders.recordCreditNote(SYSTEM_ACTOR, {
          invoiceId: second.id,
          number: `DEMO-CN-${n++}`,
          issueDate: mid(prev, 30),
          amountMinor: 50_000_00,
          reason: 'Omarbeiding av to sveisede rammer for bedriftens regning. (Illustrative demo data.)',
        });
      }
    }
    await this.royalties.run(SYSTEM_ACTOR, prevPrev.label);
    for (const st of await this.royalties.statements(SYSTEM_ACTOR, { period: prevPrev.label })) {
      await this.royalties.issue(SYSTEM_ACTOR, st.id);
      // issued today (a statement's issue has no date of its own), so paid today: a payment dated
      // months before its statement put the payment before the accrual in the ledger
      await this.royalties.markPaid(SYSTEM_ACTOR, st.id, today);
    }
    await this.royalties.run(SYSTEM_ACTOR, prev.label);
    for (const st of await this.royalties.statements(SYSTEM_ACTOR, { period: prev.label })) await this.royalties.issue(SYSTEM_ACTOR, st.id);
  }

  /** Opens, votes and closes a TENDER_GO decision of the demo committee: chair and one member vote alike. */
  private async decideDemoTender(tenderId: number, stage: TenderStage, committee: CommitteeMember[], at: Date): Promise<void> {
    const voter = (m: CommitteeMember) => this.actorOf({ id: m.userId });
    const chair = committee.find((m) => m.chair)!;
    const member = committee.find((m) => !m.chair)!;
    // the history reads in order: opened a week before the close, the votes the day after opening
    const opened = new Date(at.getTime() - 7 * 86400000);
    const voted = new Date(opened.getTime() + 86400000);
    const d = await this.steering.open(
      SYSTEM_ACTOR,
      { kind: DecisionKind.TENDER_GO, tenderId, question: 'Seeded demo decision' },
      { at: opened },
    );
    const vote = stage === TenderStage.GO ? 'YES' : 'NO';
    for (const m of [chair, member]) await this.steering.vote(await voter(m), d.id, vote, 'Seeded demo history', { at: voted });
    await this.steering.close(SYSTEM_ACTOR, d.id, { at });
  }

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
        for (const [code, hours, equipment, level] of p?.caps ?? []) {
          await this.capabilities.setMemberCapability(SYSTEM_ACTOR, {
            memberId: m.id,
            code,
            capacityHoursPerMonth: hours,
            keyEquipment: equipment?.[0] ?? null,
            keyEquipmentEn: equipment?.[1] ?? null,
            level: level?.[0] ?? null,
            levelEn: level?.[1] ?? null,
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
      const userIds = new Map<string, number>();
      for (const u of DEMO_USERS) {
        const firmId = u.firm ? firmIds.get(u.firm) : null;
        const user = await this.users.create(SYSTEM_ACTOR, {
          email: u.email,
          displayName: u.displayName,
          password: u.password,
          passwordHash: DEMO_PASSWORD_HASHES[u.password],
          role: u.role,
          firmId,
        });
        userIds.set(u.email, user.id);
      }
      // The steering committee: the demo chair, a deputy chair and two members (illustrative).
      const committee = await this.steering.setCommittee(
        SYSTEM_ACTOR,
        DEMO_USERS.filter((u) => u.role === Role.STEERING).map((u) => ({
          userId: userIds.get(u.email)!,
          chair: u.email === 'styre@totalfly.example',
          deputyChair: u.email === 'styre2@totalfly.example',
        })),
      );
      for (const m of CPV_MAPPINGS) await this.tenders.setCpvMapping(SYSTEM_ACTOR, m.cpvPrefix, m.capabilityCode, m.note);
      // the demo history at noon (Oslo) of its own days
      const onDay = (days: number) => new Date(osloStartOfDay(addDays(today, days)).getTime() + 12 * 3600_000);
      for (const d of DEMO_TENDERS) {
        const t = await this.tenders.create(
          SYSTEM_ACTOR,
          {
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
          },
          onDay(d.registeredDays),
        );
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
        for (const [stage, days] of d.path) {
          if (stage === TenderStage.GO || stage === TenderStage.NO_GO) {
            // as everywhere, only the committee's decision sets GO or NO_GO: the demo chair and a member vote
            await this.decideDemoTender(t.id, stage, committee, onDay(days));
            continue;
          }
          const outcome = stage === TenderStage.WON || stage === TenderStage.LOST;
          await this.tenders.moveStage(SYSTEM_ACTOR, t.id, stage, {
            reason: 'Seeded demo history',
            at: onDay(days),
            outcomeDate: outcome ? addDays(today, days) : null,
            lossReason: stage === TenderStage.LOST ? (d.lossReason ?? null) : null,
            lossReasonText: stage === TenderStage.LOST ? (d.lossReasonText ?? null) : null,
          });
        }
      }
      await this.seedBidInProgress(onDay(-15));
      const grant = await this.pipeline.recordGrant(SYSTEM_ACTOR, {
        source: 'Innovation Norway (on request from the Ministry of Defence)',
        amountMinor: 600_000_00,
        date: '2005-01-15',
        purpose: 'TotAl-Fly main project: the initial public grant (NOK 600 000, from the 2006 report)',
      });
      await this.seedOrdersAndRoyalties();
      await this.seedAudits(userIds);
      await this.seedActivities(userIds, firmIds, grant.id, today);
      // The brochures' contact for buyers. Illustrative, like the rest of the demo: an .example
      // address and a switchboard-like number, to be replaced by the project leader's own.
      await this.networkContact.set(SYSTEM_ACTOR, {
        name: 'TotAl-Fly prosjektleder (demo)',
        roleNb: 'Prosjektleder, RTIM Raufoss',
        roleEn: 'Project leader, RTIM Raufoss',
        email: 'post@totalfly.example',
        phone: '+47 61 00 00 00',
        address: 'c/o RTIM, Raufoss industripark\n2830 Raufoss',
      });
      // Common terms for the capacity exchange, illustrative like the rest: the board sets the real ones.
      await this.exchangeTerms.record(SYSTEM_ACTOR, {
        validFrom: '2006-06-01',
        markupBp: 1000,
        capabilityPrices: [],
        nonSolicitationMonths: 12,
        serviceFeeBp: 200,
        serviceFeePaidBy: ServiceFeePayer.BORROWER,
        boardDecision: 'Demo: illustrative common terms, not a real board decision',
      });
    });
    this.logger.log({ msg: 'demo data seeded' });
    return true;
  }
}
