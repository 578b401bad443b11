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

  it('finds gaps, overlaps and a closed last band, each with its rule and the row as given', () => {
    const rules = (bands: Parameters<typeof duesTableProblems>[0]) =>
      duesTableProblems(bands).map((p) => ({ field: p.field, rule: p.rule, params: p.params }));
    expect(
      rules([
        { employeesMin: 1, employeesMax: 10 },
        { employeesMin: 12, employeesMax: null },
      ]),
    ).toEqual([{ field: 'bands.1.employeesMin', rule: 'BANDS_MUST_MEET', params: { band: 1, max: 10, next: 2, min: 11 } }]);
    expect(
      rules([
        { employeesMin: 1, employeesMax: 10 },
        { employeesMin: 10, employeesMax: null },
      ]),
    ).toEqual([{ field: 'bands.1.employeesMin', rule: 'BANDS_MUST_MEET', params: { band: 1, max: 10, next: 2, min: 11 } }]);
    expect(rules([{ employeesMin: 1, employeesMax: 10 }])).toEqual([
      { field: 'bands.0.employeesMax', rule: 'LAST_BAND_OPEN', params: { band: 1 } },
    ]);
    expect(rules([{ employeesMin: 2, employeesMax: null }])).toEqual([
      { field: 'bands.0.employeesMin', rule: 'BANDS_START_AT_ONE', params: undefined },
    ]);
    expect(rules([])).toEqual([{ field: 'bands', rule: 'REQUIRED', params: undefined }]);
    // rows are the input's, not the sorted order's: the open band typed first is row 1
    expect(
      rules([
        { employeesMin: 11, employeesMax: null },
        { employeesMin: 1, employeesMax: 10, membershipFeeOre: -1 },
        { employeesMin: 5, employeesMax: 3 },
      ]),
    ).toEqual([
      // sorted by start: row 2 (1–10), row 3 (5–3), row 1 (11–); each gap is marked at the band that should start later
      { field: 'bands.2.employeesMin', rule: 'BANDS_MUST_MEET', params: { band: 2, max: 10, next: 3, min: 11 } },
      { field: 'bands.2.employeesMax', rule: 'BAND_ENDS_BELOW_START', params: { band: 3 } },
      { field: 'bands.0.employeesMin', rule: 'BANDS_MUST_MEET', params: { band: 3, max: 3, next: 1, min: 4 } },
      { field: 'bands.1', rule: 'BAND_FEE_NEGATIVE', params: { band: 2 } },
    ]);
    // the English message still says what is wrong, for the log and clients that know no rule
    expect(duesTableProblems([{ employeesMin: 1, employeesMax: 10 }])[0].message).toMatch(/open-ended/);
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

  it('computes capacity and spread hours exactly as the Date-based versions did, on 5,000 random ranges', () => {
    // the versions before dates were numbered without Date objects (a reference, not the rule)
    const capacityBefore = (hoursPerMonth: number, from: string, to: string): number => {
      if (to < from) return 0;
      let total = 0;
      let cursor = from;
      while (cursor <= to) {
        const y = Number(cursor.slice(0, 4));
        const m = Number(cursor.slice(5, 7));
        const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const monthEnd = `${cursor.slice(0, 7)}-${String(dim).padStart(2, '0')}`;
        const end = monthEnd < to ? monthEnd : to;
        total += (hoursPerMonth * (Number(end.slice(8, 10)) - Number(cursor.slice(8, 10)) + 1)) / dim;
        cursor = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
      }
      return Math.floor(total + 1e-9);
    };
    const spreadBefore = (hours: number, wFrom: string, wTo: string, from: string, to: string): number => {
      const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;
      const total = day(wTo) - day(wFrom) + 1;
      const overlap = Math.min(day(wTo), day(to)) - Math.max(day(wFrom), day(from)) + 1;
      if (total <= 0 || overlap <= 0) return 0;
      return (hours * overlap) / total;
    };
    let seed = 2006;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const date = () => new Date(Date.UTC(2023 + rand(6), 0, 1 + rand(366))).toISOString().slice(0, 10);
    const differ: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      const [a, b, c, d] = [date(), date(), date(), date()];
      const hours = rand(4) === 0 ? rand(1000) : rand(100_000) / 7;
      if (capacityOverRange(hours, a, b) !== capacityBefore(hours, a, b)) differ.push(`capacity ${hours} ${a}..${b}`);
      if (hoursInRange(hours, a, b, c, d) !== spreadBefore(hours, a, b, c, d)) differ.push(`spread ${hours} ${a}..${b} in ${c}..${d}`);
    }
    expect(differ).toEqual([]);
  });
});
