import type { ConsortiumProblem, ConsortiumSolution, SolverFirm, SolverRequirement, SolverTender } from '../types';

/**
 * An independent re-check of solver answers, for specs only. Written from the rules in the brief,
 * sharing no code with the solver (it imports types only), so that a bug in the solver's
 * eligibility or flow code cannot hide itself.
 */

const LEVELS = ['RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'];

type Cert = SolverFirm['certificates'][number];
type Req = SolverRequirement['requiredCertificates'][number];

export function coversWindow(c: Cert, r: SolverRequirement): boolean {
  return c.validFrom <= r.windowStart && c.validUntil >= r.windowEnd;
}

export function meets(c: Cert, need: Req): boolean {
  if (c.type === need.type) return need.type !== 'NADCAP' || !need.process || c.process === need.process;
  return (need.type === 'ISO_3834_3' && c.type === 'ISO_3834_2') || (need.type === 'ISO_9001' && c.type === 'EN_9100');
}

export function hasValid(firm: SolverFirm, need: Req, r: SolverRequirement): boolean {
  return firm.certificates.some((c) => meets(c, need) && coversWindow(c, r));
}

export function clearanceOk(firm: SolverFirm, tender: SolverTender, r: SolverRequirement): boolean {
  if (!tender.requiresClearance) return true;
  const need = LEVELS.indexOf(tender.requiresClearance);
  return firm.certificates.some(
    (c) => c.type === 'FACILITY_CLEARANCE' && c.level != null && LEVELS.indexOf(c.level) >= need && coversWindow(c, r),
  );
}

export function exportOk(firm: SolverFirm, tender: SolverTender, r: SolverRequirement): boolean {
  return !tender.exportControlled || firm.certificates.some((c) => c.type === 'EXPORT_CONTROL' && coversWindow(c, r));
}

export function isEligible(firm: SolverFirm, r: SolverRequirement, tender: SolverTender): boolean {
  if (!firm.active) return false;
  if (!firm.capabilities.some((c) => c.code === r.capabilityCode)) return false;
  if (!r.requiredCertificates.every((need) => hasValid(firm, need, r))) return false;
  if (!clearanceOk(firm, tender, r) || !exportOk(firm, tender, r)) return false;
  const free = firm.freeHours[r.capabilityCode] ?? 0;
  return free > 0 && (!r.indivisible || free >= r.hours);
}

export function rateOf(problem: ConsortiumProblem, firm: SolverFirm, code: string): number {
  const own = firm.capabilities.find((c) => c.code === code)?.hourlyRateOre;
  return own ?? problem.defaultRateOre[code];
}

export interface CheckedAlternative {
  firmIds: number[];
  uncovered: number;
  firmCount: number;
  cost: number;
  awarded: number;
}

/**
 * Every violation of the rules found in `solution` (empty = all good): feasibility of every
 * alternative, consistency of its numbers, distinct firm sets, non-decreasing objective, and the
 * rule that makes alternatives different: no alternative contains every firm of a better one.
 */
