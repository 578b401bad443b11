import { applyBasisPoints, formatMoney, isValidCurrency, money, parseDecimal, sumMoney, toDecimalString } from './money';

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
    expect(sumMoney([money(1), money(2)])).toEqual({ minorUnits: 3, currency: 'NOK' });
    expect(() => sumMoney([money(1), money(2, 'EUR')])).toThrow(/different currencies/);
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
