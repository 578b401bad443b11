import loadHighs, { Highs, Model } from 'highs';
import { explainEligibility } from '../eligibility';
import { provenOptimal } from '../milp';
import { ConsortiumProblem } from '../types';

/**
 * Reference solver for specs and the benchmark ONLY (never imported by index.ts): the same
 * problem written as a MIP and solved by HiGHS, lexicographically by sequential solves:
 *   min Σ uncovered → fix; min Σ y (firms) → fix; min Σ rate·x (cost) → fix; min Σ awarded·y.
 *
 *   x[r,f] ∈ ℤ, 0 ≤ x ≤ min(h_r, free[f,c]) hours of requirement r on eligible firm f
 *   y[f] ∈ {0,1} firm in the set (1 for required firms);  u[r] ≥ 0 uncovered hours
 *   z[r,f] ∈ {0,1} for indivisible r: x[r,f] = h_r·z[r,f], Σ_f z[r,f] ≤ 1, z ≤ y
 *   Σ_f x[r,f] + u[r] = h_r;  Σ_{r of capability c} x[r,f] ≤ free[f,c];  x[r,f] ≤ ub·y[f]
 *   Σ_r x[r,f] ≥ y[f] for non-required f (a firm in the set gets hours);  Σ y ≤ maxFirms
 * Alternative k+1 adds, for each of alternatives 1..k, a cut that leaves out at least one of its
 * non-required firms (no set that contains a better alternative: the solver's rule for different
 * alternatives, written independently).
 */

let instance: Promise<Highs> | null = null;

/** The HiGHS WASM runtime, loaded once per process. */
export function highsRuntime(): Promise<Highs> {
  if (!instance) instance = loadHighs();
  return instance;
}

export interface ReferenceAlternative {
  firmIds: number[];
  uncovered: number;
  firmCount: number;
  cost: number;
  awarded: number;
  assignments: { requirementId: number; firmId: number; hours: number }[];
  /** True when a stage stopped at `timeLimitSeconds` (the values are then not proven). */
  timedOut?: boolean;
}

interface Col {
  lower: number;
  upper: number;
  integer: boolean;
}

export interface ReferenceOptions {
  /** How many alternatives (default: the problem's `alternatives`, else 3). */
  alternatives?: number;
  /** Also minimise Σ awarded as a fourth stage (default true). */
  awardedTier?: boolean;
  /** Safety limit per MIP solve (benchmarks only); a solve that hits it is taken as found and flagged. */
  timeLimitSeconds?: number;
  /**
   * Specs only: candidate solutions (per rank) handed to HiGHS as MIP starts. It still proves its
   * own optimum (a better solution, or an infeasible start, shows up as a mismatch); the start
   * only spares it the search for a first incumbent. Never used for timing.
   */
  starts?: { assignments: { requirementId: number; firmId: number; hours: number }[]; firmIds: number[] }[];
}

