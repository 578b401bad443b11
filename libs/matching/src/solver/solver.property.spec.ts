import fc from 'fast-check';
import { explainEligibility } from './eligibility';
import { solveConsortium } from './solver';
import { checkSolution, clearanceOk, coversWindow, exportOk, hasValid, isEligible, meets } from './testing/independent-check';
import { randomInstance } from './testing/random-instance';
import { ConsortiumAlternative, ConsortiumProblem, IneligibilityReason, SolverFirm, SolverRequirement, SolverTender } from './types';

/** Property tests (fast-check, fixed seed so that a run is reproducible). */

const FC = { seed: 20261111, numRuns: 120 };

const instance = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  firms: fc.integer({ min: 2, max: 14 }),
  requirements: fc.integer({ min: 1, max: 8 }),
  withOptions: fc.boolean(),
});

const tiers = (a: ConsortiumAlternative) => [a.uncoveredHours, a.firmCount, a.costOre];
const lexLe = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return true;
};
const best = (p: ConsortiumProblem) => {
  const s = solveConsortium({ ...p, options: { ...p.options, alternatives: 1 } });
  expect(checkSolution(p, s)).toEqual([]);
  return s.alternatives[0];
};

describe('solver properties', () => {
  it('adding a firm never makes the optimum worse', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 1_000_000 }), (cfg, extraSeed) => {
        const p = randomInstance(cfg);
        const donor = randomInstance({ firms: 1, requirements: cfg.requirements, seed: extraSeed }).firms[0];
        // The newcomer offers the tender's capabilities (with the donor's certificates and capacity profile).
        const codes = [...new Set(p.requirements.map((r) => r.capabilityCode))];
        const extra: SolverFirm = {
          ...donor,
          id: Math.max(...p.firms.map((f) => f.id)) + 1,
          capabilities: codes.map((code, i) => ({ code, hourlyRateOre: i % 2 === 0 ? null : 95000 })),
          freeHours: Object.fromEntries(codes.map((code, i) => [code, 50 + ((extraSeed >> i) % 400)])),
        };
        const before = best(p);
        const after = best({ ...p, firms: [...p.firms, extra] });
        expect(lexLe(tiers(after), tiers(before))).toBe(true);
      }),
      FC,
    );
  });

  it("removing an assigned firm's capability never keeps the same solution", () => {
    fc.assert(
      fc.property(instance, (cfg) => {
        const p = randomInstance(cfg);
        const first = best(p);
        const required = new Set(p.options?.requiredFirmIds ?? []);
        const member = first.firms.find((f) => !required.has(f.firmId) && f.assignments.length > 0);
        fc.pre(member !== undefined);
        const reqById = new Map(p.requirements.map((r) => [r.id, r]));
        const code = reqById.get(member!.assignments[0].requirementId)!.capabilityCode;
        const firms = p.firms.map((f) => {
          if (f.id !== member!.firmId) return f;
          const freeHours = { ...f.freeHours };
          delete freeHours[code];
          return { ...f, capabilities: f.capabilities.filter((c) => c.code !== code), freeHours };
        });
        const second = best({ ...p, firms });
        const plan = (a: ConsortiumAlternative) => JSON.stringify(a.firms.map((f) => [f.firmId, f.assignments]));
        expect(plan(second)).not.toEqual(plan(first));
        const stillThere = second.firms
          .filter((f) => f.firmId === member!.firmId)
          .flatMap((f) => f.assignments)
          .some((a) => reqById.get(a.requirementId)!.capabilityCode === code);
        expect(stillThere).toBe(false);
      }),
      FC,
    );
  });

  it('the explanations name a true reason for every ineligible firm (checked independently), and miss none', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: -400, max: 400 }), (cfg, shiftDays) => {
        const p = randomInstance(cfg);
        // Move the windows about so that more certificates start or end inside them.
        const shift = (d: string) => {
          const x = new Date(`${d}T00:00:00Z`);
          x.setUTCDate(x.getUTCDate() + shiftDays);
          return x.toISOString().slice(0, 10);
        };
        const requirements = p.requirements.map((r) => ({ ...r, windowStart: shift(r.windowStart), windowEnd: shift(r.windowEnd) }));
        const firmById = new Map(p.firms.map((f) => [f.id, f]));
        explainEligibility(p.tender, requirements, p.firms).forEach((e, i) => {
          const r = requirements[i];
          for (const id of e.eligibleFirmIds) expect(isEligible(firmById.get(id)!, r, p.tender)).toBe(true);
          const listed = new Set([...e.eligibleFirmIds, ...e.ineligible.map((x) => x.firmId)]);
          for (const f of p.firms) expect(listed.has(f.id)).toBe(f.capabilities.some((c) => c.code === r.capabilityCode));
          for (const x of e.ineligible) {
            const f = firmById.get(x.firmId)!;
            expect(isEligible(f, r, p.tender)).toBe(false);
            expect(x.reasons.length).toBeGreaterThan(0);
            for (const reason of x.reasons) expect([reason.code, trueReason(reason, f, r, p.tender)]).toEqual([reason.code, true]);
            expect(missedReasons(x.reasons, f, r, p.tender)).toEqual([]);
          }
        });
      }),
      FC,
    );
  });
});

