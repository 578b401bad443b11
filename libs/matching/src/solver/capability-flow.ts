/**
 * Flow engine for ONE capability: the requirements with that capability and the firms' pools of
 * free hours for it. For a fixed firm set, capabilities do not interact, so the solver works one
 * capability ("component") at a time.
 *
 * Network: source → requirement (its hours) → pool of an eligible firm (∞) → sink (free hours).
 * The cost of an hour depends only on the pool (the firm's rate for this capability), so the
 * achievable pool loads form a polymatroid and the min-cost maximum flow is greedy: take the
 * pools in ascending rate order and augment each as far as it goes. Loads of earlier pools never
 * change when a later pool is augmented (an augmenting path only reroutes hours between them), so
 * after pool i the flow is a maximum flow for pools 1..i and pool i's load is its marginal gain.
 * That gives, in one pass: the maximum coverage, the least cost at maximum coverage, and the whole
 * convex cost curve.
 *
 * Indivisible requirements (all hours on one firm, or none) are handled by a small branch and
 * bound on top of that relaxation (`solveExact`).
 */

export interface ComponentInput {
  /** Hours per requirement (positive integers). */
  hours: number[];
  indivisible: boolean[];
  /** Per pool; pools MUST be sorted by (rate, tie-break) ascending: that order is the greedy order. */
  poolCap: number[];
  poolRate: number[];
  /** Requirements each pool is eligible for (ascending). */
  poolReqs: number[][];
}

/** A forced share of a requirement on a pool (used to make sure every firm in a set gets hours). */
export interface ForcedShare {
  req: number;
  pool: number;
  hours: number;
}

export interface ExactResult {
  /** Uncovered hours of this capability's requirements. */
  uncovered: number;
  cost: number;
  /** Flat triples (req, pool, hours) with hours > 0, in deterministic order. */
  shares: number[];
  /** Load per pool of the divisible relaxation at the root: (rate, load) pairs, rate ascending. */
  relaxedSegments: number[];
  /**
   * Per requirement, the least hours it gets in ANY solution as good as this one on coverage
   * (computed on demand by the search, see `minShares`); null until then.
   */
  minShare?: Int32Array | null;
  /** False when the inner search hit its node limit: `uncovered`/`cost` are then a feasible solution, not proven. */
  proven: boolean;
  /** Lexicographic lower bound (divisible relaxation) — equal to the values when proven. */
  lbUncovered: number;
  lbCost: number;
}

export interface RelaxedResult {
  covered: number;
  cost: number;
  /** Max extra hours a new pool eligible for pattern k (and of unlimited capacity) could take. */
  patternValue: Float64Array;
}

export class CapabilityFlow {
  readonly R: number;
  readonly P: number;
  readonly hours: Int32Array;
  readonly indivisible: Uint8Array;
  readonly poolCap: Int32Array;
  readonly poolRate: Float64Array;
  readonly poolReqs: Int32Array[];
  readonly reqPools: Int32Array[];
  /** elig[p * R + r] = 1 when pool p may take hours of requirement r. */
  readonly elig: Uint8Array;
  /** Distinct eligibility patterns (sets of requirements) and each pool's pattern. */
  readonly patterns: Int32Array[];
  readonly poolPattern: Int32Array;
  readonly totalHours: number;
  readonly hasIndivisible: boolean;

  // Scratch state of the current flow.
  private readonly x: Int32Array; // x[p * R + r]
  private readonly rem: Int32Array;
  private readonly loads: Int32Array;
  private readonly used: Int32Array; // pools with load > 0, in order
  private usedCount = 0;
  private readonly capWork: Int32Array;
  private readonly hoursWork: Int32Array;
  // BFS scratch.
  private readonly visited: Int32Array;
  private readonly predReq: Int32Array;
  private readonly predPool: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  private readonly virtualElig: Uint8Array;
  private readonly reachable: Uint8Array;

