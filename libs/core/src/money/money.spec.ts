import {
  CurrencyMismatchError,
  MoneyTotals,
  addMoney,
  applyBasisPoints,
  compareMoney,
  convertMoney,
  formatMoney,
  formatRate,
  isValidCurrency,
  money,
  parseDecimal,
  parseRate,
  subtractMoney,
  sumMoney,
  toDecimalString,
} from './money';

describe('money', () => {
  it('formats decimals exactly', () => {
    expect(toDecimalString(123450)).toBe('1234.50');
    expect(toDecimalString(-5)).toBe('-0.05');
    expect(toDecimalString(0)).toBe('0.00');
    expect(toDecimalString(1600000000000)).toBe('16000000000.00');
    expect(toDecimalString(1234, 'JPY')).toBe('1234');
  });

  it('parses decimals exactly and refuses extra precision', () => {
    expect(parseDecimal('1234.5')).toBe(123450);
    expect(parseDecimal('-0.05')).toBe(-5);
    expect(parseDecimal('0.10')).toBe(10);
    expect(() => parseDecimal('0.001')).toThrow(/decimals/);
    expect(() => parseDecimal('1e3')).toThrow();
  });

  it('formats for Norwegian readers', () => {
    expect(formatMoney(money(160000000000))).toBe('kr\u00a01\u00a0600\u00a0000\u00a0000,00');
    expect(formatMoney(money(-12345, 'EUR'), 'en')).toBe('-EUR\u00a0123.45');
  });

  it('knows real ISO 4217 codes only', () => {
    expect(['NOK', 'EUR', 'SEK', 'USD'].every(isValidCurrency)).toBe(true);
    expect(isValidCurrency('XYZ')).toBe(false);
    expect(isValidCurrency('nok')).toBe(false);
  });

  it('never sums across currencies', () => {
    expect(sumMoney([money(1), money(2)], 'NOK')).toEqual({ minorUnits: 3, currency: 'NOK' });
    expect(() => sumMoney([money(1), money(2, 'EUR')], 'NOK')).toThrow(/different currencies/);
    expect(() => sumMoney([money(1, 'EUR')], 'NOK')).toThrow(CurrencyMismatchError);
    expect(sumMoney([], 'EUR')).toEqual({ minorUnits: 0, currency: 'EUR' });
  });

  it('adds, subtracts and compares only amounts of one currency (issue 20, item 11)', () => {
    const nok = money(100_000_00);
    const eur = money(100_000_00, 'EUR');
    expect(addMoney(nok, money(5))).toEqual({ minorUnits: 100_000_05, currency: 'NOK' });
    expect(subtractMoney(eur, money(5, 'EUR'))).toEqual({ minorUnits: 99_999_95, currency: 'EUR' });
    expect(compareMoney(money(1), money(2))).toBeLessThan(0);
    // the royalty run's old mistake: 100 000,00 EUR + 100 000,00 NOK became one NOK figure
    expect(() => addMoney(nok, eur)).toThrow(CurrencyMismatchError);
    expect(() => subtractMoney(nok, eur)).toThrow(/Cannot subtract NOK and EUR/);
    expect(() => compareMoney(eur, nok)).toThrow(/never compared/);
    try {
      addMoney(nok, eur);
    } catch (e) {
      expect((e as CurrencyMismatchError).extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'CURRENCY_MISMATCH' } });
    }
    // @ts-expect-error: a Money is not a number; `+` on two amounts does not compile
    expect(typeof (nok + eur)).toBe('string');
  });

  it('keeps totals apart per currency, NOK first', () => {
    const t = new MoneyTotals().add(money(10, 'EUR')).add(money(5)).add(money(-3, 'EUR')).add(money(1, 'SEK'));
    expect(t.list()).toEqual([money(5), money(7, 'EUR'), money(1, 'SEK')]);
    expect(t.get('USD')).toEqual(money(0, 'USD'));
  });

  it("converts at a stated rate exactly, half away from zero, and only between the rate's currencies", () => {
    const rate = { from: 'EUR', to: 'NOK', micros: parseRate('11.75') };
    expect(rate.micros).toBe(11_750_000);
    expect(formatRate(rate.micros)).toBe('11.75');
    expect(formatRate(parseRate('0.000001'))).toBe('0.000001');
    expect(convertMoney(money(100_00, 'EUR'), 'NOK', rate)).toEqual(money(1175_00));
    expect(convertMoney(money(1175_00), 'EUR', rate)).toEqual(money(100_00, 'EUR'));
    // 1 øre ÷ 11.75 = 0.085 cent → 0; 6 øre ÷ 11.75 = 0.51 cent → 1; symmetric in sign
    expect(convertMoney(money(1), 'EUR', rate).minorUnits).toBe(0);
    expect(convertMoney(money(6), 'EUR', rate).minorUnits).toBe(1);
    expect(convertMoney(money(-6), 'EUR', rate).minorUnits).toBe(-1);
    expect(convertMoney(money(100_00), 'JPY', { from: 'JPY', to: 'NOK', micros: parseRate('0.07') })).toEqual(money(1429, 'JPY'));
    expect(() => convertMoney(money(1, 'SEK'), 'NOK', rate)).toThrow(CurrencyMismatchError);
    for (const bad of ['0', '-1', '1e3', '1.1234567', 'abc']) expect(() => parseRate(bad)).toThrow(RangeError);
  });

  it('applies basis points with half-away-from-zero rounding, symmetric in sign', () => {
    expect(applyBasisPoints(100_00, 250)).toBe(2_50); // 2.5 % of 100 kr
    expect(applyBasisPoints(1, 5000)).toBe(1); // 0.5 øre rounds up
    expect(applyBasisPoints(-1, 5000)).toBe(-1);
    expect(applyBasisPoints(3, 1666)).toBe(0); // 0.4998
    expect(applyBasisPoints(-123457, 333)).toBe(-applyBasisPoints(123457, 333));
    // beyond 2^53 in the intermediate product: still exact
    expect(applyBasisPoints(9_000_000_000_000_00, 9999)).toBe(899_910_000_000_000);
  });
});
