import fc from 'fast-check';
import { CapabilityFlow } from '../capability-flow';
import type { SearchModel } from '../consortium-search';

/**
 * Small random search models for property specs that check the search or the MILP against every
 * firm set (few-firms-bound.spec.ts, milp.spec.ts): a few firms, one or two capabilities, shared
 * pools, some indivisible requirements.
 */

export interface SmallPool {
  firm: number;
  cap: number;
  rate: number;
  reqs: number[];
}

export interface SmallComponent {
  hours: number[];
  indivisible: boolean[];
  pools: SmallPool[];
}

/** The search model of `firms` firms with these capabilities; Σ awarded 0 and no firm required unless given. */
export function smallModel(firms: number, comps: SmallComponent[], awarded?: number[], required?: boolean[]): SearchModel {
  const components = comps.map((c) => {
    const pools = [...c.pools].sort((a, b) => a.rate - b.rate || a.firm - b.firm);
    return {
      flow: new CapabilityFlow({
        hours: c.hours,
        indivisible: c.indivisible,
        poolCap: pools.map((p) => p.cap),
        poolRate: pools.map((p) => p.rate),
        poolReqs: pools.map((p) => p.reqs),
      }),
      poolFirm: pools.map((p) => p.firm),
    };
  });
  const firmPools: { comp: number; pool: number }[][] = Array.from({ length: firms }, () => []);
  components.forEach((c, ci) => c.poolFirm.forEach((g, p) => firmPools[g].push({ comp: ci, pool: p })));
  return {
    firmCount: firms,
    awarded: awarded ?? Array.from({ length: firms }, () => 0),
    firmIds: Array.from({ length: firms }, (_, g) => g + 1),
    required: required ?? Array.from({ length: firms }, () => false),
    components,
    firmPools,
    dominators: Array.from({ length: firms }, () => []),
    maxFirms: null,
    alternatives: 1,
    deadline: Infinity,
    now: () => 0,
  };
}

/** One capability: up to `maxRequirements` requirements of 1–60 hours, pools of 0–`maxCap` hours. */
export const smallComponent = (firms: number, opts: { maxRequirements: number; maxCap: number }): fc.Arbitrary<SmallComponent> =>
  fc.integer({ min: 1, max: opts.maxRequirements }).chain((R) =>
    fc.record({
      hours: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: R, maxLength: R }),
      indivisible: fc.array(fc.boolean(), { minLength: R, maxLength: R }),
      pools: fc.uniqueArray(
        fc.record({
          firm: fc.integer({ min: 0, max: firms - 1 }),
          cap: fc.integer({ min: 0, max: opts.maxCap }),
          rate: fc.integer({ min: 500, max: 1500 }).map((x) => x * 100),
          reqs: fc.uniqueArray(fc.integer({ min: 0, max: R - 1 }), { minLength: 1, maxLength: R }).map((a) => a.sort((x, y) => x - y)),
        }),
        { minLength: 1, maxLength: firms, selector: (p) => p.firm },
      ),
    }),
  );
