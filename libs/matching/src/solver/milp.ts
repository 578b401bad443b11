import type { Highs, Model } from 'highs';
import type { FoundSet, SearchModel, SetValue } from './consortium-search';

/**
 * The consortium question as a mixed-integer program, for HiGHS (MIT; `highs` on npm), built from
 * the solver's own reduced model (candidate firms, one pool per firm and capability), not from the
 * raw problem. The branch and bound hands it over when it has not finished after a share of its
 * budget (see solver.ts); both then race and the first proof wins.
 *
 *   y_g ∈ {0,1}     firm g in the set (1 for required firms)
 *   x_rp ≥ 0        hours of requirement r on pool p (continuous: for fixed y and z the rest is a
 *                   flow with integral data, so the optimum has whole hours; the answer's hours
 *                   come from the solver's own flow for the set HiGHS picks)
 *   z_rp ∈ {0,1}    indivisible r goes to pool p:  x_rp = h_r·z_rp, Σ_p z_rp ≤ 1, z_rp ≤ y_g
 *   u_r ≥ 0         uncovered hours of r:          Σ_p x_rp + u_r = h_r
 *   Σ_r x_rp ≤ cap_p (shared pool), x_rp ≤ min(h_r, cap_p)·y_g (these tie x to the firm),
 *   Σ_{p of g} Σ_r x_rp ≥ y_g for non-required g (a firm in the set gets hours),
 *   Σ_g y_g ≤ maxFirms, Σ_{g ∈ S, not required} y_g ≤ |S| − 1 for every set S to leave out a firm of.
 *
 * The lexicographic objective in four solves, each fixing the one before:
 *   1. Σ u   2. Σ y   3. Σ rate_p·x_rp   4. Σ awarded_g·y_g
 * (Hours and firms were once one weighted solve, (F + 1)·Σ u + Σ y. Apart, the firms' solve has
 * a whole-number objective that HiGHS rounds its bound up to, and the uncovered hours are an easy
 * solve of their own: on vertex cover 60 × 90 stage 1 of rank 1 took 29–46 ms, the two apart
 * 17–23 ms, as the reference model solves them; issue 23.)
 * The fifth tier (the sorted firm ids) is not modelled: when HiGHS settles a rank, a tie on the
 * first four tiers is broken by HiGHS, not by the ids.
 *
 * A job asks for `ranks` sets in a row: after each, a cut leaves out a firm of it.
 */

export interface MilpJob {
  numCols: number;
  colLower: number[];
  colUpper: number[];
  integrality: number[];
  rowLower: number[];
  rowUpper: number[];
  /** CSR rows. */
  starts: number[];
  indices: number[];
  values: number[];
  /** The four stage objectives (sparse): uncovered hours, firms, cost, awarded. */
  stages: { idx: number[]; val: number[] }[];
  /** (F + 1)·Σ u + Σ y: the previous rank's value of it is a floor for the next rank (a row). */
  floorRow: { idx: number[]; val: number[] };
  /** Column of y_g per candidate firm. */
  y: number[];
  required: boolean[];
  /** F + 1: floorRow's weight of an uncovered hour. */
  weight: number;
  ranks: number;
  /** Candidate solutions (full column vectors), tried as MIP starts rank by rank. */
  starts0: number[][];
  /** Wall-clock deadline, ms since the epoch (Date.now()). */
  deadline: number;
}

export type MilpRankStatus = 'optimal' | 'limit' | 'infeasible' | 'error';

export interface MilpRankResult {
  /** 0-based rank within the job. */
  rank: number;
  status: MilpRankStatus;
  /** Candidate firm indices of the set found (ascending); null when none was found. */
  firms: number[] | null;
  /** The set's value by HiGHS (tiers 1–4), when a set was found. */
  value: SetValue | null;
  /** Lexicographic lower bound on this rank's value (the value itself when optimal). */
  bound: SetValue | null;
  message?: string;
}