/** Whether a reason is true, judged from the rules alone. */
function trueReason(reason: IneligibilityReason, f: SolverFirm, r: SolverRequirement, t: SolverTender): boolean {
  const c = reason.certificate;
  const free = f.freeHours[r.capabilityCode] ?? 0;
  const candidates = (need: NonNullable<typeof c>) =>
    need.type === 'FACILITY_CLEARANCE'
      ? f.certificates.filter((x) => x.type === 'FACILITY_CLEARANCE')
      : need.type === 'EXPORT_CONTROL'
        ? f.certificates.filter((x) => x.type === 'EXPORT_CONTROL')
        : f.certificates.filter((x) => meets(x, need));
  const certFails = (need: NonNullable<typeof c>) =>
    need.type === 'FACILITY_CLEARANCE'
      ? !clearanceOk(f, t, r)
      : need.type === 'EXPORT_CONTROL'
        ? !exportOk(f, t, r)
        : !hasValid(f, need, r);
  switch (reason.code) {
    case 'INACTIVE_MEMBER':
      return !f.active;
    case 'MISSING_CAPABILITY':
      return !f.capabilities.some((x) => x.code === r.capabilityCode);
    case 'MISSING_CERTIFICATE':
      return !!c && certFails(c) && candidates(c).every((x) => !coversWindow(x, r));
    case 'CERTIFICATE_EXPIRES_IN_WINDOW':
      return (
        !!c &&
        certFails(c) &&
        candidates(c).some((x) => x.validFrom <= r.windowStart && x.validUntil >= r.windowStart && x.validUntil < r.windowEnd)
      );
    case 'CERTIFICATE_NOT_YET_VALID':
      return !!c && certFails(c) && candidates(c).some((x) => x.validFrom > r.windowStart);
    case 'NO_CLEARANCE':
      return t.requiresClearance !== null && !clearanceOk(f, t, r);
    case 'CLEARANCE_TOO_LOW':
      return t.requiresClearance !== null && !clearanceOk(f, t, r) && f.certificates.some((x) => x.type === 'FACILITY_CLEARANCE');
    case 'NO_EXPORT_REGISTRATION':
      return t.exportControlled && !exportOk(f, t, r);
    case 'NO_FREE_CAPACITY':
      return !(free > 0);
    case 'INSUFFICIENT_CAPACITY_INDIVISIBLE':
      return r.indivisible && free > 0 && free < r.hours;
  }
}

/** Rules the firm breaks that no reason mentions. */
function missedReasons(reasons: IneligibilityReason[], f: SolverFirm, r: SolverRequirement, t: SolverTender): string[] {
  const codes = new Set(reasons.map((x) => x.code));
  const about = (type: string, process?: string | null) =>
    reasons.some((x) => x.certificate?.type === type && (type !== 'NADCAP' || (x.certificate.process ?? null) === (process ?? null)));
  const missed: string[] = [];
  if (!f.active && !codes.has('INACTIVE_MEMBER')) missed.push('inactive');
  for (const need of r.requiredCertificates) if (!hasValid(f, need, r) && !about(need.type, need.process)) missed.push(need.type);
  if (!clearanceOk(f, t, r) && !about('FACILITY_CLEARANCE')) missed.push('clearance');
  if (!exportOk(f, t, r) && !about('EXPORT_CONTROL')) missed.push('export');
  const free = f.freeHours[r.capabilityCode] ?? 0;
  if (!(free > 0) && !codes.has('NO_FREE_CAPACITY')) missed.push('capacity');
  if (r.indivisible && free > 0 && free < r.hours && !codes.has('INSUFFICIENT_CAPACITY_INDIVISIBLE')) missed.push('indivisible');
  return missed;
}
