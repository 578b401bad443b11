import type { Lang } from './money';

/** Business time is Europe/Oslo, whatever the browser's own zone is. */
export const OSLO = 'Europe/Oslo';

const instantFmt = new Map<Lang, Intl.DateTimeFormat>();
const dateFmt = new Map<Lang, Intl.DateTimeFormat>();
const partsFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: OSLO,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Oslo wall time: "12.03.2027, 14:00" (nb) or "12 Mar 2027, 14:00" (en). */
export function formatInstant(iso: string, lang: Lang): string {
  let f = instantFmt.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
      timeZone: OSLO,
      day: lang === 'nb' ? '2-digit' : 'numeric',
      month: lang === 'nb' ? '2-digit' : 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    instantFmt.set(lang, f);
  }
  return f.format(new Date(iso));
}

/** A calendar date "YYYY-MM-DD" (no zone): "12.03.2027" (nb) or "12 Mar 2027" (en). */
export function formatLocalDate(date: string, lang: Lang): string {
  let f = dateFmt.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
      timeZone: 'UTC',
      day: lang === 'nb' ? '2-digit' : 'numeric',
      month: lang === 'nb' ? '2-digit' : 'short',
      year: 'numeric',
    });
    dateFmt.set(lang, f);
  }
  const [y, m, d] = date.split('-').map(Number);
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

function osloParts(ms: number): number[] {
  const p = Object.fromEntries(partsFmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return [+p.year, +p.month, +p.day, +p.hour, +p.minute];
}

/** Oslo wall time "YYYY-MM-DDTHH:mm" (a datetime-local field) as an ISO instant, across DST. */
export function osloWallTimeToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const want = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let t = want;
  for (let i = 0; i < 3; i++) {
    const [y, mo, d, h, mi] = osloParts(t);
    const seen = Date.UTC(y, mo - 1, d, h, mi);
    if (seen === want) break;
    t += want - seen;
  }
  return new Date(t).toISOString();
}

/** An ISO instant as the Oslo wall time a datetime-local field shows. */
export function isoToOsloWallTime(iso: string): string {
  const [y, mo, d, h, mi] = osloParts(new Date(iso).getTime());
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}`;
}

/** Today's date in Oslo, "YYYY-MM-DD". */
export function osloToday(now = Date.now()): string {
  const [y, mo, d] = osloParts(now);
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from one date to another (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}