export function buildMilpJob(m: SearchModel, forbidden: number[][], ranks: number, starts: FoundSet[], deadline: number): MilpJob {
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: number[] = [];
  const col = (lo: number, hi: number, integer: boolean): number => {
    colLower.push(lo);
    colUpper.push(hi);
    integrality.push(integer ? 1 : 0);
    return colLower.length - 1;
  };
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const rowStarts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const row = (lo: number, hi: number, idx: number[], val: number[]): void => {
    rowLower.push(lo);
    rowUpper.push(hi);
    indices.push(...idx);
    values.push(...val);
    rowStarts.push(indices.length);
  };
  const F = m.firmCount;
  const y = Array.from({ length: F }, (_, g) => col(m.required[g] ? 1 : 0, 1, true));
  const uCols: number[] = [];
  const costIdx: number[] = [];
  const costVal: number[] = [];
  const hoursOf: number[][] = Array.from({ length: F }, () => []); // x columns per firm
  // x columns per (component, pool, requirement), for start vectors
  const xCol: Map<number, number>[] = m.components.map(() => new Map());
  const zCol: Map<number, number>[] = m.components.map(() => new Map());
  const uCol: number[][] = [];
  m.components.forEach((comp, c) => {
    const flow = comp.flow;
    const poolX: number[][] = Array.from({ length: flow.P }, () => []);
    uCol.push([]);
    for (let r = 0; r < flow.R; r++) {
      const h = flow.hours[r];
      const u = col(0, h, false);
      uCols.push(u);
      uCol[c].push(u);
      const cover = [u];
      const zs: number[] = [];
      for (const p of flow.reqPools[r]) {
        const cap = flow.poolCap[p];
        if (cap <= 0) continue;
        const g = comp.poolFirm[p];
        const ub = Math.min(h, cap);
        if (flow.indivisible[r] === 1) {
          if (cap < h) continue; // the pool cannot take all of it
          const x = col(0, h, false);
          const z = col(0, 1, true);
          xCol[c].set(p * flow.R + r, x);
          zCol[c].set(p * flow.R + r, z);
          row(0, 0, [x, z], [1, -h]);
          row(-Infinity, 0, [z, y[g]], [1, -1]);
          zs.push(z);
          cover.push(x);
          poolX[p].push(x);
          hoursOf[g].push(x);
          costIdx.push(x);
          costVal.push(flow.poolRate[p]);
        } else {
          const x = col(0, ub, false);
          xCol[c].set(p * flow.R + r, x);
          row(-Infinity, 0, [x, y[g]], [1, -ub]);
          cover.push(x);
          poolX[p].push(x);
          hoursOf[g].push(x);
          costIdx.push(x);
          costVal.push(flow.poolRate[p]);
        }
      }
      row(
        h,
        h,
        cover,
        cover.map(() => 1),
      );
      if (zs.length > 1)
        row(
          -Infinity,
          1,
          zs,
          zs.map(() => 1),
        );
    }
    // The pool's row without y_g: the x_rp ≤ min(h_r, cap_p)·y_g rows already tie it to the firm.
    // With y_g in it too (Σ_r x_rp ≤ cap_p·y_g), HiGHS was slower on vertex cover 60 × 90 (e.g.
    // 158 against 102 ms, seed 4242, hours and firms apart; issue 23).
    for (let p = 0; p < flow.P; p++) {
      if (poolX[p].length === 0) continue;
      row(
        -Infinity,
        flow.poolCap[p],
        poolX[p],
        poolX[p].map(() => 1),
      );
    }
  });
  for (let g = 0; g < F; g++) {
    if (m.required[g]) continue;
    row(0, Infinity, [...hoursOf[g], y[g]], [...hoursOf[g].map(() => 1), -1]);
  }
  if (m.maxFirms !== null)
    row(
      -Infinity,
      m.maxFirms,
      y,
      y.map(() => 1),
    );
  for (const set of forbidden) {
    const idx = set.filter((g) => !m.required[g]).map((g) => y[g]);
    if (idx.length > 0)
      row(
        -Infinity,
        idx.length - 1,
        idx,
        idx.map(() => 1),
      );
  }
  const weight = F + 1;
  const floorRow = { idx: [...uCols, ...y], val: [...uCols.map(() => weight), ...y.map(() => 1)] };
  const stages = [
    { idx: uCols, val: uCols.map(() => 1) },
    { idx: y, val: y.map(() => 1) },
    { idx: costIdx, val: costVal },
    { idx: y, val: y.map((_, g) => m.awarded[g]) },
  ];
  const numCols = colLower.length;
  const starts0 = starts.map((set) => {
    const v = new Array<number>(numCols).fill(0);
    for (const g of set.firms) v[y[g]] = 1;
    m.components.forEach((comp, c) => {
      const flow = comp.flow;
      const covered = new Array<number>(flow.R).fill(0);
      const sh = set.shares[c];
      for (let i = 0; i < sh.length; i += 3) {
        const [r, p, h] = [sh[i], sh[i + 1], sh[i + 2]];
        const x = xCol[c].get(p * flow.R + r);
        if (x === undefined) continue;
        v[x] += h;
        const z = zCol[c].get(p * flow.R + r);
        if (z !== undefined) v[z] = 1;
        covered[r] += h;
      }
      for (let r = 0; r < flow.R; r++) v[uCol[c][r]] = flow.hours[r] - covered[r];
    });
    return v;
  });
  return {
    numCols,
    colLower,
    colUpper,
    integrality,
    rowLower,
    rowUpper,
    starts: rowStarts,
    indices,
    values,
    stages,
    floorRow,
    y,
    required: m.required.slice(),
    weight,
    ranks,
    starts0,
    deadline,
  };
}

