import { CapabilityFlow } from './capability-flow';
import { isCertificateType, isClearanceLevel, isLocalDate } from './certificates';
import { compareSets, ConsortiumSearch, FoundSet, lexMax, SearchComponent, SearchModel, SetValue, searchCaches } from './consortium-search';
import { explainEligibility, ineligibilityReasons } from './eligibility';
import { buildMilpJob, MilpRankResult } from './milp';
import { MilpLink, RankWindow } from './milp-link';
import { SolverInputError } from './solver-input-error';
import {
  ConsortiumAlternative,
  ConsortiumMember,
  ConsortiumProblem,
  ConsortiumSolution,
  IneligibleFirm,
  ObjectiveBound,
  OptimalityGap,
  RequirementEligibility,
  SolverFirm,
  SolverRequirement,
  UncoveredCause,
  UncoveredRequirement,
} from './types';

export const DEFAULT_ALTERNATIVES = 3;
export const DEFAULT_TIME_BUDGET_MS = 2000;
/** With more than one rank, the first search may use up to this share of the budget. */
const FIRST_RANK_SHARE = 0.7;
/** A search that has not finished after this share of the budget hands its question to HiGHS too. */
export const HANDOFF_SHARE = 0.1;
/**
 * Issue 23: covering-like tenders (many requirements in one capability, each of which only a few
 * firms may take: the fewest firms is a set cover, vertex-cover-like with NADCAP processes) are
 * where HiGHS's LP bounds beat the search by far; waiting a tenth of the budget before handing
 * them over made the answer 2.4–2.8× later than HiGHS alone. A search of such a tender hands over
 * at once, before its greedy start (ConsortiumSearch's `handoff.immediate`). Handing every open search over after 20 ms was
 * measured too and rejected: on the random 60 × 40 tenders HiGHS never proved first, and its
 * thread took the search's CPU (p95 123 → 375 ms on this 2-core machine).
 */
// 60, not 20: at 30 and 50 requirements (vertex cover 20 × 30, 30 × 50) the search alone proves
// the answer in 50–130 ms, sooner than HiGHS (170–550 ms p50); handed over at once and paused, they
// took 250–330 ms p50. From 75 requirements the search alone needs 6–18 s.
const COVER_LIKE_MIN_REQUIREMENTS = 60;
/** A requirement that at most this many firms' pools may take counts as sparse. */
const COVER_LIKE_MAX_POOLS = 3;
/**
 * How long a search of a covering-like tender pauses while HiGHS works alone (until HiGHS has
 * answered, at most this share of the budget). A tenth was too short for vertex cover 60 × 90: when
 * HiGHS's ranks 2..3 took longer, the search resumed on the other core and HiGHS finished later than
 * alone (755 ms against 516–566 ms); the search needs 6–18 s there, so it only matters as a
 * fallback when HiGHS has not answered by half the budget.
 */
const COVER_PAUSE_SHARE = 0.5;
/** Relative cost slacks of the aspiration passes of the search for ranks 2..K. */
const ASPIRATIONS = [0.005, 0.05];
/**
 * Above this many candidate firms the search does not hand over: HiGHS alone needs 5–16 s at
 * 200 × 60 (docs/BENCHMARKS.md), so within a 2 s budget it cannot prove more, and building and
 * sending the MIP of 2,000 firms took the search's whole budget.
 */
const MILP_MAX_FIRMS = 400;
/** How long past the deadline to wait for HiGHS's last word (it stops at the deadline itself). */
const MILP_GRACE_MS = 100;

/**
 * Chooses the firms of a consortium and assigns each requirement's hours to them, proving
 * optimality when the time budget allows. Objective, lexicographic:
 *   1. fewest uncovered hours (mandatory requirements; optional ones too with coverOptional),
 *   2. fewest firms, 3. lowest estimated cost (hours × rate, øre),
 *   4. smallest Σ awardedLast12MonthsOre of the set (fair spread), 5. smallest sorted firm ids.
 * Returns up to `alternatives` ranked alternatives that differ in which firms carry the work: rank
 * k is the best consortium that leaves out at least one firm (other than the required ones) of each
 * of ranks 1..k-1, so no alternative is a better one with firms added and hours moved to them.
 * Such a consortium is lean: every firm in it is needed for its coverage. Rank k is
 * `provenOptimal` when the search proved that no consortium leaving out a firm of each of the
 * ranks before it (as returned) is better. See consortium-search.ts for the method.
 *
 * Throws SolverInputError (code BAD_USER_INPUT) for bad input. An infeasible tender is not an
 * error: the answer then says which hours cannot be covered and why.
 */
export function solveConsortium(problem: ConsortiumProblem): ConsortiumSolution {
  return solve(problem, null);
}

