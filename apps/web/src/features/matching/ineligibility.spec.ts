import { readFileSync } from 'node:fs';
import { join } from 'node:path';
/*
 * A contract between the solver and the console: every reason the solver gives a firm, with the
 * facts it gives, is worded by the console in bokmål and English. The console never imports
 * server code; this spec (never built into the console) is the one place the two meet.
 */
// eslint-disable-next-line no-restricted-imports -- the contract test above, not console code
import { ineligibilityReasons } from '../../../../../libs/matching/src/solver/eligibility';
// eslint-disable-next-line no-restricted-imports -- the same
import { cert, firm, requirement } from '../../../../../libs/matching/src/solver/testing/eligibility-fixtures';
// eslint-disable-next-line no-restricted-imports -- the same
import { solveConsortium } from '../../../../../libs/matching/src/solver/solver';
// eslint-disable-next-line no-restricted-imports -- the same
import type { ConsortiumProblem, SolverFirm, SolverRequirement, SolverTender } from '../../../../../libs/matching/src/solver/types';
import { translator } from '../../ui/i18n/translate';
import { en } from '../../ui/i18n/messages.en';
import { nb } from '../../ui/i18n/messages.nb';
import { distinctWarnings, firmWarningText, ineligibilityText, uncoveredText } from './ineligibility';

const today: SolverTender = { requiresClearance: null, exportControlled: false, asOf: '2027-04-01' };
const capabilityName = (code: string) => (code === 'CNC_5AXIS' ? '5-akset fresing' : code);

/** The solver's own reasons, one situation per code (the facts come from the solver, not from here). */
function reasonsOfEveryCode() {
  const iso = requirement({ requiredCertificates: [{ type: 'ISO_9001' }] });
  return [
    ...ineligibilityReasons(firm({ active: false, capabilities: [], freeHours: {} }), requirement(), today),
    ...ineligibilityReasons(firm(), iso, today),
    ...ineligibilityReasons(firm({ certificates: [cert('ISO_9001', { validUntil: '2027-04-15' })] }), iso, today),
    ...ineligibilityReasons(firm({ certificates: [cert('ISO_9001', { validUntil: '2027-03-15' })] }), iso, today),
    ...ineligibilityReasons(firm({ certificates: [cert('ISO_9001', { validFrom: '2027-04-01' })] }), iso, today),
    ...ineligibilityReasons(firm(), requirement(), { ...today, requiresClearance: 'SECRET', exportControlled: true }),
    ...ineligibilityReasons(firm({ certificates: [cert('FACILITY_CLEARANCE', { level: 'RESTRICTED' })] }), requirement(), {
      ...today,
      requiresClearance: 'SECRET',
    }),
    ...ineligibilityReasons(firm({ freeHours: { CNC_5AXIS: 100 } }), requirement({ indivisible: true }), today),
  ];
}

