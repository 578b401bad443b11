import { WorkPackage } from '@app/bids';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';
import { decideTender, demoTender, firmUserToken, memberByName } from './support/story';

describe('work packages: eligibility, capacity, concurrency, bad input (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let bidId: number;
  let reqs: { id: number; capabilityCode: string; windowStart: string; windowEnd: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    const tender = await demoTender(t);
    await decideTender(t, tender.id, 'GO');
    const b = await t.gql<{ createBid: { id: number } }>(
      `mutation { createBid(input: { tenderId: ${tender.id} }) { id } }`,
      undefined,
      leader,
    );
    bidId = b.data!.createBid.id;
    const r = await t.gql<{ tender: { requirements: typeof reqs } }>(
      `{ tender(id: ${tender.id}) { requirements { id capabilityCode windowStart windowEnd } } }`,
      undefined,
      leader,
    );
    reqs = r.data!.tender.requirements;
  });
  afterAll(() => t.close());

  const req = (code: string) => reqs.find((r) => r.capabilityCode === code)!;
  async function addPackage(firm: string, code: string, hours: number, price = '10000000') {
    const m = await memberByName(t, firm);
    const r = req(code);
    const res = await t.gql<{ addWorkPackage: { id: number } }>(
      'mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }',
      {
        i: {
          bidId,
          memberId: m.id,
          title: `${code} for ${firm}`,
          requirements: [{ requirementId: r.id, hours }],
          price,
          windowStart: r.windowStart,
          windowEnd: r.windowEnd,
        },
      },
      leader,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.addWorkPackage.id;
  }

  it("refuses a package for a firm that is not eligible, with the solver's reasons, and refuses to offer it once it no longer is", async () => {
    const before = await t.db.read((em) => em.count(WorkPackage));
    const add = await addPackage('Kapp Aluminium Tretum Offshore AS', 'WELD_TIG_AL', 100).then(
      () => null,
      (e: Error) => JSON.parse(e.message)[0],
    );
    expect(add.extensions.code).toBe('CONFLICT');
    expect(add.message).toMatch(/Kapp Aluminium Tretum Offshore AS is not eligible/);
    expect(add.message).toMatch(/ISO 3834-2/);
    expect(add.extensions.details.reason).toBe('NOT_ELIGIBLE');
    expect(await t.db.read((em) => em.count(WorkPackage))).toBe(before);
    // drafted while eligible; the certificate the welding needs then lapses: the offer is refused
    const id = await addPackage('Al-Sveis AS', 'WELD_TIG_AL', 100);
    const al = await memberByName(t, 'Al-Sveis AS');
    await t.db.transaction((tx) => tx.query(`UPDATE certificate SET valid_until = '2020-01-01' WHERE member_id = ${al.id}`));
    const r = await t.gql(`mutation { offerWorkPackage(id: ${id}) { warnings } }`, undefined, leader);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/Al-Sveis AS is not eligible for work package/);
    expect((r.errors![0].extensions.details as { reason: string }).reason).toBe('NOT_ELIGIBLE');
    expect((await t.db.read((em) => em.findOneByOrFail(WorkPackage, { id }))).status).toBe('DRAFT');
    await t.db.transaction((tx) => tx.query(`UPDATE certificate SET valid_until = '2099-12-31' WHERE member_id = ${al.id}`));
  });

  it('offers to an over-committed firm, but returns a visible warning', async () => {
    const id = await addPackage('Al-Sveis AS', 'WELD_TIG_AL', 8000); // ~700 h/month for a few months: not enough
    type Caution = {
      kind: string;
      memberName: string;
      capabilityCode: string;
      freeHours: number;
      hours: number;
      windowStart: string;
      windowEnd: string;
    };
    const r = await t.gql<{
      offerWorkPackage: {
        workPackage: { status: string; windowStart: string; windowEnd: string };
        warnings: string[];
        cautions: Caution[];
      };
    }>(
      `mutation { offerWorkPackage(id: ${id}) { workPackage { status windowStart windowEnd } warnings
          cautions { kind memberName capabilityCode freeHours hours windowStart windowEnd } } }`,
      undefined,
      leader,
    );
    expect(codeOf(r)).toBe('OK');
    const o = r.data!.offerWorkPackage;
    expect(o.workPackage.status).toBe('OFFERED');
    expect(o.warnings[0]).toMatch(
      /Al-Sveis AS has \d+ h free for WELD_TIG_AL .* needs 8000 h, so the firm would be over-committed by \d+ h/,
    );
    // the same by kind, with the facts a console words it from in its reader's language
    expect(o.cautions).toEqual([
      {
        kind: 'OVER_COMMITTED',
        memberName: 'Al-Sveis AS',
        capabilityCode: 'WELD_TIG_AL',
        freeHours: expect.any(Number),
        hours: 8000,
        windowStart: o.workPackage.windowStart,
        windowEnd: o.workPackage.windowEnd,
      },
    ]);
    expect(o.cautions[0].freeHours).toBeLessThan(8000);
    expect(o.warnings[0]).toContain(`has ${o.cautions[0].freeHours} h free`);
  });

  it('lets exactly one of two simultaneous responses win; the other gets CONFLICT', async () => {
    const id = await addPackage('Sagstuen AS', 'CNC_5AXIS', 300);
    await t.gql(`mutation { offerWorkPackage(id: ${id}) { warnings } }`, undefined, leader);
    const tok = await t.login(USERS.firmB.email); // Sagstuen
    const other = await firmUserToken(t, 'Sagstuen AS'); // a second user of the same firm
    const results = await Promise.all([
      t.gql(`mutation { respondToWorkPackage(input: { workPackageId: ${id}, response: ACCEPT }) { status } }`, undefined, tok),
      t.gql(
        `mutation { respondToWorkPackage(input: { workPackageId: ${id}, response: DECLINE, reason: "no" }) { status } }`,
        undefined,
        other,
      ),
    ]);
    const codes = results.map(codeOf).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    // the loser is told why, by a reason its console says in bokmål: the package was answered
    // (seen once the winner committed) or changed under its own write
    const loser = results.find((r) => codeOf(r) === 'CONFLICT')!;
    expect(['WRONG_STATUS', 'CHANGED_MEANWHILE']).toContain((loser.errors![0].extensions.details as { reason?: string }).reason);
    const final = await t.db.read((em) => em.findOneByOrFail(WorkPackage, { id }));
    const winner = results.find((r) => codeOf(r) === 'OK')!.data as { respondToWorkPackage: { status: string } };
    expect(final.status).toBe(winner.respondToWorkPackage.status);
    const events = await t.db.read((em) => em.query(`SELECT kind FROM work_package_event WHERE work_package_id = ${id} ORDER BY id`));
    expect(events.map((e: { kind: string }) => e.kind)).toHaveLength(2); // OFFERED + one answer
  });

  it('refuses answers after the response deadline', async () => {
    const id = await addPackage('Nammo Raufoss AS', 'CNC_5AXIS', 100);
    await t.gql(`mutation { offerWorkPackage(id: ${id}) { warnings } }`, undefined, leader);
    await t.db.transaction((tx) => tx.update(WorkPackage, { id }, { responseDeadline: new Date(Date.now() - 60_000) }));
    const r = await t.gql(
      `mutation { respondToWorkPackage(input: { workPackageId: ${id}, response: ACCEPT }) { status } }`,
      undefined,
      await t.login(USERS.firmA.email),
    );
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/response deadline passed/);
  });

  it.each([
    ['no requirements', { requirements: [] }, 'requirements'],
    ['a requirement of another tender', { requirements: [{ requirementId: 999999, hours: 5 }] }, 'requirementId'],
    ['zero hours', { hours: 0 }, 'hours'],
    ['a window that ends before it starts', { windowEnd: '2020-01-01' }, 'windowEnd'],
    ['a negative price', { price: '-100' }, 'price'],
  ])('refuses a package with %s and writes nothing', async (_n, change, field) => {
    const m = await memberByName(t, 'Nammo Raufoss AS');
    const r5 = req('CNC_5AXIS');
    const base: Record<string, unknown> = {
      bidId,
      memberId: m.id,
      title: 'x',
      requirements: [{ requirementId: r5.id, hours: 10 }],
      windowStart: r5.windowStart,
      windowEnd: r5.windowEnd,
    };
    const { hours, ...rest } = change as { hours?: number };
    const input = { ...base, ...rest, ...(hours !== undefined ? { requirements: [{ requirementId: r5.id, hours }] } : {}) };
    const before = await t.db.read((em) => em.count(WorkPackage));
    const r = await t.gql('mutation($i: AddWorkPackageInput!) { addWorkPackage(input: $i) { id } }', { i: input }, leader);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors![0].extensions.fields)).toContain(field);
    expect(await t.db.read((em) => em.count(WorkPackage))).toBe(before);
  });

  it('keeps the steering committee from editing bids', async () => {
    const steering = await t.login(USERS.steering.email);
    expect(codeOf(await t.gql(`mutation { withdrawBid(bidId: ${bidId}, reason: "x") { id } }`, undefined, steering))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`{ bid(id: ${bidId}) { id priceBuildUp { bidPrice { minorUnits } } } }`, undefined, steering))).toBe('OK');
  });
});
