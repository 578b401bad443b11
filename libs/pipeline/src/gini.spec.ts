import { gini } from './gini';

describe('gini', () => {
  it('is 0 for an even spread and for nothing at all', () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([7])).toBe(0);
  });
  it('matches hand-worked values', () => {
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75); // one of four takes all: (n−1)/n
    expect(gini([1, 2, 3])).toBeCloseTo(2 / 9); // (−2·1 + 0·2 + 2·3) / (3·6)
  });
});