  constructor(input: ComponentInput) {
    this.R = input.hours.length;
    this.P = input.poolCap.length;
    this.hours = Int32Array.from(input.hours);
    this.indivisible = Uint8Array.from(input.indivisible.map((b) => (b ? 1 : 0)));
    this.poolCap = Int32Array.from(input.poolCap);
    this.poolRate = Float64Array.from(input.poolRate);
    this.poolReqs = input.poolReqs.map((l) => Int32Array.from(l));
    this.elig = new Uint8Array(this.P * this.R);
    const reqPools: number[][] = Array.from({ length: this.R }, () => []);
    const patternIndex = new Map<string, number>();
    this.patterns = [];
    this.poolPattern = new Int32Array(this.P);
    for (let p = 0; p < this.P; p++) {
      for (const r of this.poolReqs[p]) {
        this.elig[p * this.R + r] = 1;
        reqPools[r].push(p);
      }
      const key = this.poolReqs[p].join(',');
      let k = patternIndex.get(key);
      if (k === undefined) {
        k = this.patterns.length;
        patternIndex.set(key, k);
        this.patterns.push(this.poolReqs[p]);
      }
      this.poolPattern[p] = k;
    }
    this.reqPools = reqPools.map((l) => Int32Array.from(l));
    this.totalHours = this.hours.reduce((a, b) => a + b, 0);
    this.hasIndivisible = this.indivisible.some((b) => b === 1);
    this.x = new Int32Array(this.P * this.R);
    this.rem = new Int32Array(this.R);
    this.loads = new Int32Array(this.P);
    this.used = new Int32Array(this.P + 1);
    this.capWork = new Int32Array(this.P);
    this.hoursWork = new Int32Array(this.R);
    this.visited = new Int32Array(this.R);
    this.predReq = new Int32Array(this.R);
    this.predPool = new Int32Array(this.R);
    this.queue = new Int32Array(this.R);
    this.virtualElig = new Uint8Array(this.R);
    this.reachable = new Uint8Array(this.R);
  }

  private clearFlow(): void {
    const R = this.R;
    for (let i = 0; i < this.usedCount; i++) {
      const p = this.used[i];
      this.loads[p] = 0;
      this.x.fill(0, p * R, p * R + R);
    }
    this.usedCount = 0;
  }

  /**
   * Pushes as many hours as possible into pool p (or a virtual pool when p < 0, eligible for
   * `virtualElig`), at most `limit`. Returns the hours pushed. Keeps a maximum flow invariant.
   */
  private augment(p: number, limit: number): number {
    const R = this.R;
    const x = this.x;
    const rem = this.rem;
    let pushed = 0;
    const eligOf = (r: number): boolean => (p >= 0 ? this.elig[p * R + r] === 1 : this.virtualElig[r] === 1);
    // Direct shares first: unmet hours of requirements the pool is eligible for.
    if (p >= 0) {
      const reqs = this.poolReqs[p];
      for (let i = 0; i < reqs.length && pushed < limit; i++) {
        const r = reqs[i];
        if (rem[r] > 0) {
          const d = Math.min(rem[r], limit - pushed);
          rem[r] -= d;
          x[p * R + r] += d;
          pushed += d;
        }
      }
    } else {
      for (let r = 0; r < R && pushed < limit; r++) {
        if (rem[r] > 0 && this.virtualElig[r] === 1) {
          const d = Math.min(rem[r], limit - pushed);
          rem[r] -= d;
          pushed += d;
        }
      }
    }
    // Then reroutes: unmet r0 → pool q (eligible) ← r1 (which had hours on q) → … → p.
    while (pushed < limit) {
      const end = this.bfs(eligOf);
      if (end < 0) break;
      // Bottleneck.
      let d = limit - pushed;
      let b = end;
      while (this.predReq[b] >= 0) {
        const q = this.predPool[b];
        d = Math.min(d, x[q * R + b]);
        b = this.predReq[b];
      }
      d = Math.min(d, rem[b]);
      // Apply.
      b = end;
      if (p >= 0) x[p * R + end] += d;
      while (this.predReq[b] >= 0) {
        const q = this.predPool[b];
        const a = this.predReq[b];
        x[q * R + b] -= d;
        x[q * R + a] += d;
        b = a;
      }
      rem[b] -= d;
      pushed += d;
    }
    return pushed;
  }