/**
 * Whether HiGHS proved the optimum it reports: after a branch and bound, by a dual bound within the
 * gap it was asked for (mip_abs_gap ½); when no branch and bound ran (every integer column fixed,
 * so HiGHS solved an LP: node count −1), by a feasible dual solution.
 */
export function provenOptimal(model: Model): boolean {
  if (Number(model.info.get('mip_node_count')) < 0) return Number(model.info.get('dual_solution_status')) === 2;
  const objective = model.getObjectiveValue();
  const dual = Number(model.info.get('mip_dual_bound'));
  return Number.isFinite(dual) && objective - dual <= 0.5 + 1e-9 * Math.abs(objective);
}

/** A lower bound from a dual bound that is a little generous (HiGHS works with tolerances). */
function safeCeil(d: number): number {
  return Math.ceil(d - 1e-6 * Math.max(1, Math.abs(d)));
}

/**
 * Solves a job with HiGHS, rank by rank, and reports each rank as it is done. Stops at the first
 * rank it cannot prove (time limit, interruption, infeasible). `interrupted` is polled at HiGHS's
 * checkpoints; the job's deadline is HiGHS's time limit.
 */
export function runMilpJob(
  highs: Highs,
  job: MilpJob,
  report: (r: MilpRankResult) => void,
  interrupted: () => boolean = () => false,
): void {
  const inf = highs.infinity;
  const clamp = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  const model: Model = highs.createModel({
    numCols: job.numCols,
    numRows: job.rowLower.length,
    colCost: new Array<number>(job.numCols).fill(0),
    colLower: job.colLower,
    colUpper: job.colUpper,
    rowLower: job.rowLower.map(clamp),
    rowUpper: job.rowUpper.map(clamp),
    matrix: {
      format: 'csr',
      numRows: job.rowLower.length,
      numCols: job.numCols,
      starts: job.starts,
      indices: job.indices,
      values: job.values,
    },
    integrality: Int32Array.from(job.integrality),
  });
  const status = highs.constants.modelStatus;
  const stop = (event: { interrupt(): void }): undefined => {
    if (interrupted()) event.interrupt();
    return undefined;
  };
  const callbacks = {
    [highs.constants.callbackType.mipInterrupt]: stop,
    [highs.constants.callbackType.simplexInterrupt]: stop,
  };
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, presolve: 'on' });
    // (F + 1)·Σ u + Σ y at the rank before's optimum: a floor for this rank's (each rank's sets are a
    // subset of the one before's, see below), given to HiGHS as a row so that its dual bound starts there.
    let floor: number | null = null;
    let prevUncovered: number | null = null;
    for (let rank = 0; rank < job.ranks; rank++) {
      const stageRows: number[] = [];
      const found: number[] = [];
      let solution: Float64Array | null = null;
      let outcome: 'optimal' | 'limit' | 'infeasible' | 'error' = 'optimal';
      let bound: SetValue | null = null;
      let message: string | undefined;
      if (floor !== null) {
        // Only on hours and firms: a floor on the cost stage (valid when the firms tie) slowed HiGHS (vertex cover 60 × 90, rank 3: 12–18 → 71–77 ms).
        model.addRow(floor - 0.5, Infinity, { indices: job.floorRow.idx, values: job.floorRow.val });
        stageRows.push(model.getDimensions().numRows - 1);
      }
      // This rank leaves no fewer hours uncovered than the one before (its sets are a subset), and
      // mostly just as many: so its firms are first solved with the hours fixed at that, without
      // a stage of their own (on vertex cover 4–7 ms a rank). If that is infeasible, more hours
      // stay uncovered here, and the hours' stage runs after all.
      let guessRow: number | null = null;
      let s = 0;
      if (prevUncovered !== null) {
        found.push(prevUncovered);
        // the row the hours' stage would have left behind had it found that optimum
        const [[idx, val, limit]] = fixing(job, 0, prevUncovered);
        model.addRow(-Infinity, limit, { indices: idx, values: val });
        guessRow = model.getDimensions().numRows - 1;
        stageRows.push(guessRow);
        s = 1;
      }
      for (; s < job.stages.length; s++) {
        const left = (job.deadline - Date.now()) / 1000;
        if (left <= 0 || interrupted()) {
          outcome = 'limit';
          break;
        }
        const st = job.stages[s];
        const cost = new Float64Array(job.numCols);
        st.idx.forEach((c, i) => (cost[c] += st.val[i]));
        model.changeColsCost({ kind: 'range', from: 0, to: job.numCols - 1 }, cost);
        const start = solution ?? (job.starts0[rank] ? Float64Array.from(job.starts0[rank]) : null);
        if (start) {
          try {
            model.setSolution({ colValue: start });
          } catch {
            // an infeasible start is HiGHS's to refuse
          }
        }
        model.options.set('time_limit', left);
        model.zeroAllClocks();
        model.run(callbacks);
        const ms = model.getModelStatus();
        const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
        if (ms === status.optimal && !provenOptimal(model)) {
          // "optimal" with no dual bound to show for it: HiGHS handed back its start (seen when its
          // presolve wrongly found the stage infeasible). Not a proof: the search decides.
          outcome = 'error';
          message = 'HiGHS reported an optimum without a dual bound that proves it';
          break;
        }
        if (ms === status.optimal) {
          const v = Math.round(model.getObjectiveValue());
          found.push(v);
          solution = model.getSolution().colValue;
          for (const [idx, val, limit] of fixing(job, s, v)) {
            model.addRow(-Infinity, limit, { indices: idx, values: val });
            stageRows.push(model.getDimensions().numRows - 1);
          }
          continue;
        }
        if (ms === status.infeasible && s === 1 && guessRow !== null) {
          // the guess was wrong: drop its row (the last one added) and solve the hours after all
          model.deleteRows({ kind: 'set', indices: [guessRow] });
          stageRows.splice(stageRows.indexOf(guessRow), 1);
          guessRow = null;
          found.length = 0;
          s = -1;
          continue;
        }
        if (ms === status.infeasible && s === 0) {
          outcome = 'infeasible';
          break;
        }
        if (ms === status.timeLimit || ms === status.interrupted) {
          outcome = 'limit';
          const dual = Number(model.info.get('mip_dual_bound'));
          if (hasSolution) solution = model.getSolution().colValue;
          else if (s === 0) solution = null;
          bound = stageBound(found, Number.isFinite(dual) ? dual : null);
          break;
        }
        outcome = 'error';
        message = `HiGHS stopped with model status ${ms}`;
        break;
      }
      const firms = solution ? job.y.map((c, g) => ((solution as Float64Array)[c] > 0.5 ? g : -1)).filter((g) => g >= 0) : null;
      let value: SetValue | null = null;
      if (outcome === 'optimal') {
        value = { uncovered: found[0], firmCount: found[1], cost: found[2], awarded: found[3] };
        bound = value;
      } else if (outcome === 'limit' && bound === null) {
        bound = stageBound(found, null);
      }
      report({ rank, status: outcome, firms, value, bound, message });
      floor = found.length >= 2 ? found[0] * job.weight + found[1] : null;
      prevUncovered = outcome === 'optimal' ? found[0] : null;
      if (outcome !== 'optimal' || !firms) return;
      model.deleteRows({ kind: 'set', indices: stageRows });
      // The next rank leaves out a firm of this one; with none to leave out there is no next rank.
      const idx = firms.filter((g) => !job.required[g]).map((g) => job.y[g]);
      if (idx.length === 0) {
        if (rank + 1 < job.ranks) report({ rank: rank + 1, status: 'infeasible', firms: null, value: null, bound: null });
        return;
      }
      model.addRow(-Infinity, idx.length - 1, { indices: idx, values: idx.map(() => 1) });
    }
  } finally {
    model.dispose();
  }
}

/**
 * Rows that keep a stage's optimum in the next ones. The uncovered hours are continuous but whole
 * at the optimum (for fixed firms the rest is a flow with whole data): ½ of slack would let half
 * an hour go uncovered where that is cheaper, so they get none beyond HiGHS's own tolerance. (A
 * slack of 10⁻⁶ made HiGHS's presolve call the next stage infeasible, and HiGHS then gave back its
 * start as "optimal": milp.spec.ts.) The firms' and later stages' optima are whole numbers for
 * whole firm sets, so ½ of slack admits no other set.
 */
function fixing(job: MilpJob, stage: number, v: number): [number[], number[], number][] {
  const st = job.stages[stage];
  return [[st.idx, st.val, stage === 0 ? v : v + 0.5]];
}

/** The lexicographic bound after the stages proven so far (`found`) and the dual bound of the next one. */
export function stageBound(found: number[], dual: number | null): SetValue | null {
  if (found.length === 0 && dual === null) return null;
  const tiers = [...found, dual === null ? 0 : Math.max(0, safeCeil(dual)), 0, 0, 0].slice(0, 4);
  return { uncovered: tiers[0], firmCount: tiers[1], cost: tiers[2], awarded: tiers[3] };
}
