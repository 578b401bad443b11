/**
 * OCDS date-times, read the same way on every server. OCDS wants an offset on every date-time;
 * publishers leave it out (e.g. "2010-04-01T18:00:00"). Such a wall time is read in the zone the
 * import states (UTC unless told otherwise), never in the server's own zone, and the import says
 * so in a warning. Pure: no Nest, no database.
 */

/** The zone an import reads dates without an offset in, unless the caller names another. */
export const DEFAULT_OCDS_TIME_ZONE = 'UTC';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

export interface OcdsInstant {
  /** Epoch milliseconds. */
  ms: number;
  /** True when the text had no offset and was read in the stated zone. */
  naive: boolean;
  /** True for a bare date (no time of day). */
  dateOnly: boolean;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let f = offsetFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(zone, f);
  }
  return f;
}

/** The canonical IANA name of a zone ("europe/oslo" → "Europe/Oslo"), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  const z = zone.trim();
  if (!z || z.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: z }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, number>();

/**
 * Offset of `zone` from UTC at an instant, in milliseconds. Zones change offset on quarter-hour
 * boundaries, so one answer per zone and quarter hour is remembered (Intl costs µs a call, and a
 * publisher's file can hold a hundred thousand dates).
 */
function offsetAt(zone: string, ms: number): number {
  if (zone === 'UTC') return 0;
  const key = `${zone}|${Math.floor(ms / QUARTER_HOUR)}`;
  let cached = offsetCache.get(key);
  if (cached === undefined) {
    if (offsetCache.size > 100_000) offsetCache.clear();
    cached = computeOffset(zone, Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR);
    offsetCache.set(key, cached);
  }
  return cached;
}

function computeOffset(zone: string, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall time in `zone` names. In a DST gap the later offset applies (02:30 on the
 * spring-forward night in Oslo is 03:30 CEST); in an overlap, the earlier of the two instants.
 */
export function wallTimeToInstant(wallAsUtcMs: number, zone: string): number {
  const before = offsetAt(zone, wallAsUtcMs - 86_400_000);
  const after = offsetAt(zone, wallAsUtcMs + 86_400_000);
  const candidates = [wallAsUtcMs - before, wallAsUtcMs - after].filter((t) => offsetAt(zone, t) === wallAsUtcMs - t);
  // none: a gap (the clock jumped over this wall time), so the offset before the jump moves it forward
  return candidates.length ? Math.min(...candidates) : wallAsUtcMs - before;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1];
}

/**
 * Reads an OCDS date-time (or a bare date). A bare date is the start of that day, or with
 * `endOfDay` its last second (a deadline "2026-05-01" still accepts bids that day). Returns null
 * for anything that is not a real calendar date and time.
 */
export function parseOcdsInstant(text: string, zone: string, opts: { endOfDay?: boolean } = {}): OcdsInstant | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, frac, off] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  const dateOnly = hs === undefined;
  let h = 0;
  let mi = 0;
  let s = 0;
  let ms = 0;
  if (!dateOnly) {
    h = Number(hs);
    mi = Number(mis);
    s = ss === undefined ? 0 : Number(ss);
    ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
    const midnightEnd = h === 24 && mi === 0 && s === 0 && ms === 0;
    if ((h > 23 && !midnightEnd) || mi > 59 || s > 59) return null;
  } else if (opts.endOfDay) {
    h = 23;
    mi = 59;
    s = 59;
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (off === undefined) return { ms: wallTimeToInstant(wall, zone), naive: true, dateOnly };
  if (off === 'Z' || off === 'z') return { ms: wall, naive: false, dateOnly };
  const om = /^([+-])(\d{2}):?(\d{2})?$/.exec(off)!;
  const minutes = Number(om[2]) * 60 + Number(om[3] ?? 0);
  if (Number(om[2]) > 23 || Number(om[3] ?? 0) > 59) return null;
  return { ms: wall - (om[1] === '-' ? -1 : 1) * minutes * 60_000, naive: false, dateOnly };
}
