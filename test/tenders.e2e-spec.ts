import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditRecord } from '@app/core';
import { OcdsRelease, Requirement, Tender, TenderLot, TenderStageTransition } from '@app/tenders';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';
import { decideTender } from './support/story';

const fixture = (f: string) => readFileSync(join(__dirname, 'fixtures/ocds', f), 'utf8');
const counts = (t: TestApp) =>
  t.db.read((em) =>
    Promise.all([
      em.count(Tender),
      em.count(Requirement),
      em.count(TenderLot),
      em.count(TenderStageTransition),
      em.count(OcdsRelease),
      em.count(AuditRecord),
    ]),
  );

const CREATE = 'mutation($i: CreateTenderInput!) { createTender(input: $i) { id stage version } }';
const MOVE = 'mutation($i: MoveTenderStageInput!) { moveTenderStage(input: $i) { id stage lossReason } }';
const ADD_REQ =
  'mutation($i: AddRequirementInput!) { addRequirement(input: $i) { id capabilityCode hours draft requiredCertificates { type process } } }';
const IMPORT =
  'mutation($json: String!) { importOcdsReleasePackage(json: $json) { releases tenders created updated unchanged warnings { ocid message } } }';

describe('tenders (e2e)', () => {
  let t: TestApp;
  let tok: Record<'admin' | 'leader' | 'steering' | 'firmA', string>;
  beforeAll(async () => {
    t = await createTestApp();
    tok = {
      admin: await t.login(USERS.admin.email),
      leader: await t.login(USERS.leader.email),
      steering: await t.login(USERS.steering.email),
      firmA: await t.login(USERS.firmA.email),
    };
  });
  afterAll(() => t.close());

  async function newTender(extra: Record<string, unknown> = {}): Promise<number> {
    const r = await t.gql<{ createTender: { id: number } }>(
      CREATE,
      {
        i: {
          title: 'Test tender',
          buyerName: 'Forsvaret',
          market: 'DEFENCE',
          deadline: '2027-03-01T11:00:00Z',
          estimatedValue: { minorUnits: '100000000' },
          ...extra,
        },
      },
      tok.leader,
    );
    expect(codeOf(r)).toBe('OK');
    return r.data!.createTender.id;
  }

  describe('reading', () => {
    it('shows the demo pipeline to the association, weighted by probability, and nothing to firms', async () => {
      const q =
        '{ tenders(first: 50) { totalCount nodes { title stage winProbability estimatedValue { minorUnits currency } weightedValue { minorUnits } } } }';
      const r = await t.gql<{
        tenders: {
          totalCount: number;
          nodes: { title: string; stage: string; winProbability: number; weightedValue: { minorUnits: string } }[];
        };
      }>(q, undefined, tok.steering);
      expect(r.data!.tenders.totalCount).toBe(6);
      const phase2 = r.data!.tenders.nodes.find((n) => n.title.startsWith('Oppgradering av beltevogner, fase 2'))!;
      expect(phase2).toMatchObject({ stage: 'QUALIFYING', winProbability: 2000, weightedValue: { minorUnits: '192000000' } });
      const nh90 = r.data!.tenders.nodes.find((n) => n.title.includes('NH90'))!;
      expect(nh90).toMatchObject({ winProbability: 4500, weightedValue: { minorUnits: '108000000' } }); // overridden 45 %
      expect(codeOf(await t.gql(q, undefined, tok.firmA))).toBe('FORBIDDEN');
    });

    it('filters by stage, market, deadline range, text and buyer, and pages by deadline', async () => {
      const q =
        'query($f: TenderFilterInput, $after: String) { tenders(first: 2, filter: $f, after: $after) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } }';
      const titles = async (f: object) =>
        (
          await t.gql<{ tenders: { nodes: { title: string }[] } }>(q.replace('first: 2', 'first: 100'), { f }, tok.leader)
        ).data!.tenders.nodes.map((n) => n.title);
      expect(await titles({ stages: ['LOST'] })).toEqual(['Aluminiumsprofiler til flyhangar, Gardermoen']);
      expect(await titles({ market: 'MILITARY_AVIATION' })).toEqual(['Aluminium brackets for NH90 helicopter maintenance']);
      expect(await titles({ text: 'BELTEVOGNER', stages: ['QUALIFYING'] })).toEqual([
        'Oppgradering av beltevogner, fase 2: engineering og verkstedtjenester',
      ]);
      expect(await titles({ buyer: 'avinor' })).toEqual(['Aluminiumsprofiler til flyhangar, Gardermoen']);
      const soon = await titles({
        deadlineFrom: new Date().toISOString(),
        deadlineTo: new Date(Date.now() + 50 * 86400000).toISOString(),
        market: 'DEFENCE',
      });
      expect(soon).toEqual(['Oppgradering av beltevogner, fase 2: engineering og verkstedtjenester']);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const r: { data?: { tenders: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null } =
          await t.gql(q, { f: { market: 'DEFENCE' }, after }, tok.leader);
        seen.push(...r.data!.tenders.nodes.map((n) => n.title));
        if (!r.data!.tenders.pageInfo.hasNextPage) break;
        after = r.data!.tenders.pageInfo.endCursor;
      }
      expect(seen).toEqual([...(await titles({ market: 'DEFENCE' }))]);
      expect(new Set(seen).size).toBe(seen.length);
    });
  });

  describe('writing', () => {
    it.each([
      ['an unknown currency', { estimatedValue: { minorUnits: '100', currency: 'XYZ' } }, 'currency'],
      ['a probability above 100 %', { winProbabilityBp: 10001 }, 'winProbabilityBp'],
      ['a negative value', { estimatedValue: { minorUnits: '-5' } }, 'estimatedValue'],
      ['an empty title', { title: '' }, 'title'],
    ])('refuses %s with a coded error and writes nothing', async (_n, extra, field) => {
      const before = await counts(t);
      const r = await t.gql(CREATE, { i: { title: 'X', buyerName: 'Y', market: 'OTHER', ...extra } }, tok.leader);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors![0].extensions.fields)).toContain(field);
      expect(await counts(t)).toEqual(before);
    });

    it('records requirements with certificates and lots, and refuses bad ones', async () => {
      const id = await newTender({ lots: [{ lotKey: '1', title: 'Maskinering' }] });
      const ok = await t.gql<{ addRequirement: unknown }>(
        ADD_REQ,
        {
          i: {
            tenderId: id,
            capabilityCode: 'WELD_TIG_AL',
            hours: 800,
            windowStart: '2027-04-01',
            windowEnd: '2027-06-30',
            lotKey: '1',
            requiredCertificates: [{ type: 'AQAP_2110' }, { type: 'ISO_3834_2' }, { type: 'NADCAP', process: 'welding' }],
          },
        },
        tok.leader,
      );
      expect(ok.data!.addRequirement).toMatchObject({
        capabilityCode: 'WELD_TIG_AL',
        hours: 800,
        draft: false,
        requiredCertificates: [
          { type: 'AQAP_2110', process: null },
          { type: 'ISO_3834_2', process: null },
          { type: 'NADCAP', process: 'WELDING' },
        ],
      });
      const bad = async (i: object) => {
        const before = await counts(t);
        const r = await t.gql(
          ADD_REQ,
          { i: { tenderId: id, capabilityCode: 'CNC_5AXIS', hours: 10, windowStart: '2027-04-01', windowEnd: '2027-06-30', ...i } },
          tok.leader,
        );
        expect(await counts(t)).toEqual(before);
        return r;
      };
      expect(codeOf(await bad({ capabilityCode: 'TELEPORTATION' }))).toBe('BAD_USER_INPUT');
      expect((await bad({ windowEnd: '2027-03-01' })).errors![0].message).toMatch(/ends \(2027-03-01\) before it starts/);
      expect(codeOf(await bad({ hours: 0 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await bad({ lotKey: '9' }))).toBe('BAD_USER_INPUT');
      const noProcess = await bad({ requiredCertificates: [{ type: 'NADCAP' }] });
      expect(codeOf(noProcess)).toBe('BAD_USER_INPUT');
      // with the rule a client says in its reader's language
      expect(noProcess.errors![0].extensions.fields).toEqual([
        { field: 'requiredCertificates[0].process', message: 'NADCAP needs its process', rule: 'NADCAP_NEEDS_PROCESS' },
      ]);
      // a lot named twice: marked at the second, with its rule
      const twice = await t.gql(
        CREATE,
        {
          i: {
            title: 'Two lots, one key',
            buyerName: 'Forsvaret',
            market: 'DEFENCE',
            lots: [
              { lotKey: '1', title: 'Maskinering' },
              { lotKey: '1', title: 'Sveising' },
            ],
          },
        },
        tok.leader,
      );
      expect(twice.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'lots[1].lotKey', rule: 'LISTED_TWICE' })]);
      expect(
        codeOf(
          await t.gql(
            ADD_REQ,
            { i: { tenderId: id, capabilityCode: 'CNC_5AXIS', hours: 10, windowStart: '2027-04-01', windowEnd: '2027-06-30' } },
            tok.steering,
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it('moves through the pipeline by the state machine, recording who, when and why', async () => {
      const id = await newTender();
      const move = (to: string, token: string, extra: object = {}) =>
        t.gql<{ moveTenderStage: { stage: string } }>(MOVE, { i: { tenderId: id, to, ...extra } }, token);
      const illegal = await move('SUBMITTED', tok.leader);
      expect(codeOf(illegal)).toBe('CONFLICT');
      expect(illegal.errors![0].message).toBe(
        'A tender in IDENTIFIED cannot move to SUBMITTED. Allowed from IDENTIFIED: QUALIFYING, CANCELLED.',
      );
      expect(illegal.errors![0].extensions.details).toEqual({
        reason: 'WRONG_STATUS',
        from: 'IDENTIFIED',
        to: 'SUBMITTED',
        allowed: ['QUALIFYING', 'CANCELLED'],
      });
      expect(codeOf(await move('QUALIFYING', tok.leader, { reason: 'fits the network' }))).toBe('OK');
      // the committee decides go/no-go, by a closed decision: no single person, of any role
      expect(codeOf(await move('GO', tok.leader))).toBe('FORBIDDEN');
      expect(codeOf(await move('GO', tok.steering))).toBe('FORBIDDEN');
      await decideTender(t, id, 'GO');
      expect(codeOf(await move('BID_IN_PREPARATION', tok.steering))).toBe('FORBIDDEN');
      expect(codeOf(await move('BID_IN_PREPARATION', tok.leader))).toBe('OK');
      expect(codeOf(await move('SUBMITTED', tok.leader))).toBe('OK');
      // requirements are frozen once submitted
      const frozen = await t.gql(
        ADD_REQ,
        { i: { tenderId: id, capabilityCode: 'CNC_5AXIS', hours: 10, windowStart: '2027-04-01', windowEnd: '2027-06-30' } },
        tok.leader,
      );
      expect(codeOf(frozen)).toBe('CONFLICT');
      const noReason = await move('LOST', tok.leader);
      expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors![0].message).toMatch(/lossReason/);
      const lost = await t.gql<{ moveTenderStage: { stage: string; lossReason: string } }>(
        MOVE,
        { i: { tenderId: id, to: 'LOST', lossReason: 'DELIVERY_TIME', lossReasonText: 'Buyer wanted delivery in 8 weeks' } },
        tok.leader,
      );
      expect(lost.data!.moveTenderStage).toEqual({ id, stage: 'LOST', lossReason: 'DELIVERY_TIME' });
      expect(codeOf(await move('QUALIFYING', tok.leader))).toBe('BAD_USER_INPUT'); // reopening needs a reason
      expect(codeOf(await move('QUALIFYING', tok.leader, { reason: 'Buyer re-tenders with a longer delivery time' }))).toBe('OK');
      const h = await t.gql<{
        tenderStageHistory: {
          fromStage: string | null;
          toStage: string;
          actorEmail: string;
          reason: string | null;
          lossReason: string | null;
          at: string;
        }[];
      }>(`{ tenderStageHistory(id: ${id}) { fromStage toStage actorEmail reason lossReason at } }`, undefined, tok.steering);
      expect(h.data!.tenderStageHistory.map((x) => [x.fromStage, x.toStage, x.actorEmail, x.lossReason])).toEqual([
        [null, 'IDENTIFIED', USERS.leader.email, null],
        ['IDENTIFIED', 'QUALIFYING', USERS.leader.email, null],
        ['QUALIFYING', 'GO', 'system@localhost', null], // who closed the decision
        ['GO', 'BID_IN_PREPARATION', USERS.leader.email, null],
        ['BID_IN_PREPARATION', 'SUBMITTED', USERS.leader.email, null],
        ['SUBMITTED', 'LOST', USERS.leader.email, 'DELIVERY_TIME'],
        ['LOST', 'QUALIFYING', USERS.leader.email, null],
      ]);
      expect(h.data!.tenderStageHistory[5].reason).toBe('Buyer wanted delivery in 8 weeks');
      expect(h.data!.tenderStageHistory[6].reason).toBe('Buyer re-tenders with a longer delivery time');
      expect(h.data!.tenderStageHistory.every((x) => !Number.isNaN(Date.parse(x.at)))).toBe(true);
    });

    it('cancels from any open stage, and a cancelled tender stays closed', async () => {
      const id = await newTender();
      expect(codeOf(await t.gql(MOVE, { i: { tenderId: id, to: 'CANCELLED', reason: 'Buyer cancelled' } }, tok.leader))).toBe('OK');
      const r = await t.gql(MOVE, { i: { tenderId: id, to: 'QUALIFYING', reason: 'x' } }, tok.leader);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/none \(the tender is closed\)/);
    });

    it('refuses a stale update with CONFLICT and keeps the probability override editable', async () => {
      const id = await newTender();
      const q =
        'mutation($id: Int!, $i: UpdateTenderInput!) { updateTender(id: $id, input: $i) { version winProbability winProbabilityBp } }';
      const r = await t.gql<{ updateTender: { version: number; winProbability: number } }>(
        q,
        { id, i: { winProbabilityBp: 3300, expectedVersion: 1 } },
        tok.leader,
      );
      expect(r.data!.updateTender).toEqual({ version: 2, winProbability: 3300, winProbabilityBp: 3300 });
      expect(codeOf(await t.gql(q, { id, i: { notes: 'x', expectedVersion: 1 } }, tok.leader))).toBe('CONFLICT');
      const cleared = await t.gql<{ updateTender: { winProbability: number } }>(q, { id, i: { clearWinProbability: true } }, tok.leader);
      expect(cleared.data!.updateTender.winProbability).toBe(1000);
    });
  });

  describe('OCDS import', () => {
    it('imports a planning → tender sequence with lots and draft requirements', async () => {
      const r = await t.gql<{
        importOcdsReleasePackage: { created: number; updated: number; unchanged: number; warnings: { ocid: string; message: string }[] };
      }>(IMPORT, { json: fixture('planning-tender.json') }, tok.leader);
      expect(r.data!.importOcdsReleasePackage).toMatchObject({ releases: 3, tenders: 2, created: 2, updated: 0, unchanged: 0 });
      // (the fixture's deadlines are in 2026: once passed, each process also gets a "deadline has passed" warning)
      expect(r.data!.importOcdsReleasePackage.warnings.filter((w) => !/deadline .* has passed/.test(w.message))).toEqual([
        { ocid: 'ocds-tf0001-2026-0001', message: 'item 3 (CPV 99999999-9) maps to no capability; no requirement drafted' },
      ]);
      const t1 = await t.db.read((em) => em.findOneByOrFail(Tender, { source: 'OCDS', externalId: 'ocds-tf0001-2026-0001' }));
      expect(t1).toMatchObject({
        title: 'Oppgradering av beltevogner: engineering og verkstedtjenester',
        buyerName: 'Forsvarsmateriell',
        estimatedValueMinor: 1_550_000_050,
        currency: 'NOK',
        market: 'DEFENCE',
        stage: 'IDENTIFIED',
      });
      expect(t1.deadline?.toISOString()).toBe('2026-04-30T10:00:00.000Z');
      const reqs = await t.db.read((em) => em.find(Requirement, { where: { tenderId: t1.id }, order: { id: 'ASC' } }));
      expect(reqs.map((q) => [q.capabilityCode, q.hours, q.draft, q.windowStart, q.windowEnd])).toEqual([
        ['DESIGN_ENGINEERING', 1200, true, '2026-09-01', '2027-06-30'],
        ['CNC_5AXIS', 800, true, '2026-09-01', '2027-06-30'],
      ]);
      const lots = await t.db.read((em) => em.find(TenderLot, { where: { tenderId: t1.id }, order: { id: 'ASC' } }));
      expect(lots.map((l) => [l.lotKey, l.title])).toEqual([
        ['lot-1', 'Engineering'],
        ['lot-2', 'Verkstedtjenester'],
      ]);
      expect(reqs[0].lotId).toBe(lots[0].id);
    });

    it('changes nothing when the same package is imported again', async () => {
      const before = await counts(t);
      const r = await t.gql<{ importOcdsReleasePackage: object }>(IMPORT, { json: fixture('planning-tender.json') }, tok.leader);
      expect(r.data!.importOcdsReleasePackage).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      expect(await counts(t)).toEqual(before);
    });

    it('updates a tender from a newer release without duplicating it, keeping fields the amendment leaves out', async () => {
      const r = await t.gql<{ importOcdsReleasePackage: object }>(IMPORT, { json: fixture('update.json') }, tok.leader);
      expect(r.data!.importOcdsReleasePackage).toMatchObject({ releases: 1, created: 0, updated: 1, unchanged: 0 });
      const all = await t.db.read((em) => em.findBy(Tender, { externalId: 'ocds-tf0001-2026-0002' }));
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({
        title: 'Skilt og merking i aluminium (endret frist)',
        buyerName: 'Statens vegvesen',
        estimatedValueMinor: 85_000_000,
      });
      expect(all[0].deadline?.toISOString()).toBe('2026-05-29T10:00:00.000Z');
    });

    it('stores a non-NOK value in its own currency and never sums it into NOK', async () => {
      await t.gql(IMPORT, { json: fixture('non-nok.json') }, tok.leader);
      const e = await t.db.read((em) => em.findOneByOrFail(Tender, { externalId: 'ocds-tf0002-2026-0100' }));
      expect([e.estimatedValueMinor, e.currency]).toEqual([125_000_075, 'EUR']);
    });

    it('rejects a bad file whole, naming release and path, and writes nothing', async () => {
      const before = await counts(t);
      const r = await t.gql(IMPORT, { json: fixture('missing-ids.json') }, tok.leader);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([
        { field: 'releases[1].ocid', message: 'missing: every release needs an ocid' },
        { field: 'releases[2].id', message: 'missing: every release needs an id (ocid ocds-tf0003-noid)' },
        { field: 'releases[3].date', message: 'missing or not an ISO 8601 date-time (ocid ocds-tf0003-baddate)' },
        { field: 'releases[3].tender.value.amount', message: 'must be a number (ocid ocds-tf0003-baddate)' },
      ]);
      const malformed = await t.gql(IMPORT, { json: fixture('malformed.json') }, tok.leader);
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0].message).toMatch(/not valid JSON/);
      expect(codeOf(await t.gql(IMPORT, { json: '{"records": []}' }, tok.leader))).toBe('BAD_USER_INPUT');
      expect(await counts(t)).toEqual(before);
    });

    it('accepts the same package as a plain HTTP upload, for files beyond the GraphQL body limit', async () => {
      const res = await t.http
        .post('/imports/ocds')
        .set('authorization', `Bearer ${tok.leader}`)
        .set('content-type', 'application/json')
        .send(fixture('planning-tender.json'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 0, unchanged: 2 });
      const denied = await t.http
        .post('/imports/ocds')
        .set('authorization', `Bearer ${tok.firmA}`)
        .set('content-type', 'application/json')
        .send('{}');
      expect(denied.status).toBe(403);
      expect((await t.http.post('/imports/ocds').set('content-type', 'application/json').send('{}')).status).toBe(401);
    });

    it('confirms a draft requirement when the project leader saves it', async () => {
      const draft = await t.db.read((em) => em.findOneByOrFail(Requirement, { sourceItemId: '2', draft: true }));
      const r = await t.gql<{ updateRequirement: { draft: boolean; hours: number } }>(
        `mutation { updateRequirement(input: { id: ${draft.id}, hours: 900, requiredCertificates: [{ type: ISO_9001 }] }) { draft hours } }`,
        undefined,
        tok.leader,
      );
      expect(r.data!.updateRequirement).toEqual({ draft: false, hours: 900 });
      // a later import does not overwrite a confirmed requirement
      await t.gql(IMPORT, { json: fixture('planning-tender.json').replace('"quantity": 800', '"quantity": 850') }, tok.leader);
      expect((await t.db.read((em) => em.findOneByOrFail(Requirement, { id: draft.id }))).hours).toBe(900);
    });
  });

  it('manages the CPV → capability table', async () => {
    const list = await t.gql<{ cpvMappings: { cpvPrefix: string; capabilityCode: string }[] }>(
      '{ cpvMappings { cpvPrefix capabilityCode } }',
      undefined,
      tok.steering,
    );
    expect(list.data!.cpvMappings.map((m) => m.cpvPrefix)).toEqual(expect.arrayContaining(['42', '44', '35', '34', '50', '71']));
    expect(
      codeOf(await t.gql('mutation { setCpvMapping(cpvPrefix: "3", capabilityCode: "ASSEMBLY") { cpvPrefix } }', undefined, tok.leader)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await t.gql('mutation { setCpvMapping(cpvPrefix: "4531", capabilityCode: "NOPE") { cpvPrefix } }', undefined, tok.leader)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await t.gql('mutation { setCpvMapping(cpvPrefix: "4531", capabilityCode: "ASSEMBLY") { cpvPrefix } }', undefined, tok.leader)),
    ).toBe('OK');
    expect(codeOf(await t.gql('mutation { removeCpvMapping(cpvPrefix: "4531") }', undefined, tok.leader))).toBe('OK');
    expect(codeOf(await t.gql('mutation { removeCpvMapping(cpvPrefix: "4531") }', undefined, tok.leader))).toBe('NOT_FOUND');
  });
});
