import { differsByMoreThanFactor, formatKronerNumber, formatMoney, parseKroner } from './money';

describe('kroner in, øre out (exact)', () => {
  it.each([
    ['1 450 000', '145000000'],
    ['1 450 000,50', '145000050'],
    ['1\u00a0450\u00a0000,5', '145000050'],
    ['1.450.000,50', '145000050'],
    ['kr 1 450 000', '145000000'],
    ['1450000.50', '145000050'],
    ['1450000', '145000000'],
    ['0,01', '1'],
    ['1.450', '145000'],
    ['1 450 000,-', '145000000'],
    ['90071992547409,91', '9007199254740991'],
  ])('"%s" is %s øre', (text, minor) => {
    expect(parseKroner(text)).toEqual({ ok: true, minorUnits: minor });
  });

  it.each([
    ['', 'EMPTY'],
    ['abc', 'FORMAT'],
    ['1,2,3', 'FORMAT'],
    ['-5', 'FORMAT'],
    ['12.34.5', 'FORMAT'],
    ['1,505', 'DECIMALS'],
    ['90071992547409,92', 'TOO_LARGE'],
  ])('"%s" is refused (%s)', (text, error) => {
    expect(parseKroner(text)).toEqual({ ok: false, error });
  });

  it('reads English input with "," grouping and a decimal dot', () => {
    expect(parseKroner('1,450,000.50', 'en')).toEqual({ ok: true, minorUnits: '145000050' });
    expect(parseKroner('NOK 1450000', 'en')).toEqual({ ok: true, minorUnits: '145000000' });
    expect(parseKroner('1.505', 'en')).toEqual({ ok: false, error: 'DECIMALS' });
  });

  it('never goes through a float: 0.1 + 0.2 style amounts stay exact', () => {
    expect(parseKroner('0,10')).toEqual({ ok: true, minorUnits: '10' });
    expect(parseKroner('1234567890123,45')).toEqual({ ok: true, minorUnits: '123456789012345' });
  });

  it('prints kroner the Norwegian and the English way', () => {
    expect(formatMoney('145000000', 'NOK', 'nb')).toBe('kr\u00a01\u00a0450\u00a0000,00');
    expect(formatMoney('145000050', 'NOK', 'en')).toBe('NOK\u00a01,450,000.50');
    expect(formatMoney('-5', 'EUR', 'nb')).toBe('-EUR\u00a00,05');
    expect(formatKronerNumber('100', 'nb')).toBe('1,00');
  });

  it('round-trips every printed amount', () => {
    for (const m of ['0', '1', '99', '100', '145000050', '9007199254740991'])
      for (const lang of ['nb', 'en'] as const) expect(parseKroner(formatKronerNumber(m, lang), lang)).toEqual({ ok: true, minorUnits: m });
  });

  it('asks for confirmation beyond a factor of 10, either way', () => {
    expect(differsByMoreThanFactor('145000000', '1450000')).toBe(true); // 14 500 kr instead of 1 450 000
    expect(differsByMoreThanFactor('145000000', '1450000001')).toBe(true);
    expect(differsByMoreThanFactor('145000000', '1450000000')).toBe(false); // exactly 10×
    expect(differsByMoreThanFactor('145000000', '14500000')).toBe(false);
    expect(differsByMoreThanFactor('0', '5')).toBe(false);
  });
});