describe("why a firm is left out, in the reader's language", () => {
  const reasons = reasonsOfEveryCode();

  it("words every code the solver gives from the solver's own facts, in bokmål and English", () => {
    const union = /export type IneligibilityCode =([^;]+);/.exec(
      readFileSync(join(__dirname, '../../../../../libs/matching/src/solver/types.ts'), 'utf8'),
    )![1];
    const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBe(10);
    expect([...new Set(reasons.map((r) => r.code))].sort()).toEqual([...codes].sort());
    for (const r of reasons) {
      const said = { nb: ineligibilityText(r, translator(nb, 'nb'), 'nb'), en: ineligibilityText(r, translator(en, 'en'), 'en') };
      // never the API's English sentence, never a placeholder left
      expect([r.code, said.nb === r.message, said.en === r.message, /[{}]/.test(said.nb + said.en)]).toEqual([r.code, false, false, false]);
    }
  });

  it('says a certificate by its name and dates as the reader writes them, lapsing or expired', () => {
    const lapses = reasons.find((r) => r.code === 'CERTIFICATE_EXPIRES_IN_WINDOW' && !r.expired)!;
    expect(ineligibilityText(lapses, translator(nb, 'nb'), 'nb')).toBe(
      'ISO 9001 går ut 15.04.2027, innenfor arbeidsvinduet 01.03.2027–30.05.2027.',
    );
    const expired = reasons.find((r) => r.code === 'CERTIFICATE_EXPIRES_IN_WINDOW' && r.expired)!;
    expect(ineligibilityText(expired, translator(en, 'en'), 'en')).toBe(
      'ISO 9001 expired 15 Mar 2027, inside the work window 1 Mar 2027 – 30 May 2027.',
    );
    const low = reasons.find((r) => r.code === 'CLEARANCE_TOO_LOW')!;
    expect(ineligibilityText(low, translator(nb, 'nb'), 'nb')).toBe('Sikkerhetsklareringen BEGRENSET er lavere enn kravet, HEMMELIG.');
    const indivisible = reasons.find((r) => r.code === 'INSUFFICIENT_CAPACITY_INDIVISIBLE')!;
    expect(ineligibilityText(indivisible, translator(nb, 'nb'), 'nb')).toBe(
      'Har bare 100 t ledig i CNC_5AXIS, og kravet på 400 t kan ikke deles.',
    );
    // a capability by its name from the catalogue, when the screen has it
    expect(ineligibilityText(indivisible, translator(nb, 'nb'), 'nb', capabilityName)).toBe(
      'Har bare 100 t ledig i 5-akset fresing, og kravet på 400 t kan ikke deles.',
    );
  });

  it("keeps the API's sentence for a code this build does not know, or when a fact is missing", () => {
    expect(ineligibilityText({ code: 'SOMETHING_NEW', message: 'as the API says' }, translator(nb, 'nb'), 'nb')).toBe('as the API says');
    expect(ineligibilityText({ code: 'MISSING_CAPABILITY', message: 'as the API says' }, translator(nb, 'nb'), 'nb')).toBe(
      'as the API says',
    );
  });
});

