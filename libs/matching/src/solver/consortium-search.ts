import { CapabilityFlow, ExactResult, ForcedShare, RelaxedResult } from './capability-flow';

/**
 * Branch and bound over firms, K best firm sets at once.
 *
 * Objective of a firm set S (lexicographic, smaller is better):
 *   1. uncovered hours  2. |S|  3. cost (øre)  4. Σ awarded last 12 months  5. sorted firm ids.
 * Every non-required firm of S must get at least one hour (otherwise S is not a distinct
 * consortium), so the value of S is its best assignment under that condition; the empty set is
 * an answer only when no firm can take any hours.
 *
 * A node fixes some firms IN and some OUT; the rest are FREE. Its subtree holds every set S with
 * IN ⊆ S ⊆ IN ∪ FREE, and each set is evaluated exactly once: at the node where its last firm (in
 * branching order) was included. The node's lexicographic lower bound (valid for every set below):
 *   - tier 1: the exact least uncovered hours with all of IN ∪ FREE (coverage only grows with the
 *     firm set); under maxFirms also a cardinality bound: coverage is submodular in the firm set,
 *     so k more firms add at most the k largest marginal gains;
 *   - tier 2: |IN| + a covering bound for reaching that coverage: every capability and every
 *     requirement needs so many hours from FREE firms, each firm offers at most its marginal gain
 *     (exact augmenting-path value from IN's flow) or capacity; plus "needs at least k firms" rows.
 *     The Lagrangian dual of that covering LP (coordinate ascent, then subgradient steps, warm-
 *     started from the parent) is a valid lower bound on the number of firms still needed;
 *   - tier 3: the least cost with all of IN ∪ FREE at that coverage;
 *   - tier 4: Σ awarded of IN plus the smallest awarded values of the firms still needed.
 * A node is pruned when its bound is lexicographically worse than the K-th best set found (ties
 * on tiers 1–4 are explored, tier 5 decides them). Further reductions, all exact:
 *   - reduced-cost fixing: a FREE firm whose inclusion would push the covering bound above the
 *     K-th best's firm count is fixed OUT for the subtree;
 *   - dominance: if f can do everything g can, as well or better, a set with g but without f has a
 *     strictly better twin (g swapped for f); with K such f left out, g cannot make the top K;
 *   - a set certainly worse than the K-th best is not evaluated exactly;
 *   - at the K-th best's coverage, a node with room for just one more firm (by the K-th best's
 *     firm count) only tries IN plus each FREE firm whose marginal gains can reach that coverage,
 *     and a node with no room left only evaluates IN.
 * The search is complete when the tree is exhausted: then every returned set is proven to be the
 * k-th best. On timeout, the lower bounds of the unexplored subtrees give the reported gap.
 */

export interface SearchComponent {
  flow: CapabilityFlow;
  /** Pool → candidate firm index. */
  poolFirm: number[];
}

export interface SearchModel {
  firmCount: number;
  awarded: number[];
  firmIds: number[];
  required: boolean[];
  components: SearchComponent[];
  /** Per firm: its pools as (component, pool) pairs. */
  firmPools: { comp: number; pool: number }[][];
  /** Per firm: the firms that dominate it (can replace it in any set, strictly better). */
  dominators: number[][];
  maxFirms: number | null;
  alternatives: number;
  /**
   * Firm sets (candidate indices of non-required firms) that no answer may contain: the better-
   * ranked alternatives, when this search looks for the next one. Empty for the first.
   */
  forbidden?: number[][];
  /**
   * Relative cost slacks of the passes that search with an aspiration before the plain search (K > 1
   * only; default none). A K-best search prunes against its K-th best, which is poor as long as the
   * list holds poor sets; a pass with an aspiration prunes against (the best set's uncovered hours
   * and firm count, its cost × (1 + slack)) too, and when it ends with the list full of sets within
   * that, the list is proven. Otherwise the next pass widens it.
   */
  aspirations?: number[];
  /** Flow results per component by pool set, shared by the searches of one solve (they are the same flows). */
  caches?: SearchCaches;
  deadline: number;
  /** At most this many nodes (a deterministic budget for specs and benchmarks); the search then stops as on a timeout. */
  nodeBudget?: number;
  now: () => number;
  /**
   * Polled with the clock: true stops the search at once (another solver has settled the same
   * question). The outcome then says `stopped`.
   */
  stop?: () => boolean;
  /**
   * Called once, with the best sets so far, when the clock passes `at` (or, when given, the search
   * has explored `afterNodes` nodes: a deterministic hand-over for specs) and it has not finished,
   * once it has found a set. `immediate`: called before the search starts, with no sets (a
   * covering-like tender, where HiGHS is the faster side): when `stop` is then already true the
   * search ends at once without a set of its own (the caller takes HiGHS's).
   */
  handoff?: { at: number; afterNodes?: number; immediate?: boolean; call: (sets: FoundSet[]) => void };
}

export interface SearchCaches {
  relax: Map<string, RelaxedResult>[];
  /** Hours covered by the divisible relaxation, by pool set (relaxedOf). */
  cover: Map<string, number>[];
  exact: Map<string, ExactResult | null>[];
  entries: { count: number };
}

export function searchCaches(components: number): SearchCaches {
  return {
    relax: Array.from({ length: components }, () => new Map()),
    cover: Array.from({ length: components }, () => new Map()),
    exact: Array.from({ length: components }, () => new Map()),
    entries: { count: 0 },
  };
}

export interface SetValue {
  uncovered: number;
  firmCount: number;
  cost: number;
  awarded: number;
}

export interface FoundSet extends SetValue {
  key: string;
  /** Candidate firm indices, ascending (= ascending firm id). */
  firms: number[];
  ids: number[];
  /** Per component: (req, pool, hours) triples. */
  shares: number[][];
}

export interface SearchOutcome {
  sets: FoundSet[];
  /**
   * Lexicographic lower bound over everything not explored (null when the search completed). It
   * never decreases as the search goes on: every node's bound is at least its parent's, and the
   * bound is also kept as a running maximum (see ConsortiumSearch.floor).
   */
  openBound: SetValue | null;
  complete: boolean;
  timedOut: boolean;
  /** Stopped by `SearchModel.stop` (the answer came from elsewhere). */
  stopped: boolean;
  nodes: number;
}

const FREE = 0;
const IN = 1;
const OUT = 2;
/** fewFirmsCost is tried with at most this many firms left to add, on tenders of at most so many candidate firms. */
const FEW_FIRMS_MAX = 3;
const FEW_FIRMS_MAX_CANDIDATES = 100;
/** Deepest branching level explored (≈ 0.4 KB of call stack per level). */
const MAX_DEPTH = 1200;

class Timeout extends Error {}

interface NodeBound extends SetValue {
  /** Per firm: its load in the covering dual (how much the bound "wants" it); null without rows. */
  load: Float64Array | null;
  /** Lower bound on the number of FREE firms still needed (fractional). */
  dual: number;
  /** The dual multipliers by row id (warm start for the children). */
  u: Float64Array | null;
  infeasible: boolean;
}

export function compareValues(a: SetValue, b: SetValue): number {
  return a.uncovered - b.uncovered || a.firmCount - b.firmCount || a.cost - b.cost || a.awarded - b.awarded;
}

export function compareSets(a: FoundSet, b: FoundSet): number {
  const c = compareValues(a, b);
  if (c !== 0) return c;
  const n = Math.min(a.ids.length, b.ids.length);
  for (let i = 0; i < n; i++) if (a.ids[i] !== b.ids[i]) return a.ids[i] - b.ids[i];
  return a.ids.length - b.ids.length;
}

function lexMin(a: SetValue | null, b: SetValue): SetValue {
  return a === null || compareValues(b, a) < 0 ? b : a;
}

export function lexMax(a: SetValue | null, b: SetValue | null): SetValue | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareValues(b, a) > 0 ? b : a;
}

function valueOf(v: SetValue): SetValue {
  return { uncovered: v.uncovered, firmCount: v.firmCount, cost: v.cost, awarded: v.awarded };
}

/**
 * A child's subtree is part of its parent's, so the parent's bound holds for it too: the child's
 * bound is raised to it where it is lower (the bounds are not monotone on their own: the covering
 * dual stops early, starts warm and differs from node to node).
 */
function lift(b: NodeBound, parent: SetValue | null | undefined): NodeBound {
  if (!parent || b.infeasible || compareValues(parent, b) <= 0) return b;
  return { ...b, uncovered: parent.uncovered, firmCount: parent.firmCount, cost: parent.cost, awarded: parent.awarded };
}

/** Covering rows Σ_g a_ig·y_g ≥ 1 in compressed form, reused between nodes. */
class CoverRows {
  count = 0;
  nnz = 0;
  start = new Int32Array(64);
  /** Stable identity of each row across nodes (for warm-starting the dual). */
  id = new Int32Array(64);
  firm = new Int32Array(1024);
  coef = new Float64Array(1024);
  private rowBegin = 0;
  private sum = 0;

  reset(): void {
    this.count = 0;
    this.nnz = 0;
    this.start[0] = 0;
  }

  begin(): void {
    this.rowBegin = this.nnz;
    this.sum = 0;
  }

  /** Adds firm g with contribution `v` towards `need` (capped at need, normalised). */
  push(g: number, v: number, need: number): void {
    if (this.nnz === this.firm.length) {
      const f = new Int32Array(this.firm.length * 2);
      f.set(this.firm);
      this.firm = f;
      const c = new Float64Array(this.coef.length * 2);
      c.set(this.coef);
      this.coef = c;
    }
    const a = Math.min(v, need) / need;
    this.firm[this.nnz] = g;
    this.coef[this.nnz] = a;
    this.nnz++;
    this.sum += a;
  }

