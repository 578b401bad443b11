import { solveConsortium } from './solver';
import { SolverInputError } from './solver-input-error';
import { checkSolution } from './testing/independent-check';
import { randomInstance } from './testing/random-instance';
import { ConsortiumAlternative, ConsortiumProblem, SolverFirm, SolverOptions, SolverRequirement, SolverTender } from './types';

const open: SolverTender = { requiresClearance: null, exportControlled: false };

function req(id: number, code: string, hours: number, extra: Partial<SolverRequirement> = {}): SolverRequirement {
  return {
    id,
    label: `${code}-${id}`,
    capabilityCode: code,
    hours,
    windowStart: '2027-03-01',
    windowEnd: '2027-05-30',
    requiredCertificates: [],
    mandatory: true,
    indivisible: false,
    ...extra,
  };
}

/** caps: code → [free hours, own rate in øre or null]. */
function firm(id: number, caps: Record<string, [number, number | null]>, extra: Partial<SolverFirm> = {}): SolverFirm {
  return {
    id,
    name: `Firm ${id} AS`,
    active: true,
    capabilities: Object.entries(caps).map(([code, [, rate]]) => ({ code, hourlyRateOre: rate })),
    certificates: [],
    freeHours: Object.fromEntries(Object.entries(caps).map(([code, [free]]) => [code, free])),
    awardedLast12MonthsOre: 0,
    ...extra,
  };
}

function problem(requirements: SolverRequirement[], firms: SolverFirm[], options: SolverOptions = {}, tender = open): ConsortiumProblem {
  return { tender, requirements, firms, defaultRateOre: { CNC_5AXIS: 100000, ANODIZING: 80000, CASTING: 90000 }, options };
}

/** The answer, checked by the independent checker first. */
function solve(p: ConsortiumProblem) {
  const s = solveConsortium(p);
  expect(checkSolution(p, s)).toEqual([]);
  return s;
}

/** [firmId, [[requirementId, hours], ...]] per firm. */
const plan = (a: ConsortiumAlternative) => a.firms.map((f) => [f.firmId, f.assignments.map((x) => [x.requirementId, x.hours])]);
const sets = (alts: ConsortiumAlternative[]) => alts.map((a) => a.firms.map((f) => f.firmId));

