import { addDays, osloDate } from '@app/core';
import { Certificate, CertificateType, Member } from '@app/members';
import { Tender } from '@app/tenders';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

const SUGGEST = `query($id: Int!, $o: SuggestConsortiaOptions) { suggestConsortia(tenderId: $id, options: $o) {
  complete candidateFirms
  alternatives { rank firmCount uncoveredHours coverage provenOptimal gap { tier relative } estimatedCost { minorUnits }
    firms { firmId firmName hours estimatedCost { minorUnits } assignments { requirementId hours estimatedCost { minorUnits } } } }
  explanations { requirementId capabilityCode eligibleFirmIds ineligible { firmId firmName reasons { code message } } }
  uncovered { requirementId gapHours message nearestMiss { firmName reasons { code message } } } } }`;

interface Suggestion {
  complete: boolean;
  alternatives: {
    rank: number;
    firmCount: number;
    uncoveredHours: number;
    provenOptimal: boolean;
    estimatedCost: { minorUnits: string } | null;
    firms: {
      firmId: number;
      firmName: string;
      hours: number;
      estimatedCost: unknown;
      assignments: { requirementId: number; hours: number; estimatedCost: unknown }[];
    }[];
  }[];
  explanations: {
    requirementId: number;
    capabilityCode: string;
    eligibleFirmIds: number[];
    ineligible: { firmName: string; reasons: { code: string; message: string }[] }[];
  }[];
  uncovered: {
    requirementId: number;
    gapHours: number;
    message: string;
    nearestMiss: { firmName: string; reasons: { code: string; message: string }[] } | null;
  }[];
}