  /** Closes the row; false (and the row is dropped) when even all its firms cannot meet it. */
  end(id: number): boolean {
    if (this.sum < 1 - 1e-9) {
      this.nnz = this.rowBegin;
      return false;
    }
    if (this.count + 2 >= this.start.length) {
      const s = new Int32Array(this.start.length * 2);
      s.set(this.start);
      this.start = s;
      const d = new Int32Array(this.id.length * 2);
      d.set(this.id);
      this.id = d;
    }
    this.id[this.count] = id;
    this.count++;
    this.start[this.count] = this.nnz;
    return true;
  }

  /** Knapsack-cover strengthening: a row that needs at least k of its firms also gives Σ y ≥ k. */
  addCardinalityRows(scratch: Float64Array[], idOffset: number): void {
    const base = this.count;
    for (let i = 0; i < base; i++) {
      const from = this.start[i];
      const to = this.start[i + 1];
      const len = to - from;
      if (len < 2) continue;
      if (scratch[0].length < len) scratch[0] = new Float64Array(len * 2);
      // the coefficients in descending order (insertion sort: rows are short, and
      // TypedArray.prototype.sort on a subarray cost more than the rest of this loop)
      const tmp = scratch[0];
      for (let j = 0; j < len; j++) {
        const v = this.coef[from + j];
        let q = j;
        while (q > 0 && tmp[q - 1] < v) {
          tmp[q] = tmp[q - 1];
          q--;
        }
        tmp[q] = v;
      }
      let acc = 0;
      let k = 0;
      for (let j = 0; j < len && acc < 1 - 1e-9; j++) {
        acc += tmp[j];
        k++;
      }
      if (k < 2) continue;
      this.begin();
      for (let j = from; j < to; j++) this.push(this.firm[j], 1, k);
      this.end(this.id[i] + idOffset);
    }
  }
}

/**
 * A SearchModel copied into one fixed shape: one object literal with every field, optional ones
 * too (undefined when not given), in one order. The models come as object literals and spreads
 * (rank 1, ranks 2..K, the judge, with or without a race), each with a map of its own; the hot
 * paths read `this.m` at every node, so its map changing between (or during) solves deoptimised
 * them ("wrong map"), and each deoptimisation costs a recompile: a warm 60 × 40 solve took
 * 24–114 ms for the same 332 nodes.
 */
function fixedShape(m: SearchModel): SearchModel {
  // every key required (a field added to SearchModel must be added here), undefined allowed
  const shaped: { [K in keyof Required<SearchModel>]: SearchModel[K] } = {
    firmCount: m.firmCount,
    awarded: m.awarded,
    firmIds: m.firmIds,
    required: m.required,
    components: m.components,
    firmPools: m.firmPools,
    dominators: m.dominators,
    maxFirms: m.maxFirms,
    alternatives: m.alternatives,
    forbidden: m.forbidden,
    aspirations: m.aspirations,
    caches: m.caches,
    deadline: m.deadline,
    nodeBudget: m.nodeBudget,
    now: m.now,
    stop: m.stop,
    handoff: m.handoff,
  };
  return shaped;
}

export class ConsortiumSearch {
  private readonly m: SearchModel;
  private readonly status: Int8Array;
  private inCount = 0;
  private inAwarded = 0;
  private readonly relaxCache: Map<string, RelaxedResult>[];
  private readonly coverCache: Map<string, number>[];
  private readonly exactCache: Map<string, ExactResult | null>[];
  // Per-component memo of the current node (recomputed only when a firm of that component changes).
  private readonly inActive: number[][];
  private readonly inRelax: (RelaxedResult | null)[];
  private readonly allExact: (ExactResult | null)[];
  private readonly allActive: number[][];
  /** Per component and pool: hours the divisible relaxation of IN ∪ FREE loses without the pool (−1: not yet known for this IN ∪ FREE). */
  private readonly lossAll: Float64Array[];
  /** m.firmPools flattened for the hot loops: firm g's pools are fpComp/fpPool[fpStart[g] .. fpStart[g + 1]). */
  private readonly fpStart: Int32Array;
  private readonly fpComp: Int32Array;
  private readonly fpPool: Int32Array;
  private readonly dirtyIn: Uint8Array;
  private readonly dirtyAll: Uint8Array;
  private readonly top: FoundSet[] = [];
  private readonly seen = new Set<string>();
  private deadline: number;
  /** The aspiration of the current pass (see SearchModel.aspirations), or null. */
  private aspiration: SetValue | null = null;
  /** The empty set is kept apart: it is an answer only when no firm can take any hours. */
  private emptySet: FoundSet | null = null;
  /**
   * Lexicographic lower bound over what was left unproven outside the normal timeout: set
   * evaluations whose inner search (indivisible requirements) was cut short, and subtrees below
   * MAX_DEPTH. Nothing is proven beyond it.
   */
  private unproven: SetValue | null = null;
  private nodes = 0;
  /**
   * Running maximum of the lower bound over everything not yet explored (taken at every node and at
   * the end of each aspiration pass): what is reported never gets worse as the search goes on.
   */
  private floor: SetValue | null = null;
  private handedOff = false;
  private stopped = false;
  /** Set once the search is over: what run() still evaluates then is not cut short. */
  private clockOff = false;
  private readonly cacheEntries: { count: number };
  /** Bounds of pending (not yet explored) exclude-children along the current path. */
  private readonly pending: (SetValue | null)[] = [];
  /** Bound of the node being explored at each depth of the current path. */
  private readonly pathBound: (SetValue | null)[] = [];
  private readonly byAwarded: number[];
  private readonly totalHours: number;
  private readonly rows = new CoverRows();
  /** Row ids: requirement rows from reqOffset[c], then one per capability, one total row; ×2 for cardinality rows. */
  private readonly reqOffset: number[];
  private readonly rowIdSpace: number;
  private readonly scratch: Float64Array[] = [new Float64Array(64)];
  /** Per component: whether any of its requirements is indivisible (coverage is then not submodular). */
  private readonly hasIndivisible: boolean[];
  private readonly forbidden: number[][];
  /** Firms of some forbidden set: they cannot stand in for a dominated firm (the twin could be forbidden). */
  private readonly inForbidden: Uint8Array;

  constructor(model: SearchModel) {
    this.m = model = fixedShape(model);
    this.deadline = model.deadline;
    const C = model.components.length;
    this.status = new Int8Array(model.firmCount);
    const caches = model.caches ?? searchCaches(C);
    this.relaxCache = caches.relax;
    this.coverCache = caches.cover;
    this.exactCache = caches.exact;
    this.cacheEntries = caches.entries;
    this.inActive = model.components.map(() => []);
    this.inRelax = new Array(C).fill(null);
    this.allExact = new Array(C).fill(null);
    this.allActive = model.components.map(() => []);
    this.lossAll = model.components.map((c) => new Float64Array(c.poolFirm.length).fill(-1));
    this.fpStart = new Int32Array(model.firmCount + 1);
    model.firmPools.forEach((pools, g) => (this.fpStart[g + 1] = this.fpStart[g] + pools.length));
    this.fpComp = Int32Array.from(model.firmPools.flat(), (x) => x.comp);
    this.fpPool = Int32Array.from(model.firmPools.flat(), (x) => x.pool);
    this.dirtyIn = new Uint8Array(C).fill(1);
    this.dirtyAll = new Uint8Array(C).fill(1);
    this.byAwarded = Array.from({ length: model.firmCount }, (_, i) => i).sort((a, b) => model.awarded[a] - model.awarded[b] || a - b);
    this.totalHours = model.components.reduce((s, c) => s + c.flow.totalHours, 0);
    this.reqOffset = [];
    let off = 0;
    for (const c of model.components) {
      this.reqOffset.push(off);
      off += c.flow.R;
    }
    this.rowIdSpace = off + C + 1;
    this.hasIndivisible = model.components.map((c) => c.flow.indivisible.some((x) => x === 1));
    this.forbidden = model.forbidden ?? [];
    this.inForbidden = new Uint8Array(model.firmCount);
    for (const f of this.forbidden) for (const g of f) this.inForbidden[g] = 1;
  }

  // -------------------------------------------------------------------------------------------
  // State

  private setStatus(g: number, s: number): void {
    const old = this.status[g];
    if (old === s) return;
    if (old === IN) {
      this.inCount--;
      this.inAwarded -= this.m.awarded[g];
    }
    if (s === IN) {
      this.inCount++;
      this.inAwarded += this.m.awarded[g];
    }
    this.status[g] = s;
    const inChanged = old === IN || s === IN;
    const allChanged = old === OUT || s === OUT;
    for (let k = this.fpStart[g]; k < this.fpStart[g + 1]; k++) {
      if (inChanged) this.dirtyIn[this.fpComp[k]] = 1;
      if (allChanged) this.dirtyAll[this.fpComp[k]] = 1;
    }
  }

  private checkTime(): void {
    if (this.clockOff) return;
    const t = this.m.now();
    const h = this.m.handoff;
    // Not before the search has a set of its own: HiGHS starts from it, and building the MIP must
    // not eat the time the greedy start needs (a 2,000-firm tender was answered empty that way).
    if (h && !this.handedOff && this.top.length > 0 && (t > h.at || (h.afterNodes !== undefined && this.nodes >= h.afterNodes))) {
      this.handedOff = true;
      h.call(this.top.slice());
    }
    if (this.m.stop?.()) {
      this.stopped = true;
      throw new Timeout();
    }
    if (t > this.deadline) throw new Timeout();
  }

