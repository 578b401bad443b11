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
import type { SolverTender } from '../../../../../libs/matching/src/solver/types';
import { translator } from '../../ui/i18n/translate';
import { en } from '../../ui/i18n/messages.en';
import { nb } from '../../ui/i18n/messages.nb';
import { ineligibilityText } from './ineligibility';

const today: SolverTender = { requiresClearance: null, exportControlled: false, asOf: '2027-04-01' };

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
  });

  it("keeps the API's sentence for a code this build does not know, or when a fact is missing", () => {
    expect(ineligibilityText({ code: 'SOMETHING_NEW', message: 'as the API says' }, translator(nb, 'nb'), 'nb')).toBe('as the API says');
    expect(ineligibilityText({ code: 'MISSING_CAPABILITY', message: 'as the API says' }, translator(nb, 'nb'), 'nb')).toBe(
      'as the API says',
    );
  });
});
