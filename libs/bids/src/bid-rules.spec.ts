import { complianceMatrix, priceBuildUp } from './bid-rules';

describe('price build-up', () => {
  it('adds packages, a rate-based coordination fee and a fixed contingency, exactly', () => {
    const p = priceBuildUp({
      packagePrices: [100_000_00, 250_000_50, null],
      coordinationFeeBp: 750,
      coordinationFeeFixedMinor: null,
      contingencyBp: null,
      contingencyFixedMinor: 20_000_00,
      royaltyRateBp: 300,
    });
    expect(p.packagesTotalMinor).toBe(350_000_50);
    expect(p.coordinationFeeMinor).toBe(26_250_04); // 7.5 % of 350 000,50 = 26 250,0375 → 26 250,04
    expect(p.contingencyMinor).toBe(20_000_00);
    expect(p.bidPriceMinor).toBe(350_000_50 + 26_250_04 + 20_000_00);
    expect(p.expectedRoyaltyMinor).toBe(10_500_02); // 3 % of 350 000,50 = 10 500,015 → 10 500,02
    expect(p.unpricedPackages).toBe(1);
  });
});

describe('compliance matrix', () => {
  const reqs = [
    { id: 1, label: 'CNC', hours: 100, mandatory: true },
    { id: 2, label: 'TIG', hours: 50, mandatory: true },
    { id: 3, label: 'Paint', hours: 10, mandatory: false },
  ];
  it('is ready when every mandatory requirement is covered by accepted packages and none is pending', () => {
    const m = complianceMatrix(reqs, [
      { id: 10, memberId: 1, status: 'ACCEPTED', covers: new Map([[1, 60]]) },
      {
        id: 11,
        memberId: 2,
        status: 'ACCEPTED',
        covers: new Map([
          [1, 40],
          [2, 50],
        ]),
      },
      { id: 12, memberId: 3, status: 'DECLINED', covers: new Map([[3, 10]]) },
    ]);
    expect(m.ready).toBe(true);
    expect(m.rows[0]).toMatchObject({ acceptedHours: 100, plannedHours: 100, covered: true });
    expect(m.rows[2]).toMatchObject({ acceptedHours: 0, plannedHours: 0, covered: false });
  });
  it('lists what is missing', () => {
    const m = complianceMatrix(reqs, [
      { id: 10, memberId: 1, status: 'ACCEPTED', covers: new Map([[1, 60]]) },
      {
        id: 11,
        memberId: 2,
        status: 'COUNTERED',
        covers: new Map([
          [1, 40],
          [2, 50],
        ]),
      },
    ]);
    expect(m.ready).toBe(false);
    expect(m.missing).toEqual([
      'requirement 1 (CNC) has 60 of 100 h accepted',
      'requirement 2 (TIG) has 0 of 50 h accepted',
      'work package 11 is COUNTERED, not ACCEPTED',
    ]);
  });
});