describe('solveConsortium', () => {
  it('splits a divisible requirement, filling the cheaper firm first', () => {
    const s = solve(problem([req(1, 'CNC_5AXIS', 300)], [firm(1, { CNC_5AXIS: [200, 100000] }), firm(2, { CNC_5AXIS: [200, 110000] })]));
    const best = s.alternatives[0];
    expect(plan(best)).toEqual([
      [1, [[1, 200]]],
      [2, [[1, 100]]],
    ]);
    expect(best.uncoveredHours).toBe(0);
    expect(best.costOre).toBe(200 * 100000 + 100 * 110000);
    expect(best.provenOptimal).toBe(true);
    expect(best.gap).toEqual({ tier: null, absolute: 0, relative: 0 });
    expect(best.lowerBound).toEqual({ uncoveredHours: 0, firmCount: 2, costOre: best.costOre });
  });

  it('prefers fewer firms over a cheaper consortium, and ranks the alternatives', () => {
    const s = solve(
      problem(
        [req(1, 'CNC_5AXIS', 300)],
        [firm(1, { CNC_5AXIS: [300, 150000] }), firm(2, { CNC_5AXIS: [150, 90000] }), firm(3, { CNC_5AXIS: [150, 90000] })],
      ),
    );
    // {1, 2} is firm 1 with half its work moved to firm 2: not an alternative; {2} alone covers half
    expect(sets(s.alternatives)).toEqual([[1], [2, 3], [2]]);
    expect(s.alternatives.map((a) => [a.rank, a.firmCount, a.uncoveredHours, a.costOre])).toEqual([
      [1, 1, 0, 300 * 150000],
      [2, 2, 0, 300 * 90000],
      [3, 1, 150, 150 * 90000],
    ]);
  });

  it('keeps an indivisible requirement on one firm, all or nothing', () => {
    const reqs = [req(1, 'CNC_5AXIS', 300, { indivisible: true })];
    const tooSmall = [firm(1, { CNC_5AXIS: [200, null] }), firm(2, { CNC_5AXIS: [200, null] })];
    const none = solve(problem(reqs, tooSmall));
    expect(none.alternatives).toHaveLength(1);
    expect(none.alternatives[0].firms).toEqual([]);
    expect(none.alternatives[0].uncoveredHours).toBe(300);
    expect(none.uncovered).toEqual([
      expect.objectContaining({ requirementId: 1, gapHours: 300, nearestMiss: expect.objectContaining({ firmId: 1 }) }),
    ]);
    expect(none.uncovered[0].nearestMiss?.reasons.map((r) => r.code)).toEqual(['INSUFFICIENT_CAPACITY_INDIVISIBLE']);

    const one = solve(problem(reqs, [...tooSmall, firm(3, { CNC_5AXIS: [400, null] })]));
    expect(plan(one.alternatives[0])).toEqual([[3, [[1, 300]]]]);
  });

  it('shares one capacity pool between requirements of the same capability, indivisible ones included', () => {
    const reqs = [req(1, 'CNC_5AXIS', 300, { indivisible: true }), req(2, 'CNC_5AXIS', 200)];
    const s = solve(problem(reqs, [firm(1, { CNC_5AXIS: [400, 100000] }), firm(2, { CNC_5AXIS: [150, 100000] })]));
    const best = s.alternatives[0];
    // Alone, firm 1 could do only 400 of the 500 hours: two firms, nothing uncovered.
    expect(best.uncoveredHours).toBe(0);
    expect(best.firmCount).toBe(2);
    const f1 = best.firms.find((f) => f.firmId === 1)!;
    expect(f1.assignments.find((a) => a.requirementId === 1)?.hours).toBe(300);
    expect(f1.hours).toBeLessThanOrEqual(400);
  });

  it('never gives a pool more than its free hours', () => {
    const s = solve(
      problem(
        [req(1, 'CNC_5AXIS', 200), req(2, 'CNC_5AXIS', 200)],
        [firm(1, { CNC_5AXIS: [300, 90000] }), firm(2, { CNC_5AXIS: [300, 120000] })],
      ),
    );
    expect(plan(s.alternatives[0])).toEqual([
      [
        1,
        [
          [1, 200],
          [2, 100],
        ],
      ],
      [2, [[2, 100]]],
    ]);
  });

  describe('tie-breaks', () => {
    const reqs = [req(1, 'CNC_5AXIS', 100)];
    it('prefers the firm awarded less over the last 12 months (fair spread)', () => {
      const s = solve(
        problem(reqs, [
          firm(10, { CNC_5AXIS: [100, null] }, { awardedLast12MonthsOre: 5_000_000_00 }),
          firm(20, { CNC_5AXIS: [100, null] }, { awardedLast12MonthsOre: 1_000_000_00 }),
        ]),
      );
      expect(sets(s.alternatives)).toEqual([[20], [10]]);
    });
    it('then the lowest firm id', () => {
      const s = solve(problem(reqs, [firm(20, { CNC_5AXIS: [100, null] }), firm(10, { CNC_5AXIS: [100, null] })]));
      expect(sets(s.alternatives)).toEqual([[10], [20]]);
    });
  });

  describe('alternatives', () => {
    const p = (options: SolverOptions) =>
      problem([req(1, 'CNC_5AXIS', 100)], [firm(1, { CNC_5AXIS: [100, 100000] }), firm(2, { CNC_5AXIS: [100, 101000] })], options);
    it('are different consortia, each firm needed; as many as exist', () => {
      // {1, 2} would be firm 1 with one hour moved to firm 2: no alternative, so there are two
      const s = solve(p({ alternatives: 5 }));
      expect(sets(s.alternatives)).toEqual([[1], [2]]);
    });
    it('default to 3 and can be limited', () => {
      const three = problem(
        [req(1, 'CNC_5AXIS', 100)],
        [firm(1, { CNC_5AXIS: [100, 100000] }), firm(2, { CNC_5AXIS: [100, 101000] }), firm(3, { CNC_5AXIS: [100, 102000] })],
      );
      expect(sets(solve(three).alternatives)).toEqual([[1], [2], [3]]);
      expect(sets(solve(p({ alternatives: 1 })).alternatives)).toEqual([[1]]);
    });

    /**
     * 5-axis machining 100 h (firm 1, kr 1 000/h), anodising 50 h (firm 2 at kr 700/h, firm 4 at
     * kr 1 400/h), casting 80 h (firm 3, kr 900/h). Worked by hand:
     *   {1, 2, 3}: 100 × 1 000 + 50 × 700 + 80 × 900 = kr 207 000, nothing uncovered;
     *   {1, 3, 4}: 100 × 1 000 + 50 × 1 400 + 80 × 900 = kr 242 000, nothing uncovered;
     *   {1, 2, 3, 4} would be the first with one hour of anodising moved to firm 4 (kr 207 700):
     *   a near-copy, not an alternative (it contains rank 1, and firm 4 is not needed);
     *   {1, 3}: the best consortium that leaves out a firm of each of the two above, 50 h uncovered.
     */
    it('never offer a better alternative with a firm added: every alternative leaves out a firm of each better one', () => {
      const s = solve(
        problem(
          [req(1, 'CNC_5AXIS', 100), req(2, 'ANODIZING', 50), req(3, 'CASTING', 80)],
          [
            firm(1, { CNC_5AXIS: [100, 100000] }),
            firm(2, { ANODIZING: [50, 70000] }),
            firm(3, { CASTING: [80, 90000] }),
            firm(4, { ANODIZING: [50, 140000] }),
          ],
        ),
      );
      expect(sets(s.alternatives)).toEqual([
        [1, 2, 3],
        [1, 3, 4],
        [1, 3],
      ]);
      expect(s.alternatives.map((a) => [a.uncoveredHours, a.costOre])).toEqual([
        [0, 207_000_00],
        [0, 242_000_00],
        [50, 172_000_00],
      ]);
      expect(s.alternatives.every((a) => a.provenOptimal)).toBe(true);
    });
  });

  describe('options', () => {
    it('keeps a required firm in every set, even with no hours', () => {
      const reqs = [req(1, 'CNC_5AXIS', 100), req(2, 'ANODIZING', 50, { mandatory: false })];
      const firms = [firm(1, { CNC_5AXIS: [100, null] }), firm(2, { ANODIZING: [50, null] })];
      const s = solve(problem(reqs, firms, { requiredFirmIds: [2] }));
      expect(s.alternatives[0].firms.map((f) => [f.firmId, f.required, f.hours])).toEqual([
        [1, false, 100],
        [2, true, 0],
      ]);
      expect(s.alternatives.every((a) => a.firms.some((f) => f.firmId === 2))).toBe(true);
    });
    it('never uses an excluded firm', () => {
      const firms = [firm(1, { CNC_5AXIS: [100, 50000] }), firm(2, { CNC_5AXIS: [100, 100000] }), firm(3, { CNC_5AXIS: [100, 110000] })];
      const s = solve(problem([req(1, 'CNC_5AXIS', 100)], firms, { excludedFirmIds: [1] }));
      expect(sets(s.alternatives)).toEqual([[2], [3]]);
    });
    it('caps the number of firms with maxFirms (coverage suffers, it is not an error)', () => {
      const reqs = [req(1, 'CNC_5AXIS', 100), req(2, 'ANODIZING', 60)];
      const firms = [firm(1, { CNC_5AXIS: [100, null] }), firm(2, { ANODIZING: [60, null] })];
      const s = solve(problem(reqs, firms, { maxFirms: 1 }));
      // The empty set is no consortium: it is only an answer when nothing else is possible.
      expect(sets(s.alternatives)).toEqual([[1], [2]]);
      expect(s.alternatives.map((a) => a.uncoveredHours)).toEqual([60, 100]);
      expect(s.uncovered[0].message).toContain('within the limit of 1 firms');
    });
    it('ignores optional requirements unless coverOptional', () => {
      const reqs = [req(1, 'CNC_5AXIS', 100), req(2, 'ANODIZING', 50, { mandatory: false })];
      const firms = [firm(1, { CNC_5AXIS: [100, null] }), firm(2, { ANODIZING: [50, null] })];
      const plain = solve(problem(reqs, firms));
      expect(sets(plain.alternatives)).toEqual([[1]]);
      expect(plain.alternatives[0].coverage[1]).toEqual({
        requirementId: 2,
        requiredHours: 50,
        coveredHours: 0,
        uncoveredHours: 50,
        included: false,
      });
      expect(plain.alternatives[0].uncoveredHours).toBe(0);
      expect(plain.uncovered).toEqual([]);
      const all = solve(problem(reqs, firms, { coverOptional: true }));
      expect(sets(all.alternatives)[0]).toEqual([1, 2]);
      expect(all.alternatives[0].coverage[1].included).toBe(true);
    });
  });

  it('answers "no firms needed" when only optional requirements are left out', () => {
    const s = solve(problem([req(1, 'CNC_5AXIS', 100, { mandatory: false })], [firm(1, { CNC_5AXIS: [100, null] })]));
    expect(s.alternatives).toHaveLength(1);
    expect(s.alternatives[0]).toEqual(expect.objectContaining({ firms: [], uncoveredHours: 0, costOre: 0, provenOptimal: true }));
    expect(s.uncovered).toEqual([]);
  });

  it('explains what cannot be covered: no capability at all, or the nearest miss', () => {
    const reqs = [req(1, 'CASTING', 80), req(2, 'CNC_5AXIS', 100, { requiredCertificates: [{ type: 'AQAP_2110' }] })];
    const firms = [firm(4, { CNC_5AXIS: [100, null] }, { active: false }), firm(6, { CNC_5AXIS: [100, null] })];
    const s = solve(problem(reqs, firms));
    expect(s.alternatives[0].firms).toEqual([]);
    expect(s.uncovered).toEqual([
      {
        requirementId: 1,
        label: 'CASTING-1',
        capabilityCode: 'CASTING',
        hours: 80,
        gapHours: 80,
        cause: 'NO_MEMBER_HAS_CAPABILITY',
        maxFirms: null,
        excludedEligibleFirmIds: [],
        message: 'no member has capability CASTING',
        nearestMiss: null,
      },
      expect.objectContaining({
        requirementId: 2,
        gapHours: 100,
        cause: 'NO_MEMBER_ELIGIBLE',
        nearestMiss: expect.objectContaining({ firmId: 6 }),
      }),
    ]);
    expect(s.uncovered[1].message).toBe('no member is eligible; nearest miss: Firm 6 AS (6): no AQAP 2110 certificate');
    expect(s.explanations[1].ineligible.map((f) => [f.firmId, f.reasons.map((r) => r.code)])).toEqual([
      [4, ['INACTIVE_MEMBER', 'MISSING_CERTIFICATE']],
      [6, ['MISSING_CERTIFICATE']],
    ]);
  });

  it('is deterministic', () => {
    const p = randomInstance({ firms: 40, requirements: 25, seed: 7, withOptions: true });
    const strip = (s: ReturnType<typeof solveConsortium>) => ({ ...s, stats: { ...s.stats, elapsedMs: 0 } });
    expect(strip(solveConsortium(p))).toEqual(strip(solveConsortium(p)));
  });

  it('stops at the time budget with the best found, a lower bound and the gap', () => {
    const p = randomInstance({ firms: 2000, requirements: 100, seed: 1, timeBudgetMs: 300 });
    const s = solveConsortium(p);
    expect(checkSolution(p, s)).toEqual([]);
    expect(s.stats.timedOut).toBe(true);
    expect(s.stats.complete).toBe(false);
    const best = s.alternatives[0];
    expect(best.provenOptimal).toBe(false);
    expect(best.gap.tier).not.toBeNull();
    expect(best.gap.absolute).toBeGreaterThan(0);
    expect(best.gap.relative).toBeGreaterThan(0);
    const tier = best.gap.tier!;
    const value = { uncoveredHours: best.uncoveredHours, firmCount: best.firmCount, costOre: best.costOre };
    expect(best.lowerBound[tier]).toBe(value[tier] - best.gap.absolute);
  });

  describe('input errors (SolverInputError, code BAD_USER_INPUT)', () => {
    const base = () =>
      problem([req(1, 'CNC_5AXIS', 100)], [firm(1, { CNC_5AXIS: [100, null] }), firm(2, { ANODIZING: [10, null] }, { active: false })]);
    const fails = (p: ConsortiumProblem, message: RegExp) => {
      let error: unknown;
      try {
        solveConsortium(p);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SolverInputError);
      expect((error as SolverInputError).code).toBe('BAD_USER_INPUT');
      expect((error as SolverInputError).message).toMatch(message);
    };
    it('no requirements', () => fails({ ...base(), requirements: [] }, /no requirements/));
    it('a firm both required and excluded', () =>
      fails({ ...base(), options: { requiredFirmIds: [1], excludedFirmIds: [1] } }, /firm 1 is both required and excluded/));
    it('an unknown required firm', () =>
      fails({ ...base(), options: { requiredFirmIds: [99] } }, /required firm 99 is not a known member firm/));
    it('an inactive required firm', () =>
      fails({ ...base(), options: { requiredFirmIds: [2] } }, /required firm 2 \(Firm 2 AS\) is not an active member/));
    it('a required firm eligible for nothing, saying why', () => {
      const p = base();
      p.firms.push(firm(3, { CNC_5AXIS: [0, null] }));
      fails(
        { ...p, options: { requiredFirmIds: [3] } },
        /required firm 3 \(Firm 3 AS\) is eligible for no requirement: CNC_5AXIS-1 \(1\): no free capacity for CNC_5AXIS/,
      );
    });
    it('maxFirms below the number of required firms', () => {
      const p = base();
      p.firms.push(firm(3, { CNC_5AXIS: [10, null] }));
      fails({ ...p, options: { requiredFirmIds: [1, 3], maxFirms: 1 } }, /maxFirms is 1, but 2 firms are required/);
    });
    it.each([0, -5, 1.5, NaN])('hours %p', (hours) =>
      fails({ ...base(), requirements: [req(1, 'CNC_5AXIS', hours)] }, /hours must be a positive whole number/),
    );
    it('a window that ends before it starts', () =>
      fails(
        { ...base(), requirements: [req(1, 'CNC_5AXIS', 10, { windowStart: '2027-06-01', windowEnd: '2027-05-01' })] },
        /ends 2027-05-01, before it starts/,
      ));
    it('a date that is not a date', () =>
      fails({ ...base(), requirements: [req(1, 'CNC_5AXIS', 10, { windowEnd: '2027-02-30' })] }, /window must be two dates YYYY-MM-DD/));
    it('duplicate requirement ids', () =>
      fails({ ...base(), requirements: [req(1, 'CNC_5AXIS', 10), req(1, 'CNC_5AXIS', 10)] }, /appears twice/));
    it('negative free hours', () =>
      fails({ ...base(), firms: [firm(1, { CNC_5AXIS: [-1, null] })] }, /free hours for CNC_5AXIS must be a whole number/));
    it('no rate at all for a capability', () => fails({ ...base(), defaultRateOre: {} }, /no hourly rate for CNC_5AXIS/));
    it('bad options', () => {
      fails({ ...base(), options: { alternatives: 0 } }, /alternatives must be/);
      fails({ ...base(), options: { timeBudgetMs: 0 } }, /timeBudgetMs must be/);
      fails({ ...base(), options: { maxFirms: -1 } }, /maxFirms must be/);
    });
  });
});
