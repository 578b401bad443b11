import { activityFigures, planOf, ratio, samePlan } from './activity-rules';

describe('activity plan arithmetic', () => {
  it('divides exactly to two decimals, half up', () => {
    expect(ratio(16_000_000_00, 600_000_00)).toBe('26.67'); // the report's 16 MNOK on 600 kNOK
    expect(ratio(1, 3)).toBe('0.33');
    expect(ratio(2, 3)).toBe('0.67');
    expect(ratio(1, 200)).toBe('0.01'); // 0.005 rounds up
    expect(ratio(5, 0)).toBeNull();
  });

  it('sees a changed amount or milestone date, not a reordering or a change of firms', () => {
    const a = planOf([{ source: 'OWN_FUNDS', grantId: null, amountMinor: 100, note: '' }], [{ title: 'M', dueDate: '2027-01-01' }], [1]);
    const reordered = planOf(a.budget, a.milestones, [2, 3]);
    expect(samePlan(a, reordered)).toBe(true);
    expect(samePlan(a, planOf([{ ...a.budget[0], amountMinor: 101 }], a.milestones, [1]))).toBe(false);
    expect(samePlan(a, planOf(a.budget, [{ title: 'M', dueDate: '2027-01-02' }], [1]))).toBe(false);
  });

  it('works out the evaluation from the approved budget, the spending and the orders', () => {
    const plan = planOf(
      [
        { source: 'GRANT', grantId: 1, amountMinor: 300_000_00, note: '' },
        { source: 'OWN_FUNDS', grantId: null, amountMinor: 100_000_00, note: '' },
      ],
      [],
      [],
    );
    expect(activityFigures(plan, 450_000_00, [1_000_000_00, 350_000_00])).toEqual({
      budgetMinor: 400_000_00,
      grantMinor: 300_000_00,
      spentMinor: 450_000_00,
      varianceMinor: 50_000_00,
      ordersWonCount: 2,
      ordersWonMinor: 1_350_000_00,
      returnPerKroneSpent: '3.00',
      returnPerKroneGrant: '4.50',
    });
    expect(activityFigures(plan, null, []).returnPerKroneSpent).toBeNull();
  });
});
