import { CurrencyMismatchError, money } from '@app/core';
import { blockerSentence, complianceMatrix, priceBuildUp, priceProblems } from './bid-rules';

describe('price build-up', () => {
  it('adds packages, a rate-based coordination fee and a fixed contingency, exactly', () => {
    const p = priceBuildUp({
      currency: 'NOK',
      packagePrices: [money(100_000_00), money(250_000_50), null],
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

  // issue 20, item 11: amounts carry their currency, so a NOK price cannot slip into a EUR bid's total
  it('refuses to add a package priced in another currency than the bid', () => {
    const inputs = {
      coordinationFeeBp: null,
      coordinationFeeFixedMinor: null,
      contingencyBp: null,
      contingencyFixedMinor: null,
      royaltyRateBp: 300,
    };
    expect(priceBuildUp({ ...inputs, currency: 'EUR', packagePrices: [money(100_00, 'EUR')] }).bidPriceMinor).toBe(100_00);
    expect(() => priceBuildUp({ ...inputs, currency: 'EUR', packagePrices: [money(100_00, 'EUR'), money(1175_00, 'NOK')] })).toThrow(
      CurrencyMismatchError,
    );
  });

  // issue 20, item 4: one rule for a price, whichever way it is set
  it('accepts no price or a whole, non-negative number of minor units', () => {
    expect(priceProblems(null, 'price')).toEqual([]);
    expect(priceProblems(0, 'price')).toEqual([]);
    expect(priceProblems(-5, 'price')).toEqual([{ field: 'price', message: 'cannot be negative', rule: 'NOT_NEGATIVE' }]);
    expect(priceProblems(1.5, 'p')).toEqual([{ field: 'p', message: 'a whole number of minor units', rule: 'WHOLE_MINOR_UNITS' }]);
  });
});

describe('compliance matrix', () => {
  const reqs = [
    { id: 1, label: 'CNC', capabilityCode: 'CNC_5AXIS', description: null, hours: 100, mandatory: true },
    { id: 2, label: 'TIG', capabilityCode: 'WELD_TIG_AL', description: 'TIG', hours: 50, mandatory: true },
    { id: 3, label: 'Paint', capabilityCode: 'PAINT', description: 'Paint', hours: 10, mandatory: false },
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
    expect(m.blockers.map(blockerSentence)).toEqual([
      'requirement 1 (CNC) has 60 of 100 h accepted',
      'requirement 2 (TIG) has 0 of 50 h accepted',
      'work package 11 is COUNTERED, not ACCEPTED',
    ]);
    // the same, by kind, for a client to word in its reader's language
    expect(m.blockers).toEqual([
      { kind: 'REQUIREMENT_NOT_COVERED', requirementId: 1, label: 'CNC', acceptedHours: 60, requiredHours: 100 },
      { kind: 'REQUIREMENT_NOT_COVERED', requirementId: 2, label: 'TIG', acceptedHours: 0, requiredHours: 50 },
      { kind: 'PACKAGE_NOT_ACCEPTED', workPackageId: 11, status: 'COUNTERED' },
    ]);
    const none = complianceMatrix(reqs, [{ id: 13, memberId: 1, status: 'OFFERED', covers: new Map([[1, 100]]) }]);
    expect(none.blockers.map((b) => b.kind)).toEqual([
      'REQUIREMENT_NOT_COVERED',
      'REQUIREMENT_NOT_COVERED',
      'PACKAGE_NOT_ACCEPTED',
      'NOTHING_ACCEPTED',
    ]);
    expect(blockerSentence(none.blockers.at(-1)!)).toBe('no work package has been accepted');
  });
});
