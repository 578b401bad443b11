import { groupBy } from './group-by';

describe('groupBy', () => {
  it('keeps the rows of each key in their order, and what `value` picks of them', () => {
    const rows = [
      { firm: 2, id: 10 },
      { firm: 1, id: 11 },
      { firm: 2, id: 12 },
    ];
    expect([...groupBy(rows, (r) => r.firm)]).toEqual([
      [2, [rows[0], rows[2]]],
      [1, [rows[1]]],
    ]);
    expect([
      ...groupBy(
        rows,
        (r) => r.firm,
        (r) => r.id,
      ),
    ]).toEqual([
      [2, [10, 12]],
      [1, [11]],
    ]);
    expect(groupBy([], (r: number) => r).size).toBe(0);
  });

  it('puts 100,000 rows under one key into one array', () => {
    const grouped = groupBy(
      Array.from({ length: 100_000 }, (_, i) => i),
      () => 'one',
    );
    expect(grouped.get('one')).toHaveLength(100_000);
    expect(grouped.get('one')![99_999]).toBe(99_999);
  });
});
