import { Bid, WorkPackage } from '@app/bids';
import { AuditRecord } from '@app/core';
import { codeOf, createTestApp, type GqlResult, type TestApp, USERS } from './support/test-app';
import { decideTender, demoTender, firmUserToken, memberByName } from './support/story';

const WP_FIELDS =
  'id memberId title status hours price { minorUnits } counterPrice { minorUnits } windowStart windowEnd requirements { requirementId hours }';

describe('joint offers: the story on the demo tender (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let steering: string;
  let tenderId: number;
  let bidId: number;
  let packages: { id: number; memberId: number; title: string; status: string }[];
  const firmToken = new Map<number, string>();

  const gql = <T = Record<string, unknown>>(q: string, v?: Record<string, unknown>, tok = leader) => t.gql<T>(q, v, tok);
  const ok = <T>(r: GqlResult<T>): T => {
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data as T;
  };

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    steering = await t.login(USERS.steering.email);
    tenderId = (await demoTender(t)).id;
  });
  afterAll(() => t.close());

  it('refuses a bid before the steering committee said GO', async () => {
    const r = await gql('mutation($i: CreateBidInput!) { createBid(input: $i) { id } }', { i: { tenderId } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/after the steering committee's GO/);
  });

  it('1. creates the bid from the best suggestion and offers its packages', async () => {
    // a STEERING member cannot set GO alone; the committee's decision does
    expect(
      codeOf(await gql('mutation { moveTenderStage(input: { tenderId: ' + tenderId + ', to: GO }) { stage } }', undefined, steering)),
    ).toBe('FORBIDDEN');
    await decideTender(t, tenderId, 'GO');
    const created = ok(
      await gql<{ createBidFromSuggestion: { id: number; status: string; suggestionRank: number } }>(
        'mutation($i: CreateBidFromSuggestionInput!) { createBidFromSuggestion(input: $i) { id status suggestionRank } }',
        { i: { tenderId, rank: 1, coordinationFeeBp: 500, contingencyFixed: '5000000' } },
      ),
    );
    bidId = created.createBidFromSuggestion.id;
    expect(created.createBidFromSuggestion).toMatchObject({ status: 'DRAFT', suggestionRank: 1 });
    const bid = ok(
      await gql<{ bid: { workPackages: typeof packages } }>(`{ bid(id: ${bidId}) { workPackages { id memberId title status } } }`),
    );
    packages = bid.bid.workPackages;
    // one package per firm and capability: Al-Sveis (TIG), Hydro Profiler (anodising), Intek (engineering), Nammo (5-axis, assembly)
    expect(packages).toHaveLength(5);
    const tender = ok(await gql<{ tender: { stage: string } }>(`{ tender(id: ${tenderId}) { stage } }`));
    expect(tender.tender.stage).toBe('BID_IN_PREPARATION');
    for (const p of packages) {
      const r = ok(
        await gql<{ offerWorkPackage: { workPackage: { status: string }; warnings: string[] } }>(
          `mutation { offerWorkPackage(id: ${p.id}) { workPackage { status } warnings } }`,
        ),
      );
      expect(r.offerWorkPackage.workPackage.status).toBe('OFFERED');
      expect(r.offerWorkPackage.warnings).toEqual([]);
    }
    expect(ok(await gql<{ bid: { status: string } }>(`{ bid(id: ${bidId}) { status } }`)).bid.status).toBe('OFFERED');
  });

  it('refuses READY while packages are unanswered, listing what is missing', async () => {
    const r = await gql(`mutation { markBidReady(bidId: ${bidId}) { status } }`);
    expect(codeOf(r)).toBe('CONFLICT');
    expect((r.errors![0].extensions.details as { missing: string[] }).missing).toEqual(
      expect.arrayContaining([expect.stringMatching(/work package \d+ is OFFERED, not ACCEPTED/)]),
    );
  });

  it('2. two firms accept', async () => {
    for (const name of ['Intek Engineering AS', 'Nammo Raufoss AS']) {
      const m = await memberByName(t, name);
      const tok = name === 'Nammo Raufoss AS' ? await t.login(USERS.firmA.email) : await firmUserToken(t, name);
      firmToken.set(m.id, tok);
      const mine = ok(
        await t.gql<{ myWorkPackages: { id: number; status: string; price: { minorUnits: string } }[] }>(
          '{ myWorkPackages { id status price { minorUnits } } }',
          undefined,
          tok,
        ),
      );
      expect(mine.myWorkPackages.length).toBe(packages.filter((p) => p.memberId === m.id).length);
      for (const p of mine.myWorkPackages) {
        expect(p.price).not.toBeNull(); // their own price
        const r = ok(
          await t.gql<{ respondToWorkPackage: { status: string } }>(
            `mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: ACCEPT }) { status } }`,
            undefined,
            tok,
          ),
        );
        expect(r.respondToWorkPackage.status).toBe('ACCEPTED');
      }
    }
  });

  it('3. one firm counters, and the counter is accepted', async () => {
    const alSveis = await memberByName(t, 'Al-Sveis AS');
    const tok = await firmUserToken(t, 'Al-Sveis AS');
    firmToken.set(alSveis.id, tok);
    const p = packages.find((x) => x.memberId === alSveis.id)!;
    const bad = await t.gql(
      `mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: COUNTER }) { status } }`,
      undefined,
      tok,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const counter = ok(
      await t.gql<{ respondToWorkPackage: { status: string; counterPrice: { minorUnits: string } } }>(
        `mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: COUNTER, price: "72000000", comment: "Aluminium TIG at 900 kr/h" }) { status counterPrice { minorUnits } } }`,
        undefined,
        tok,
      ),
    );
    expect(counter.respondToWorkPackage).toEqual({ status: 'COUNTERED', counterPrice: { minorUnits: '72000000' } });
    const accepted = ok(
      await gql<{ acceptCounterOffer: { status: string; price: { minorUnits: string } } }>(
        `mutation { acceptCounterOffer(id: ${p.id}) { status price { minorUnits } } }`,
      ),
    );
    expect(accepted.acceptCounterOffer).toEqual({ status: 'ACCEPTED', price: { minorUnits: '72000000' } });
  });

  it('4. one firm declines; the package is reassigned to the suggested next-best firm and accepted', async () => {
    const hydro = await memberByName(t, 'Hydro Aluminium Profiler AS');
    const tok = await firmUserToken(t, 'Hydro Aluminium Profiler AS');
    const p = packages.find((x) => x.memberId === hydro.id)!;
    expect(
      codeOf(
        await t.gql(`mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: DECLINE }) { status } }`, undefined, tok),
      ),
    ).toBe('BAD_USER_INPUT');
    ok(
      await t.gql(
        `mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: DECLINE, reason: "Anodising line fully booked" }) { status } }`,
        undefined,
        tok,
      ),
    );
    const cands = ok(
      await gql<{ reassignmentCandidates: { memberId: number; name: string; uncoveredHours: number }[] }>(
        `{ reassignmentCandidates(workPackageId: ${p.id}) { memberId name uncoveredHours } }`,
      ),
    );
    expect(cands.reassignmentCandidates[0]).toMatchObject({ name: 'Tokvam AS', uncoveredHours: 0 });
    expect(cands.reassignmentCandidates.map((c) => c.memberId)).not.toContain(hydro.id);
    const tokvam = cands.reassignmentCandidates[0].memberId;
    const re = ok(
      await gql<{ reassignWorkPackage: { status: string; memberId: number } }>(
        `mutation { reassignWorkPackage(id: ${p.id}, memberId: ${tokvam}) { status memberId } }`,
      ),
    );
    expect(re.reassignWorkPackage).toEqual({ status: 'DRAFT', memberId: tokvam });
    // the declining firm no longer sees it
    expect(codeOf(await t.gql(`{ workPackage(id: ${p.id}) { id } }`, undefined, tok))).toBe('NOT_FOUND');
    ok(await gql(`mutation { offerWorkPackage(id: ${p.id}) { workPackage { status } } }`));
    const tt = await firmUserToken(t, 'Tokvam AS');
    firmToken.set(tokvam, tt);
    ok(await t.gql(`mutation { respondToWorkPackage(input: { workPackageId: ${p.id}, response: ACCEPT }) { status } }`, undefined, tt));
    const history = ok(await gql<{ workPackage: { history: { kind: string }[] } }>(`{ workPackage(id: ${p.id}) { history { kind } } }`));
    expect(history.workPackage.history.map((h) => h.kind)).toEqual(['OFFERED', 'DECLINE', 'REASSIGNED', 'OFFERED', 'ACCEPT']);
  });

  it('5. the bid is READY, with a complete compliance matrix and an exact price build-up', async () => {
    const m = ok(
      await gql<{
        complianceMatrix: {
          ready: boolean;
          missing: string[];
          uncoveredMandatory: number[];
          rows: { covered: boolean; acceptedHours: number; requiredHours: number }[];
        };
      }>(`{ complianceMatrix(bidId: ${bidId}) { ready missing uncoveredMandatory rows { covered acceptedHours requiredHours } } }`),
    );
    expect(m.complianceMatrix).toMatchObject({ ready: true, missing: [], uncoveredMandatory: [] });
    expect(m.complianceMatrix.rows.every((r) => r.covered && r.acceptedHours === r.requiredHours)).toBe(true);
    const r = ok(await gql<{ markBidReady: { status: string } }>(`mutation { markBidReady(bidId: ${bidId}) { status } }`));
    expect(r.markBidReady.status).toBe('READY');
    const b = ok(
      await gql<{
        bid: {
          workPackages: { status: string; price: { minorUnits: string } }[];
          priceBuildUp: Record<string, { minorUnits: string } | number>;
        };
      }>(
        `{ bid(id: ${bidId}) { workPackages { status price { minorUnits } } priceBuildUp { packagesTotal { minorUnits } coordinationFee { minorUnits } contingency { minorUnits } bidPrice { minorUnits } expectedRoyalty { minorUnits } royaltyRateBp } } }`,
      ),
    );
    const total = b.bid.workPackages.filter((w) => w.status === 'ACCEPTED').reduce((s, w) => s + Number(w.price.minorUnits), 0);
    // by hand: engineering 600×1100 + 5-axis 1200×1150 + assembly 500×700 + anodising 300×700 (catalogue rates) + TIG counter 720 000 NOK
    expect(total).toBe((600 * 1100 + 1200 * 1150 + 500 * 700 + 300 * 700) * 100 + 720_000_00);
    const pb = b.bid.priceBuildUp as Record<string, { minorUnits: string }>;
    expect(Number(pb.packagesTotal.minorUnits)).toBe(total);
    expect(Number(pb.coordinationFee.minorUnits)).toBe(Math.round(total * 0.05));
    expect(pb.contingency.minorUnits).toBe('5000000');
    expect(Number(pb.bidPrice.minorUnits)).toBe(total + Math.round(total * 0.05) + 5_000_000);
    expect(Number(pb.expectedRoyalty.minorUnits)).toBe(Math.round(total * 0.03));
  });

  it("accepted packages now commit the firms' capacity", async () => {
    const nammo = await memberByName(t, 'Nammo Raufoss AS');
    const wps = await t.db.read((em) => em.findBy(WorkPackage, { bidId, memberId: nammo.id }));
    const five = wps.find((w) => w.title.startsWith('CNC_5AXIS'))!;
    const r = ok(
      await gql<{ memberCapacity: { committedHours: number } }>(
        `{ memberCapacity(memberId: ${nammo.id}, code: "CNC_5AXIS", from: "${five.windowStart}", to: "${five.windowEnd}") { committedHours } }`,
      ),
    );
    expect(r.memberCapacity.committedHours).toBe(1200);
  });

  it("shows a firm nothing of other firms' prices or of the totals, at any depth", async () => {
    const tok = firmToken.get((await memberByName(t, 'Intek Engineering AS')).id)!;
    expect(codeOf(await t.gql(`{ bid(id: ${bidId}) { id } }`, undefined, tok))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`{ bids { id } }`, undefined, tok))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`{ complianceMatrix(bidId: ${bidId}) { ready } }`, undefined, tok))).toBe('FORBIDDEN');
    const mine = ok(
      await t.gql<{ myWorkPackages: { memberId: number }[] }>(`{ myWorkPackages { memberId ${WP_FIELDS} } }`, undefined, tok),
    );
    const intek = (await memberByName(t, 'Intek Engineering AS')).id;
    expect(mine.myWorkPackages.every((w) => w.memberId === intek)).toBe(true);
    const others = await t.db.read((em) => em.findBy(WorkPackage, { bidId }));
    for (const o of others.filter((w) => w.memberId !== intek)) {
      const r = await t.gql(`{ workPackage(id: ${o.id}) { id price { minorUnits } } }`, undefined, tok);
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    // and no operation lets a firm answer another firm's package
    const nammoPkg = others.find((w) => w.memberId !== intek)!;
    expect(
      codeOf(
        await t.gql(`mutation { respondToWorkPackage(input: { workPackageId: ${nammoPkg.id}, response: ACCEPT }) { id } }`, undefined, tok),
      ),
    ).toBe('NOT_FOUND');
  });

  it('records every step in the audit trail', async () => {
    const actions = await t.db.read((em) => em.find(AuditRecord, { where: { entityType: 'WorkPackage' } }));
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set(['offerWorkPackage', 'respondToWorkPackage', 'acceptCounterOffer', 'reassignWorkPackage']),
    );
    expect((await t.db.read((em) => em.findOneByOrFail(Bid, { id: bidId }))).status).toBe('READY');
  });

  it('loads the history of all packages with one statement, not one per package', async () => {
    const without = await gql<{ bid: { workPackages: { id: number }[] } }>(`{ bid(id: ${bidId}) { workPackages { id } } }`);
    const withHistory = await gql<{ bid: { workPackages: { id: number; history: { id: number }[] }[] } }>(
      `{ bid(id: ${bidId}) { workPackages { id history { id } } } }`,
    );
    const wps = ok(withHistory).bid.workPackages;
    expect(wps.length).toBeGreaterThanOrEqual(3);
    expect(wps.every((w) => w.history.length > 0)).toBe(true);
    expect(withHistory.sqlStatements - without.sqlStatements).toBe(1);
  });
});