  /** Lower bound over what is still unexplored: unproven evaluations, pending exclude-children, the current node. */
  private frontierBound(): SetValue | null {
    let open: SetValue | null = this.unproven;
    // What a pass with an aspiration prunes is worse than the aspiration, no better.
    if (this.aspiration) open = lexMin(open, this.aspiration);
    for (const p of this.pending) if (p) open = lexMin(open, p);
    // The deepest node on the path (its subtree is partly unexplored).
    for (let d = this.pathBound.length - 1; d >= 0; d--) {
      const b = this.pathBound[d];
      if (b) {
        open = lexMin(open, b);
        break;
      }
    }
    return open;
  }

  /** The bound of the node being explored (the root's before the search starts), or null. */
  private currentBound(): SetValue | null {
    for (let d = this.pathBound.length - 1; d >= 0; d--) if (this.pathBound[d]) return this.pathBound[d];
    return null;
  }

  private remember(): void {
    // Keep memory bounded on long runs: the caches are only an accelerator.
    if (++this.cacheEntries.count > 200000) {
      for (const c of this.relaxCache) c.clear();
      for (const c of this.coverCache) c.clear();
      for (const c of this.exactCache) c.clear();
      this.cacheEntries.count = 0;
    }
  }

  /** Divisible max flow of IN (and the marginal value of each eligibility pattern). */
  private relaxIn(c: number): RelaxedResult {
    if (this.dirtyIn[c] === 0) return this.inRelax[c] as RelaxedResult;
    const comp = this.m.components[c];
    const active: number[] = [];
    for (let p = 0; p < comp.poolFirm.length; p++) if (this.status[comp.poolFirm[p]] === IN) active.push(p);
    const key = active.join(',');
    let r = this.relaxCache[c].get(key);
    if (!r) {
      r = comp.flow.relaxed(active);
      this.relaxCache[c].set(key, r);
      this.remember();
    }
    this.inActive[c] = active;
    this.inRelax[c] = r;
    this.dirtyIn[c] = 0;
    return r;
  }

  /** Exact least (uncovered, cost) with all of IN ∪ FREE. */
  private exactAll(c: number): ExactResult {
    if (this.dirtyAll[c] === 0) return this.allExact[c] as ExactResult;
    const comp = this.m.components[c];
    const active: number[] = [];
    const out: number[] = [];
    for (let p = 0; p < comp.poolFirm.length; p++) {
      if (this.status[comp.poolFirm[p]] === OUT) out.push(p);
      else active.push(p);
    }
    // The complement is the shorter key on large components.
    const key = out.length < active.length ? '~' + out.join(',') : active.join(',');
    const r = this.exactKeyed(c, key, active, []) as ExactResult;
    this.allExact[c] = r;
    this.allActive[c] = active;
    this.lossAll[c].fill(-1);
    this.dirtyAll[c] = 0;
    return r;
  }

  private exact(c: number, active: number[], forced: ForcedShare[] = []): ExactResult | null {
    let key = active.join(',');
    if (forced.length > 0) key += '|' + forced.map((f) => `${f.req}:${f.pool}:${f.hours}`).join(',');
    return this.exactKeyed(c, key, active, forced);
  }

  private exactKeyed(c: number, key: string, active: number[], forced: ForcedShare[]): ExactResult | null {
    const cache = this.exactCache[c];
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    this.checkTime();
    const r = this.m.components[c].flow.solveExact(active, forced, 20000, () => !this.clockOff && this.m.now() > this.deadline);
    cache.set(key, r);
    this.remember();
    return r;
  }

  // -------------------------------------------------------------------------------------------
  // Bounds

  /**
   * How many more firms the covering bound must prove to prune; once reached, the dual search
   * stops early (the bound stays valid, merely not the tightest).
   */
  private firmTarget(): number {
    const bar = this.cutoff();
    if (!bar) return Infinity;
    return bar.firmCount - this.inCount + 0.5;
  }

  private bound(warm: Float64Array | null = null): NodeBound {
    const m = this.m;
    const comps = m.components;
    const C = comps.length;
    const n = m.firmCount;
    const H = this.totalHours;
    let uAll = 0;
    let costAll = 0;
    let covIn = 0;
    for (let c = 0; c < C; c++) {
      const e = this.exactAll(c);
      uAll += e.lbUncovered;
      costAll += e.lbCost;
      covIn += this.relaxIn(c).covered;
    }
    // Marginal gains of FREE firms: what adding the firm alone could add (upper bounds).
    if (this.gainBuf.length !== n) this.gainBuf = new Float64Array(n);
    const gainTotal = this.gainBuf; // scratch: read only below, by coveringBound
    let freeCount = 0;
    for (let g = 0; g < n; g++) {
      gainTotal[g] = 0;
      if (this.status[g] !== FREE) continue;
      freeCount++;
      let t = 0;
      for (let k = this.fpStart[g]; k < this.fpStart[g + 1]; k++) {
        const flow = comps[this.fpComp[k]].flow;
        const pool = this.fpPool[k];
        t += Math.min(flow.poolCap[pool], (this.inRelax[this.fpComp[k]] as RelaxedResult).patternValue[flow.poolPattern[pool]]);
      }
      gainTotal[g] = t;
    }
    const room = m.maxFirms === null ? Infinity : m.maxFirms - this.inCount;
    let uLb = Math.max(uAll, this.forbiddenBound(uAll));
    if (uLb > H)
      return { uncovered: uLb, firmCount: this.inCount, cost: 0, awarded: this.inAwarded, load: null, dual: 0, u: null, infeasible: true };
    if (room < freeCount) {
      // Coverage is submodular in the firm set: `room` more firms add at most the top `room` gains.
      const gains: number[] = [];
      for (let g = 0; g < n; g++) if (this.status[g] === FREE && gainTotal[g] > 0) gains.push(gainTotal[g]);
      gains.sort((a, b) => b - a);
      let best = 0;
      for (let i = 0; i < Math.min(room, gains.length); i++) best += gains[i];
      uLb = Math.max(uLb, H - covIn - best);
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const slack = uLb - uAll;
      const uOut = new Float64Array(2 * this.rowIdSpace);
      const dual = this.coveringBound(slack, H - uLb - covIn, gainTotal, this.firmTarget(), warm, uOut);
      const extra = dual === Infinity ? Infinity : Math.max(0, Math.ceil(dual - 1e-6));
      if (extra === Infinity || (m.maxFirms !== null && this.inCount + extra > m.maxFirms)) {
        // This coverage is out of reach in this subtree: at least one more hour stays uncovered.
        uLb += 1;
        if (attempt < 2) continue;
        return {
          uncovered: uLb,
          firmCount: this.inCount,
          cost: 0,
          awarded: this.inAwarded,
          load: null,
          dual: 0,
          u: null,
          infeasible: uLb > H,
        };
      }
      const cost = slack > 0 ? this.cheapestUnits(H - uLb) : costAll;
      let awarded = this.inAwarded;
      for (let i = 0, need = extra; i < this.byAwarded.length && need > 0; i++) {
        const g = this.byAwarded[i];
        if (this.status[g] === FREE) {
          awarded += m.awarded[g];
          need--;
        }
      }
      const load = this.rows.count > 0 ? Float64Array.from(this.loadBuf) : null;
      return { uncovered: uLb, firmCount: this.inCount + extra, cost, awarded, load, dual, u: load ? uOut : warm, infeasible: false };
    }
    throw new Error('unreachable');
  }

  /**
   * At the K-th best's coverage and firm count, every set below this node that could still make
   * the list has exactly r = firmCount − |IN| more firms; for small r the cost tier gets the bound
   * of fewFirmsCost, which sees that only r firms join (the all-firms cost bound does not, and on
   * random 60 × 40 most nodes of the ranks-2..K search sit there, 0–3 % below the cutoff's cost).
   */
  private withFewFirmsCost(b: NodeBound): NodeBound {
    const kth = this.cutoff();
    if (!kth || b.infeasible || b.uncovered !== kth.uncovered || b.firmCount !== kth.firmCount || b.cost > kth.cost) return b;
    const r = b.firmCount - this.inCount;
    if (r < 1 || r > FEW_FIRMS_MAX || this.m.firmCount > FEW_FIRMS_MAX_CANDIDATES) return b;
    const cost = this.fewFirmsCost(r, b.uncovered);
    return cost > b.cost ? { ...b, cost } : b;
  }

