import { formatBasisPoints, formatBytes, formatShare, parsePercentToBp } from './numbers';

describe('rates in percent, stored in basis points (exact)', () => {
  it.each([
    ['3', 300],
    ['2,5', 250],
    ['2.5 %', 250],
    ['0,25', 25],
    ['12,75', 1275],
    ['100', 10000],
    ['0', 0],
  ])('"%s" % is %i bp', (text, bp) => {
    expect(parsePercentToBp(text)).toEqual({ ok: true, bp });
  });

  it.each([
    ['', 'EMPTY'],
    ['abc', 'FORMAT'],
    ['-2', 'FORMAT'],
    ['2,555', 'DECIMALS'],
    ['100,01', 'RANGE'],
  ])('"%s" is refused (%s)', (text, error) => {
    expect(parsePercentToBp(text)).toEqual({ ok: false, error });
  });

  it('shows basis points as percent in each language, without float rounding', () => {
    expect(formatBasisPoints(250, 'nb')).toBe('2,5\u00a0%');
    expect(formatBasisPoints(300, 'en')).toBe('3%');
    expect(formatBasisPoints(1, 'nb')).toBe('0,01\u00a0%');
    expect(formatBasisPoints(1275, 'en')).toBe('12.75%');
    for (let bp = 0; bp <= 10000; bp += 7) {
      const r = parsePercentToBp(formatBasisPoints(bp, 'nb'));
      expect(r).toEqual({ ok: true, bp });
    }
  });

  it('shows shares and sizes', () => {
    expect(formatShare(0.4567, 'en')).toBe('45.7%');
    expect(formatBytes(12_345, 'en')).toBe('12.1 KiB');
  });
});
