import fc from 'fast-check';
import { allocate } from './allocate';

describe('allocate', () => {
  it('gives 1 øre over 3 equal parties to the first', () => {
    expect(allocate(1, [1, 1, 1])).toEqual([1, 0, 0]);
  });

  it('splits 100 øre over 3 equal parties as 34/33/33', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives the remainder to the largest fractional part, not the first', () => {
    // 10 × (1/6, 2/6, 3/6) = 1.67, 3.33, 5 → 2, 3, 5
    expect(allocate(10, [1, 2, 3])).toEqual([2, 3, 5]);
  });

  it('mirrors negative totals (credit notes) exactly', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(-1, [1, 1, 1])).toEqual([-1, 0, 0]);
  });

  it('never gives anything to a zero weight', () => {
    expect(allocate(5, [0, 1, 0, 1])).toEqual([0, 3, 0, 2]);
    expect(allocate(1, [0, 0, 1])).toEqual([0, 0, 1]);
  });

  it('refuses to allocate a non-zero total over all-zero weights, but allows zero', () => {
    expect(() => allocate(1, [0, 0])).toThrow(RangeError);
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
  });

  it('rejects negative or fractional weights and unsafe totals', () => {
    expect(() => allocate(10, [1, -1])).toThrow(/negative/);
    expect(() => allocate(10, [1.5, 1])).toThrow(/safe integer/);
    expect(() => allocate(2 ** 53, [1])).toThrow(/safe integer/);
    expect(() => allocate(5, [])).toThrow(RangeError);
  });

  it('stays exact for amounts beyond 32 bits and huge weights', () => {
    const total = 1_600_000_000_00; // NOK 1.6 billion in øre
    const parts = allocate(total, [Number.MAX_SAFE_INTEGER, 1, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('property: parts sum to the total, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const sumW = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = (total * weights[i]) / sumW;
            expect(Math.abs(p - exact)).toBeLessThan(1 + 1e-6 * Math.abs(exact));
            if (weights[i] === 0) expect(p).toBe(0);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