  /**
   * Least cost of a set IN ∪ T (T ⊆ FREE, |T| ≤ r) that leaves `uncovered` hours uncovered. Per
   * capability c, v_c(S) = the most Σ (M_c − rate)·x over divisible flows x of the pools of S is a
   * weighted transversal-matroid rank (pool hours matched to requirement hours), so submodular in
   * the pool set, and with M_c at least every rate allowed the greedy min-cost maximum flow
   * (CapabilityFlow.relaxed) attains it. Hence v_c(IN ∪ T) ≤ v_c(IN) + Σ_{g∈T} δ_cg, δ_cg = v_c(IN + g)
   * − v_c(IN), and since any exact assignment of S covering cov_c hours is such a flow,
   * cost_c(S) ≥ M_c·cov_c − v_c(IN) − Σ_T δ_cg. When `uncovered` is the least possible, every
   * capability covers its own most (cov_c known) and each gets its own M_c; else one M for all and
   * the total coverage. The sum is at least the bound minus the r largest Σ_c δ_cg.
   */
  private fewFirmsCost(r: number, uncovered: number): number {
    const m = this.m;
    const C = m.components.length;
    let uAll = 0;
    for (let c = 0; c < C; c++) uAll += this.exactAll(c).lbUncovered;
    const perCapability = uAll === uncovered;
    if (this.fewM.length !== C) this.fewM = new Float64Array(C);
    const M = this.fewM;
    let maxM = 0;
    for (let c = 0; c < C; c++) {
      const { flow, poolFirm } = m.components[c];
      let mc = 0;
      for (let p = 0; p < flow.P; p++) if (this.status[poolFirm[p]] !== OUT && flow.poolRate[p] > mc) mc = flow.poolRate[p];
      M[c] = mc;
      if (mc > maxM) maxM = mc;
    }
    if (!perCapability) M.fill(maxM);
    let base = perCapability ? 0 : maxM * (this.totalHours - uncovered);
    for (let c = 0; c < C; c++) {
      const rel = this.relaxIn(c);
      if (perCapability) base += M[c] * (m.components[c].flow.totalHours - this.exactAll(c).lbUncovered);
      base -= M[c] * rel.covered - rel.cost;
    }
    const deltas = this.fewDeltas;
    deltas.length = 0;
    for (let g = 0; g < m.firmCount; g++) {
      if (this.status[g] !== FREE) continue;
      let d = 0;
      for (const { comp, pool } of m.firmPools[g]) {
        const withG = this.relaxedWith(comp, pool);
        const inRel = this.inRelax[comp] as RelaxedResult;
        d += M[comp] * (withG.covered - inRel.covered) - (withG.cost - inRel.cost);
      }
      if (d > 0) deltas.push(d);
    }
    deltas.sort((a, b) => b - a);
    for (let i = 0; i < Math.min(r, deltas.length); i++) base -= deltas[i];
    // costs are whole øre; the margin absorbs floating-point rounding of the sums
    return Math.ceil(base - 1e-6 * Math.max(1, Math.abs(base)));
  }

  /**
   * Specs only: fewFirmsCost(r, uncovered) with `inFirms` IN, `outFirms` OUT and every other firm
   * FREE (the search's state is restored afterwards).
   */
  fewFirmsCostFor(inFirms: number[], outFirms: number[], r: number, uncovered: number): number {
    const saved = Int8Array.from(this.status);
    try {
      for (let g = 0; g < this.m.firmCount; g++) this.setStatus(g, FREE);
      for (const g of inFirms) this.setStatus(g, IN);
      for (const g of outFirms) this.setStatus(g, OUT);
      return this.fewFirmsCost(r, uncovered);
    } finally {
      for (let g = 0; g < this.m.firmCount; g++) this.setStatus(g, saved[g]);
    }
  }

  /** The divisible relaxation of IN's pools plus `pool` in capability c (cached like relaxIn). */
  private relaxedWith(c: number, pool: number): RelaxedResult {
    const inActive = this.inActive[c];
    const active: number[] = [];
    let placed = false;
    for (const p of inActive) {
      if (!placed && pool < p) {
        active.push(pool);
        placed = true;
      }
      active.push(p);
    }
    if (!placed) active.push(pool);
    const key = active.join(',');
    let r = this.relaxCache[c].get(key);
    if (!r) {
      r = this.m.components[c].flow.relaxed(active);
      this.relaxCache[c].set(key, r);
      this.remember();
    }
    return r;
  }

  private fewM = new Float64Array(0);
  private readonly fewDeltas: number[] = [];
  private loadBuf = new Float64Array(0);
  private gainBuf = new Float64Array(0);
  private readonly coverDual = new CoverDual();

  /** Least cost of `units` hours from the divisible relaxation of IN ∪ FREE (convex per capability). */
  private cheapestUnits(units: number): number {
    const segs: [number, number][] = [];
    for (let c = 0; c < this.m.components.length; c++) {
      const e = this.exactAll(c);
      for (let i = 0; i < e.relaxedSegments.length; i += 2) segs.push([e.relaxedSegments[i], e.relaxedSegments[i + 1]]);
    }
    segs.sort((a, b) => a[0] - b[0]);
    let left = units;
    let cost = 0;
    for (const [rate, load] of segs) {
      if (left <= 0) break;
      const t = Math.min(load, left);
      cost += t * rate;
      left -= t;
    }
    return cost;
  }

  /**
   * Lower bound on how many FREE firms are still needed to cover H − uLb hours: every capability
   * and every requirement needs a certain number of hours from FREE firms (rows), a firm
   * contributes at most its marginal gain / capacity (columns). Infinity when a row cannot be met.
   */
  private coveringBound(
    slack: number,
    totalNeed: number,
    gainTotal: Float64Array,
    target: number,
    warm: Float64Array | null,
    uOut: Float64Array,
  ): number {
    const m = this.m;
    const n = m.firmCount;
    const rows = this.rows;
    rows.reset();
    if (this.loadBuf.length !== n) this.loadBuf = new Float64Array(n);
    for (let c = 0; c < m.components.length; c++) {
      const comp = m.components[c];
      const flow = comp.flow;
      const allU = (this.allExact[c] as ExactResult).lbUncovered;
      const relax = this.inRelax[c] as RelaxedResult;
      // Capability row: the hours still to find, from FREE firms' marginal gains.
      const needC = flow.totalHours - allU - slack - relax.covered;
      if (needC > 0) {
        rows.begin();
        for (let p = 0; p < flow.P; p++) {
          const g = comp.poolFirm[p];
          if (this.status[g] !== FREE) continue;
          const v = Math.min(flow.poolCap[p], relax.patternValue[flow.poolPattern[p]]);
          if (v > 0) rows.push(g, v, needC);
        }
        if (!rows.end(this.rowIdSpace - 1 - 1 - c)) return Infinity;
      }
      // Requirement rows: each requirement gets at least its least share in any solution that
      // covers as much as possible (all of it when nothing is uncoverable), less the slack.
      const allEx = this.allExact[c] as ExactResult;
      if (allU > 0 && allEx.minShare == null) allEx.minShare = flow.minShares(this.allActive[c], flow.totalHours - allU);
      for (let r = 0; r < flow.R; r++) {
        let need = (allU > 0 ? (allEx.minShare as Int32Array)[r] : flow.hours[r]) - slack;
        if (need <= 0) continue;
        const pools = flow.reqPools[r];
        let inSupply = 0;
        for (let i = 0; i < pools.length; i++) {
          if (this.status[comp.poolFirm[pools[i]]] === IN) inSupply += flow.poolCap[pools[i]];
        }
        if (flow.indivisible[r] === 1 && inSupply > 0) continue;
        need -= inSupply;
        if (need <= 0) continue;
        rows.begin();
        for (let i = 0; i < pools.length; i++) {
          const g = comp.poolFirm[pools[i]];
          if (this.status[g] === FREE) rows.push(g, flow.poolCap[pools[i]], need);
        }
        if (!rows.end(this.reqOffset[c] + r)) return Infinity;
      }
    }
    if (slack > 0 && totalNeed > 0) {
      rows.begin();
      for (let g = 0; g < n; g++) if (this.status[g] === FREE && gainTotal[g] > 0) rows.push(g, gainTotal[g], totalNeed);
      if (!rows.end(this.rowIdSpace - 1)) return Infinity;
    }
    if (rows.count === 0) return 0;
    rows.addCardinalityRows(this.scratch, this.rowIdSpace);
    return this.coverDual.solve(rows, this.loadBuf, target, warm, uOut);
  }

  // -------------------------------------------------------------------------------------------
  // Evaluating a firm set

  /** Exact value of the set IN (every non-required firm must get hours); offers it to the top list. */
  private evaluateCurrentSet(): void {
    const firms: number[] = [];
    for (let g = 0; g < this.m.firmCount; g++) if (this.status[g] === IN) firms.push(g);
    const key = firms.join(',');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const active: number[][] = [];
    for (let c = 0; c < this.m.components.length; c++) {
      this.relaxIn(c);
      active.push(this.inActive[c]);
    }
    const found = this.evaluateSet(firms, active, this.cutoff(), true);
    if (found) this.offer(found);
  }

  /**
   * What a set must not be worse than to matter: the K-th best so far (a set worse than it cannot
   * make the list), or the aspiration of the current pass when that is lower (see run()).
   */
  private cutoff(): SetValue | null {
    const top = this.top;
    const kth = top.length >= this.m.alternatives ? top[top.length - 1] : null;
    const a = this.aspiration;
    if (a === null) return kth;
    return kth === null || compareValues(a, kth) < 0 ? a : kth;
  }