/**
 * solveConsortium, and HiGHS beside it: a search that has not proven its answer after
 * HANDOFF_SHARE of the budget (at once for covering-like tenders, coverLike()) hands the same
 * question (as a MIP, with its best sets as starts, milp.ts) to HiGHS through `link` and goes
 * on; the first to prove the answer wins and the other is stopped. When neither proves it in time, the better answer of the two is returned with the
 * better of the two lower bounds. With a WorkerMilpLink HiGHS runs on another thread (the race is
 * real); with an InlineMilpLink it runs at the hand-over on this one (deterministic, for specs).
 */
export function solveConsortiumHybrid(problem: ConsortiumProblem, link: MilpLink, tuning: HybridTuning = {}): ConsortiumSolution {
  return solve(problem, link, tuning);
}

/** Specs only: when the searches hand over, in explored nodes instead of a share of the clock. */
export interface HybridTuning {
  handoffAfterNodes?: number;
}

function solve(problem: ConsortiumProblem, link: MilpLink | null, tuning: HybridTuning = {}): ConsortiumSolution {
  const started = performance.now();
  const options = problem.options ?? {};
  validate(problem);
  const alternatives = options.alternatives ?? DEFAULT_ALTERNATIVES;
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const coverOptional = options.coverOptional ?? false;
  const { tender, requirements, firms } = problem;

  const explanations = explainEligibility(tender, requirements, firms);
  const firmById = new Map(firms.map((f) => [f.id, f]));
  const required = new Set(options.requiredFirmIds ?? []);
  const excluded = new Set(options.excludedFirmIds ?? []);
  checkRequiredFirms(problem, explanations, firmById, required);
  if (options.maxFirms !== undefined && options.maxFirms < required.size) {
    throw new SolverInputError(`maxFirms is ${options.maxFirms}, but ${required.size} firms are required`, {
      maxFirms: options.maxFirms,
      requiredFirmIds: [...required],
    });
  }

  // Reduce: only requirements the objective covers, only firms that can take some of their hours.
  const included = requirements.map((r) => r.mandatory || coverOptional);
  const eligibleFor = new Map<number, Set<number>>(); // requirement index -> firm ids
  explanations.forEach((e, i) => eligibleFor.set(i, new Set(e.eligibleFirmIds.filter((id) => !excluded.has(id)))));
  const candidateIds = new Set<number>(required);
  requirements.forEach((_, i) => {
    if (included[i]) for (const id of eligibleFor.get(i) as Set<number>) candidateIds.add(id);
  });
  const candidates = [...candidateIds].sort((a, b) => a - b).map((id) => firmById.get(id) as SolverFirm);

  // One component per capability code (in order of first appearance).
  const codes: string[] = [];
  const reqsByCode = new Map<string, number[]>();
  requirements.forEach((r, i) => {
    if (!included[i]) return;
    if (!reqsByCode.has(r.capabilityCode)) {
      reqsByCode.set(r.capabilityCode, []);
      codes.push(r.capabilityCode);
    }
    (reqsByCode.get(r.capabilityCode) as number[]).push(i);
  });
  const components: SearchComponent[] = [];
  const compReqs: number[][] = [];
  let maxCostPossible = 0;
  for (const code of codes) {
    const reqIdx = reqsByCode.get(code) as number[];
    const pools: { firm: number; cap: number; rate: number; reqs: number[] }[] = [];
    for (let g = 0; g < candidates.length; g++) {
      const firm = candidates[g];
      const reqs: number[] = [];
      let hoursSum = 0;
      reqIdx.forEach((ri, local) => {
        if ((eligibleFor.get(ri) as Set<number>).has(firm.id)) {
          reqs.push(local);
          hoursSum += requirements[ri].hours;
        }
      });
      if (reqs.length === 0) continue;
      const rate = rateOf(firm, code, problem.defaultRateOre);
      pools.push({ firm: g, cap: Math.min(firm.freeHours[code] ?? 0, hoursSum), rate, reqs });
    }
    pools.sort(
      (a, b) => a.rate - b.rate || candidates[a.firm].awardedLast12MonthsOre - candidates[b.firm].awardedLast12MonthsOre || a.firm - b.firm,
    );
    const flow = new CapabilityFlow({
      hours: reqIdx.map((i) => requirements[i].hours),
      indivisible: reqIdx.map((i) => requirements[i].indivisible),
      poolCap: pools.map((p) => p.cap),
      poolRate: pools.map((p) => p.rate),
      poolReqs: pools.map((p) => p.reqs),
    });
    const maxRate = pools.reduce((m, p) => Math.max(m, p.rate), 0);
    maxCostPossible += flow.totalHours * maxRate;
    components.push({ flow, poolFirm: pools.map((p) => p.firm) });
    compReqs.push(reqIdx);
  }
  if (!(maxCostPossible <= Number.MAX_SAFE_INTEGER)) {
    throw new SolverInputError('hours × hourly rates are too large to compute costs exactly in øre');
  }
  const firmPools: { comp: number; pool: number }[][] = candidates.map(() => []);
  components.forEach((c, ci) => c.poolFirm.forEach((g, p) => firmPools[g].push({ comp: ci, pool: p })));

  const dominators = findDominators(candidates, components, firmPools, required);

  const model: SearchBase = {
    firmCount: candidates.length,
    awarded: candidates.map((f) => f.awardedLast12MonthsOre),
    firmIds: candidates.map((f) => f.id),
    required: candidates.map((f) => required.has(f.id)),
    components,
    firmPools,
    dominators,
    maxFirms: options.maxFirms ?? null,
    alternatives: 1,
    caches: searchCaches(components.length),
    nodeBudget: options.nodeBudget,
    now: () => performance.now(),
  };
  // Rank k is the best consortium that leaves out at least one (non-required) firm of each of ranks
  // 1..k−1. Every such consortium is lean, and once ranks 1..k−1 are proven, the lean consortia that
  // leave out a firm of each of them are exactly the lean ones other than them (a lean set that
  // holds a better one covers more, so it would itself be better). So two searches: the best
  // consortium, then the K−1 best lean ones that do not hold rank 1 (with aspiration passes, see
  // SearchModel.aspirations). Rank 1 may use up to 70 % of the budget, the second search the rest.
  const found: { set: FoundSet; openBound: SetValue | null }[] = [];
  const race: RaceStats = { nodes: 0, complete: true, timedOut: false, handoffs: 0, settled: 0 };
  const handoffAfterNodes = tuning.handoffAfterNodes;
  // A covering-like tender goes to HiGHS at once, and the search then pauses for half of the
  // budget (or until HiGHS has answered) so that HiGHS has the core to itself: on a busy 2-core
  // machine the search beside it slowed it by a third (vertex cover 60 × 75: 223 ms against 169 ms
  // p50, HiGHS alone 156–183 ms). If HiGHS has not proven it by then, both go on.
  const cover = coverLike(components);
  const handoffDelay = cover ? 0 : budget * HANDOFF_SHARE;
  const yieldMs = cover ? budget * COVER_PAUSE_SHARE : 0;
  // A covering-like tender sends HiGHS every rank in one job (one model, warm between the ranks, as
  // the reference solves them; before, ranks 2..K were a second model built from scratch), with the
  // whole budget; the rank-1 search watches rank 1 of it, the ranks-2..K search the rest when HiGHS
  // settled rank 1 (else it hands over its own question as usual).
  const oneJob = link !== null && cover && alternatives > 1 && handoffAfterNodes === undefined;
  const first = runSearch(
    model,
    started + budget * (alternatives === 1 ? 1 : FIRST_RANK_SHARE),
    handoffAfterNodes === undefined ? started + handoffDelay : Infinity,
    oneJob ? new RankWindow(link as MilpLink, 0, 1, false) : link,
    race,
    handoffAfterNodes,
    yieldMs,
    oneJob ? { ranks: alternatives, deadline: started + budget } : undefined,
  );
  const s1 = first.sets[0];
  if (s1) found.push({ set: s1, openBound: first.bounds[0] });
  if (s1 && alternatives > 1 && !s1.firms.every((g) => model.required[g])) {
    const fromJob = link?.poll()[0];
    const attach = oneJob && first.settled && fromJob?.status === 'optimal' && sameFirms(fromJob.firms, s1.firms);
    const rest = runSearch(
      { ...model, alternatives: alternatives - 1, forbidden: [s1.firms.filter((g) => !model.required[g])], aspirations: ASPIRATIONS },
      started + budget,
      handoffAfterNodes === undefined ? performance.now() + handoffDelay : Infinity,
      attach ? new RankWindow(link as MilpLink, 1, alternatives - 1, true) : link,
      race,
      handoffAfterNodes,
      yieldMs,
    );
    rest.sets.forEach((set, i) => found.push({ set, openBound: rest.bounds[i] }));
  }
  const { nodes, complete, timedOut } = race;
  // After a time-out a later search can find a set better than an earlier rank's: rank by value,
  // and keep the rule that no alternative contains a better one.
  found.sort((a, b) => compareSets(a.set, b.set));
  const kept = found.filter((f, i) => !found.slice(0, i).some((better) => better.set.firms.every((g) => f.set.firms.includes(g))));
  const alternativesOut = kept.map((f, i) =>
    toAlternative(i + 1, f.set, f.openBound, problem, candidates, components, compReqs, included, required),
  );
  const best = alternativesOut[0];
  const uncovered = best ? explainUncovered(best, problem, explanations, excluded, included) : [];
  return {
    alternatives: alternativesOut,
    explanations,
    uncovered,
    stats: {
      nodes,
      elapsedMs: performance.now() - started,
      complete,
      timedOut,
      milpHandoffs: race.handoffs,
      settledByMilp: race.settled,
      candidateFirms: candidates.length,
      includedRequirements: included.filter(Boolean).length,
    },
  };
}

