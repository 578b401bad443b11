import { daysBetween, formatInstant, formatLocalDate, isoToOsloWallTime, osloWallTimeToIso } from './dates';

describe('Oslo time in the console', () => {
  it('shows instants as Oslo wall time in either language', () => {
    expect(formatInstant('2027-03-12T13:00:00.000Z', 'nb')).toBe('12.03.2027, 14:00');
    expect(formatInstant('2027-07-01T10:30:00.000Z', 'en')).toBe('1 Jul 2027, 12:30');
  });

  it('shows calendar dates without shifting them a day', () => {
    expect(formatLocalDate('2027-01-01', 'nb')).toBe('01.01.2027');
    expect(formatLocalDate('2027-12-31', 'en')).toBe('31 Dec 2027');
  });

  it('reads an Oslo wall time as the right instant in winter, in summer and round the DST change', () => {
    expect(osloWallTimeToIso('2027-01-15T12:00')).toBe('2027-01-15T11:00:00.000Z');
    expect(osloWallTimeToIso('2027-07-15T12:00')).toBe('2027-07-15T10:00:00.000Z');
    expect(osloWallTimeToIso('2027-03-28T03:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(isoToOsloWallTime('2027-07-15T10:00:00.000Z')).toBe('2027-07-15T12:00');
    expect(osloWallTimeToIso('not a time')).toBeNull();
  });

  it('counts days between dates', () => {
    expect(daysBetween('2027-03-01', '2027-04-30')).toBe(60);
  });
});