  /**
   * Exact value of a firm set, or null when some non-required firm cannot be given hours, or when
   * the set is certainly worse than `cutoff` (then it is not worth the exact value).
   */
  evaluateSet(firms: number[], activeGiven?: number[][], cutoff: SetValue | null = null, leanOnly = false): FoundSet | null {
    const m = this.m;
    const C = m.components.length;
    let active = activeGiven;
    if (!active) {
      const inSet = new Uint8Array(m.firmCount);
      for (const g of firms) inSet[g] = 1;
      active = m.components.map((comp) => {
        const a: number[] = [];
        for (let p = 0; p < comp.poolFirm.length; p++) if (inSet[comp.poolFirm[p]]) a.push(p);
        return a;
      });
    }
    const act = active;
    let best: { u: number; cost: number; shares: number[][] } | null = null;
    const forcedBy: ForcedShare[][] = Array.from({ length: C }, () => []);
    const forcedFirm = new Uint8Array(m.firmCount);
    const hoursOf = new Float64Array(m.firmCount);
    let setAwarded = 0;
    for (const g of firms) setAwarded += m.awarded[g];

    // Best assignment; if a non-required firm gets no hours, branch on what it takes (≥ 1 hour of
    // one of its requirements, or all of an indivisible one) and keep the best of the branches.
    const solve = (): void => {
      const results: ExactResult[] = [];
      let u = 0;
      let cost = 0;
      for (let c = 0; c < C; c++) {
        const r = this.exact(c, act[c], forcedBy[c]);
        if (!r) return; // the forced shares do not fit
        results.push(r);
        u += r.uncovered;
        cost += r.cost;
      }
      if (results.some((r) => !r.proven)) {
        let lbU = 0;
        let lbC = 0;
        for (const r of results) {
          lbU += r.lbUncovered;
          lbC += r.lbCost;
        }
        const lb = lexMax({ uncovered: lbU, firmCount: firms.length, cost: lbC, awarded: 0 }, this.currentBound()) as SetValue;
        this.unproven = lexMin(this.unproven, valueOf(lb));
      }
      if (best && (u > best.u || (u === best.u && cost >= best.cost))) return;
      // Forcing hours on idle firms only makes the value worse: stop when it cannot make the list.
      if (cutoff && compareValues({ uncovered: u, firmCount: firms.length, cost, awarded: setAwarded }, cutoff) > 0) return;
      hoursOf.fill(0);
      for (let c = 0; c < C; c++) {
        const sh = results[c].shares;
        for (let i = 0; i < sh.length; i += 3) hoursOf[m.components[c].poolFirm[sh[i + 1]]] += sh[i + 2];
      }
      let idle = -1;
      for (const g of firms) {
        if (!m.required[g] && hoursOf[g] === 0 && !forcedFirm[g]) {
          idle = g;
          break;
        }
      }
      // A firm idle in a best assignment is not needed: the set is not lean (see isLean), so it
      // cannot be an alternative, and forcing hours on the firm would only make it worse.
      if (idle >= 0 && leanOnly) return;
      if (idle < 0) {
        best = { u, cost, shares: results.map((r) => r.shares) };
        return;
      }
      forcedFirm[idle] = 1;
      for (const { comp, pool } of m.firmPools[idle]) {
        const flow = m.components[comp].flow;
        for (const r of flow.poolReqs[pool]) {
          forcedBy[comp].push({ req: r, pool, hours: flow.indivisible[r] === 1 ? flow.hours[r] : 1 });
          solve();
          forcedBy[comp].pop();
        }
      }
      forcedFirm[idle] = 0;
    };
    solve();
    if (!best) return null;
    const b = best as { u: number; cost: number; shares: number[][] };
    const awarded = setAwarded;
    return {
      key: firms.join(','),
      firms: firms.slice(),
      ids: firms.map((g) => m.firmIds[g]),
      uncovered: b.u,
      firmCount: firms.length,
      cost: b.cost,
      awarded,
      shares: b.shares,
    };
  }

  /** Adds a found set to the K-best list (distinct, lean sets only, within maxFirms). */
  offer(found: FoundSet): void {
    const top = this.top;
    if (this.m.maxFirms !== null && found.firmCount > this.m.maxFirms) return;
    if (found.firmCount === 0) {
      this.emptySet = found;
      return;
    }
    if (top.some((t) => t.key === found.key)) return;
    const K = this.m.alternatives;
    if (top.length >= K && compareSets(found, top[top.length - 1]) >= 0) return;
    if (this.containsForbidden(found.firms)) return;
    if (!this.isLean(found)) return;
    let i = top.length;
    while (i > 0 && compareSets(found, top[i - 1]) < 0) i--;
    top.splice(i, 0, found);
    if (top.length > K) top.pop();
  }

  /**
   * A set is lean when every one of its non-required firms is needed: without it, even assigned
   * freely, the others leave more hours uncovered than the set does. A set that is not lean holds
   * a better set (fewer firms, the same coverage): it is that consortium with firms added and hours
   * moved to them, a near-copy and not an alternative. Equivalently (for the ranked list): a lean
   * set contains no better-ranked set, so every alternative leaves out a firm of each better one.
   */
  private isLean(found: FoundSet): boolean {
    const m = this.m;
    const inSet = new Uint8Array(m.firmCount);
    for (const g of found.firms) inSet[g] = 1;
    const active = m.components.map((comp) => {
      const a: number[] = [];
      for (let p = 0; p < comp.poolFirm.length; p++) if (inSet[comp.poolFirm[p]]) a.push(p);
      return a;
    });
    // Per component: the set's own least uncovered hours, exact (a lower bound first: coverage
    // only shrinks without a firm, so the exact value is needed only where the bound is not enough)
    const own: (number | null)[] = new Array(m.components.length).fill(null);
    const ownExact = (c: number) => (own[c] ??= (this.exact(c, active[c]) as ExactResult).uncovered);
    let base = 0;
    for (let c = 0; c < m.components.length; c++) base += ownExact(c);
    for (const g of found.firms) {
      if (m.required[g]) continue;
      // the divisible relaxation leaves at most as many hours uncovered as the exact assignment
      let bound = base;
      for (const { comp, pool } of m.firmPools[g]) {
        const rest = active[comp].filter((p) => p !== pool);
        bound += this.m.components[comp].flow.totalHours - this.relaxedOf(comp, rest).covered - ownExact(comp);
      }
      if (bound > found.uncovered) continue; // without g, more hours stay uncovered even relaxed
      let without = base;
      for (const { comp, pool } of m.firmPools[g]) {
        const r = this.exact(
          comp,
          active[comp].filter((p) => p !== pool),
        ) as ExactResult;
        without += r.uncovered - ownExact(comp);
      }
      if (without <= found.uncovered) return false;
    }
    return true;
  }

  /**
   * True when a non-required firm of IN adds no coverage to the rest of IN, in capabilities
   * without indivisible requirements. There coverage is a max flow, submodular in the firm set: the
   * firm adds no coverage to any larger set either, so no set below this node is lean and the whole
   * subtree holds no alternative.
   */
  private someInFirmIsRedundant(): boolean {
    const m = this.m;
    for (let g = 0; g < m.firmCount; g++) {
      if (this.status[g] !== IN || m.required[g]) continue;
      let gain = 0;
      let divisible = true;
      for (const { comp, pool } of m.firmPools[g]) {
        if (this.hasIndivisible[comp]) {
          divisible = false;
          break;
        }
        const all = this.relaxIn(comp);
        gain +=
          all.covered -
          this.relaxedOf(
            comp,
            this.inActive[comp].filter((p) => p !== pool),
          ).covered;
        if (gain > 0) break;
      }
      if (divisible && gain === 0) return true;
    }
    return false;
  }

  /**
   * Least uncovered hours below this node given the forbidden sets: each set not yet broken (no
   * firm OUT) must lose one of its FREE firms, so the coverage is at best that of IN ∪ FREE without
   * the one whose loss costs least (the divisible relaxation of that, a lower bound). H + 1 when a
   * forbidden set has no FREE firm left (every firm IN).
   */
  private forbiddenBound(uAll: number): number {
    let best = uAll;
    for (const f of this.forbidden) {
      if (f.some((g) => this.status[g] === OUT)) continue;
      let least = Infinity;
      for (const g of f) {
        if (this.status[g] !== FREE) continue;
        let u = uAll;
        for (const { comp, pool } of this.m.firmPools[g]) {
          const loss = this.lossAll[comp];
          if (loss[pool] < 0) {
            const flow = this.m.components[comp].flow;
            const without =
              flow.totalHours -
              this.relaxedOf(
                comp,
                this.allActive[comp].filter((p) => p !== pool),
              ).covered;
            loss[pool] = Math.max(0, without - (this.allExact[comp] as ExactResult).lbUncovered);
          }
          u += loss[pool];
        }
        least = Math.min(least, u);
        if (least <= best) break;
      }
      if (least === Infinity) return this.totalHours + 1;
      best = Math.max(best, least);
    }
    return best;
  }

  /** Whether IN holds every firm of a forbidden set (then so does every set below this node). */
  private inHoldsForbidden(): boolean {
    return this.forbidden.some((f) => f.every((g) => this.status[g] === IN));
  }

  /** Whether FREE firm g would add no coverage to IN, in capabilities without indivisible requirements only. */
  private wouldBeRedundant(g: number): boolean {
    const m = this.m;
    for (const { comp, pool } of m.firmPools[g]) {
      if (this.hasIndivisible[comp]) return false;
      const flow = m.components[comp].flow;
      if (Math.min(flow.poolCap[pool], this.relaxIn(comp).patternValue[flow.poolPattern[pool]]) > 0) return false;
    }
    return true;
  }

  /** Whether the firm set (ascending candidate indices) contains every firm of a forbidden set. */
  private containsForbidden(firms: number[]): boolean {
    if (this.forbidden.length === 0) return false;
    const inSet = new Set(firms);
    return this.forbidden.some((f) => f.every((g) => inSet.has(g)));
  }

  /** Hours the divisible relaxation of a pool set covers (cached; no pattern values needed). */
  private relaxedOf(c: number, active: number[]): { covered: number } {
    const key = active.join(',');
    const cache = this.coverCache[c];
    let covered = cache.get(key);
    if (covered === undefined) {
      covered = this.m.components[c].flow.maxCoverage(active);
      cache.set(key, covered);
      this.remember();
    }
    return { covered };
  }

  private prunable(b: SetValue): boolean {
    const bar = this.cutoff();
    return bar !== null && compareValues(b, bar) > 0;
  }

  // -------------------------------------------------------------------------------------------
  // Greedy start

  private inList(): number[] {
    const out: number[] = [];
    for (let g = 0; g < this.m.firmCount; g++) if (this.status[g] === IN) out.push(g);
    return out;
  }