/**
 * Whether some capability has at least COVER_LIKE_MIN_REQUIREMENTS requirements and at least half
 * of them can go to no more than COVER_LIKE_MAX_POOLS firms: then choosing the fewest firms is a
 * sparse set cover, which HiGHS proves far sooner than the search (see COVER_LIKE_MIN_REQUIREMENTS).
 */
export function coverLike(components: SearchComponent[]): boolean {
  return components.some(({ flow }) => {
    const n = flow.hours.length;
    if (n < COVER_LIKE_MIN_REQUIREMENTS) return false;
    const pools = new Array<number>(n).fill(0);
    for (const reqs of flow.poolReqs) for (const r of reqs) pools[r]++;
    return pools.filter((c) => c <= COVER_LIKE_MAX_POOLS).length * 2 >= n;
  });
}

type SearchBase = Omit<SearchModel, 'deadline'>;

interface RaceStats {
  nodes: number;
  complete: boolean;
  timedOut: boolean;
  handoffs: number;
  settled: number;
}

interface RankSets {
  sets: FoundSet[];
  /** Per set: the lower bound over what was not explored (null when proven). */
  bounds: (SetValue | null)[];
  /** HiGHS's proof was taken. */
  settled?: boolean;
}

function sameFirms(a: number[] | null, b: number[]): boolean {
  return a !== null && a.length === b.length && a.every((g, i) => g === b[i]);
}

