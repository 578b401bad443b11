import { setFlagsFromString } from 'node:v8';
import { CapabilityFlow } from './capability-flow';
import { ConsortiumSearch, SearchModel } from './consortium-search';

/**
 * The search reads its model (`this.m`) at every node. The solver hands it models built as object
 * literals and spreads (rank 1; ranks 2..K with `forbidden` and `aspirations`; a race with
 * `handoff` and `stop`; the judge with `nodeBudget` cleared), which V8 gives a hidden class each.
 * Optimised code then met a class it had not seen and was thrown away ("wrong map" deopts, a warm
 * 60 × 40 solve 24–114 ms for the same nodes, issue 23). The search copies every model into one
 * shape; this checks that it does, with V8's own test of two objects' hidden classes.
 */

setFlagsFromString('--allow-natives-syntax');
// V8 natives syntax only parses in code compiled after the flag is set
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

function base(): SearchModel {
  const flow = new CapabilityFlow({ hours: [10], indivisible: [false], poolCap: [20, 20], poolRate: [100, 200], poolReqs: [[0], [0]] });
  return {
    firmCount: 2,
    awarded: [0, 0],
    firmIds: [1, 2],
    required: [false, false],
    components: [{ flow, poolFirm: [0, 1] }],
    firmPools: [[{ comp: 0, pool: 0 }], [{ comp: 0, pool: 1 }]],
    dominators: [[], []],
    maxFirms: null,
    alternatives: 2,
    deadline: Infinity,
    now: () => 0,
  };
}

const modelOf = (search: ConsortiumSearch) => (search as unknown as { m: object }).m;

describe('ConsortiumSearch model shape', () => {
  it('the natives check tells two hidden classes apart (so the test below can fail)', () => {
    const a = base();
    expect(haveSameMap(a, { ...a, forbidden: [[0]] })).toBe(false);
    expect(haveSameMap(a, base())).toBe(true);
  });

  it('gives every model one hidden class, however the solver built it', () => {
    const m = base();
    const variants: SearchModel[] = [
      m,
      { ...m, alternatives: 1, forbidden: [[0]], aspirations: [0.01, 0.05] },
      { ...m, deadline: 5, nodeBudget: 100 },
      { ...m, maxFirms: 3, stop: () => false, handoff: { at: 1, immediate: true, call: () => undefined } },
      { ...m, deadline: Infinity, nodeBudget: undefined },
    ];
    const shapes = variants.map((v) => modelOf(new ConsortiumSearch(v)));
    for (const s of shapes.slice(1)) expect(haveSameMap(shapes[0], s)).toBe(true);
    // and they still answer as the model they came from
    expect(shapes.map((s) => (s as SearchModel).alternatives)).toEqual([2, 1, 2, 2, 2]);
    expect((shapes[1] as SearchModel).forbidden).toEqual([[0]]);
  });
});
