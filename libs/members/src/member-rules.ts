/** Pure rules of the member register (no Nest, no database). */
import { daysInMonth, epochDay, type FieldProblem, FieldRule } from '@app/core';

/** Norwegian organisation number: 9 digits, the last a mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
export function orgNumberProblem(raw: string): string | null {
  const s = raw.replace(/\s/g, '');
  if (!/^\d{9}$/.test(s)) return 'an organisation number has exactly 9 digits';
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  if (check === 10) return 'this is not a valid organisation number (no check digit exists for it)';
  if (check !== Number(s[8])) return `the check digit is wrong (expected ${check}, got ${s[8]})`;
  return null;
}

export function normaliseOrgNumber(raw: string): string {
  return raw.replace(/\s/g, '');
}

/** NCAGE/CAGE codes: 5 characters, digits and capital letters except I and O. */
export const NCAGE_RE = /^[A-HJ-NP-Z0-9]{5}$/;

/** The longest text each member field may hold (as the GraphQL inputs declare them). */
export const MEMBER_TEXT_LIMITS = {
  name: 200,
  orgNumber: 11,
  ncage: 5,
  website: 300,
  streetAddress: 200,
  municipality: 100,
  contactName: 200,
  contactEmail: 200,
  contactPhone: 20,
  descriptionNb: 5000,
  descriptionEn: 5000,
} as const;