  /**
   * Greedy: add the firm with the largest marginal coverage (ties: cheaper, less awarded, lower
   * id) until nothing more can be covered, then drop firms that are not needed. Leaves the state
   * as it found it.
   */
  private greedy(forbidden: number[]): FoundSet | null {
    const m = this.m;
    const saved = Int8Array.from(this.status);
    try {
      for (const g of forbidden) if (this.status[g] === FREE) this.setStatus(g, OUT);
      let target = 0;
      for (let c = 0; c < m.components.length; c++) target += m.components[c].flow.totalHours - this.exactAll(c).uncovered;
      for (;;) {
        this.checkTime();
        if (m.maxFirms !== null && this.inCount >= m.maxFirms) break;
        let covered = 0;
        for (let c = 0; c < m.components.length; c++) covered += this.relaxIn(c).covered;
        if (covered >= target) break;
        let bestG = -1;
        let bestGain = 0;
        let bestRate = Infinity;
        for (let g = 0; g < m.firmCount; g++) {
          if (this.status[g] !== FREE) continue;
          let gain = 0;
          let rateW = 0;
          for (const { comp, pool } of m.firmPools[g]) {
            const flow = m.components[comp].flow;
            const v = Math.min(flow.poolCap[pool], (this.inRelax[comp] as RelaxedResult).patternValue[flow.poolPattern[pool]]);
            gain += v;
            rateW += v * flow.poolRate[pool];
          }
          if (gain <= 0) continue;
          const rate = rateW / gain;
          if (gain > bestGain || (gain === bestGain && (rate < bestRate || (rate === bestRate && m.awarded[g] < m.awarded[bestG])))) {
            bestG = g;
            bestGain = gain;
            bestRate = rate;
          }
        }
        if (bestG < 0) break;
        this.setStatus(bestG, IN);
      }
      let current = this.evaluateSet(this.inList());
      // Indivisible requirements may still be short: add firms while the exact value improves.
      let uAll = 0;
      for (let c = 0; c < m.components.length; c++) uAll += this.exactAll(c).uncovered;
      while (current && current.uncovered > uAll && (m.maxFirms === null || this.inCount < m.maxFirms)) {
        let bestNext: FoundSet | null = null;
        let bestG = -1;
        for (let g = 0; g < m.firmCount; g++) {
          if (this.status[g] !== FREE) continue;
          this.checkTime();
          const cand = this.evaluateSet([...this.inList(), g].sort((a, b) => a - b));
          if (cand && cand.uncovered < current.uncovered && (!bestNext || compareSets(cand, bestNext) < 0)) {
            bestNext = cand;
            bestG = g;
          }
        }
        if (bestG < 0) break;
        this.setStatus(bestG, IN);
        current = bestNext;
      }
      // Drop firms that are not needed (last added first).
      if (current) {
        for (const g of this.inList().reverse()) {
          if (m.required[g]) continue;
          this.checkTime();
          const cand = this.evaluateSet(this.inList().filter((x) => x !== g));
          if (cand && compareSets(cand, current) < 0) {
            this.setStatus(g, FREE);
            current = cand;
          }
        }
        this.offer(current);
      }
      return current;
    } finally {
      for (let g = 0; g < m.firmCount; g++) this.setStatus(g, saved[g]);
    }
  }

  /**
   * Greedy starts that leave out a firm of every forbidden set: without one firm of the latest
   * forbidden set at a time; when the answer still holds a forbidden set, without one of its firms
   * (the one with the fewest hours) as well, and again.
   */
  private greedyAvoidingForbidden(): void {
    const m = this.m;
    const last = this.forbidden[this.forbidden.length - 1];
    for (const first of last.slice(0, 2 * Math.max(1, m.alternatives) + 2)) {
      const avoid = [first];
      for (let round = 0; round <= this.forbidden.length; round++) {
        const found = this.greedy(avoid);
        if (!found) break;
        const hit = this.forbidden.find((f) => f.every((g) => found.firms.includes(g)));
        if (!hit) break;
        const hours = this.hoursOf(found);
        const next = hit.filter((g) => !avoid.includes(g)).sort((a, b) => (hours.get(a) ?? 0) - (hours.get(b) ?? 0) || a - b)[0];
        if (next === undefined) break;
        avoid.push(next);
      }
    }
  }

  private hoursOf(set: FoundSet): Map<number, number> {
    const hours = new Map<number, number>();
    set.shares.forEach((sh, c) => {
      for (let i = 0; i < sh.length; i += 3) {
        const g = this.m.components[c].poolFirm[sh[i + 1]];
        hours.set(g, (hours.get(g) ?? 0) + sh[i + 2]);
      }
    });
    return hours;
  }

  // -------------------------------------------------------------------------------------------
  // Branch and bound

  run(): SearchOutcome {
    const m = this.m;
    for (let g = 0; g < m.firmCount; g++) if (m.required[g]) this.setStatus(g, IN);
    let complete = false;
    let timedOut = false;
    const h = m.handoff;
    if (h?.immediate) {
      // HiGHS first (the search pauses meanwhile, see solver.ts): the greedy start would only delay it,
      // and when HiGHS has proven the answer by the time it returns, the greedy is not needed at all.
      this.handedOff = true;
      h.call([]);
      if (m.stop?.()) {
        this.stopped = true;
        return {
          sets: [],
          openBound: { uncovered: 0, firmCount: 0, cost: 0, awarded: 0 },
          complete: false,
          timedOut: false,
          stopped: true,
          nodes: 0,
        };
      }
    }
    try {
      // Greedy starts: the plain greedy, then (for alternatives) greedy without each firm of it.
      // The first one always finishes, past the deadline if need be: on a busy machine a
      // 2,000-firm tender ran out of time before it and was answered with nobody, every hour
      // uncovered, where a late answer is the better one.
      this.clockOff = true;
      try {
        this.greedy([]);
      } finally {
        this.clockOff = false;
      }
      const root = this.bound();
      this.pathBound[0] = root;
      if (this.forbidden.length > 0) this.greedyAvoidingForbidden();
      if (this.top.length > 0 && m.alternatives > 1) {
        // Close alternatives differ in a marginal firm: restart without the least-used ones.
        const first = this.top[0];
        const hours = new Map<number, number>();
        first.shares.forEach((sh, c) => {
          for (let i = 0; i < sh.length; i += 3) {
            const g = m.components[c].poolFirm[sh[i + 1]];
            hours.set(g, (hours.get(g) ?? 0) + sh[i + 2]);
          }
        });
        const marginal = first.firms.filter((g) => !m.required[g]).sort((a, b) => (hours.get(a) ?? 0) - (hours.get(b) ?? 0) || a - b);
        for (const g of marginal.slice(0, 2 * m.alternatives)) this.greedy([g]);
      }
      // Passes with an aspiration first (see SearchModel.aspirations), then the plain search.
      const slacks = m.aspirations ?? [];
      for (let pass = 0; ; pass++) {
        const ref = this.top[0];
        this.aspiration =
          pass < slacks.length && ref
            ? { uncovered: ref.uncovered, firmCount: ref.firmCount, cost: Math.floor(ref.cost * (1 + slacks[pass])), awarded: Infinity }
            : null;
        this.seen.clear(); // a set skipped as worse than the aspiration is evaluated again under a wider one
        this.explore(root, true, 0, null);
        if (this.aspiration === null) break;
        // Every node this pass pruned was worse than the aspiration or the K-th best: once the list is
        // full of sets within the aspiration, none of the pruned ones can make it. Otherwise every set
        // within it is on the list, and what is left is worse than it.
        const K = m.alternatives;
        if (this.top.length >= K && compareValues(this.top[K - 1], this.aspiration) <= 0) break;
        this.floor = lexMax(this.floor, this.aspiration);
      }
      this.aspiration = null;
      complete = true;
    } catch (e) {
      if (!(e instanceof Timeout)) throw e;
      timedOut = true;
    }
    this.clockOff = true;
    if (this.top.length === 0 && this.forbidden.length === 0) {
      // Nothing non-empty was found (none exists, or the budget ran out before the greedy start
      // finished): answer with the required firms alone / the empty set, past the deadline if need be.
      const own = this.emptySet ?? this.evaluateSet(this.m.required.map((r, g) => (r ? g : -1)).filter((g) => g >= 0));
      if (own) this.top.push(own);
    }
    if (this.unproven) complete = false;
    let openBound: SetValue | null = null;
    if (!complete) {
      const f = this.frontierBound();
      openBound = lexMax(this.floor, f ? valueOf(f) : null) ?? { uncovered: 0, firmCount: 0, cost: 0, awarded: 0 };
    }
    return { sets: this.top.slice(), openBound, complete, timedOut: timedOut && !this.stopped, stopped: this.stopped, nodes: this.nodes };
  }

  private explore(given: NodeBound | null, evaluateIn: boolean, depth: number, warm: Float64Array | null): void {
    this.nodes++;
    this.pathBound.length = depth + 1; // until this node's bound is known, its parent's covers it
    const open = this.frontierBound();
    if (open) this.floor = lexMax(this.floor, valueOf(open));
    if (this.m.nodeBudget !== undefined && this.nodes > this.m.nodeBudget) throw new Timeout();
    this.checkTime();
    if (evaluateIn && this.onlyInCanCount()) {
      this.evaluateCurrentSet();
      return;
    }
    const b = lift(given ?? this.bound(warm), depth > 0 ? this.pathBound[depth - 1] : null);
    if (depth >= MAX_DEPTH) {
      // Keep the call stack bounded (only very large instances get here): this subtree is left
      // unexplored and its bound joins the reported lower bound.
      if (!b.infeasible && !this.prunable(b)) this.unproven = lexMin(this.unproven, b);
      return;
    }
    this.pathBound[depth] = b;
    try {
      this.exploreNode(b, evaluateIn, depth);
    } finally {
      this.pathBound.length = depth;
    }
  }

