import { addDays, bulkInsert, osloDate, QueryCounter, Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { CapabilitiesService, CertificatesService, CertificateType, MembersService } from '@app/members';
import { OrdersService } from '@app/orders';
import { PipelineService } from '@app/pipeline';
import { RoyaltiesService } from '@app/royalties';
import { LossReason, Market, TenderStage, TendersService } from '@app/tenders';
import { addCnc5AxisToCatalogue, decideTender } from './support/story';
import { codeOf, createTestApp, type TestApp } from './support/test-app';
import { ok } from './support/bid-story';

const S = TenderStage;

/**
 * The pipeline on a small dataset whose figures were worked out by hand (in the comments), and
 * the statement count of the whole query at 5 and at 500 of everything.
 */
describe('steering committee pipeline (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let steering: string;
  const today = osloDate(new Date());
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    await users.create(SYSTEM_ACTOR, { email: 'pl@p.example', displayName: 'PL', password: 'pl-password-1', role: Role.PROJECT_LEADER });
    await users.create(SYSTEM_ACTOR, { email: 'sc@p.example', displayName: 'SC', password: 'sc-password-1', role: Role.STEERING });
    leader = await t.login('pl@p.example', 'pl-password-1');
    steering = await t.login('sc@p.example', 'sc-password-1');
    const members = t.app.get(MembersService);
    const caps = t.app.get(CapabilitiesService);
    const certs = t.app.get(CertificatesService);
    const tenders = t.app.get(TendersService);
    await addCnc5AxisToCatalogue(t);
    for (const [key, name] of [
      ['A', 'Alfa AS'],
      ['B', 'Beta AS'],
      ['C', 'Gamma AS'],
    ]) {
      ids[key] = (await members.register(SYSTEM_ACTOR, { name, employees: 10, joinedOn: '2020-01-01' })).id;
      await caps.setMemberCapability(SYSTEM_ACTOR, { memberId: ids[key], code: 'CNC_5AXIS', capacityHoursPerMonth: 500 });
      await certs.add(SYSTEM_ACTOR, ids[key], {
        type: CertificateType.ISO_9001,
        issuer: 'DNV',
        validFrom: '2020-01-01',
        validUntil: addDays(today, 60),
      });
    }
    const deadline = new Date(Date.now() + 100 * 86400000);
    const tender = async (key: string, market: Market, valueMinor: number, path: TenderStage[], extra: Record<string, unknown> = {}) => {
      const x = await tenders.create(SYSTEM_ACTOR, {
        title: `T-${key}`,
        buyerName: 'Buyer',
        market,
        estimatedValueMinor: valueMinor,
        deadline,
        ...extra,
      });
      ids[key] = x.id;
      for (const to of path) {
        if (to === S.GO) await decideTender(t, x.id, 'GO');
        else await tenders.moveStage(SYSTEM_ACTOR, x.id, to, { lossReason: to === S.LOST ? LossReason.PRICE : null });
      }
    };
    await tender('T1', Market.DEFENCE, 1_000_000_00, [S.QUALIFYING], { winProbabilityBp: 3500 }); // weighted 350 000
    await tender('T2', Market.PUBLIC_SECTOR, 2_000_000_00, []); // IDENTIFIED 10 %: 200 000
    await tender('T3', Market.DEFENCE, 500_000_00, [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED, S.LOST]);
    await tender('T4', Market.CIVIL_AVIATION, 3_000_000_00, [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED, S.WON]);
    await tender('T5', Market.DEFENCE, 100_000_00, [S.QUALIFYING, S.GO, S.BID_IN_PREPARATION, S.SUBMITTED], { currency: 'EUR' });
    await tender('T6', Market.DEFENCE, 800_000_00, [S.QUALIFYING, S.GO]); // BID_IN_PREPARATION (40 %) once the bid exists: 320 000
    // T6: a bid; A is offered a package and accepts, B is offered one and declines; C is offered nothing
    const req = await tenders.addRequirement(SYSTEM_ACTOR, ids.T6, {
      capabilityCode: 'CNC_5AXIS',
      hours: 100,
      windowStart: addDays(today, 10),
      windowEnd: addDays(today, 40),
      requiredCertificates: [{ type: 'ISO_9001' }],
    });
    const bid = ok(
      await t.gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${ids.T6} }) { id } }`, undefined, leader),
    ).createBid.id;
    for (const key of ['A', 'B']) {
      const wp = ok(
        await t.gql<{ addWorkPackage: { id: number } }>(
          'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
          {
            i: {
              bidId: bid,
              memberId: ids[key],
              title: `5-axis ${key}`,
              requirements: [{ requirementId: req.id, hours: 50 }],
              price: '5000000',
              windowStart: addDays(today, 10),
              windowEnd: addDays(today, 40),
            },
          },
          leader,
        ),
      ).addWorkPackage.id;
      ok(await t.gql(`mutation { offerWorkPackage(id: ${wp}) { warnings } }`, undefined, leader));
      await users.create(SYSTEM_ACTOR, {
        email: `u${key}@p.example`,
        displayName: key,
        password: 'firm-password-1',
        role: Role.FIRM_USER,
        firmId: ids[key],
      });
      const tok = await t.login(`u${key}@p.example`, 'firm-password-1');
      ok(
        await t.gql(
          `mutation { respondToWorkPackage(input: { workPackageId: ${wp}, response: ${key === 'A' ? 'ACCEPT' : 'DECLINE, reason: "full"'} }) { status } }`,
          undefined,
          tok,
        ),
      );
    }
    // the order for T4: A 2 000 000, B 1 000 000; invoices, a credit note and payments
    const orders = t.app.get(OrdersService);
    const order = await orders.create(SYSTEM_ACTOR, {
      buyerName: 'Buyer',
      contractReference: 'C-4',
      awardedValueMinor: 3_000_000_00,
      awardDate: addDays(today, -10),
      tenderId: ids.T4,
      lines: [
        { memberId: ids.A, description: 'A', valueMinor: 2_000_000_00 },
        { memberId: ids.B, description: 'B', valueMinor: 1_000_000_00 },
      ],
    });
    const lines = await t.db.read((em) => em.query(`SELECT id, member_id FROM order_line WHERE order_id = ${order.id} ORDER BY id`));
    const invA = await orders.recordInvoice(SYSTEM_ACTOR, {
      orderLineId: lines[0].id,
      number: 'A-1',
      issueDate: addDays(today, -5),
      amountMinor: 1_000_000_00,
    });
    await orders.recordCreditNote(SYSTEM_ACTOR, {
      invoiceId: invA.id,
      number: 'A-CN',
      issueDate: addDays(today, -4),
      amountMinor: 200_000_00,
      reason: 'discount',
    });
    await orders.recordPayment(SYSTEM_ACTOR, { invoiceId: invA.id, date: addDays(today, -3), amountMinor: 800_000_00 });
    const invB = await orders.recordInvoice(SYSTEM_ACTOR, {
      orderLineId: lines[1].id,
      number: 'B-1',
      issueDate: addDays(today, -5),
      amountMinor: 500_000_00,
    });
    await orders.recordPayment(SYSTEM_ACTOR, { invoiceId: invB.id, date: addDays(today, -2), amountMinor: 200_000_00 });
    // royalties 3 %: A (1 000 000 − 200 000) → 24 000, B 500 000 → 15 000; A paid
    const royalties = t.app.get(RoyaltiesService);
    await royalties.setAgreement(SYSTEM_ACTOR, {
      scope: 'DEFAULT',
      validFrom: '2000-01-01',
      rateBp: 300,
      basis: 'INVOICED',
      amountKind: 'GROSS',
    });
    const q = `${addDays(today, -5).slice(0, 4)}-Q${Math.floor((Number(addDays(today, -5).slice(5, 7)) - 1) / 3) + 1}`;
    await royalties.run(SYSTEM_ACTOR, q);
    for (const s of await royalties.statements(SYSTEM_ACTOR, { period: q })) {
      await royalties.issue(SYSTEM_ACTOR, s.id);
      if (s.memberId === ids.A) await royalties.markPaid(SYSTEM_ACTOR, s.id, today);
    }
    // after A accepted, its ISO 9001 was renewed only until before the package's window ends: a risk
    const certA = (await certs.forMembers([ids.A]))[0];
    await certs.update(SYSTEM_ACTOR, certA.id, { validUntil: addDays(today, 35) });
    await t.app
      .get(PipelineService)
      .recordGrant(SYSTEM_ACTOR, { source: 'Innovation Norway', amountMinor: 600_000_00, date: '2020-01-01', purpose: 'test' });
  }, 120_000);
  afterAll(() => t.close());

  const PIPELINE = `query($f: PipelineFilterInput) { pipeline(filter: $f) {
    stages { stage count value { minorUnits } weighted { minorUnits } }
    otherCurrencies { stage currency count value { minorUnits } }
    outcomes { won lost wonValue { minorUnits } lostValue { minorUnits } winRateByCount winRateByValue lossReasons { reason count } }
    byMarket { market won lost stages { stage count } }
    members { memberId offered accepted declined countered wonValue { minorUnits } shareOfWon royaltiesOwed { minorUnits } }
    fairSpread { gini activeMembers offeredNothing { name } }
    orders { count value { minorUnits } invoiced { minorUnits } paid { minorUnits } outstanding { minorUnits } }
    royalties { accrued { minorUnits } issued { minorUnits } received { minorUnits } outstanding { minorUnits } }
    returnOnGrants { ratio grants { minorUnits } wonValue { minorUnits } }
    upcomingDeadlines { tenderId } timeInStage { stage transitions } trend { month wonValue { minorUnits } } risks { memberId certificate } } }`;

  interface P {
    stages: { stage: string; count: number; value: { minorUnits: string }; weighted: { minorUnits: string } }[];
    [k: string]: unknown;
  }

  it('matches the hand-worked figures', async () => {
    const p = ok(
      await t.gql<{ pipeline: P & Record<string, any> }>(PIPELINE, { f: { from: addDays(today, -30), to: addDays(today, 400) } }, steering),
    ).pipeline;
    const st = Object.fromEntries(
      p.stages.filter((s) => s.count).map((s) => [s.stage, [s.count, s.value.minorUnits, s.weighted.minorUnits]]),
    );
    expect(st).toEqual({
      IDENTIFIED: [1, '200000000', '20000000'],
      QUALIFYING: [1, '100000000', '35000000'], // overridden to 35 %
      BID_IN_PREPARATION: [1, '80000000', '32000000'],
      WON: [1, '300000000', '300000000'],
      LOST: [1, '50000000', '0'],
    });
    expect(p.otherCurrencies).toEqual([{ stage: 'SUBMITTED', currency: 'EUR', count: 1, value: { minorUnits: '10000000' } }]); // never in NOK
    expect(p.outcomes).toEqual({
      won: 1,
      lost: 1,
      wonValue: { minorUnits: '300000000' },
      lostValue: { minorUnits: '50000000' },
      winRateByCount: 0.5,
      winRateByValue: 3_000_000 / 3_500_000,
      lossReasons: [{ reason: 'PRICE', count: 1 }],
    });
    const defence = p.byMarket.find((m: { market: string }) => m.market === 'DEFENCE');
    expect(defence.stages.filter((s: { count: number }) => s.count)).toEqual([
      { stage: 'QUALIFYING', count: 1 },
      { stage: 'BID_IN_PREPARATION', count: 1 },
      { stage: 'LOST', count: 1 },
    ]);
    const m = Object.fromEntries(p.members.map((x: any) => [x.memberId, x]));
    expect(m[ids.A]).toMatchObject({
      offered: 1,
      accepted: 1,
      declined: 0,
      wonValue: { minorUnits: '200000000' },
      royaltiesOwed: { minorUnits: '0' },
    });
    expect(m[ids.B]).toMatchObject({
      offered: 1,
      accepted: 0,
      declined: 1,
      wonValue: { minorUnits: '100000000' },
      royaltiesOwed: { minorUnits: '1500000' },
    });
    expect(m[ids.C]).toMatchObject({ offered: 0, wonValue: { minorUnits: '0' }, shareOfWon: 0 });
    expect(m[ids.A].shareOfWon).toBeCloseTo(2 / 3);
    expect(p.fairSpread).toEqual({ gini: 0.4444, activeMembers: 3, offeredNothing: [{ name: 'Gamma AS' }] }); // Gini of 0, 1, 2 = 4/9
    expect(p.orders).toEqual({
      count: 1,
      value: { minorUnits: '300000000' },
      invoiced: { minorUnits: '130000000' }, // 1 000 000 − 200 000 + 500 000
      paid: { minorUnits: '100000000' },
      outstanding: { minorUnits: '30000000' },
    });
    expect(p.royalties).toEqual({
      accrued: { minorUnits: '3900000' },
      issued: { minorUnits: '3900000' },
      received: { minorUnits: '2400000' },
      outstanding: { minorUnits: '1500000' },
    });
    expect(p.returnOnGrants).toEqual({ ratio: 5, grants: { minorUnits: '60000000' }, wonValue: { minorUnits: '300000000' } });
    expect(p.risks).toEqual([{ memberId: ids.A, certificate: 'ISO_9001' }]); // B's package was declined, so only A's counts
  });

  it('filters by market and shows a firm only its own figures', async () => {
    const p = ok(
      await t.gql<{ pipeline: any }>(
        PIPELINE,
        { f: { from: addDays(today, -30), to: addDays(today, 400), market: 'CIVIL_AVIATION' } },
        leader,
      ),
    ).pipeline;
    expect(p.stages.filter((s: { count: number }) => s.count).map((s: { stage: string }) => s.stage)).toEqual(['WON']);
    expect(p.orders.count).toBe(1);
    const none = ok(
      await t.gql<{ pipeline: any }>(
        PIPELINE,
        { f: { from: addDays(today, -30), to: addDays(today, 400), market: 'PUBLIC_SECTOR' } },
        leader,
      ),
    ).pipeline;
    expect(none.orders.count).toBe(0);
    const firm = ok(
      await t.gql<{ myFirmPipeline: any }>(
        '{ myFirmPipeline { memberId packages { status count } orders orderValue { minorUnits } invoiced { minorUnits } paid { minorUnits } royaltiesOwed { minorUnits } } }',
        undefined,
        await t.login('uB@p.example', 'firm-password-1'),
      ),
    ).myFirmPipeline;
    expect(firm).toEqual({
      memberId: ids.B,
      packages: [{ status: 'DECLINED', count: 1 }],
      orders: 1,
      orderValue: { minorUnits: '100000000' },
      invoiced: { minorUnits: '50000000' },
      paid: { minorUnits: '20000000' },
      royaltiesOwed: { minorUnits: '1500000' },
    });
    expect(codeOf(await t.gql('{ pipeline { from } }', undefined, await t.login('uB@p.example', 'firm-password-1')))).toBe('FORBIDDEN');
  });

  it('pages and orders the per-member table and the risks', async () => {
    const f = { from: addDays(today, -30), to: addDays(today, 400) };
    const page = async (fields: string) =>
      ok(await t.gql<{ pipeline: any }>(`query($f: PipelineFilterInput) { pipeline(filter: $f) { ${fields} } }`, { f }, steering)).pipeline;
    const names = (rows: { name: string }[]) => rows.map((r) => r.name);
    const p = await page(`memberCount riskCount
      all: members { name } byWon: members(first: 2, orderBy: WON_VALUE) { name wonValue { minorUnits } }
      second: members(first: 1, offset: 1, orderBy: WON_VALUE) { name } byOffered: members(orderBy: OFFERED) { name offered }
      tail: members(offset: 2) { name } firstRisk: risks(first: 1) { memberId } noRisks: risks(offset: 1) { memberId }`);
    expect(p.memberCount).toBe(3);
    expect(names(p.all)).toEqual(['Alfa AS', 'Beta AS', 'Gamma AS']); // by name by default
    expect(p.byWon).toEqual([
      { name: 'Alfa AS', wonValue: { minorUnits: '200000000' } },
      { name: 'Beta AS', wonValue: { minorUnits: '100000000' } },
    ]);
    expect(names(p.second)).toEqual(['Beta AS']);
    expect(p.byOffered).toEqual([
      { name: 'Alfa AS', offered: 1 }, // a tie at 1 offered: by name
      { name: 'Beta AS', offered: 1 },
      { name: 'Gamma AS', offered: 0 },
    ]);
    expect(names(p.tail)).toEqual(['Gamma AS']);
    expect([p.riskCount, p.firstRisk, p.noRisks]).toEqual([1, [{ memberId: ids.A }], []]);
    // a period that ends before it starts (the dashboard's filter): marked at `to` with the rule the console words
    const backwards = await t.gql(
      'query($f: PipelineFilterInput) { pipeline(filter: $f) { members { name } } }',
      { f: { from: '2026-05-01', to: '2026-04-01' } },
      steering,
    );
    expect(backwards.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'to', rule: 'ENDS_BEFORE_START' })]);
    for (const bad of ['members(first: 0) { name }', 'members(offset: -1) { name }', 'risks(first: -5) { memberId }'])
      expect(codeOf(await t.gql(`query($f: PipelineFilterInput) { pipeline(filter: $f) { ${bad} } }`, { f }, steering))).toBe(
        'BAD_USER_INPUT',
      );
  });

  it('exports the tables as CSV', async () => {
    const csv = ok(
      await t.gql<{ pipelineExport: string }>(
        `query($f: PipelineFilterInput) { pipelineExport(table: "STAGES", filter: $f) }`,
        { f: { from: addDays(today, -30), to: addDays(today, 400) } },
        steering,
      ),
    ).pipelineExport;
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n').slice(0, 2)).toEqual(['stage;count;value_nok;weighted_nok', 'IDENTIFIED;1;2000000,00;200000,00']);
    expect(csv).toContain('SUBMITTED (EUR);1;100000,00;50000,00');
  });

  it('sends 14 statements per report, every one seen by the statement counter (also those read as arrays)', async () => {
    // the long statements (per member, the risks) are read through rawRows, which goes around
    // TypeORM on SQLite: they must still be counted and tapped like the others
    const counter = t.app.get(QueryCounter);
    const seen: string[] = [];
    counter.tap = (sql) => seen.push(sql);
    try {
      const to = osloDate(new Date());
      await t.app.get(PipelineService).report(SYSTEM_ACTOR, { from: addDays(to, -364), to });
    } finally {
      counter.tap = null;
    }
    expect(seen).toHaveLength(14);
    for (const part of ['member_activity', 'JOIN order_line l ON l.order_id = o.id', 'FROM royalty_ledger_entry r', 'work_package_need'])
      expect(seen.filter((sql) => sql.includes(part))).toHaveLength(1);
  });

  it('costs the same number of SQL statements at 5 and at 500 of everything', async () => {
    const grow = async (n: number) => {
      await t.db.transaction(async (tx) => {
        const base = (await tx.query('SELECT MAX(id) AS m FROM tender'))[0].m as number;
        const now = Date.now();
        const tRows: unknown[][] = [];
        const xRows: unknown[][] = [];
        for (let i = 1; i <= n; i++) {
          const stage = [S.IDENTIFIED, S.QUALIFYING, S.WON, S.LOST][i % 4];
          tRows.push([
            base + i,
            `Bulk ${base + i}`,
            'Buyer',
            Object.values(Market)[i % 5],
            'MANUAL',
            now + 86400000 * (i % 300),
            1_000_00 * i,
            'NOK',
            stage,
            now,
            1,
            now,
            now,
            false,
          ]);
          xRows.push([base + i, null, S.IDENTIFIED, now - 1000, 'x', 'x@x']);
          xRows.push([base + i, S.IDENTIFIED, stage, now, 'x', 'x@x']);
        }
        await bulkInsert(
          tx,
          'tender',
          [
            'id',
            'title',
            'buyer_name',
            'market',
            'source',
            'deadline',
            'estimated_value_minor',
            'currency',
            'stage',
            'stage_changed_at',
            'version',
            'created_at',
            'updated_at',
            'export_controlled',
          ],
          tRows,
        );
        await bulkInsert(tx, 'tender_stage_transition', ['tender_id', 'from_stage', 'to_stage', 'at', 'reason', 'actor_email'], xRows);
        if (t.db.kind === 'postgres') await tx.query("SELECT setval('tender_id_seq', (SELECT MAX(id) FROM tender))");
      });
      const members = t.app.get(MembersService);
      const orders = t.app.get(OrdersService);
      for (let i = 0; i < Math.min(n, 40); i++) {
        const mm = await members.register(SYSTEM_ACTOR, { name: `Bulk member ${Date.now()}-${i}`, employees: 5 });
        await orders.create(SYSTEM_ACTOR, {
          buyerName: 'B',
          contractReference: `R${Date.now()}${i}`,
          awardedValueMinor: 100_00,
          awardDate: today,
          lines: [{ memberId: mm.id, description: 'x', valueMinor: 100_00 }],
        });
      }
    };
    const count = async () => {
      const r = await t.gql<{ pipeline: unknown }>(PIPELINE, undefined, steering);
      expect(codeOf(r)).toBe('OK');
      return r.sqlStatements;
    };
    await grow(5);
    const small = await count();
    await grow(495);
    const large = await count();
    expect(Number.isFinite(small)).toBe(true);
    expect(large).toBe(small);
  }, 120_000);
});