  /** BFS over requirements from the unmet ones; returns a requirement eligible for the target, or -1. */
  private bfs(eligOf: (r: number) => boolean): number {
    const R = this.R;
    const x = this.x;
    const stamp = ++this.stamp;
    let head = 0;
    let tail = 0;
    for (let r = 0; r < R; r++) {
      if (this.rem[r] > 0) {
        this.visited[r] = stamp;
        this.predReq[r] = -1;
        this.queue[tail++] = r;
      }
    }
    while (head < tail) {
      const a = this.queue[head++];
      if (eligOf(a)) return a;
      // Pools carrying flow that may take a (ascending = the order they were filled), then the
      // requirements with hours on them: the residual graph's edges, nothing else.
      const pools = this.reqPools[a];
      for (let i = 0; i < pools.length; i++) {
        const q = pools[i];
        if (this.loads[q] <= 0) continue;
        const base = q * R;
        const reqs = this.poolReqs[q];
        for (let j = 0; j < reqs.length; j++) {
          const b = reqs[j];
          if (x[base + b] > 0 && this.visited[b] !== stamp) {
            this.visited[b] = stamp;
            this.predReq[b] = a;
            this.predPool[b] = q;
            this.queue[tail++] = b;
          }
        }
      }
    }
    return -1;
  }

  /** Sets `reachable[r]` = 1 for every requirement an augmenting path from an unmet one can reach. */
  private markReachable(): void {
    this.bfs(() => false);
    for (let r = 0; r < this.R; r++) this.reachable[r] = this.visited[r] === this.stamp ? 1 : 0;
  }

  /**
   * Greedy min-cost maximum flow over `active` pools (ascending pool index = ascending rate) with
   * the given requirement hours and pool capacities. Leaves the flow in the scratch state.
   */
  private runGreedy(active: ArrayLike<number>, hours: Int32Array, caps: Int32Array): { covered: number; cost: number } {
    this.clearFlow();
    let unmet = 0;
    for (let r = 0; r < this.R; r++) {
      this.rem[r] = hours[r];
      unmet += hours[r];
    }
    const total = unmet;
    let cost = 0;
    for (let i = 0; i < active.length && unmet > 0; i++) {
      const p = active[i];
      const c = caps[p];
      if (c <= 0) continue;
      const got = this.augment(p, c);
      if (got > 0) {
        this.loads[p] = got;
        this.used[this.usedCount++] = p;
        unmet -= got;
        cost += got * this.poolRate[p];
      }
    }
    return { covered: total - unmet, cost };
  }

  /**
   * For each requirement r: (maxCovered − the most the OTHER requirements can get together), at
   * least 0. Every solution covering `maxCovered` hours gives r at least that much. Divisible
   * relaxation, so valid for the exact problem too.
   */
  minShares(active: ArrayLike<number>, maxCovered: number): Int32Array {
    const out = new Int32Array(this.R);
    if (maxCovered <= 0) return out;
    const hours = Int32Array.from(this.hours);
    for (let r = 0; r < this.R; r++) {
      hours[r] = 0;
      const { covered } = this.runGreedy(active, hours, this.poolCap);
      hours[r] = this.hours[r];
      out[r] = Math.max(0, maxCovered - covered);
    }
    return out;
  }

  /** Hours the divisible relaxation covers with the pools `active`. */
  maxCoverage(active: ArrayLike<number>): number {
    return this.runGreedy(active, this.hours, this.poolCap).covered;
  }