const WEB_ADDRESS = /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}(:\d{1,5})?([/?#]\S*)?$/iu;

/**
 * The rules every way into the register applies to a member's fields (registerMember,
 * updateMember and every import), so that no path stores what another would refuse: lengths,
 * a web address, a head count. Only the fields given are checked; `name` is required when
 * `requireName`. Returns the problems by field name.
 */
export function memberFieldProblems(
  input: Partial<Record<keyof typeof MEMBER_TEXT_LIMITS, string | null>> & { employees?: number | null },
  requireName = false,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (requireName && !input.name?.trim()) problems.push({ field: 'name', message: 'name is required', rule: FieldRule.REQUIRED });
  for (const [field, max] of Object.entries(MEMBER_TEXT_LIMITS)) {
    const value = input[field as keyof typeof MEMBER_TEXT_LIMITS];
    if (typeof value === 'string' && value.length > max)
      problems.push({
        field,
        message: `${field} is ${value.length} characters; at most ${max} are allowed`,
        rule: FieldRule.AT_MOST_CHARACTERS,
        params: { max },
      });
  }
  const website = input.website?.trim();
  if (website && website.length <= MEMBER_TEXT_LIMITS.website && !WEB_ADDRESS.test(website))
    problems.push({ field: 'website', message: `website must be a web address such as www.example.no`, rule: FieldRule.NOT_A_WEB_ADDRESS });
  if (input.employees !== undefined && input.employees !== null && (!Number.isInteger(input.employees) || input.employees < 0))
    problems.push({
      field: 'employees',
      message: 'employees must be a whole number, 0 or more',
      rule: FieldRule.WHOLE_NUMBER_NOT_NEGATIVE,
    });
  return problems;
}

/**
 * The statutes: resignation is written to the board; if the board receives it after 1 December,
 * the next year's dues are still owed. Returns the last year for which dues are owed.
 */
export function duesOwedThroughYear(noticeReceivedOn: string): number {
  const year = Number(noticeReceivedOn.slice(0, 4));
  return noticeReceivedOn > `${year}-12-01` ? year + 1 : year;
}

export interface DuesBandRule {
  employeesMin: number;
  employeesMax: number | null;
}

/**
 * A dues table must put every firm in exactly one band: bands start at 1, follow each other
 * without gaps or overlaps, only the last is open-ended, and no fee is negative. Returns the
 * problems found, each with its rule; rows are numbered as given (1 = the first band in the input),
 * whatever order the bands come in.
 */
export function duesTableProblems(
  bands: readonly (DuesBandRule & { membershipFeeOre?: number; serviceFeeOre?: number })[],
): FieldProblem[] {
  if (!bands.length) return [{ field: 'bands', message: 'a dues table needs at least one band', rule: FieldRule.REQUIRED }];
  const problems: FieldProblem[] = [];
  const sorted = bands.map((b, i) => ({ ...b, row: i + 1 })).sort((a, b) => a.employeesMin - b.employeesMin || a.row - b.row);
  if (sorted[0].employeesMin !== 1)
    problems.push({
      field: `bands.${sorted[0].row - 1}.employeesMin`,
      message: 'the first band must start at 1 employee',
      rule: FieldRule.BANDS_START_AT_ONE,
    });
  sorted.forEach((b, i) => {
    const at = (p: string) => `bands.${b.row - 1}.${p}`;
    if (b.employeesMax !== null && b.employeesMax < b.employeesMin)
      problems.push({
        field: at('employeesMax'),
        message: `band ${b.row}: the maximum is below the minimum`,
        rule: FieldRule.BAND_ENDS_BELOW_START,
        params: { band: b.row },
      });
    if (i < sorted.length - 1) {
      const next = sorted[i + 1];
      if (b.employeesMax === null)
        problems.push({
          field: at('employeesMax'),
          message: `band ${b.row}: only the last band may be open-ended`,
          rule: FieldRule.BAND_NEEDS_END,
          params: { band: b.row },
        });
      else if (next.employeesMin !== b.employeesMax + 1)
        problems.push({
          field: `bands.${next.row - 1}.employeesMin`,
          message: `bands ${b.row} and ${next.row} must meet: ${b.employeesMax} is followed by ${next.employeesMin}`,
          rule: FieldRule.BANDS_MUST_MEET,
          params: { band: b.row, max: b.employeesMax, next: next.row, min: b.employeesMax + 1 },
        });
    } else if (b.employeesMax !== null)
      problems.push({
        field: at('employeesMax'),
        message: 'the last band must be open-ended ("51 or more"), so every firm falls in a band',
        rule: FieldRule.LAST_BAND_OPEN,
        params: { band: b.row },
      });
  });
  bands.forEach((b, i) => {
    if ((b.membershipFeeOre ?? 0) < 0 || (b.serviceFeeOre ?? 0) < 0)
      problems.push({
        field: `bands.${i}`,
        message: `band ${i + 1}: fees cannot be negative`,
        rule: FieldRule.BAND_FEE_NEGATIVE,
        params: { band: i + 1 },
      });
  });
  return problems;
}

/** The band for a head count, or undefined when the count is unknown or below the first band. */
export function bandFor<B extends DuesBandRule>(bands: readonly B[], employees: number | null): B | undefined {
  if (employees === null || employees < 1) return undefined;
  return bands.find((b) => employees >= b.employeesMin && (b.employeesMax === null || employees <= b.employeesMax));
}

/** "1–10", "11–50", "51+" */
export function bandLabel(b: DuesBandRule): string {
  return b.employeesMax === null ? `${b.employeesMin}+` : `${b.employeesMin}–${b.employeesMax}`;
}

/**
 * Free capacity over a date range. Monthly capacity applies per calendar month and is prorated
 * by the days of each month inside the range; commitments are subtracted. Whole hours, floored.
 */
export function capacityOverRange(hoursPerMonth: number, from: string, to: string): number {
  return capacityOverMonths(hoursPerMonth, monthsOfRange(from, to));
}

/** The months a range touches, as [days of the month inside the range, days of the month]. */
export function monthsOfRange(from: string, to: string): [number, number][] {
  const out: [number, number][] = [];
  let cursor = from;
  while (cursor <= to) {
    const y = Number(cursor.slice(0, 4));
    const m = Number(cursor.slice(5, 7));
    const monthDays = daysInMonth(y, m);
    const monthEnd = `${cursor.slice(0, 7)}-${String(monthDays).padStart(2, '0')}`;
    const end = monthEnd < to ? monthEnd : to;
    out.push([Number(end.slice(8, 10)) - Number(cursor.slice(8, 10)) + 1, monthDays]);
    // the first of the next month, written as the dates are (no Date object per month)
    cursor = m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${cursor.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return out;
}

/** `capacityOverRange` for the months of a range worked out once (`monthsOfRange`): many firms, one range. */
export function capacityOverMonths(hoursPerMonth: number, months: readonly (readonly [number, number])[]): number {
  let total = 0;
  for (const [days, monthDays] of months) total += (hoursPerMonth * days) / monthDays;
  return Math.floor(total + 1e-9);
}

/** The part of `hours` spread evenly over [wFrom, wTo] that falls inside [from, to]. */
export function hoursInRange(hours: number, wFrom: string, wTo: string, from: string, to: string): number {
  return hoursInDays(hours, epochDay(wFrom), epochDay(wTo), epochDay(from), epochDay(to));
}

/** `hoursInRange` with the four dates as day numbers (`epochDay`), for callers that number them once. */
export function hoursInDays(hours: number, wFrom: number, wTo: number, from: number, to: number): number {
  const total = wTo - wFrom + 1;
  const overlap = Math.min(wTo, to) - Math.max(wFrom, from) + 1;
  if (total <= 0 || overlap <= 0) return 0;
  return (hours * overlap) / total;
}
