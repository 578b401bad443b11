/** Calendar arithmetic on 'YYYY-MM-DD' strings (no time zone), for the pure programme code. */
export type LocalDate = string;

function toUtc(d: LocalDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

function fromUtc(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function plusDays(d: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Whole months later; a day past the end of the target month becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function plusMonths(d: LocalDate, months: number): LocalDate {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7)) - 1 + months;
  const day = Number(d.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(day, last)));
}

export function daysFrom(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export const laterOf = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
export const earlierOf = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