describe('consortium suggestions on the demo tender (e2e)', () => {
  let t: TestApp;
  let tenderId: number;
  let firm: (name: string) => Promise<Member>;
  beforeAll(async () => {
    t = await createTestApp();
    tenderId = (
      await t.db.read((em) =>
        em.findOneByOrFail(Tender, { title: 'Oppgradering av beltevogner, fase 2: engineering og verkstedtjenester' }),
      )
    ).id;
    firm = (name) => t.db.read((em) => em.findOneByOrFail(Member, { name }));
  });
  afterAll(() => t.close());

  const suggest = async (token: string, o?: object) => t.gql<{ suggestConsortia: Suggestion }>(SUGGEST, { id: tenderId, o }, token);

  it('covers every requirement with the fewest firms, proven optimal, with distinct alternatives', async () => {
    const r = await suggest(await t.login(USERS.leader.email));
    expect(codeOf(r)).toBe('OK');
    const s = r.data!.suggestConsortia;
    expect(s.complete).toBe(true);
    expect(s.alternatives).toHaveLength(3);
    for (const a of s.alternatives) expect(a).toMatchObject({ firmCount: 4, uncoveredHours: 0, provenOptimal: true });
    const sets = s.alternatives.map((a) => a.firms.map((f) => f.firmId).join(','));
    expect(new Set(sets).size).toBe(3);
    // every assigned hour adds up to the requirement's hours
    const best = s.alternatives[0];
    const byReq = new Map<number, number>();
    for (const f of best.firms) for (const a of f.assignments) byReq.set(a.requirementId, (byReq.get(a.requirementId) ?? 0) + a.hours);
    expect([...byReq.values()].reduce((x, y) => x + y, 0)).toBe(600 + 1200 + 800 + 300 + 500);
    // cost = Σ hours × catalogue default rate (demo firms give no rates): 600×1100 + 1200×1150 + 800×800 + 300×700 + 500×700 NOK
    expect(best.estimatedCost!.minorUnits).toBe(String((600 * 1100 + 1200 * 1150 + 800 * 800 + 300 * 700 + 500 * 700) * 100));
  });

  it('explains, for every requirement, why firms with the capability are not eligible', async () => {
    const s = (await suggest(await t.login(USERS.leader.email))).data!.suggestConsortia;
    const reasonsOf = (code: string, name: string) =>
      s.explanations.find((e) => e.capabilityCode === code)!.ineligible.find((i) => i.firmName === name)?.reasons;
    const sagstuenId = (await firm('Sagstuen AS')).id;
    const sagstuenAqap = (
      await t.db.read((em) => em.findOneByOrFail(Certificate, { memberId: sagstuenId, type: CertificateType.AQAP_2110 }))
    ).validUntil;
    const assemblyEnd = addDays(osloDate(new Date()), 270);
    const assemblyStart = addDays(osloDate(new Date()), 180);
    expect(reasonsOf('ASSEMBLY', 'Sagstuen AS')).toEqual([
      {
        code: 'MISSING_CERTIFICATE',
        // still valid today: it lapses before the work starts, it has not "expired"
        message: `no AQAP 2110 certificate valid over the work window ${assemblyStart} – ${assemblyEnd} (the one held lapses ${sagstuenAqap}, before the window starts)`,
      },
    ]);
    expect(reasonsOf('ASSEMBLY', 'CHS-Nor AS')).toEqual([
      {
        code: 'CERTIFICATE_EXPIRES_IN_WINDOW',
        message: `AQAP 2110 lapses ${addDays(osloDate(new Date()), 220)}, inside the work window ${assemblyStart} – ${assemblyEnd}`,
      },
    ]);
    expect(reasonsOf('WELD_TIG_AL', 'Kapp Aluminium Tretum Offshore AS')![0].code).toBe('MISSING_CERTIFICATE'); // expired counts as absent
    expect(reasonsOf('WELD_TIG_AL', 'Toten Metall AS')![0].message).toMatch(/ISO 3834-2/); // holds only 3834-3
    expect(reasonsOf('DESIGN_ENGINEERING', 'Industriell Design & Teknologi AS')).toEqual([
      { code: 'MISSING_CERTIFICATE', message: 'no AQAP 2110 certificate' },
    ]);
    const eng = s.explanations.find((e) => e.capabilityCode === 'DESIGN_ENGINEERING')!;
    expect(eng.eligibleFirmIds).toEqual([(await firm('Intek Engineering AS')).id]);
  });

  it('reports what cannot be covered, and the nearest miss, instead of failing', async () => {
    const intek = await firm('Intek Engineering AS');
    const r = await suggest(await t.login(USERS.leader.email), { excludedFirmIds: [intek.id] });
    expect(codeOf(r)).toBe('OK');
    const s = r.data!.suggestConsortia;
    expect(s.alternatives[0].uncoveredHours).toBe(600);
    expect(s.uncovered).toHaveLength(1);
    expect(s.uncovered[0].gapHours).toBe(600);
    expect(s.uncovered[0].nearestMiss!.reasons[0].message).toBe('no AQAP 2110 certificate');
  });

  it('respects required firms and a cap on the number of firms', async () => {
    const sag = await firm('Sagstuen AS');
    const s = (await suggest(await t.login(USERS.leader.email), { requiredFirmIds: [sag.id], alternatives: 1 })).data!.suggestConsortia;
    expect(s.alternatives[0].firms.map((f) => f.firmId)).toContain(sag.id);
    const capped = (await suggest(await t.login(USERS.leader.email), { maxFirms: 2, alternatives: 1 })).data!.suggestConsortia;
    expect(capped.alternatives[0].firmCount).toBeLessThanOrEqual(2);
    expect(capped.alternatives[0].uncoveredHours).toBeGreaterThan(0);
  });

  it('shows no costs to the steering committee, and nothing to firms', async () => {
    const s = (await suggest(await t.login(USERS.steering.email))).data!.suggestConsortia;
    expect(s.alternatives[0].estimatedCost).toBeNull();
    for (const f of s.alternatives[0].firms) {
      expect(f.estimatedCost).toBeNull();
      for (const a of f.assignments) expect(a.estimatedCost).toBeNull();
    }
    expect(codeOf(await suggest(await t.login(USERS.firmA.email)))).toBe('FORBIDDEN');
  });

  it.each([
    ['an unknown tender', { id: 999999 }, 'NOT_FOUND', /Tender 999999/],
    [
      'a firm both required and excluded',
      { o: { requiredFirmIds: [1], excludedFirmIds: [1] } },
      'BAD_USER_INPUT',
      /both required and excluded/i,
    ],
    ['an unknown required firm', { o: { requiredFirmIds: [987654] } }, 'NOT_FOUND', /Member 987654/],
  ])('refuses %s with a coded error saying what is wrong', async (_n, vars, code, msg) => {
    const r = await t.gql(SUGGEST, { id: tenderId, ...vars }, await t.login(USERS.leader.email));
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message).toMatch(msg);
  });

  it('refuses a required firm that is eligible for nothing, saying why', async () => {
    const skilt = await firm('All Skilt AS');
    const r = await suggest(await t.login(USERS.leader.email), { requiredFirmIds: [skilt.id] });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/All Skilt AS/);
  });

  it('refuses a tender without requirements', async () => {
    const leader = await t.login(USERS.leader.email);
    const c = await t.gql<{ createTender: { id: number } }>(
      'mutation { createTender(input: { title: "Tom", buyerName: "X", market: OTHER }) { id } }',
      undefined,
      leader,
    );
    const r = await t.gql(SUGGEST, { id: c.data!.createTender.id }, leader);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/no requirements/);
    // with the rule a client says in its reader's language
    expect(r.errors![0].extensions!.fields).toEqual([{ field: 'tenderId', message: 'no requirements', rule: 'NO_REQUIREMENTS_YET' }]);
  });
});