describe("why a requirement's hours are not covered, in the reader's language", () => {
  /** The solver's own answer for one situation (its causes and facts come from the solver, not from here). */
  const uncovered = (requirements: SolverRequirement[], firms: SolverFirm[], options: ConsortiumProblem['options'] = {}) =>
    solveConsortium({ tender: today, requirements, firms, defaultRateOre: {}, options: { alternatives: 1, ...options } }).uncovered;
  const iso = requirement({ requiredCertificates: [{ type: 'ISO_9001' }] });
  const cases = [
    uncovered([requirement()], [firm({ capabilities: [{ code: 'WELD_TIG_AL', hourlyRateOre: 90000 }], freeHours: { WELD_TIG_AL: 500 } })]),
    uncovered([requirement()], [firm()], { excludedFirmIds: [7] }),
    uncovered([iso], [firm()]),
    uncovered([requirement({ indivisible: true }), requirement({ id: 2, indivisible: true })], [firm()]),
    uncovered([requirement()], [firm({ freeHours: { CNC_5AXIS: 100 } })], { maxFirms: 1 }),
  ].flat();
  const t = { nb: translator(nb, 'nb'), en: translator(en, 'en') };

  it('words every cause the solver gives, in bokmål and English', () => {
    const union = /export type UncoveredCause =([^;]+);/.exec(
      readFileSync(join(__dirname, '../../../../../libs/matching/src/solver/types.ts'), 'utf8'),
    )![1];
    const causes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(causes.length).toBe(5);
    expect(cases.map((u) => u.cause).sort()).toEqual([...causes].sort());
    for (const u of cases) {
      const said = { nb: uncoveredText(u, t.nb, 'nb', capabilityName), en: uncoveredText(u, t.en, 'en', capabilityName) };
      expect([u.cause, said.nb === u.message, said.en === u.message, /[{}|]/.test(said.nb + said.en)]).toEqual([
        u.cause,
        false,
        false,
        false,
      ]);
    }
  });

  it('says the facts: the capability by name, hours, the limit on firms, and the closest firm with its reasons', () => {
    const by = (cause: string) => cases.find((u) => u.cause === cause)!;
    expect(uncoveredText(by('NO_MEMBER_HAS_CAPABILITY'), t.nb, 'nb', capabilityName)).toBe('Ingen medlemmer tilbyr 5-akset fresing.');
    expect(uncoveredText(by('ELIGIBLE_EXCLUDED'), t.en, 'en', capabilityName)).toBe(
      'The only eligible firm is left out of this suggestion.',
    );
    expect(uncoveredText(by('NO_MEMBER_ELIGIBLE'), t.nb, 'nb', capabilityName)).toBe(
      'Ingen av bedriftene som tilbyr 5-akset fresing, er kvalifisert. Nærmest er Raufoss Presisjon AS: Mangler ISO 9001 gyldig over arbeidsvinduet 01.03.2027–30.05.2027.',
    );
    expect(uncoveredText(by('INDIVISIBLE_TOO_LARGE'), t.nb, 'nb', capabilityName)).toBe(
      'Ingen kvalifisert bedrift har alle 400 timer ledig alene ved siden av annet arbeid, og kravet kan ikke deles.',
    );
    expect(uncoveredText(by('NO_CAPACITY_LEFT'), t.en, 'en', capabilityName)).toBe(
      'The eligible firms have no free capacity left for the last 300 hours. The suggestion is limited to 1 firm.',
    );
  });

  it("keeps the API's sentence for a cause this build does not know", () => {
    const newer = { ...cases[0], cause: 'SOMETHING_NEW' as (typeof cases)[0]['cause'], message: 'as the API says' };
    expect(uncoveredText(newer, t.nb, 'nb')).toBe('as the API says');
  });
});

describe("a warning about a firm, in the reader's language", () => {
  const overdue = {
    firmId: 7,
    firmName: 'Sagstuen AS',
    code: 'OVERDUE_MAJOR_FINDING',
    message: 'Major nonconformity against ISO 9001 found in audit 12 on 2026-10-01: …',
    certificateType: 'ISO_9001',
    auditId: 12,
    foundOn: '2026-10-01',
    dueOn: '2026-11-01',
  };

  it('says an overdue major finding with its standard, audit and dates, once however many requirements name the firm', () => {
    expect(firmWarningText(overdue, translator(nb, 'nb'), 'nb')).toBe(
      'Sagstuen AS: stort avvik mot ISO 9001 funnet i revisjon 12 01.10.2026. Korrigerende tiltak skulle vært på plass 01.11.2026 og er fortsatt åpent. Sertifikatet gjelder til sertifiseringsorganet avgjør.',
    );
    expect(firmWarningText(overdue, translator(en, 'en'), 'en')).toBe(
      'Sagstuen AS: major nonconformity against ISO 9001 found in audit 12 on 1 Oct 2026. Its corrective action was due 1 Nov 2026 and is still open. The certificate stands until the certification body decides.',
    );
    const other = { ...overdue, firmId: 8, firmName: 'Tokvam AS', auditId: 13 };
    expect(distinctWarnings([{ warnings: [overdue, other] }, { warnings: [overdue] }])).toEqual([overdue, other]);
  });

  it("keeps the firm and the API's sentence for a code this build does not know, or a missing fact", () => {
    expect(firmWarningText({ ...overdue, code: 'SOMETHING_NEW' }, translator(nb, 'nb'), 'nb')).toBe(`Sagstuen AS: ${overdue.message}`);
    expect(firmWarningText({ ...overdue, dueOn: null }, translator(nb, 'nb'), 'nb')).toBe(`Sagstuen AS: ${overdue.message}`);
  });
});