  /** Divisible relaxation for the pools `active`, plus the marginal value of each eligibility pattern. */
  relaxed(active: ArrayLike<number>): RelaxedResult {
    const { covered, cost } = this.runGreedy(active, this.hours, this.poolCap);
    const patternValue = new Float64Array(this.patterns.length);
    const unmet = this.totalHours - covered;
    if (unmet > 0) {
      // Value of a pattern = max extra flow into a new pool eligible for it (ignoring its capacity).
      // Simulated on a copy of the flow, then restored.
      const R = this.R;
      const savedRem = Int32Array.from(this.rem);
      const savedX = new Int32Array(this.usedCount * R);
      for (let i = 0; i < this.usedCount; i++) savedX.set(this.x.subarray(this.used[i] * R, this.used[i] * R + R), i * R);
      // A pattern none of whose requirements an unmet hour can reach gets nothing (one search).
      this.markReachable();
      for (let k = 0; k < this.patterns.length; k++) {
        const pat = this.patterns[k];
        let reachable = false;
        for (let i = 0; i < pat.length && !reachable; i++) reachable = this.reachable[pat[i]] === 1;
        if (!reachable) continue;
        this.virtualElig.fill(0);
        for (const r of pat) this.virtualElig[r] = 1;
        patternValue[k] = this.augment(-1, unmet);
        this.rem.set(savedRem);
        for (let i = 0; i < this.usedCount; i++) this.x.set(savedX.subarray(i * R, i * R + R), this.used[i] * R);
      }
    }
    return { covered, cost, patternValue };
  }

  /**
   * Exact: least uncovered hours, then least cost, honouring indivisible requirements, over the
   * pools `active`, with optional forced shares (each forced share is taken as given; for an
   * indivisible requirement a forced share must be all its hours). Returns null when the forced
   * shares do not fit. `nodeLimit` and `expired` (polled now and then) bound the inner branch and
   * bound; the result then says `proven: false`.
   */
  solveExact(
    active: ArrayLike<number>,
    forced: ForcedShare[] = [],
    nodeLimit = 20000,
    expired: () => boolean = () => false,
  ): ExactResult | null {
    const R = this.R;
    const hours = this.hoursWork;
    const caps = this.capWork;
    hours.set(this.hours);
    for (let i = 0; i < active.length; i++) caps[active[i]] = this.poolCap[active[i]];
    let fixedCost = 0;
    const fixedShares: number[] = [];
    const fixedReq = new Uint8Array(R);
    for (const f of forced) {
      if (caps[f.pool] < f.hours || hours[f.req] < f.hours || this.elig[f.pool * R + f.req] !== 1) return null;
      if (this.indivisible[f.req] === 1 && (f.hours !== this.hours[f.req] || fixedReq[f.req] === 1)) return null;
      caps[f.pool] -= f.hours;
      hours[f.req] -= f.hours;
      fixedCost += f.hours * this.poolRate[f.pool];
      fixedShares.push(f.req, f.pool, f.hours);
      if (this.indivisible[f.req] === 1) fixedReq[f.req] = 1;
    }

    let bestU = Infinity;
    let bestCost = Infinity;
    let bestShares: number[] = [];
    let nodes = 0;
    const rootSegments: number[] = [];
    let rootLbU = 0;
    let rootLbCost = 0;
    let proven = true;

    const rec = (fixedUnc: number, cost0: number, shares: number[], depth: number): void => {
      nodes++;
      const relax = this.runGreedy(active, hours, caps);
      let remaining = 0;
      for (let r = 0; r < R; r++) remaining += hours[r];
      const u = fixedUnc + remaining - relax.covered;
      const c = cost0 + relax.cost;
      if (depth === 0) {
        rootLbU = u;
        rootLbCost = c;
        for (let i = 0; i < this.usedCount; i++) {
          const p = this.used[i];
          rootSegments.push(this.poolRate[p], this.loads[p]);
        }
      }
      if (u > bestU || (u === bestU && c >= bestCost)) return;
      // Find the worst-violated indivisible requirement (largest hours first).
      let branchReq = -1;
      for (let r = 0; r < R; r++) {
        if (this.indivisible[r] !== 1 || fixedReq[r] === 1 || hours[r] === 0) continue;
        let total = 0;
        let pools = 0;
        for (let i = 0; i < this.usedCount; i++) {
          const v = this.x[this.used[i] * R + r];
          if (v > 0) {
            total += v;
            pools++;
          }
        }
        const ok = total === 0 || (total === hours[r] && pools === 1);
        if (!ok && (branchReq < 0 || hours[r] > hours[branchReq])) branchReq = r;
      }
      if (branchReq < 0) {
        bestU = u;
        bestCost = c;
        bestShares = shares.slice();
        for (let i = 0; i < this.usedCount; i++) {
          const p = this.used[i];
          for (let r = 0; r < R; r++) {
            const v = this.x[p * R + r];
            if (v > 0) bestShares.push(r, p, v);
          }
        }
        return;
      }
      if (nodes >= nodeLimit || ((nodes & 31) === 0 && expired())) {
        proven = false;
        return;
      }
      const r = branchReq;
      const h = hours[r];
      // Options: each eligible active pool with room (the one carrying most of r first, then cheapest), then "uncovered".
      const flowOn = new Map<number, number>();
      for (let i = 0; i < this.usedCount; i++) {
        const v = this.x[this.used[i] * R + r];
        if (v > 0) flowOn.set(this.used[i], v);
      }
      const options: number[] = [];
      for (let i = 0; i < active.length; i++) {
        const p = active[i];
        if (this.elig[p * R + r] === 1 && caps[p] >= h) options.push(p);
      }
      options.sort((a, b) => (flowOn.get(b) ?? 0) - (flowOn.get(a) ?? 0) || a - b);
      fixedReq[r] = 1;
      hours[r] = 0;
      for (const p of options) {
        caps[p] -= h;
        shares.push(r, p, h);
        rec(fixedUnc, cost0 + h * this.poolRate[p], shares, depth + 1);
        shares.length -= 3;
        caps[p] += h;
      }
      rec(fixedUnc + h, cost0, shares, depth + 1);
      hours[r] = h;
      fixedReq[r] = 0;
    };

    rec(0, fixedCost, fixedShares, 0);
    if (bestU === Infinity) {
      // Only possible when the node limit cut the search before any integral leaf: fall back to
      // leaving every unfixed indivisible requirement uncovered (always feasible).
      return this.solveWithIndivisiblesDropped(active, forced, rootSegments, rootLbU, rootLbCost);
    }
    return {
      uncovered: bestU,
      cost: bestCost,
      shares: bestShares,
      relaxedSegments: rootSegments,
      proven,
      lbUncovered: proven ? bestU : rootLbU,
      lbCost: proven ? bestCost : rootLbCost,
    };
  }

