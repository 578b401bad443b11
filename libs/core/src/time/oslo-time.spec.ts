import {
  addDays,
  daysBetween,
  daysLeft,
  deadlineDate,
  daysInMonth,
  epochDay,
  isLocalDate,
  nextPeriod,
  osloDate,
  osloOffsetMinutes,
  osloStartOfDay,
  parsePeriod,
} from './oslo-time';

describe('Oslo business time', () => {
  it('knows the offset in winter and summer', () => {
    expect(osloOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(osloOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('puts an instant just after UTC midnight on the right Oslo day', () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in Oslo (summer time).
    expect(osloDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it("keeps today's date right across midnight and the DST changes (the cached day)", () => {
    const reference = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
    const now = jest.spyOn(Date, 'now');
    try {
      // "now" a minute before local midnight on the autumn and spring change days and a plain day;
      // instants every 7 minutes for a day and a half either way, forwards then backwards
      for (const at of [
        '2026-10-24T21:59:00Z',
        '2026-10-25T22:59:00Z',
        '2026-03-28T22:59:00Z',
        '2026-03-29T21:59:00Z',
        '2026-06-01T21:59:00Z',
      ]) {
        const t0 = Date.parse(at);
        now.mockReturnValue(t0);
        const steps = Array.from({ length: 2 * 309 }, (_, i) => t0 + (i - 309) * 7 * 60000);
        for (const t of [...steps, ...steps.reverse()]) expect([t, osloDate(new Date(t))]).toEqual([t, reference.format(new Date(t))]);
      }
    } finally {
      now.mockRestore();
    }
  });

  it('begins days at local midnight across the spring DST change (29 March 2026)', () => {
    expect(osloStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // still CET at midnight
    expect(osloStartOfDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z'); // CEST
    // the day of the change has 23 hours
    expect(osloStartOfDay('2026-03-30').getTime() - osloStartOfDay('2026-03-29').getTime()).toBe(23 * 3600000);
  });

  it('begins days at local midnight across the autumn DST change (25 October 2026)', () => {
    expect(osloStartOfDay('2026-10-26').getTime() - osloStartOfDay('2026-10-25').getTime()).toBe(25 * 3600000);
  });

  it('counts calendar days independent of DST', () => {
    expect(daysBetween('2026-03-28', '2026-03-31')).toBe(3);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('validates local dates', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-1-01')).toBe(false);
  });

  it('parses months, quarters and years into Oslo instants', () => {
    const q1 = parsePeriod('2026-q1');
    expect(q1).toMatchObject({ label: '2026-Q1', kind: 'QUARTER', firstDay: '2026-01-01', lastDay: '2026-03-31' });
    expect(q1.start.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(q1.end.toISOString()).toBe('2026-03-31T22:00:00.000Z'); // 1 April 00:00 CEST
    expect(parsePeriod('2026-02').lastDay).toBe('2026-02-28');
    expect(parsePeriod('2026').lastDay).toBe('2026-12-31');
    expect(() => parsePeriod('2026-Q5')).toThrow(/not a period/);
  });

  it('finds the next period of the same kind', () => {
    expect(nextPeriod(parsePeriod('2026-Q4')).label).toBe('2027-Q1');
    expect(nextPeriod(parsePeriod('2026-12')).label).toBe('2027-01');
    expect(nextPeriod(parsePeriod('2026')).label).toBe('2027');
  });

  it("counts days left as Oslo calendar days to the deadline's day, whatever the hour (worked by hand)", () => {
    // now: 6 December 2026, 14:00 in Oslo (13:00 UTC, winter time)
    const now = new Date('2026-12-06T13:00:00Z');
    // due 1 January 2027 at 08:00 Oslo: 25 days 18 hours away, 26 calendar days
    expect(daysLeft(new Date('2027-01-01T07:00:00Z'), now)).toBe(26);
    // due 1 January 2027 at 00:00 Oslo is the end of 31 December: 25 days
    expect(deadlineDate(new Date('2026-12-31T23:00:00Z'))).toBe('2026-12-31');
    expect(daysLeft(new Date('2026-12-31T23:00:00Z'), now)).toBe(25);
    // 23:59 the same evening is today (0), one minute past midnight is tomorrow (1)
    expect(daysLeft(new Date('2026-12-06T22:59:00Z'), now)).toBe(0);
    expect(daysLeft(new Date('2026-12-06T23:01:00Z'), now)).toBe(1);
    // across the spring DST change: 28 March 12:00 → 30 March 09:00 (CEST) is 2 days
    expect(daysLeft(new Date('2026-03-30T07:00:00Z'), new Date('2026-03-28T11:00:00Z'))).toBe(2);
    // a deadline that has passed counts below zero
    expect(daysLeft(new Date('2026-12-04T10:00:00Z'), now)).toBe(-2);
  });

  it('numbers every day as Date.parse does (1800–2200), and refuses what is not a date', () => {
    const parsed = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;
    const differ: string[] = [];
    let checked = 0;
    let previous = parsed('1799-12-31');
    for (let y = 1800; y <= 2200; y++)
      for (let m = 1; m <= 12; m++)
        for (let day = 1; day <= daysInMonth(y, m); day++) {
          const d = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          // every day once, one after the other (so daysInMonth misses none), numbered as Date.parse numbers it
          if (epochDay(d) !== parsed(d) || parsed(d) !== previous + 1) differ.push(d);
          previous = parsed(d);
          checked++;
        }
    expect(differ).toEqual([]);
    expect(checked).toBe(146_462);
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('0050-03-01')).toBe(parsed('0050-03-01')); // not 1950
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '26-01-01', 'not a date', ''])
      expect(epochDay(bad)).toBeNaN();
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([
      29, 28, 29, 30, 31,
    ]);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