/**
 * One search (rank 1, or ranks 2..K), alone or racing HiGHS (see solveConsortiumHybrid).
 * `handoffAt`: when (performance.now()) the question goes to HiGHS if the search is still on;
 * `yieldMs`: how long the search then pauses while HiGHS works alone (covering-like tenders).
 */
function runSearch(
  base: SearchBase,
  deadline: number,
  handoffAt: number,
  link: MilpLink | null,
  race: RaceStats,
  handoffAfterNodes?: number,
  yieldMs = 0,
  job?: { ranks: number; deadline: number },
): RankSets {
  const ranks = base.alternatives;
  let handed = false;
  // HiGHS gets the same deadline, on the wall clock (performance.now() differs between threads).
  const wallDeadline = Date.now() + (deadline - performance.now());
  const jobDeadline = job ? Date.now() + (job.deadline - performance.now()) : wallDeadline;
  const search = new ConsortiumSearch({
    ...base,
    deadline,
    ...(link && base.firmCount <= MILP_MAX_FIRMS
      ? {
          handoff: {
            at: handoffAt,
            afterNodes: handoffAfterNodes,
            immediate: yieldMs > 0 && handoffAfterNodes === undefined,
            call: (sets: FoundSet[]) => {
              handed = true;
              race.handoffs++;
              link.start(buildMilpJob(base as SearchModel, base.forbidden ?? [], job?.ranks ?? ranks, sets, jobDeadline));
              if (yieldMs > 0) link.wait(Math.min(wallDeadline, Date.now() + yieldMs));
            },
          },
          stop: () => handed && proofOf(link.poll(), ranks) !== null,
        }
      : {}),
  });
  const outcome = search.run();
  race.nodes += outcome.nodes;
  const own: RankSets = { sets: outcome.sets, bounds: outcome.sets.map(() => (outcome.complete ? null : outcome.openBound)) };
  if (!link || !handed) {
    race.complete &&= outcome.complete;
    race.timedOut ||= outcome.timedOut;
    return own;
  }
  if (outcome.complete) {
    link.cancel();
    return own;
  }
  if (!outcome.stopped) link.wait(wallDeadline + MILP_GRACE_MS);
  const results = link.poll();
  // The sets HiGHS picked, valued and assigned by the solver's own flows (no deadline: a handful of sets).
  const judge = new ConsortiumSearch({ ...base, deadline: Infinity, nodeBudget: undefined });
  const proof = proofOf(results, ranks);
  if (proof) {
    const sets = proof.map((r) => judge.evaluateSet(r.firms as number[]));
    if (sets.every((set, i) => set !== null && agrees(set, proof[i].value as SetValue))) {
      race.settled++;
      return { sets: sets as FoundSet[], bounds: sets.map(() => null), settled: true };
    }
  }
  // Neither proved everything in time. Every set either side found is a lean consortium that does
  // not hold a forbidden one, so the best of them, in order, obey the rule. Both bounds hold for
  // every set neither side listed (the search's over what it did not explore; HiGHS's over every
  // set but the ones it proved), so the better of the two is reported.
  race.complete = false;
  race.timedOut ||= outcome.timedOut || outcome.stopped;
  const all = new Map(own.sets.map((set) => [set.key, set]));
  let bound = outcome.openBound;
  for (const r of results) {
    if (r.firms) {
      const set = leanOf(judge, r.firms, base.required);
      if (set) all.set(set.key, set);
    }
    if (r.status !== 'optimal') {
      bound = lexMax(bound, r.bound);
      break;
    }
  }
  const sets = [...all.values()].sort(compareSets).slice(0, ranks);
  return { sets, bounds: sets.map(() => bound) };
}