  private exploreNode(bound: NodeBound, evaluateIn: boolean, depth: number): void {
    const b = this.withFewFirmsCost(bound);
    this.pathBound[depth] = b;
    if (b.infeasible || this.prunable(b)) return;
    if (evaluateIn && (this.someInFirmIsRedundant() || this.inHoldsForbidden())) return;
    if (evaluateIn) {
      this.evaluateCurrentSet();
      if (this.prunable(b)) return;
    }
    if (this.onlyThisSetMatters(b)) return;
    if (this.m.maxFirms !== null && this.inCount >= this.m.maxFirms) return; // no room for another firm
    if (this.onlyOneMoreFirm(b)) {
      this.tryEachLastFirm(b);
      return;
    }
    // Reduced-cost fixing: once K sets are known and tier 1 is tight, a FREE firm whose inclusion
    // pushes the covering bound above the K-th best's firm count cannot be in a better set.
    const fixed: number[] = [];
    const K = this.m.alternatives;
    try {
      // A forbidden set with every firm but one IN: that one may not join.
      for (const f of this.forbidden) {
        let free = -1;
        let others = 0;
        for (const g of f) {
          if (this.status[g] === FREE) {
            free = free === -1 ? g : -2;
          } else if (this.status[g] === OUT) others = -1;
          if (others < 0 || free === -2) break;
        }
        if (others === 0 && free >= 0) {
          this.setStatus(free, OUT);
          fixed.push(free);
        }
      }
      // A FREE firm that would add no coverage to IN (capabilities without indivisible requirements)
      // would add none to any larger set either: no lean set below this node has it.
      for (let g = 0; g < this.m.firmCount; g++) {
        if (this.status[g] !== FREE || this.m.required[g] || !this.wouldBeRedundant(g)) continue;
        this.setStatus(g, OUT);
        fixed.push(g);
      }
      // Dominance: a set with g but without K of g's dominators has K strictly better twins.
      for (let g = 0; g < this.m.firmCount; g++) {
        const doms = this.m.dominators[g];
        if (this.status[g] !== FREE || doms.length < K) continue;
        let out = 0;
        for (const f of doms) if (this.status[f] === OUT && !this.inForbidden[f]) out++;
        if (out >= K) {
          this.setStatus(g, OUT);
          fixed.push(g);
        }
      }
      // Reduced-cost fixing on the same bound. Neither fixing is followed by a new bound here: the
      // node's bound stays valid for the smaller subtree (the Lagrangian only rises when columns go),
      // and the children bound themselves anyway. Re-bounding after each fixing was over a quarter of all
      // bound calls on random 60 × 40 and pruned one node in five of those it was made for.
      const kth = this.cutoff();
      if (kth !== null && b.load && b.uncovered === kth.uncovered) {
        for (let g = 0; g < this.m.firmCount; g++) {
          if (this.status[g] !== FREE) continue;
          const rc = Math.max(0, 1 - b.load[g]);
          if (this.inCount + Math.ceil(b.dual + rc - 1e-6) > kth.firmCount) {
            this.setStatus(g, OUT);
            fixed.push(g);
          }
        }
      }
      const g = this.chooseBranch(b);
      if (g < 0) return;
      // The exclude-child's bound first, so that a timeout in the include subtree can report it.
      this.setStatus(g, OUT);
      const excl = lift(this.bound(b.u), b);
      this.setStatus(g, FREE);
      this.pending[depth] = excl.infeasible ? null : excl;
      this.setStatus(g, IN);
      try {
        this.explore(null, true, depth + 1, b.u);
      } finally {
        this.setStatus(g, FREE);
      }
      this.pending[depth] = null;
      if (!excl.infeasible && !this.prunable(excl)) {
        this.setStatus(g, OUT);
        try {
          this.explore(excl, false, depth + 1, null);
        } finally {
          this.setStatus(g, FREE);
        }
      }
    } finally {
      for (const g of fixed) this.setStatus(g, FREE);
    }
  }

  /**
   * A cheap test before the full bound: once IN has as many firms as the K-th best and even all
   * of IN ∪ FREE cannot cover more than it, every larger set is worse than the K-th best, so IN
   * itself is the only set below this node that could still make the list.
   */
  private onlyInCanCount(): boolean {
    const kth = this.cutoff();
    if (!kth) return false;
    if (this.inCount < kth.firmCount) return false;
    let uAll = 0;
    for (let c = 0; c < this.m.components.length; c++) uAll += this.exactAll(c).lbUncovered;
    return uAll >= kth.uncovered;
  }

  /**
   * At the K-th best's coverage, sets with two more firms than IN are already worse than it: the
   * only candidates left below this node are IN plus one FREE firm.
   */
  private onlyOneMoreFirm(b: NodeBound): boolean {
    const kth = this.cutoff();
    if (!kth) return false;
    return b.uncovered === kth.uncovered && this.inCount + 1 === kth.firmCount;
  }

  /**
   * Evaluates IN + g for every FREE firm g whose marginal gains can bring the coverage to the
   * K-th best's (the others leave more hours uncovered, so they cannot make the list).
   */
  private tryEachLastFirm(b: NodeBound): void {
    const m = this.m;
    const C = m.components.length;
    const goal = this.totalHours - b.uncovered;
    let uAll = 0;
    let covIn = 0;
    for (let c = 0; c < C; c++) {
      uAll += this.exactAll(c).lbUncovered;
      covIn += this.relaxIn(c).covered;
    }
    const slack = b.uncovered - uAll;
    const gains = new Float64Array(C);
    for (let g = 0; g < m.firmCount; g++) {
      if (this.status[g] !== FREE) continue;
      gains.fill(0);
      let total = 0;
      for (const { comp, pool } of m.firmPools[g]) {
        const flow = m.components[comp].flow;
        const v = Math.min(flow.poolCap[pool], this.relaxIn(comp).patternValue[flow.poolPattern[pool]]);
        gains[comp] += v;
        total += v;
      }
      if (covIn + total < goal) continue;
      let ok = true;
      for (let c = 0; c < C && ok; c++) {
        const flow = m.components[c].flow;
        const needC = flow.totalHours - this.exactAll(c).lbUncovered - slack - this.relaxIn(c).covered;
        if (gains[c] < needC) ok = false;
      }
      if (!ok) continue;
      this.setStatus(g, IN);
      try {
        this.checkTime();
        this.evaluateCurrentSet();
      } finally {
        this.setStatus(g, FREE);
      }
    }
  }

  /**
   * Every set below this node other than IN itself has more firms than IN. When the K-th best
   * already has no more firms than IN at the same coverage, none of them can make the list.
   */
  private onlyThisSetMatters(b: NodeBound): boolean {
    const kth = this.cutoff();
    if (!kth) return false;
    return b.uncovered === kth.uncovered && this.inCount + 1 > kth.firmCount;
  }

  /**
   * While a forbidden set is unbroken (none of its firms OUT), every set below must leave out one of
   * its FREE firms: branching on them first splits the node into "f OUT" children in which the
   * covering bound no longer has the forbidden set's firms all available. The FREE firm of the
   * first unbroken set with the largest dual load (ties: less awarded, lower id); −1 when none.
   */
  private forbiddenBranch(load: Float64Array): number {
    const m = this.m;
    for (const f of this.forbidden) {
      let best = -1;
      let broken = false;
      for (const g of f) {
        const st = this.status[g];
        if (st === OUT) {
          broken = true;
          break;
        }
        if (st !== FREE) continue;
        if (best < 0) best = g;
        else {
          const d = load[g] - load[best];
          if (d > 1e-9 || (Math.abs(d) <= 1e-9 && (m.awarded[g] < m.awarded[best] || (m.awarded[g] === m.awarded[best] && g < best))))
            best = g;
        }
      }
      if (!broken && best >= 0) return best;
    }
    return -1;
  }

  /**
   * The FREE firm the covering dual wants most (include-first finds good sets early; the exclude
   * side then has the best chance to be pruned). Ties: less awarded, lower id.
   */
  private chooseBranch(b: NodeBound): number {
    const m = this.m;
    if (b.load) {
      const forced = this.forbiddenBranch(b.load);
      if (forced >= 0) return forced;
      const load = b.load;
      let best = -1;
      for (let g = 0; g < m.firmCount; g++) {
        if (this.status[g] !== FREE) continue;
        if (best < 0) {
          best = g;
          continue;
        }
        const d = load[g] - load[best];
        if (d > 1e-9 || (Math.abs(d) <= 1e-9 && m.awarded[g] < m.awarded[best])) best = g;
      }
      if (best >= 0 && load[best] > 0) return best;
    }
    // Nothing is short in the relaxation. If indivisible requirements still are, branch on a firm that can take one.
    for (let c = 0; c < m.components.length; c++) {
      this.relaxIn(c);
      const inEx = this.exact(c, this.inActive[c]);
      const allEx = this.exactAll(c);
      if (inEx && inEx.uncovered > allEx.uncovered) {
        const flow = m.components[c].flow;
        let best = -1;
        let bestCap = -1;
        for (let p = 0; p < flow.P; p++) {
          const g = m.components[c].poolFirm[p];
          if (this.status[g] === FREE && flow.poolCap[p] > bestCap) {
            best = g;
            bestCap = flow.poolCap[p];
          }
        }
        if (best >= 0) return best;
      }
    }
    // Everything reachable is covered: further firms only matter as cheaper (larger) sets.
    let best = -1;
    let bestRate = Infinity;
    for (let g = 0; g < m.firmCount; g++) {
      if (this.status[g] !== FREE) continue;
      let minRate = Infinity;
      for (const { comp, pool } of m.firmPools[g]) minRate = Math.min(minRate, m.components[comp].flow.poolRate[pool]);
      if (minRate < bestRate) {
        bestRate = minRate;
        best = g;
      }
    }
    return best;
  }
}