export function checkSolution(problem: ConsortiumProblem, solution: ConsortiumSolution): string[] {
  const errors: string[] = [];
  const opts = problem.options ?? {};
  const firmById = new Map(problem.firms.map((f) => [f.id, f]));
  const reqById = new Map(problem.requirements.map((r) => [r.id, r]));
  const required = new Set(opts.requiredFirmIds ?? []);
  const excluded = new Set(opts.excludedFirmIds ?? []);
  const included = (r: SolverRequirement) => r.mandatory || (opts.coverOptional ?? false);
  const seenSets = new Set<string>();
  let previous: CheckedAlternative | null = null;
  if (solution.alternatives.length === 0) errors.push('no alternative');
  for (const alt of solution.alternatives) {
    const tag = `rank ${alt.rank}`;
    const ids = alt.firms.map((f) => f.firmId);
    if (ids.some((id, i) => i > 0 && ids[i - 1] >= id)) errors.push(`${tag}: firms not in ascending id order`);
    const key = ids.join(',');
    if (seenSets.has(key)) errors.push(`${tag}: firm set repeats an earlier alternative`);
    seenSets.add(key);
    if (alt.firmCount !== ids.length) errors.push(`${tag}: firmCount ${alt.firmCount} but ${ids.length} firms`);
    if (opts.maxFirms !== undefined && ids.length > opts.maxFirms) errors.push(`${tag}: ${ids.length} firms > maxFirms`);
    for (const id of required) if (!ids.includes(id)) errors.push(`${tag}: required firm ${id} missing`);
    const covered = new Map<number, number>();
    const byReqFirms = new Map<number, number[]>();
    const pool = new Map<string, number>();
    let cost = 0;
    let awarded = 0;
    for (const m of alt.firms) {
      const firm = firmById.get(m.firmId);
      if (!firm) {
        errors.push(`${tag}: unknown firm ${m.firmId}`);
        continue;
      }
      awarded += firm.awardedLast12MonthsOre;
      if (!firm.active) errors.push(`${tag}: inactive firm ${firm.id}`);
      if (excluded.has(firm.id)) errors.push(`${tag}: excluded firm ${firm.id}`);
      let hours = 0;
      let firmCost = 0;
      for (const a of m.assignments) {
        const r = reqById.get(a.requirementId);
        if (!r) {
          errors.push(`${tag}: unknown requirement ${a.requirementId}`);
          continue;
        }
        if (!Number.isInteger(a.hours) || a.hours <= 0) errors.push(`${tag}: bad hours ${a.hours}`);
        if (!included(r)) errors.push(`${tag}: hours on requirement ${r.id} that is not included`);
        if (!isEligible(firm, r, problem.tender)) errors.push(`${tag}: firm ${firm.id} not eligible for requirement ${r.id}`);
        const expected = a.hours * rateOf(problem, firm, r.capabilityCode);
        if (a.costOre !== expected) errors.push(`${tag}: cost of ${firm.id}/${r.id} is ${a.costOre}, expected ${expected}`);
        covered.set(r.id, (covered.get(r.id) ?? 0) + a.hours);
        const firms = byReqFirms.get(r.id);
        if (firms) firms.push(firm.id);
        else byReqFirms.set(r.id, [firm.id]);
        const pk = `${firm.id}|${r.capabilityCode}`;
        pool.set(pk, (pool.get(pk) ?? 0) + a.hours);
        hours += a.hours;
        firmCost += a.costOre;
      }
      if (m.hours !== hours) errors.push(`${tag}: firm ${firm.id} hours ${m.hours} ≠ Σ ${hours}`);
      if (m.costOre !== firmCost) errors.push(`${tag}: firm ${firm.id} cost ${m.costOre} ≠ Σ ${firmCost}`);
      if (hours === 0 && !required.has(firm.id)) errors.push(`${tag}: firm ${firm.id} is in the set with no hours`);
      cost += firmCost;
    }
    for (const [pk, h] of pool) {
      const [id, code] = pk.split('|');
      const free = firmById.get(Number(id))?.freeHours[code] ?? 0;
      if (h > free) errors.push(`${tag}: firm ${id} has ${h} h of ${code} > free ${free}`);
    }
    let uncovered = 0;
    let uncoveredMandatory = 0;
    problem.requirements.forEach((r, i) => {
      const c = covered.get(r.id) ?? 0;
      if (c > r.hours) errors.push(`${tag}: requirement ${r.id} over-covered`);
      if (r.indivisible && c > 0) {
        const fs = byReqFirms.get(r.id) ?? [];
        if (fs.length !== 1 || c !== r.hours)
          errors.push(`${tag}: indivisible requirement ${r.id} split or partial (${c} h on ${fs.join(',')})`);
      }
      if (included(r)) uncovered += r.hours - c;
      if (r.mandatory) uncoveredMandatory += r.hours - c;
      const cov = alt.coverage[i];
      if (
        !cov ||
        cov.requirementId !== r.id ||
        cov.coveredHours !== c ||
        cov.requiredHours !== r.hours ||
        cov.uncoveredHours !== r.hours - c ||
        cov.included !== included(r)
      ) {
        errors.push(`${tag}: coverage entry of requirement ${r.id} is wrong`);
      }
    });
    if (alt.uncoveredHours !== uncovered) errors.push(`${tag}: uncoveredHours ${alt.uncoveredHours}, recomputed ${uncovered}`);
    if (alt.uncoveredMandatoryHours !== uncoveredMandatory) errors.push(`${tag}: uncoveredMandatoryHours is wrong`);
    if (alt.costOre !== cost) errors.push(`${tag}: costOre ${alt.costOre}, recomputed ${cost}`);
    if (alt.awardedLast12MonthsOre !== awarded) errors.push(`${tag}: awarded is wrong`);
    const lb = alt.lowerBound;
    const lbCmp = lb.uncoveredHours - alt.uncoveredHours || lb.firmCount - alt.firmCount || lb.costOre - alt.costOre;
    if (lbCmp > 0) errors.push(`${tag}: lower bound above the value`);
    if (alt.provenOptimal !== (lbCmp === 0)) errors.push(`${tag}: provenOptimal disagrees with the lower bound`);
    for (const better of solution.alternatives.filter((a) => a.rank < alt.rank)) {
      const mine = new Set(ids);
      if (better.firms.every((f) => mine.has(f.firmId)))
        errors.push(`${tag}: contains every firm of rank ${better.rank} (a near-copy with firms added, not an alternative)`);
    }
    const current: CheckedAlternative = { firmIds: ids, uncovered, firmCount: ids.length, cost, awarded };
    if (previous && compareAlternatives(previous, current) > 0) errors.push(`${tag}: better than the rank before it`);
    previous = current;
  }
  return errors;
}

/** Lexicographic objective: uncovered, firms, cost, awarded, then sorted ids. */
export function compareAlternatives(a: CheckedAlternative, b: CheckedAlternative): number {
  const d = a.uncovered - b.uncovered || a.firmCount - b.firmCount || a.cost - b.cost || a.awarded - b.awarded;
  if (d !== 0) return d;
  for (let i = 0; i < Math.min(a.firmIds.length, b.firmIds.length); i++)
    if (a.firmIds[i] !== b.firmIds[i]) return a.firmIds[i] - b.firmIds[i];
  return a.firmIds.length - b.firmIds.length;
}
