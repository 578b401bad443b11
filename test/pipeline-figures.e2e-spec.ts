import { addDays, osloDate, osloStartOfDay, Role, SYSTEM_ACTOR } from '@app/core';
import { UsersService } from '@app/identity';
import { CapabilitiesService, MembersService } from '@app/members';
import { OrdersService } from '@app/orders';
import { PipelineService } from '@app/pipeline';
import { RoyaltiesService } from '@app/royalties';
import { LossReason, Market, TenderStage, TendersService } from '@app/tenders';
import { addCnc5AxisToCatalogue, decideTender } from './support/story';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';
import { ok } from './support/bid-story';

const S = TenderStage;

/**
 * What each pipeline figure means, on a small dataset worked out by hand (issue 24): packages
 * counted once per firm, won value by estimate and by award kept apart, return on grants to the
 * period's end on both sides, royalties owed as the balance at the period's end, outcomes by their
 * own date, one rule for days left; and the demo's history on its own dates.
 */
describe('pipeline figures and their meaning (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let steering: string;
  const token: Record<string, string> = {};
  const id: Record<string, number> = {};
  const today = osloDate(new Date());
  // the period the committee looks at: the last 30 days, up to yesterday
  const period = { from: addDays(today, -30), to: addDays(today, -1) };

  const gql = <T>(query: string, variables?: Record<string, unknown>, as = leader) => t.gql<T>(query, variables, as).then(ok);
  const pipeline = async (fields: string, f: Record<string, unknown> = period) =>
    (await gql<{ pipeline: any }>(`query($f: PipelineFilterInput) { pipeline(filter: $f) { ${fields} } }`, { f }, steering)).pipeline;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const users = t.app.get(UsersService);
    await users.create(SYSTEM_ACTOR, { email: 'pl@f.example', displayName: 'PL', password: 'pl-password-1', role: Role.PROJECT_LEADER });
    await users.create(SYSTEM_ACTOR, { email: 'sc@f.example', displayName: 'SC', password: 'sc-password-1', role: Role.STEERING });
    leader = await t.login('pl@f.example', 'pl-password-1');
    steering = await t.login('sc@f.example', 'sc-password-1');
    await addCnc5AxisToCatalogue(t);
    for (const [key, name] of [
      ['A', 'Alfa AS'],
      ['B', 'Beta AS'],
    ]) {
      id[key] = (await t.app.get(MembersService).register(SYSTEM_ACTOR, { name, employees: 10, joinedOn: '2020-01-01' })).id;
      await t.app
        .get(CapabilitiesService)
        .setMemberCapability(SYSTEM_ACTOR, { memberId: id[key], code: 'CNC_5AXIS', capacityHoursPerMonth: 500 });
      await users.create(SYSTEM_ACTOR, {
        email: `u${key}@f.example`,
        displayName: key,
        password: 'firm-password-1',
        role: Role.FIRM_USER,
        firmId: id[key],
      });
      token[key] = await t.login(`u${key}@f.example`, 'firm-password-1');
    }
  }, 60_000);
  afterAll(() => t.close());

  it('counts each package once per firm, by its first offer, and an accepted counter-offer as accepted (item 1)', async () => {
    const tenders = t.app.get(TendersService);
    const tender = await tenders.create(SYSTEM_ACTOR, {
      title: 'Packages',
      buyerName: 'Buyer',
      market: Market.DEFENCE,
      deadline: osloStartOfDay(addDays(today, 60)),
    });
    await tenders.moveStage(SYSTEM_ACTOR, tender.id, S.QUALIFYING, {});
    await decideTender(t, tender.id); // GO only by the committee's decision
    const req = await tenders.addRequirement(SYSTEM_ACTOR, tender.id, {
      capabilityCode: 'CNC_5AXIS',
      hours: 100,
      windowStart: addDays(today, 10),
      windowEnd: addDays(today, 40),
    });
    const bid = (await gql<{ createBid: { id: number } }>(`mutation { createBid(input: { tenderId: ${tender.id} }) { id } }`)).createBid.id;
    const pkg = async (firm: string, title: string) =>
      (
        await gql<{ addWorkPackage: { id: number } }>('mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }', {
          i: {
            bidId: bid,
            memberId: id[firm],
            title,
            requirements: [{ requirementId: req.id, hours: 25 }],
            price: '2500000',
            windowStart: addDays(today, 10),
            windowEnd: addDays(today, 40),
          },
        })
      ).addWorkPackage.id;
    const offer = (wp: number) => gql(`mutation { offerWorkPackage(id: ${wp}) { warnings } }`);
    const answer = (firm: string, wp: number, response: string) =>
      gql(`mutation { respondToWorkPackage(input: { workPackageId: ${wp}, ${response} }) { status } }`, undefined, token[firm]);
    const reassign = (wp: number, firm: string) => gql(`mutation { reassignWorkPackage(id: ${wp}, memberId: ${id[firm]}) { status } }`);

    // P1: offered to Alfa, declined, given to Beta (never offered there), back to Alfa, offered again, accepted
    const p1 = await pkg('A', 'P1');
    await offer(p1);
    await answer('A', p1, 'response: DECLINE, reason: "full this month"');
    await reassign(p1, 'B');
    await reassign(p1, 'A');
    await offer(p1);
    await answer('A', p1, 'response: ACCEPT');
    // P2: offered to Alfa twice (a new response deadline), countered, the counter-offer accepted by the leader
    const p2 = await pkg('A', 'P2');
    await offer(p2);
    await offer(p2);
    await answer('A', p2, 'response: COUNTER, price: "2600000", comment: "material prices"');
    await gql(`mutation { acceptCounterOffer(id: ${p2}) { status } }`);
    // P3: offered to Beta, countered, not accepted; P4: offered to Beta, not answered
    const p3 = await pkg('B', 'P3');
    await offer(p3);
    await answer('B', p3, 'response: COUNTER, price: "3000000", comment: "overtime"');
    const p4 = await pkg('B', 'P4');
    await offer(p4);

    // by hand: Alfa was offered P1 and P2 (each once), accepted both; Beta was offered P3 and P4,
    // countered P3 and has not answered P4. (Counting events instead: Alfa offered 4, accepted 1,
    // declined 1, countered 1.)
    const p = await pipeline('members { memberId offered accepted declined countered unanswered }', { from: today, to: today });
    const row = (firm: string) => p.members.find((m: { memberId: number }) => m.memberId === id[firm]);
    expect(row('A')).toEqual({ memberId: id.A, offered: 2, accepted: 2, declined: 0, countered: 0, unanswered: 0 });
    expect(row('B')).toEqual({ memberId: id.B, offered: 2, accepted: 0, declined: 0, countered: 1, unanswered: 1 });
    // the market filter reads the offers directly: the same figures
    const m = await pipeline('members { memberId offered accepted declined countered unanswered }', {
      from: today,
      to: today,
      market: 'DEFENCE',
    });
    expect(m.members).toEqual(p.members);
    // and the CSV says what the columns count
    const csv = (
      await gql<{ pipelineExport: string }>('query($f: PipelineFilterInput) { pipelineExport(table: "MEMBERS", filter: $f) }', {
        f: { from: today, to: today },
      })
    ).pipelineExport;
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'member_id;member;packages_offered;accepted;declined;countered;unanswered;awarded_nok;share_of_awarded;royalty_balance_at_end_nok',
    );
  });

  describe('money figures of a period (items 2, 3, 4 and 7)', () => {
    beforeAll(async () => {
      const tenders = t.app.get(TendersService);
      const orders = t.app.get(OrdersService);
      const pipelineService = t.app.get(PipelineService);
      // T2: estimated at kr 28 000 000, won on today − 5 (registered today), awarded for kr 5 751 000
      const t2 = await tenders.create(SYSTEM_ACTOR, {
        title: 'Won',
        buyerName: 'Buyer',
        market: Market.DEFENCE,
        estimatedValueMinor: 28_000_000_00,
        deadline: osloStartOfDay(addDays(today, -20)),
      });
      await tenders.moveStage(SYSTEM_ACTOR, t2.id, S.QUALIFYING, {});
      await decideTender(t, t2.id);
      for (const to of [S.BID_IN_PREPARATION, S.SUBMITTED]) await tenders.moveStage(SYSTEM_ACTOR, t2.id, to, {});
      await tenders.moveStage(SYSTEM_ACTOR, t2.id, S.WON, { outcomeDate: addDays(today, -5) });
      // T3: estimated at kr 4 000 000, lost on today − 40 (before the period), registered today
      const t3 = await tenders.create(SYSTEM_ACTOR, {
        title: 'Lost',
        buyerName: 'Buyer',
        market: Market.DEFENCE,
        estimatedValueMinor: 4_000_000_00,
        deadline: osloStartOfDay(addDays(today, -50)),
      });
      await tenders.moveStage(SYSTEM_ACTOR, t3.id, S.QUALIFYING, {});
      await decideTender(t, t3.id);
      for (const to of [S.BID_IN_PREPARATION, S.SUBMITTED]) await tenders.moveStage(SYSTEM_ACTOR, t3.id, to, {});
      await tenders.moveStage(SYSTEM_ACTOR, t3.id, S.LOST, { lossReason: LossReason.PRICE, outcomeDate: addDays(today, -40) });
      // orders: 2019 (kr 1 000 000), T2's (today − 5, kr 5 751 000: Alfa 4 000 000, Beta 1 751 000), today (kr 2 000 000)
      const order = (ref: string, awardDate: string, lines: [string, number][], tenderId?: number) =>
        orders.create(SYSTEM_ACTOR, {
          buyerName: 'Buyer',
          contractReference: ref,
          awardedValueMinor: lines.reduce((s, [, v]) => s + v, 0),
          awardDate,
          tenderId,
          lines: lines.map(([firm, valueMinor]) => ({ memberId: id[firm], description: firm, valueMinor })),
        });
      await order('O-2019', '2019-05-01', [['A', 1_000_000_00]]);
      const o2 = await order(
        'O-T2',
        addDays(today, -5),
        [
          ['A', 4_000_000_00],
          ['B', 1_751_000_00],
        ],
        t2.id,
      );
      await order('O-today', today, [['B', 2_000_000_00]]);
      // grants: the 2005 grant (kr 600 000), kr 100 000 on today − 10, kr 50 000 today (after the period)
      for (const [date, amountMinor] of [
        ['2005-01-15', 600_000_00],
        [addDays(today, -10), 100_000_00],
        [today, 50_000_00],
      ] as const)
        await pipelineService.recordGrant(SYSTEM_ACTOR, { source: 'Innovation Norway', amountMinor, date, purpose: 'test' });
      // royalties: 3 % of invoiced; Alfa invoices kr 1 000 000 on today − 5; the statement is issued today
      const royalties = t.app.get(RoyaltiesService);
      await royalties.setAgreement(SYSTEM_ACTOR, {
        scope: 'DEFAULT',
        validFrom: '2000-01-01',
        rateBp: 300,
        basis: 'INVOICED',
        amountKind: 'GROSS',
      });
      const line = (await t.db.read((em) => em.query(`SELECT id FROM order_line WHERE order_id = ${o2.id} ORDER BY id`)))[0];
      await orders.recordInvoice(SYSTEM_ACTOR, {
        orderLineId: line.id,
        number: 'A-1',
        issueDate: addDays(today, -5),
        amountMinor: 1_000_000_00,
      });
      const month = addDays(today, -5).slice(0, 7);
      await royalties.run(SYSTEM_ACTOR, month);
      for (const s of await royalties.statements(SYSTEM_ACTOR, { period: month })) await royalties.issue(SYSTEM_ACTOR, s.id);
    }, 60_000);

    it("keeps the tenders' estimate and the awarded value apart, under two names (item 2)", async () => {
      const p = await pipeline(`outcomes { won wonEstimatedValue { minorUnits } } orders { count value { minorUnits } }
        returnOnGrants { awardedToPeriodEnd { minorUnits } } byMarket { market won wonEstimatedValue { minorUnits } }
        trend { month awardedValue { minorUnits } }`);
      expect(p.outcomes).toEqual({ won: 1, wonEstimatedValue: { minorUnits: '2800000000' } }); // kr 28 000 000, the estimate
      expect(p.orders).toEqual({ count: 1, value: { minorUnits: '575100000' } }); // kr 5 751 000, awarded
      expect(p.byMarket).toEqual([{ market: 'DEFENCE', won: 1, wonEstimatedValue: { minorUnits: '2800000000' } }]);
      const month = addDays(today, -5).slice(0, 7);
      expect(p.trend.find((x: { month: string }) => x.month === month).awardedValue).toEqual({ minorUnits: '575100000' });
    });

    it("takes grants and the return both cumulative to the period's end (item 3)", async () => {
      // by hand: grants to the end 600 000 + 100 000 = kr 700 000 (not today's 50 000); orders
      // awarded to the end 1 000 000 + 5 751 000 = kr 6 751 000 (not today's 2 000 000);
      // 6 751 000 / 700 000 = 9.644… → 9.64. (Before: 5 751 000 / 700 000 = 8.22.)
      const p = await pipeline('returnOnGrants { grantsToPeriodEnd { minorUnits } awardedToPeriodEnd { minorUnits } ratio }');
      expect(p.returnOnGrants).toEqual({
        grantsToPeriodEnd: { minorUnits: '70000000' },
        awardedToPeriodEnd: { minorUnits: '675100000' },
        ratio: 9.64,
      });
    });

    it("shows what a firm owed at the period's end, not its balance today (item 4)", async () => {
      // Alfa's statement (3 % of kr 1 000 000 = kr 30 000) was issued today, after the period
      const row = async (f: Record<string, unknown>) =>
        (
          await pipeline('members { memberId awardedValue { minorUnits } shareOfAwarded royaltyBalanceAtPeriodEnd { minorUnits } }', f)
        ).members.find((m: { memberId: number }) => m.memberId === id.A);
      expect(await row(period)).toEqual({
        memberId: id.A,
        awardedValue: { minorUnits: '400000000' },
        shareOfAwarded: 4_000_000 / 5_751_000,
        royaltyBalanceAtPeriodEnd: { minorUnits: '0' },
      });
      expect((await row({ from: period.from, to: today })).royaltyBalanceAtPeriodEnd).toEqual({ minorUnits: '3000000' });
    });

    it('counts outcomes by their own date, and says which date each section uses (item 7)', async () => {
      // T2 won on today − 5 and T3 lost on today − 40, both registered today: by the date of the move
      // the period would show neither, and today both
      expect((await pipeline('outcomes { won lost }')).outcomes).toEqual({ won: 1, lost: 0 });
      expect((await pipeline('outcomes { won lost }', { from: addDays(today, -45), to: addDays(today, -35) })).outcomes).toEqual({
        won: 0,
        lost: 1,
      });
      expect((await pipeline('outcomes { won lost }', { from: today, to: today })).outcomes).toEqual({ won: 0, lost: 0 });
      const history = (
        await gql<{ tenders: { nodes: { id: number; title: string }[] } }>('{ tenders(first: 50) { nodes { id title } } }')
      ).tenders.nodes.find((x) => x.title === 'Won')!;
      const moves = (
        await gql<{ tenderStageHistory: { toStage: string; outcomeDate: string | null }[] }>(
          `{ tenderStageHistory(id: ${history.id}) { toStage outcomeDate } }`,
        )
      ).tenderStageHistory;
      expect(moves.at(-1)).toEqual({ toStage: 'WON', outcomeDate: addDays(today, -5) });
      // an outcome date is the day of the award or notice: never in the future, only for WON and LOST
      const bad = await t.gql(
        `mutation { moveTenderStage(input: { tenderId: ${history.id}, to: QUALIFYING, outcomeDate: "${today}" }) { stage } }`,
        undefined,
        leader,
      );
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      // the schema states the rule of every section
      const described = await t.gql<{ __type: { description: string; fields: { name: string; description: string }[] } }>(
        '{ __type(name: "Pipeline") { description fields { name description } } }',
      );
      expect(described.data!.__type.description).toMatch(/tenders by deadline, outcomes by their own date, orders by award date/);
      for (const type of ['PipelineOutcomes', 'PipelineOrders', 'PipelineStage', 'PipelineReturnOnGrants', 'PipelineMember']) {
        const r = await t.gql<{ __type: { description: string | null } }>(`{ __type(name: "${type}") { description } }`);
        expect([type, r.data!.__type.description]).toEqual([type, expect.stringMatching(/\S/)]);
      }
    });
  });

  it('counts days left one way: Oslo calendar days to the deadline day, on the tender and in the pipeline (item 6)', async () => {
    const tenders = t.app.get(TendersService);
    // due at 00:00 (the end of the day before: 19 days) and at 23:59 (20 days) of today + 20;
    // rounding hours, as the pipeline did, gives 20 and 21 before noon and 19 and 20 after it
    const day = addDays(today, 20);
    const midnight = osloStartOfDay(day);
    const lateEvening = new Date(osloStartOfDay(addDays(day, 1)).getTime() - 60_000);
    const ids: number[] = [];
    for (const [title, deadline] of [
      ['Due at midnight', midnight],
      ['Due late evening', lateEvening],
    ] as const) {
      ids.push((await tenders.create(SYSTEM_ACTOR, { title, buyerName: 'Buyer', market: Market.DEFENCE, deadline })).id);
    }
    const r = await gql<{
      pipeline: { upcomingDeadlines: { tenderId: number; daysLeft: number }[] };
      tenders: { nodes: { id: number; daysToDeadline: number }[] };
    }>('{ pipeline { upcomingDeadlines { tenderId daysLeft } } tenders(first: 50) { nodes { id daysToDeadline } } }', undefined, steering);
    const inPipeline = ids.map((x) => r.pipeline.upcomingDeadlines.find((d) => d.tenderId === x)?.daysLeft);
    const onTender = ids.map((x) => r.tenders.nodes.find((n) => n.id === x)?.daysToDeadline);
    expect(inPipeline).toEqual([19, 20]);
    expect(onTender).toEqual([19, 20]);
  });
});

