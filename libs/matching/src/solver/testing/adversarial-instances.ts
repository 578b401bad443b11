import { ConsortiumProblem, HeldCertificate, SolverFirm, SolverRequirement } from '../types';
import { CAPABILITY_CATALOGUE, prng } from './random-instance';

/**
 * Seeded families of tenders that are hard for the branch and bound (issue 23), for specs and the
 * benchmark, next to the realistic generator in random-instance.ts:
 *
 *  - `indivisible-pools`: most requirements indivisible, few capabilities, so each firm's free
 *    hours for a capability are one pool that several whole requirements compete for (a packing
 *    problem inside every firm set), with total capacity a little above the demand;
 *  - `vertex-cover`: one capability and one shared pool per firm; each requirement needs a NADCAP
 *    accreditation for its own special process, held by exactly two firms (an edge between them),
 *    so the fewest firms that cover everything is a minimum vertex cover of a random graph.
 *
 * Every certificate is valid throughout, nothing needs clearance or export registration: the
 * difficulty is the combinatorics, not the eligibility rules.
 */

export type AdversarialFamily = 'indivisible-pools' | 'vertex-cover';

export interface AdversarialConfig {
  family: AdversarialFamily;
  firms: number;
  requirements: number;
  seed: number;
  alternatives?: number;
  timeBudgetMs?: number;
}

const ALWAYS = { validFrom: '2020-01-01', validUntil: '2035-12-31' };
const WINDOW = { windowStart: '2027-03-01', windowEnd: '2027-06-30' };

export function adversarialInstance(config: AdversarialConfig): ConsortiumProblem {
  const problem = config.family === 'vertex-cover' ? vertexCover(config) : indivisiblePools(config);
  const options: ConsortiumProblem['options'] = {};
  if (config.alternatives !== undefined) options.alternatives = config.alternatives;
  if (config.timeBudgetMs !== undefined) options.timeBudgetMs = config.timeBudgetMs;
  return { ...problem, options };
}

function indivisiblePools(config: AdversarialConfig): Omit<ConsortiumProblem, 'options'> {
  const rnd = prng(config.seed * 104729 + config.firms * 131 + config.requirements);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const codes = ['CNC_5AXIS', 'TIG_WELDING', 'ANODIZING', 'NDT'].slice(0, Math.max(2, Math.min(4, Math.ceil(config.requirements / 8))));
  const requirements: SolverRequirement[] = [];
  const demand = new Map<string, number>();
  for (let i = 0; i < config.requirements; i++) {
    const code = codes[i % codes.length];
    const hours = int(4, 40) * 10;
    demand.set(code, (demand.get(code) ?? 0) + hours);
    requirements.push({
      id: 1 + i,
      label: `${code}-${i + 1}`,
      capabilityCode: code,
      hours,
      ...WINDOW,
      requiredCertificates: [],
      mandatory: true,
      indivisible: rnd() < 0.85,
    });
  }
  const firms: SolverFirm[] = [];
  const supply = new Map<string, number>();
  for (let i = 0; i < config.firms; i++) {
    const mine = codes.filter(() => rnd() < 0.45);
    if (mine.length === 0) mine.push(codes[i % codes.length]);
    const freeHours: Record<string, number> = {};
    for (const code of mine) {
      // A pool fits one to three typical requirements, rarely exactly.
      const h = int(15, 90) * 10;
      freeHours[code] = h;
      supply.set(code, (supply.get(code) ?? 0) + h);
    }
    firms.push({
      id: 5000 + i,
      name: `Pool ${i + 1} AS`,
      active: true,
      capabilities: mine.map((code) => ({
        code,
        hourlyRateOre: Math.round((CAPABILITY_CATALOGUE[code] * (0.8 + 0.5 * rnd())) / 100) * 100,
      })),
      certificates: [],
      freeHours,
      awardedLast12MonthsOre: int(0, 20000) * 100000,
    });
  }
  // Keep the capacity a little above the demand per capability: packing, not plenty, decides.
  for (const code of codes) {
    const factor = (1.15 * (demand.get(code) ?? 0)) / Math.max(1, supply.get(code) ?? 0);
    if (factor >= 1) continue;
    for (const f of firms)
      if (f.freeHours[code] !== undefined) f.freeHours[code] = Math.max(40, Math.round((f.freeHours[code] * factor) / 10) * 10);
  }
  return { tender: { requiresClearance: null, exportControlled: false }, requirements, firms, defaultRateOre: { ...CAPABILITY_CATALOGUE } };
}

function vertexCover(config: AdversarialConfig): Omit<ConsortiumProblem, 'options'> {
  const rnd = prng(config.seed * 15485863 + config.firms * 17 + config.requirements);
  const n = config.firms;
  const code = 'HEAT_TREATMENT';
  const edges: [number, number][] = [];
  const seen = new Set<string>();
  for (let guard = 0; edges.length < config.requirements && guard < config.requirements * 50; guard++) {
    const a = Math.floor(rnd() * n);
    const b = Math.floor(rnd() * n);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(a < b ? [a, b] : [b, a]);
  }
  const requirements: SolverRequirement[] = edges.map(([a, b], i) => ({
    id: 1 + i,
    label: `Heat treatment ${i + 1}`,
    capabilityCode: code,
    hours: 10 * (2 + Math.floor(rnd() * 6)),
    ...WINDOW,
    requiredCertificates: [{ type: 'NADCAP', process: `HT-${a}-${b}` }],
    mandatory: true,
    indivisible: false,
  }));
  const held: HeldCertificate[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  edges.forEach(([a, b], i) => {
    for (const f of [a, b]) {
      held[f].push({ type: 'NADCAP', process: `HT-${a}-${b}`, ...ALWAYS });
      load[f] += requirements[i].hours;
    }
  });
  const firms: SolverFirm[] = [];
  for (let i = 0; i < n; i++) {
    firms.push({
      id: 7000 + i,
      name: `Heat ${i + 1} AS`,
      active: true,
      capabilities: [{ code, hourlyRateOre: Math.round((CAPABILITY_CATALOGUE[code] * (0.85 + 0.3 * rnd())) / 100) * 100 }],
      certificates: held[i],
      // One shared pool that can take every requirement the firm is accredited for.
      freeHours: { [code]: Math.max(10, load[i]) },
      awardedLast12MonthsOre: Math.floor(rnd() * 20000) * 100000,
    });
  }
  return { tender: { requiresClearance: null, exportControlled: false }, requirements, firms, defaultRateOre: { ...CAPABILITY_CATALOGUE } };
}