/**
 * Whether the solver's own value of a set HiGHS proved is the value HiGHS reported: tiers 1–3 (whole
 * hours, firms, øre) exactly; Σ awarded within HiGHS's tolerances, since awarded sums of 10¹⁰ øre
 * and more come back from its floating-point objective a few hundred øre off (seen: 17 195 999 723
 * for 17 196 000 000). The answer always carries the solver's own, exact value.
 */
export function agrees(set: SetValue, milp: SetValue): boolean {
  if (set.uncovered !== milp.uncovered || set.firmCount !== milp.firmCount || set.cost !== milp.cost) return false;
  return Math.abs(set.awarded - milp.awarded) <= 1 + 1e-6 * Math.abs(set.awarded);
}

/** HiGHS's answers when it proved every rank of the job (or that no further set exists), else null. */
function proofOf(results: MilpRankResult[], ranks: number): MilpRankResult[] | null {
  const proven: MilpRankResult[] = [];
  for (const r of results) {
    if (r.status === 'infeasible') return proven.length > 0 ? proven : null;
    if (r.status !== 'optimal' || !r.firms || !r.value) return null;
    proven.push(r);
  }
  return proven.length >= ranks ? proven : null;
}

/**
 * The set with the firms it does not need dropped (one at a time, while the value improves):
 * an incumbent HiGHS had not finished improving may hold a firm that adds nothing.
 */
function leanOf(judge: ConsortiumSearch, firms: number[], required: boolean[]): FoundSet | null {
  let current = judge.evaluateSet(firms);
  if (!current) return null;
  for (const g of [...current.firms].reverse()) {
    if (required[g]) continue;
    const without = judge.evaluateSet(current.firms.filter((x) => x !== g));
    if (without && compareSets(without, current) < 0) current = without;
  }
  return current;
}

/**
 * f dominates g when f can do everything g can, at least as well: in every capability where g has
 * a pool, f has one eligible for a superset of g's requirements, with at least g's capacity and
 * at most g's rate; and f wins the tie-breaks (less awarded, else lower id). Then swapping g for f
 * in any set without f gives a strictly better set, so g is never needed while enough of its
 * dominators are left out (see ConsortiumSearch).
 */
function findDominators(
  candidates: SolverFirm[],
  components: SearchComponent[],
  firmPools: { comp: number; pool: number }[][],
  required: Set<number>,
): number[][] {
  const n = candidates.length;
  const poolOf = components.map((c) => {
    const byFirm = new Int32Array(n).fill(-1);
    c.poolFirm.forEach((g, p) => (byFirm[g] = p));
    return byFirm;
  });
  const wins = (f: number, g: number): boolean => {
    const af = candidates[f].awardedLast12MonthsOre;
    const ag = candidates[g].awardedLast12MonthsOre;
    return af < ag || (af === ag && f < g);
  };
  const out: number[][] = candidates.map(() => []);
  for (let g = 0; g < n; g++) {
    if (required.has(candidates[g].id) || firmPools[g].length === 0) continue;
    const first = firmPools[g][0];
    for (const f of components[first.comp].poolFirm) {
      if (f === g || !wins(f, g)) continue;
      let ok = true;
      for (const { comp, pool } of firmPools[g]) {
        const flow = components[comp].flow;
        const pf = poolOf[comp][f];
        if (pf < 0 || flow.poolCap[pf] < flow.poolCap[pool] || flow.poolRate[pf] > flow.poolRate[pool]) {
          ok = false;
          break;
        }
        for (const r of flow.poolReqs[pool]) {
          if (flow.elig[pf * flow.R + r] !== 1) {
            ok = false;
            break;
          }
        }
        if (!ok) break;
      }
      if (ok) out[g].push(f);
    }
  }
  return out;
}

