/**
 * Kroner in, øre out, exactly: amounts are parsed and printed as decimal strings and BigInt, never
 * as binary floats. minorUnits is the API's string of øre ("145000050" = kr 1 450 000,50).
 */
export type Lang = 'nb' | 'en';

export type ParseResult = { ok: true; minorUnits: string } | { ok: false; error: 'EMPTY' | 'FORMAT' | 'DECIMALS' | 'TOO_LARGE' };

/** The largest amount the API takes: a safe integer of øre. */
const MAX_MINOR = 9_007_199_254_740_991n;

/**
 * Reads what a person types in a kroner field: "1 450 000,50", "1450000", "1.450.000,50",
 * "kr 1 450 000", "1450000.5" (in English "1,450,000.50"). In bokmål a comma is the decimal mark; with no comma, a dot followed by one
 * or two digits at the end is one, and dots between groups of three digits group thousands.
 * At most two decimals (øre). Negative amounts are not prices and are refused as a format error.
 */
export function parseKroner(text: string, lang: Lang = 'nb'): ParseResult {
  let s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(kr|nok)\.?/i, '')
    .replace(/,-$/, '');
  // English: "1,450,000.50". Swapping the marks lets one set of rules read both.
  if (lang === 'en') s = s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  if (!s) return { ok: false, error: 'EMPTY' };
  let intPart: string;
  let frac = '';
  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return { ok: false, error: 'FORMAT' };
    [intPart, frac] = parts;
    if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(intPart)) return { ok: false, error: 'FORMAT' };
    intPart = intPart.replace(/\./g, '');
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    [intPart, frac] = s.split('.');
  } else {
    if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(s)) return { ok: false, error: 'FORMAT' };
    intPart = s.replace(/\./g, '');
  }
  s = intPart;
  if (!/^\d+$/.test(s) || !/^\d*$/.test(frac)) return { ok: false, error: 'FORMAT' };
  if (frac.length > 2) return { ok: false, error: 'DECIMALS' };
  const minor = BigInt(s) * 100n + BigInt(frac.padEnd(2, '0') || '0');
  if (minor > MAX_MINOR) return { ok: false, error: 'TOO_LARGE' };
  return { ok: true, minorUnits: minor.toString() };
}

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "1 450 000,50" (nb) or "1,450,000.50" (en), without the currency; for input fields. */
export function formatKronerNumber(minorUnits: string, lang: Lang): string {
  const v = BigInt(minorUnits);
  const neg = v < 0n;
  const abs = (neg ? -v : v).toString().padStart(3, '0');
  const int = abs.slice(0, -2);
  const frac = abs.slice(-2);
  const body = lang === 'nb' ? `${group(int, '\u00a0')},${frac}` : `${group(int, ',')}.${frac}`;
  return `${neg ? '-' : ''}${body}`;
}

/** "kr 1 450 000,50" (nb) or "NOK 1,450,000.50" (en); other currencies by their code. */
export function formatMoney(minorUnits: string, currency: string, lang: Lang): string {
  const prefix = currency === 'NOK' && lang === 'nb' ? 'kr' : currency;
  const n = formatKronerNumber(minorUnits, lang);
  return n.startsWith('-') ? `-${prefix}\u00a0${n.slice(1)}` : `${prefix}\u00a0${n}`;
}

/**
 * True when a new amount differs from the current one by more than `factor` times (either way):
 * the typo of a missing or extra zero, or of kroner typed as øre. Exact, in BigInt.
 */
export function differsByMoreThanFactor(current: string, next: string, factor = 10): boolean {
  const a = BigInt(current);
  const b = BigInt(next);
  if (a <= 0n || b <= 0n) return false;
  const f = BigInt(factor);
  return b > a * f || a > b * f;
}
