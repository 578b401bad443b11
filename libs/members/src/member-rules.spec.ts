import {
  bandFor,
  capacityOverRange,
  duesOwedThroughYear,
  duesTableProblems,
  hoursInRange,
  NCAGE_RE,
  orgNumberProblem,
} from './member-rules';

describe('member register rules', () => {
  it('accepts valid organisation numbers and explains invalid ones', () => {
    expect(orgNumberProblem('923609016')).toBeNull(); // Equinor ASA
    expect(orgNumberProblem('974 760 673')).toBeNull(); // Brønnøysundregistrene
    expect(orgNumberProblem('923609017')).toMatch(/check digit is wrong \(expected 6, got 7\)/);
    expect(orgNumberProblem('12345678')).toMatch(/9 digits/);
    expect(orgNumberProblem('12345678a')).toMatch(/9 digits/);
  });

  it('validates NCAGE codes', () => {
    expect(NCAGE_RE.test('N1234')).toBe(true);
    expect(NCAGE_RE.test('NO123')).toBe(false); // no letter O
    expect(NCAGE_RE.test('N123')).toBe(false);
  });

  it("owes next year's dues only for notices received after 1 December", () => {
    expect(duesOwedThroughYear('2026-12-01')).toBe(2026);
    expect(duesOwedThroughYear('2026-12-02')).toBe(2027);
    expect(duesOwedThroughYear('2026-06-30')).toBe(2026);
  });

  it('accepts the 2006 statute table and puts every head count in exactly one band', () => {
    const bands = [
      { employeesMin: 1, employeesMax: 10 },
      { employeesMin: 11, employeesMax: 50 },
      { employeesMin: 51, employeesMax: null },
    ];
    expect(duesTableProblems(bands)).toEqual([]);
    for (let n = 1; n <= 500; n++) expect(bands.filter((b) => bandFor([b], n))).toHaveLength(1);
    expect(bandFor(bands, 50)).toBe(bands[1]);
    expect(bandFor(bands, 51)).toBe(bands[2]);
    expect(bandFor(bands, null)).toBeUndefined();
  });

  it('finds gaps, overlaps and a closed last band', () => {
    expect(
      duesTableProblems([
        { employeesMin: 1, employeesMax: 10 },
        { employeesMin: 12, employeesMax: null },
      ]).join(),
    ).toMatch(/must meet/);
    expect(
      duesTableProblems([
        { employeesMin: 1, employeesMax: 10 },
        { employeesMin: 10, employeesMax: null },
      ]).join(),
    ).toMatch(/must meet/);
    expect(duesTableProblems([{ employeesMin: 1, employeesMax: 10 }]).join()).toMatch(/open-ended/);
    expect(duesTableProblems([{ employeesMin: 2, employeesMax: null }]).join()).toMatch(/start at 1/);
  });

  it('prorates monthly capacity by the days of each month in the range', () => {
    expect(capacityOverRange(100, '2026-03-01', '2026-03-31')).toBe(100);
    expect(capacityOverRange(100, '2026-03-01', '2026-05-31')).toBe(300);
    expect(capacityOverRange(100, '2026-02-15', '2026-02-28')).toBe(50); // 14 of 28 days
    expect(capacityOverRange(100, '2026-03-17', '2026-04-15')).toBe(98); // 100 × (15/31 + 15/30) = 98.39, floored
  });

  it('spreads committed hours evenly over their window', () => {
    expect(hoursInRange(300, '2026-01-01', '2026-03-31', '2026-02-01', '2026-02-28')).toBeCloseTo((300 * 28) / 90);
    expect(hoursInRange(300, '2026-01-01', '2026-03-31', '2026-05-01', '2026-05-31')).toBe(0);
  });
});