/**
 * Lower bound on min Σ y s.t. Σ_g a_ig·y_g ≥ 1 for every row i, y ∈ [0,1]: the Lagrangian dual
 * L(u) = Σ_i u_i − Σ_g max(0, Σ_i u_i·a_ig − 1) for any u ≥ 0. Starts from `warm` (the parent
 * node's multipliers, by row id) or zero, does exact coordinate ascent passes, then subgradient
 * steps (Polyak step, halving). Stops once `target` is exceeded. Writes the best multipliers by
 * row id into `uOut` and each firm's dual load Σ_i u_i·a_ig into `load`.
 *
 * The problems are small (≈ 20 rows, ≈ 100 non-zeros) and solved at every node, so the scratch
 * arrays live in the object and are reused: allocation and closures, not arithmetic, were most
 * of its time.
 */
class CoverDual {
  private stamp = new Int32Array(0);
  private index = new Int32Array(0);
  private stampValue = 0;
  private colFirm = new Int32Array(16);
  private col = new Int32Array(64);
  private ld = new Float64Array(16);
  private ld2 = new Float64Array(16);
  private u = new Float64Array(16);
  private u2 = new Float64Array(16);
  private bestU = new Float64Array(16);
  private sub = new Float64Array(16);
  private natural = new Int32Array(16);
  private shortFirst = new Int32Array(16);
  private bp = new Float64Array(16);
  private bpCoef = new Float64Array(16);
  private idx = new Int32Array(16);
  private over = new Float64Array(16);

  private ensure(firms: number, R: number, nnz: number): void {
    if (this.stamp.length < firms) {
      this.stamp = new Int32Array(firms);
      this.index = new Int32Array(firms);
      this.stampValue = 0;
    }
    if (this.colFirm.length < firms) {
      this.colFirm = new Int32Array(firms);
      this.ld = new Float64Array(firms);
      this.ld2 = new Float64Array(firms);
      this.over = new Float64Array(firms);
    }
    if (this.col.length < nnz) this.col = new Int32Array(nnz * 2);
    if (this.u.length < R) {
      const size = R * 2;
      this.u = new Float64Array(size);
      this.u2 = new Float64Array(size);
      this.bestU = new Float64Array(size);
      this.sub = new Float64Array(size);
      this.natural = new Int32Array(size);
      this.shortFirst = new Int32Array(size);
    }
    if (this.bp.length < nnz) {
      this.bp = new Float64Array(nnz * 2);
      this.bpCoef = new Float64Array(nnz * 2);
      this.idx = new Int32Array(nnz * 2);
    }
  }

  /** Exact coordinate ascent: per row, maximise t − Σ_g max(0, load_g + t·a_g − 1) over t ≥ 0. */
  private ascend(rows: CoverRows, uu: Float64Array, ll: Float64Array, order: Int32Array, R: number, passes: number): void {
    const start = rows.start;
    const coef = rows.coef;
    const col = this.col;
    const bp = this.bp;
    const bpCoef = this.bpCoef;
    const idx = this.idx;
    for (let pass = 0; pass < passes; pass++) {
      for (let o = 0; o < R; o++) {
        const i = order[o];
        const from = start[i];
        const to = start[i + 1];
        const ui = uu[i];
        if (ui !== 0) for (let j = from; j < to; j++) ll[col[j]] -= ui * coef[j];
        let slope = 1;
        let nb = 0;
        for (let j = from; j < to; j++) {
          const a = coef[j];
          if (a <= 0) continue;
          const t = (1 - ll[col[j]]) / a;
          if (t <= 0) slope -= a;
          else {
            bp[nb] = t;
            bpCoef[nb] = a;
            nb++;
          }
        }
        let t = 0;
        if (slope > 0 && nb > 0) {
          // stable insertion sort of the breakpoints (rows are short)
          for (let j = 0; j < nb; j++) {
            let k = j;
            const v = bp[j];
            while (k > 0 && bp[idx[k - 1]] > v) {
              idx[k] = idx[k - 1];
              k--;
            }
            idx[k] = j;
          }
          t = bp[idx[nb - 1]];
          for (let k = 0; k < nb; k++) {
            const j = idx[k];
            slope -= bpCoef[j];
            if (slope <= 1e-12) {
              t = bp[j];
              break;
            }
          }
        }
        uu[i] = t;
        if (t !== 0) for (let j = from; j < to; j++) ll[col[j]] += t * coef[j];
      }
    }
  }

  private static value(uu: Float64Array, ll: Float64Array, R: number, M: number): number {
    let v = 0;
    for (let i = 0; i < R; i++) v += uu[i];
    for (let g = 0; g < M; g++) if (ll[g] > 1) v -= ll[g] - 1;
    return v;
  }

  solve(rows: CoverRows, load: Float64Array, target: number, warm: Float64Array | null, uOut: Float64Array): number {
    const R = rows.count;
    const start = rows.start;
    const coef = rows.coef;
    const nnz = rows.nnz;
    this.ensure(load.length, R, nnz);
    // Compact column numbering of the firms that appear in some row.
    const stamp = ++this.stampValue;
    const col = this.col;
    const colFirm = this.colFirm;
    let M = 0;
    for (let j = 0; j < nnz; j++) {
      const g = rows.firm[j];
      if (this.stamp[g] !== stamp) {
        this.stamp[g] = stamp;
        this.index[g] = M;
        colFirm[M++] = g;
      }
      col[j] = this.index[g];
    }
    let ld = this.ld;
    let u = this.u;
    ld.fill(0, 0, M);
    u.fill(0, 0, R);
    if (warm) {
      for (let i = 0; i < R; i++) {
        const w = warm[rows.id[i]];
        if (w > 0) {
          u[i] = w;
          for (let j = start[i]; j < start[i + 1]; j++) ld[col[j]] += w * coef[j];
        }
      }
    }
    const natural = this.natural;
    const shortFirst = this.shortFirst;
    for (let i = 0; i < R; i++) natural[i] = i;
    // rows by length, ties by index (stable insertion sort)
    for (let i = 0; i < R; i++) {
      const len = start[i + 1] - start[i];
      let k = i;
      while (k > 0 && start[shortFirst[k - 1] + 1] - start[shortFirst[k - 1]] > len) {
        shortFirst[k] = shortFirst[k - 1];
        k--;
      }
      shortFirst[k] = i;
    }
    if (warm) this.ascend(rows, u, ld, shortFirst, R, 1);
    else {
      // Coordinate ascent stalls at different corners depending on the order: try two.
      this.ascend(rows, u, ld, shortFirst, R, 2);
      const u2 = this.u2;
      const ld2 = this.ld2;
      u2.fill(0, 0, R);
      ld2.fill(0, 0, M);
      this.ascend(rows, u2, ld2, natural, R, 2);
      if (CoverDual.value(u2, ld2, R, M) > CoverDual.value(u, ld, R, M)) {
        // swap the buffers: the better pair goes on
        this.u2 = u;
        this.ld2 = ld;
        this.u = u = u2;
        this.ld = ld = ld2;
      }
    }
    let best = CoverDual.value(u, ld, R, M);
    const bestU = this.bestU;
    bestU.set(u.subarray(0, R));
    if (best <= target) {
      const sub = this.sub;
      let mu = 1;
      let stall = 0;
      const iterations = warm ? 20 : 40;
      const over = this.over;
      for (let it = 0; it < iterations; it++) {
        // subgradient of L at u: 1 − Σ a_ig over the firms with load > 1 (branch-free: a 0/1 mask)
        for (let c = 0; c < M; c++) over[c] = ld[c] > 1 ? 1 : 0;
        let norm = 0;
        for (let i = 0; i < R; i++) {
          let si = 1;
          for (let j = start[i]; j < start[i + 1]; j++) si -= coef[j] * over[col[j]];
          if (u[i] <= 0 && si < 0) si = 0;
          sub[i] = si;
          norm += si * si;
        }
        if (norm < 1e-12) break;
        const goal = Math.max(best * 1.05 + 0.25, Math.min(target, best + 2));
        const step = (mu * (goal - best)) / norm;
        // loads follow the multipliers that moved (the exact loads of the best are rebuilt below)
        for (let i = 0; i < R; i++) {
          const ui = Math.max(0, u[i] + step * sub[i]);
          const d = ui - u[i];
          if (d === 0) continue;
          u[i] = ui;
          for (let j = start[i]; j < start[i + 1]; j++) ld[col[j]] += d * coef[j];
        }
        const v = CoverDual.value(u, ld, R, M);
        if (v > best + 1e-9) {
          best = v;
          bestU.set(u.subarray(0, R));
          stall = 0;
          if (best > target) break;
        } else if (++stall >= 4) {
          mu /= 2;
          stall = 0;
          if (mu < 0.02) break;
        }
      }
    }
    ld.fill(0, 0, M);
    for (let i = 0; i < R; i++) {
      const ui = bestU[i];
      uOut[rows.id[i]] = ui;
      if (ui !== 0) for (let j = start[i]; j < start[i + 1]; j++) ld[col[j]] += ui * coef[j];
    }
    // the bound is the value of the best multipliers on their exact loads (no drift from the steps)
    best = CoverDual.value(bestU, ld, R, M);
    load.fill(0);
    for (let c = 0; c < M; c++) load[colFirm[c]] = ld[c];
    return best;
  }
}