  private solveWithIndivisiblesDropped(
    active: ArrayLike<number>,
    forced: ForcedShare[],
    rootSegments: number[],
    lbU: number,
    lbCost: number,
  ): ExactResult {
    const R = this.R;
    const hours = this.hoursWork;
    const caps = this.capWork;
    hours.set(this.hours);
    for (let i = 0; i < active.length; i++) caps[active[i]] = this.poolCap[active[i]];
    let cost = 0;
    let unc = 0;
    const shares: number[] = [];
    const forcedReq = new Set<number>();
    for (const f of forced) {
      caps[f.pool] -= f.hours;
      hours[f.req] -= f.hours;
      cost += f.hours * this.poolRate[f.pool];
      shares.push(f.req, f.pool, f.hours);
      forcedReq.add(f.req);
    }
    for (let r = 0; r < R; r++) {
      if (this.indivisible[r] === 1 && !forcedReq.has(r)) {
        unc += hours[r];
        hours[r] = 0;
      }
    }
    const relax = this.runGreedy(active, hours, caps);
    let remaining = 0;
    for (let r = 0; r < R; r++) remaining += hours[r];
    for (let i = 0; i < this.usedCount; i++) {
      const p = this.used[i];
      for (let r = 0; r < R; r++) {
        const v = this.x[p * R + r];
        if (v > 0) shares.push(r, p, v);
      }
    }
    return {
      uncovered: unc + remaining - relax.covered,
      cost: cost + relax.cost,
      shares,
      relaxedSegments: rootSegments,
      proven: false,
      lbUncovered: lbU,
      lbCost: lbCost,
    };
  }
}