function rateOf(firm: SolverFirm, code: string, defaults: Record<string, number>): number {
  const own = firm.capabilities.find((c) => c.code === code)?.hourlyRateOre;
  const rate = own ?? defaults[code];
  if (rate === undefined || rate === null) {
    throw new SolverInputError(`no hourly rate for ${code}: firm ${firm.id} (${firm.name}) has none and there is no catalogue default`, {
      firmId: firm.id,
      capabilityCode: code,
    });
  }
  return rate;
}

// ---------------------------------------------------------------------------------------------
// Output

function compare3(a: ObjectiveBound, b: ObjectiveBound): number {
  return a.uncoveredHours - b.uncoveredHours || a.firmCount - b.firmCount || a.costOre - b.costOre;
}

function toBound(v: SetValue): ObjectiveBound {
  return { uncoveredHours: v.uncovered, firmCount: v.firmCount, costOre: v.cost };
}

function gapOf(value: ObjectiveBound, lb: ObjectiveBound): OptimalityGap {
  for (const tier of ['uncoveredHours', 'firmCount', 'costOre'] as const) {
    if (lb[tier] < value[tier]) {
      const absolute = value[tier] - lb[tier];
      return { tier, absolute, relative: absolute / Math.max(1, value[tier]) };
    }
    if (lb[tier] > value[tier]) break;
  }
  return { tier: null, absolute: 0, relative: 0 };
}

function toAlternative(
  rank: number,
  set: FoundSet,
  openBound: SetValue | null,
  problem: ConsortiumProblem,
  candidates: SolverFirm[],
  components: SearchComponent[],
  compReqs: number[][],
  included: boolean[],
  required: Set<number>,
): ConsortiumAlternative {
  const reqs = problem.requirements;
  const covered = new Array<number>(reqs.length).fill(0);
  const perFirm = new Map<number, Map<number, number>>(); // firm index -> requirement index -> hours
  for (const g of set.firms) perFirm.set(g, new Map());
  set.shares.forEach((shares, c) => {
    for (let i = 0; i < shares.length; i += 3) {
      const ri = compReqs[c][shares[i]];
      const g = components[c].poolFirm[shares[i + 1]];
      const h = shares[i + 2];
      covered[ri] += h;
      const m = perFirm.get(g) as Map<number, number>;
      m.set(ri, (m.get(ri) ?? 0) + h);
    }
  });
  const firms: ConsortiumMember[] = set.firms.map((g) => {
    const firm = candidates[g];
    const byReq = [...(perFirm.get(g) as Map<number, number>).entries()].sort((a, b) => a[0] - b[0]);
    const assignments = byReq.map(([ri, hours]) => ({
      requirementId: reqs[ri].id,
      hours,
      costOre: hours * rateOf(firm, reqs[ri].capabilityCode, problem.defaultRateOre),
    }));
    return {
      firmId: firm.id,
      firmName: firm.name,
      required: required.has(firm.id),
      assignments,
      hours: assignments.reduce((s, a) => s + a.hours, 0),
      costOre: assignments.reduce((s, a) => s + a.costOre, 0),
    };
  });
  const coverage = reqs.map((r, i) => ({
    requirementId: r.id,
    requiredHours: r.hours,
    coveredHours: covered[i],
    uncoveredHours: r.hours - covered[i],
    included: included[i],
  }));
  const uncoveredMandatoryHours = coverage.reduce((s, c, i) => s + (reqs[i].mandatory ? c.uncoveredHours : 0), 0);
  const value = toBound(set);
  let lowerBound = value;
  if (openBound) {
    const ob = toBound(openBound);
    if (compare3(ob, value) < 0) lowerBound = ob;
  }
  const gap = gapOf(value, lowerBound);
  return {
    rank,
    firms,
    firmCount: set.firmCount,
    uncoveredHours: set.uncovered,
    uncoveredMandatoryHours,
    costOre: set.cost,
    awardedLast12MonthsOre: set.awarded,
    coverage,
    provenOptimal: gap.tier === null,
    lowerBound,
    gap,
  };
}

function nearestMiss(e: RequirementEligibility): IneligibleFirm | null {
  let best: IneligibleFirm | null = null;
  for (const f of e.ineligible) {
    if (!best || f.reasons.length < best.reasons.length || (f.reasons.length === best.reasons.length && f.firmId < best.firmId)) best = f;
  }
  return best;
}