export function solveReference(highs: Highs, problem: ConsortiumProblem, refOptions: ReferenceOptions = {}): ReferenceAlternative[] {
  const { tender, requirements, firms } = problem;
  const opts = problem.options ?? {};
  const K = refOptions.alternatives ?? opts.alternatives ?? 3;
  const awardedTier = refOptions.awardedTier ?? true;
  const required = new Set(opts.requiredFirmIds ?? []);
  const excluded = new Set(opts.excludedFirmIds ?? []);
  const explanations = explainEligibility(tender, requirements, firms);
  const included = requirements.map((r) => r.mandatory || (opts.coverOptional ?? false));

  const firmIds = new Set<number>(required);
  explanations.forEach((e, i) => {
    if (included[i]) for (const id of e.eligibleFirmIds) if (!excluded.has(id)) firmIds.add(id);
  });
  const cand = [...firmIds].sort((a, b) => a - b).map((id) => firms.find((f) => f.id === id)!);

  const cols: Col[] = [];
  const addCol = (lower: number, upper: number, integer: boolean): number => {
    cols.push({ lower, upper, integer });
    return cols.length - 1;
  };
  const y = cand.map((f) => addCol(required.has(f.id) ? 1 : 0, 1, true));
  const xs: { r: number; f: number; col: number; rate: number; z?: number }[] = [];
  const uOf = new Map<number, number>(); // requirement index -> its u column
  const u: number[] = [];
  const rows: { lower: number; upper: number; idx: number[]; val: number[] }[] = [];
  const addRow = (lower: number, upper: number, idx: number[], val: number[]) => rows.push({ lower, upper, idx, val });

  requirements.forEach((req, ri) => {
    if (!included[ri]) return;
    const elig = new Set(explanations[ri].eligibleFirmIds);
    const uCol = addCol(0, req.hours, false);
    u.push(uCol);
    uOf.set(ri, uCol);
    const coverIdx = [uCol];
    const coverVal = [1];
    const zs: number[] = [];
    cand.forEach((f, fi) => {
      if (!elig.has(f.id) || excluded.has(f.id)) return;
      const ub = Math.min(req.hours, f.freeHours[req.capabilityCode] ?? 0);
      const capRate = f.capabilities.find((c) => c.code === req.capabilityCode)!.hourlyRateOre;
      const rate = capRate ?? problem.defaultRateOre[req.capabilityCode];
      const col = addCol(0, ub, true);
      const entry: { r: number; f: number; col: number; rate: number; z?: number } = { r: ri, f: fi, col, rate };
      xs.push(entry);
      coverIdx.push(col);
      coverVal.push(1);
      addRow(-Infinity, 0, [col, y[fi]], [1, -ub]);
      if (req.indivisible) {
        const z = addCol(0, 1, true);
        entry.z = z;
        zs.push(z);
        addRow(0, 0, [col, z], [1, -req.hours]);
        addRow(-Infinity, 0, [z, y[fi]], [1, -1]);
      }
    });
    addRow(req.hours, req.hours, coverIdx, coverVal);
    if (zs.length > 0)
      addRow(
        -Infinity,
        1,
        zs,
        zs.map(() => 1),
      );
  });
  // Shared capacity pools.
  const pools = new Map<string, number[]>();
  for (const x of xs) {
    const key = `${x.f}|${requirements[x.r].capabilityCode}`;
    if (!pools.has(key)) pools.set(key, []);
    pools.get(key)!.push(x.col);
  }
  for (const [key, colsOfPool] of pools) {
    const [fi, code] = key.split('|');
    addRow(
      -Infinity,
      cand[Number(fi)].freeHours[code] ?? 0,
      colsOfPool,
      colsOfPool.map(() => 1),
    );
  }
  // A non-required firm in the set takes hours.
  cand.forEach((f, fi) => {
    if (required.has(f.id)) return;
    const mine = xs.filter((x) => x.f === fi).map((x) => x.col);
    addRow(0, Infinity, [...mine, y[fi]], [...mine.map(() => 1), -1]);
  });
  if (opts.maxFirms !== undefined)
    addRow(
      -Infinity,
      opts.maxFirms,
      y,
      y.map(() => 1),
    );
  // A consortium of no firms is an answer only when nothing else is possible (added back below).
  if (required.size === 0 && y.length > 0)
    addRow(
      1,
      Infinity,
      y,
      y.map(() => 1),
    );

  // A full column vector (x, y, z, u) for a candidate solution.
  const startVector = (start: NonNullable<ReferenceOptions['starts']>[number]): Float64Array => {
    const v = new Float64Array(cols.length);
    const inSet = new Set(start.firmIds);
    cand.forEach((f, fi) => {
      if (inSet.has(f.id)) v[y[fi]] = 1;
    });
    const hoursOf = new Map(start.assignments.map((a) => [`${a.requirementId}|${a.firmId}`, a.hours]));
    const covered = new Map<number, number>();
    for (const x of xs) {
      const h = hoursOf.get(`${requirements[x.r].id}|${cand[x.f].id}`) ?? 0;
      v[x.col] = h;
      if (x.z !== undefined) v[x.z] = h > 0 ? 1 : 0;
      covered.set(x.r, (covered.get(x.r) ?? 0) + h);
    }
    uOf.forEach((col, ri) => (v[col] = requirements[ri].hours - (covered.get(ri) ?? 0)));
    return v;
  };
  const model = buildModel(highs, cols, rows);
  const out: ReferenceAlternative[] = [];
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, presolve: 'on' });
    if (refOptions.timeLimitSeconds !== undefined) model.options.set('time_limit', refOptions.timeLimitSeconds);
    for (let k = 0; k < K; k++) {
      const stageRows: number[] = [];
      let sol: Float64Array = new Float64Array(0);
      let timedOut = false;
      const start = refOptions.starts?.[k] ? startVector(refOptions.starts[k]) : null;
      const stage = (objective: [number, number][]): number | null => {
        if (cols.length === 0) {
          sol = new Float64Array(0);
          return 0;
        }
        const c = new Float64Array(cols.length);
        for (const [col, v] of objective) c[col] += v;
        model.changeColsCost({ kind: 'range', from: 0, to: cols.length - 1 }, c);
        if (start) model.setSolution({ colValue: start });
        model.zeroAllClocks(); // time_limit is cumulative over runs otherwise
        model.run();
        const status = model.getModelStatus();
        if (status === highs.constants.modelStatus.empty) {
          sol = new Float64Array(cols.length);
          return 0;
        }
        if (status === highs.constants.modelStatus.timeLimit && model.info.get('primal_solution_status') === 2) timedOut = true;
        else if (status !== highs.constants.modelStatus.optimal) return null;
        // HiGHS can hand back a start as "optimal" without proving it (milp.ts): a reference that
        // did so would be no reference, so it says so instead of being compared against
        else if (!provenOptimal(model))
          throw new Error(`the reference: HiGHS reported an optimum (${model.getObjectiveValue()}) that it did not prove`);
        const value = Math.round(model.getObjectiveValue());
        sol = model.getSolution().colValue;
        model.addRow(-Infinity, value + 0.5, { indices: objective.map((o) => o[0]), values: objective.map((o) => o[1]) });
        stageRows.push(model.getDimensions().numRows - 1);
        return value;
      };
      const uncovered = stage(u.map((c) => [c, 1]));
      if (uncovered === null) break;
      const firmCount = stage(y.map((c) => [c, 1]))!;
      const costValue = stage(xs.map((x) => [x.col, x.rate]))!;
      const awarded = awardedTier
        ? stage(y.map((c, fi) => [c, cand[fi].awardedLast12MonthsOre]))!
        : cand.reduce((s, f, fi) => s + (sol[y[fi]] > 0.5 ? f.awardedLast12MonthsOre : 0), 0);
      const inSet = cand.map((_, fi) => sol[y[fi]] > 0.5);
      const assignments = xs
        .filter((x) => Math.round(sol[x.col]) > 0)
        .map((x) => ({ requirementId: requirements[x.r].id, firmId: cand[x.f].id, hours: Math.round(sol[x.col]) }));
      out.push({
        firmIds: cand.filter((_, fi) => inSet[fi]).map((f) => f.id),
        uncovered,
        firmCount,
        cost: costValue,
        awarded,
        assignments,
        ...(timedOut ? { timedOut } : {}),
      });
      // Drop the stage rows; later alternatives leave out at least one (non-required) firm of this
      // set: Σ_{f in S, optional} (1 − y_f) ≥ 1. That excludes the set and every set containing it.
      model.deleteRows({ kind: 'set', indices: stageRows });
      const idx: number[] = [];
      cand.forEach((f, fi) => {
        if (!required.has(f.id) && inSet[fi]) idx.push(y[fi]);
      });
      if (idx.length === 0) break;
      model.addRow(-Infinity, idx.length - 1, { indices: idx, values: idx.map(() => 1) });
    }
  } finally {
    model.dispose();
  }
  if (out.length === 0) {
    const uncovered = requirements.reduce((sum, r, i) => sum + (included[i] ? r.hours : 0), 0);
    out.push({ firmIds: [], uncovered, firmCount: 0, cost: 0, awarded: 0, assignments: [] });
  }
  return out;
}

function buildModel(highs: Highs, cols: Col[], rows: { lower: number; upper: number; idx: number[]; val: number[] }[]): Model {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    indices.push(...r.idx);
    values.push(...r.val);
    starts.push(indices.length);
  }
  const inf = highs.infinity;
  const clamp = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  return highs.createModel({
    numCols: cols.length,
    numRows: rows.length,
    colCost: cols.map(() => 0),
    colLower: cols.map((c) => c.lower),
    colUpper: cols.map((c) => c.upper),
    rowLower: rows.map((r) => clamp(r.lower)),
    rowUpper: rows.map((r) => clamp(r.upper)),
    matrix: { format: 'csr', numRows: rows.length, numCols: cols.length, starts, indices, values },
    integrality: cols.map((c) => (c.integer ? 1 : 0)),
  });
}
