/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings (no time zone), for the pure programme code. Dates
 * are converted to day numbers with integer arithmetic (no Date objects: the programme converts
 * tens of thousands of dates per run), and the conversions are remembered, since a network's
 * dates repeat.
 */
export type LocalDate = string;

const toDayCache = new Map<string, number>();
const fromDayCache = new Map<number, string>();
const CACHE_LIMIT = 50_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(d: LocalDate): number {
  let n = toDayCache.get(d);
  if (n !== undefined) return n;
  let y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  n = era * 146097 + doe - 719468;
  if (toDayCache.size > CACHE_LIMIT) toDayCache.clear();
  toDayCache.set(d, n);
  return n;
}

/** The date of a day number (civil_from_days). */
export function dateOfDay(n: number): LocalDate {
  let s = fromDayCache.get(n);
  if (s !== undefined) return s;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  s = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  if (fromDayCache.size > CACHE_LIMIT) fromDayCache.clear();
  fromDayCache.set(n, s);
  return s;
}

export function plusDays(d: LocalDate, days: number): LocalDate {
  return dateOfDay(dayNumber(d) + days);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole months later; a day past the end of the target month becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function plusMonths(d: LocalDate, months: number): LocalDate {
  const m0 = Number(d.slice(5, 7)) - 1 + months;
  const year = Number(d.slice(0, 4)) + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  const day = Math.min(Number(d.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function daysFrom(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

export const laterOf = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
export const earlierOf = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