function explainUncovered(
  best: ConsortiumAlternative,
  problem: ConsortiumProblem,
  explanations: RequirementEligibility[],
  excluded: Set<number>,
  included: boolean[],
): UncoveredRequirement[] {
  const out: UncoveredRequirement[] = [];
  const maxFirms = problem.options?.maxFirms;
  problem.requirements.forEach((req, i) => {
    const cov = best.coverage[i];
    if (!included[i] || cov.uncoveredHours <= 0) return;
    const e = explanations[i];
    const miss = nearestMiss(e);
    const usable = e.eligibleFirmIds.filter((id) => !excluded.has(id));
    const excludedEligible = e.eligibleFirmIds.filter((id) => excluded.has(id));
    let message: string;
    let cause: UncoveredCause;
    if (e.eligibleFirmIds.length === 0 && e.ineligible.length === 0) {
      cause = 'NO_MEMBER_HAS_CAPABILITY';
      message = `no member has capability ${req.capabilityCode}`;
    } else if (usable.length === 0) {
      cause = excludedEligible.length > 0 ? 'ELIGIBLE_EXCLUDED' : 'NO_MEMBER_ELIGIBLE';
      message =
        excludedEligible.length > 0
          ? `the only eligible members (${excludedEligible.join(', ')}) are excluded`
          : `no member is eligible` +
            (miss ? `; nearest miss: ${miss.firmName} (${miss.firmId}): ${miss.reasons.map((r) => r.message).join('; ')}` : '');
    } else {
      const who = `eligible members (${usable.join(', ')})`;
      const limit = maxFirms !== undefined ? ` within the limit of ${maxFirms} firms` : '';
      cause = req.indivisible ? 'INDIVISIBLE_TOO_LARGE' : 'NO_CAPACITY_LEFT';
      message = req.indivisible
        ? `${who} cannot take all ${req.hours} h at one firm${limit} (the requirement is indivisible) next to their other work`
        : `${who} have no free capacity left for the remaining ${cov.uncoveredHours} h${limit}`;
      if (miss) message += `; nearest miss: ${miss.firmName} (${miss.firmId}): ${miss.reasons.map((r) => r.message).join('; ')}`;
    }
    out.push({
      requirementId: req.id,
      label: req.label,
      capabilityCode: req.capabilityCode,
      hours: req.hours,
      gapHours: cov.uncoveredHours,
      cause,
      maxFirms: maxFirms ?? null,
      excludedEligibleFirmIds: excludedEligible,
      message,
      nearestMiss: miss,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Validation

function isNonNegInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function validate(problem: ConsortiumProblem): void {
  const { requirements, firms, tender } = problem;
  const options = problem.options ?? {};
  if (!tender) throw new SolverInputError('the tender is missing');
  if (tender.requiresClearance !== null && !isClearanceLevel(tender.requiresClearance)) {
    throw new SolverInputError(`unknown clearance level ${String(tender.requiresClearance)}`);
  }
  if (!Array.isArray(firms)) throw new SolverInputError('firms must be a list');
  if (!Array.isArray(requirements) || requirements.length === 0) {
    throw new SolverInputError('the tender has no requirements: there is nothing to cover');
  }
  const reqIds = new Set<number>();
  for (const r of requirements) {
    const name = `requirement ${r.id} (${r.label})`;
    if (reqIds.has(r.id)) throw new SolverInputError(`requirement id ${r.id} appears twice`, { requirementId: r.id });
    reqIds.add(r.id);
    if (!(typeof r.hours === 'number' && Number.isSafeInteger(r.hours) && r.hours > 0)) {
      throw new SolverInputError(`${name}: hours must be a positive whole number, got ${r.hours}`, { requirementId: r.id });
    }
    if (!isLocalDate(r.windowStart) || !isLocalDate(r.windowEnd)) {
      throw new SolverInputError(`${name}: the window must be two dates YYYY-MM-DD, got ${r.windowStart} – ${r.windowEnd}`, {
        requirementId: r.id,
      });
    }
    if (r.windowStart > r.windowEnd) {
      throw new SolverInputError(`${name}: the window ends ${r.windowEnd}, before it starts ${r.windowStart}`, { requirementId: r.id });
    }
    if (typeof r.capabilityCode !== 'string' || r.capabilityCode === '') {
      throw new SolverInputError(`${name}: capabilityCode is missing`, { requirementId: r.id });
    }
    if (!Array.isArray(r.requiredCertificates))
      throw new SolverInputError(`${name}: requiredCertificates must be a list`, { requirementId: r.id });
    for (const c of r.requiredCertificates) {
      if (!isCertificateType(c.type))
        throw new SolverInputError(`${name}: unknown certificate type ${String(c.type)}`, { requirementId: r.id });
    }
  }
  const firmIds = new Set<number>();
  for (const f of firms) {
    const name = `firm ${f.id} (${f.name})`;
    if (firmIds.has(f.id)) throw new SolverInputError(`firm id ${f.id} appears twice`, { firmId: f.id });
    firmIds.add(f.id);
    if (!Array.isArray(f.capabilities) || !Array.isArray(f.certificates)) {
      throw new SolverInputError(`${name}: capabilities and certificates must be lists`, { firmId: f.id });
    }
    if (typeof f.freeHours !== 'object' || f.freeHours === null)
      throw new SolverInputError(`${name}: freeHours is missing`, { firmId: f.id });
    for (const [code, h] of Object.entries(f.freeHours)) {
      if (!isNonNegInt(h))
        throw new SolverInputError(`${name}: free hours for ${code} must be a whole number ≥ 0, got ${h}`, { firmId: f.id });
    }
    if (!isNonNegInt(f.awardedLast12MonthsOre)) {
      throw new SolverInputError(`${name}: awardedLast12MonthsOre must be a whole number of øre ≥ 0`, { firmId: f.id });
    }
    for (const c of f.capabilities) {
      if (c.hourlyRateOre !== null && !isNonNegInt(c.hourlyRateOre)) {
        throw new SolverInputError(`${name}: the hourly rate for ${c.code} must be whole øre ≥ 0 or null`, { firmId: f.id });
      }
    }
    for (const c of f.certificates) {
      if (!isCertificateType(c.type)) throw new SolverInputError(`${name}: unknown certificate type ${String(c.type)}`, { firmId: f.id });
      if (!isLocalDate(c.validFrom) || !isLocalDate(c.validUntil)) {
        throw new SolverInputError(`${name}: certificate ${c.type} must have dates YYYY-MM-DD`, { firmId: f.id });
      }
      if (c.level != null && !isClearanceLevel(c.level))
        throw new SolverInputError(`${name}: unknown clearance level ${String(c.level)}`, { firmId: f.id });
    }
  }
  for (const [code, rate] of Object.entries(problem.defaultRateOre ?? {})) {
    if (!isNonNegInt(rate)) throw new SolverInputError(`the default rate for ${code} must be whole øre ≥ 0`);
  }
  const intList = (v: unknown, what: string): number[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => !Number.isSafeInteger(x))) throw new SolverInputError(`${what} must be a list of firm ids`);
    return v as number[];
  };
  const req = intList(options.requiredFirmIds, 'requiredFirmIds');
  const exc = new Set(intList(options.excludedFirmIds, 'excludedFirmIds'));
  const both = req.filter((id) => exc.has(id));
  if (both.length > 0) {
    throw new SolverInputError(`firm ${both.join(', ')} is both required and excluded`, { firmIds: both });
  }
  if (options.maxFirms !== undefined && !isNonNegInt(options.maxFirms)) {
    throw new SolverInputError(`maxFirms must be a whole number ≥ 0, got ${options.maxFirms}`);
  }
  if (
    options.alternatives !== undefined &&
    !(Number.isSafeInteger(options.alternatives) && options.alternatives >= 1 && options.alternatives <= 50)
  ) {
    throw new SolverInputError(`alternatives must be a whole number from 1 to 50, got ${options.alternatives}`);
  }
  if (options.nodeBudget !== undefined && !(Number.isSafeInteger(options.nodeBudget) && options.nodeBudget >= 1)) {
    throw new SolverInputError(`nodeBudget must be a whole number ≥ 1, got ${options.nodeBudget}`);
  }
  if (
    options.timeBudgetMs !== undefined &&
    !(typeof options.timeBudgetMs === 'number' && options.timeBudgetMs > 0 && options.timeBudgetMs <= 600000)
  ) {
    throw new SolverInputError(`timeBudgetMs must be a number of milliseconds from 1 to 600000, got ${options.timeBudgetMs}`);
  }
}

function checkRequiredFirms(
  problem: ConsortiumProblem,
  explanations: RequirementEligibility[],
  firmById: Map<number, SolverFirm>,
  required: Set<number>,
): void {
  for (const id of required) {
    const firm = firmById.get(id);
    if (!firm) throw new SolverInputError(`required firm ${id} is not a known member firm`, { firmId: id });
    if (!firm.active) {
      throw new SolverInputError(`required firm ${id} (${firm.name}) is not an active member`, {
        firmId: id,
        reasons: [{ code: 'INACTIVE_MEMBER' }],
      });
    }
    if (explanations.some((e) => e.eligibleFirmIds.includes(id))) continue;
    const why = problem.requirements.map((r: SolverRequirement) => ({
      requirementId: r.id,
      label: r.label,
      reasons: ineligibilityReasons(firm, r, problem.tender),
    }));
    const text = why.map((w) => `${w.label} (${w.requirementId}): ${w.reasons.map((x) => x.message).join('; ')}`).join(' | ');
    throw new SolverInputError(`required firm ${id} (${firm.name}) is eligible for no requirement: ${text}`, {
      firmId: id,
      requirements: why,
    });
  }
}