describe('the demo history on its own dates (e2e, item 5)', () => {
  let t: TestApp;
  const today = osloDate(new Date());
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it('shows no outcome on the day the database was made; phase 1 won on the day its order was awarded', async () => {
    const steering = await t.login(USERS.steering.email);
    const p = async (from: string, to: string) =>
      ok(
        await t.gql<{ pipeline: any }>(
          'query($f: PipelineFilterInput) { pipeline(filter: $f) { outcomes { won lost wonEstimatedValue { minorUnits } } orders { count } } }',
          { f: { from, to } },
          steering,
        ),
      ).pipeline;
    expect((await p(today, today)).outcomes).toEqual({ won: 0, lost: 0, wonEstimatedValue: { minorUnits: '0' } });
    // phase 1 of the tracked-vehicle upgrade: won 290 days ago, when its order of kr 16 000 000 was awarded
    const award = addDays(today, -290);
    expect(await p(award, award)).toEqual({
      outcomes: { won: 1, lost: 0, wonEstimatedValue: { minorUnits: '1600000000' } },
      orders: { count: 1 },
    });
    // the hangar profiles were lost 30 days ago
    expect((await p(addDays(today, -30), addDays(today, -30))).outcomes).toMatchObject({ won: 0, lost: 1 });
  });
});
