import { judgeOffer, loanPrice, monthsBetween, nonSolicitationUntil, rankMatches, settle, hoursAmount } from './exchange-rules';

describe('exchange rules', () => {
  it('prices a loan by the table when it has the capability, else cost plus markup rounded half away from zero', () => {
    const terms = { markupBp: 1250, capabilityPrices: { WELD_TIG_AL: 95000 } };
    expect(loanPrice(terms, 'WELD_TIG_AL', 80000)).toEqual({ basis: 'TABLE', costRateOre: null, pricePerHourOre: 95000 });
    // 875,50 × 12,5 % = 109,4375 → 109,44
    expect(loanPrice(terms, 'CNC', 87550)).toEqual({ basis: 'COST_PLUS', costRateOre: 87550, pricePerHourOre: 98494 });
    // 0,04 × 12,5 % = 0,005 → 0,01 (half away from zero)
    expect(loanPrice(terms, 'CNC', 4).pricePerHourOre).toBe(5);
  });

  it('computes hours × price and the fee exactly', () => {
    expect(hoursAmount(41, 98494, 250)).toEqual({ amountOre: 4038254, serviceFeeOre: 100956 });
    expect(hoursAmount(37, 98494, 250)).toEqual({ amountOre: 3644278, serviceFeeOre: 91107 });
  });

  it('ends the non-solicitation term N calendar months after the loan, on the last day of a shorter month', () => {
    expect(nonSolicitationUntil('2027-01-31', 6)).toBe('2027-07-31');
    expect(nonSolicitationUntil('2026-08-31', 6)).toBe('2027-02-28');
    expect(nonSolicitationUntil('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('lists the months of a range', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  const need = {
    memberId: 1,
    code: 'CNC',
    hoursOpen: 100,
    windowStart: '2027-03-01',
    windowEnd: '2027-03-31',
    required: [{ type: 'AQAP_2110' as const }],
  };
  const aqap = (until: string) => [{ type: 'AQAP_2110' as const, validFrom: '2020-01-01', validUntil: until }];

  it('judges an offer: only hours inside the need window count; certificates must be valid through the overlap', () => {
    const offer = { postingId: 9, memberId: 2, hoursOpen: 62, windowStart: '2027-03-01', windowEnd: '2027-04-30', listed: [] };
    // 62 h over 61 days, 31 of them in March → 31.5 → 31 h
    expect(judgeOffer(need, offer, aqap('2030-01-01'))).toMatchObject({ availableHours: 31, coveredHours: 31, overlapEnd: '2027-03-31' });
    expect(judgeOffer(need, offer, aqap('2027-03-30'))).toBe('MISSING_CERTIFICATE');
    expect(judgeOffer(need, { ...offer, memberId: 1 }, aqap('2030-01-01'))).toBe('SAME_FIRM');
    expect(judgeOffer(need, { ...offer, windowStart: '2027-04-01' }, aqap('2030-01-01'))).toBe('NO_OVERLAP');
    // an offer that lists a certificate lapsing in the window is not a match even for a need without it
    const listed = { ...offer, listed: [{ type: 'EN_9100' as const }] };
    expect(judgeOffer({ ...need, required: [] }, listed, [{ type: 'EN_9100', validFrom: '2020-01-01', validUntil: '2027-03-15' }])).toBe(
      'LISTED_CERTIFICATE_LAPSES',
    );
  });

  it('ranks by hours covered, then offers before capacity, then overlap, then the earlier offer', () => {
    const full = { postingId: 5, memberId: 3, hoursOpen: 100, windowStart: '2027-03-01', windowEnd: '2027-03-31', listed: [] };
    const partial = { postingId: 4, memberId: 2, hoursOpen: 40, windowStart: '2027-03-01', windowEnd: '2027-03-31', listed: [] };
    const ranked = rankMatches(
      need,
      [partial, full],
      [
        { memberId: 7, freeHours: 100 },
        { memberId: 3, freeHours: 500 },
        { memberId: 8, freeHours: 10 },
      ],
      () => aqap('2030-01-01'),
    );
    expect(ranked.map((m) => [m.rank, m.source, m.memberId])).toEqual([
      [1, 'OFFER', 3],
      [2, 'CAPACITY', 7],
      [3, 'OFFER', 2],
      [4, 'CAPACITY', 8],
    ]);
  });

  it('settles exactly: gross both ways, the net per pair, fees to whoever the terms make pay', () => {
    const s = settle([
      {
        agreementId: 1,
        lenderId: 10,
        borrowerId: 20,
        month: '2027-03',
        hours: 41,
        amountOre: 4038254,
        serviceFeeOre: 100956,
        serviceFeePaidBy: 'BORROWER',
      },
      {
        agreementId: 2,
        lenderId: 20,
        borrowerId: 10,
        month: '2027-03',
        hours: 10,
        amountOre: 1080000,
        serviceFeeOre: 27000,
        serviceFeePaidBy: 'LENDER',
      },
      {
        agreementId: 3,
        lenderId: 30,
        borrowerId: 10,
        month: '2027-03',
        hours: 1,
        amountOre: 5,
        serviceFeeOre: 0,
        serviceFeePaidBy: 'BORROWER',
      },
    ]);
    expect(s.balances).toEqual([
      { debtorId: 10, creditorId: 30, amountOre: 5, debtorToCreditorOre: 5, creditorToDebtorOre: 0 },
      { debtorId: 20, creditorId: 10, amountOre: 2958254, debtorToCreditorOre: 4038254, creditorToDebtorOre: 1080000 },
    ]);
    expect(s.fees).toEqual([{ memberId: 20, amountOre: 127956 }]);
    expect([s.totalAmountOre, s.totalFeesOre]).toEqual([5118259, 127956]);
  });
});
