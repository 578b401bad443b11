import { AppError } from '../errors/app-error';
import { assertSafeInteger } from './allocate';

/** An amount in integer minor units (øre for NOK) with its ISO 4217 currency. */
export interface Money {
  readonly minorUnits: number;
  readonly currency: string;
}

export const DEFAULT_CURRENCY = 'NOK';
const CURRENCY_RE = /^[A-Z]{3}$/;

export function money(minorUnits: number, currency = DEFAULT_CURRENCY): Money {
  assertSafeInteger(minorUnits, 'minorUnits');
  if (!CURRENCY_RE.test(currency)) throw new RangeError(`currency must be an ISO 4217 code (got "${currency}")`);
  return { minorUnits, currency };
}

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code that ICU knows (NOK, EUR, SEK …); well-formed but unknown codes such as XYZ are refused. */
export function isValidCurrency(code: string): boolean {
  return CURRENCY_RE.test(code) && ISO_CURRENCIES.has(code);
}

const MINOR_DIGITS = new Map<string, number>();

/**
 * Number of minor-unit digits of a currency (2 for NOK and EUR, 0 for JPY). Asked of ICU once per
 * currency: building an Intl.NumberFormat costs far more than the formatting that needs it.
 */
export function minorDigits(currency: string): number {
  let digits = MINOR_DIGITS.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    MINOR_DIGITS.set(currency, digits);
  }
  return digits;
}

/** Adds amounts of one currency; refuses to mix currencies, which is always a bug. */
export function sumMoney(items: readonly Money[], currency = DEFAULT_CURRENCY): Money {
  let total = 0;
  for (const m of items) {
    if (m.currency !== currency) {
      throw AppError.badInput(`Cannot add ${m.currency} to ${currency}: amounts in different currencies are never summed.`);
    }
    total += m.minorUnits;
    assertSafeInteger(total, 'sum');
  }
  return { minorUnits: total, currency };
}

/** "1234.50" for 123450 øre; exact, no binary floating point. */
export function toDecimalString(minorUnits: number, currency = DEFAULT_CURRENCY): string {
  const digits = minorDigits(currency);
  const neg = minorUnits < 0;
  const abs = BigInt(Math.abs(minorUnits))
    .toString()
    .padStart(digits + 1, '0');
  const intPart = digits ? abs.slice(0, -digits) : abs;
  const frac = digits ? `.${abs.slice(-digits)}` : '';
  return `${neg ? '-' : ''}${intPart}${frac}`;
}

/** Parses "1234.5" or "-0.05" into minor units, refusing more decimals than the currency has. */
export function parseDecimal(text: string, currency = DEFAULT_CURRENCY): number {
  const digits = minorDigits(currency);
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a decimal amount`);
  const frac = m[3] ?? '';
  if (frac.length > digits) throw new RangeError(`"${text}" has more than ${digits} decimals for ${currency}`);
  const value = BigInt(m[2] + frac.padEnd(digits, '0')) * (m[1] ? -1n : 1n);
  const n = Number(value);
  assertSafeInteger(n, 'amount');
  return n;
}

/** Norwegian presentation, e.g. "kr 1 234,50" / "-€ 12,00"; for display only. */
export function formatMoney(m: Money, locale = 'nb-NO'): string {
  const digits = minorDigits(m.currency);
  const [intPart, frac = ''] = toDecimalString(Math.abs(m.minorUnits), m.currency).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, locale.startsWith('nb') ? '\u00a0' : ',');
  const sep = locale.startsWith('nb') ? ',' : '.';
  const body = digits ? `${grouped}${sep}${frac}` : grouped;
  return `${m.minorUnits < 0 ? '-' : ''}${m.currency === 'NOK' ? 'kr' : m.currency}\u00a0${body}`;
}

/** A rate in basis points: 1 bp = 0.01 %, 10 000 bp = 100 %. */
export type BasisPoints = number;

/**
 * amount × bp / 10 000, rounded half away from zero ("kaufmännisch"), computed in BigInt.
 * Symmetric in sign, so a credit note's royalty is exactly the negative of its invoice's.
 */
export function applyBasisPoints(minorUnits: number, bp: BasisPoints): number {
  assertSafeInteger(minorUnits, 'minorUnits');
  assertSafeInteger(bp, 'basis points');
  const neg = minorUnits < 0 !== bp < 0;
  const p = BigInt(Math.abs(minorUnits)) * BigInt(Math.abs(bp));
  const q = p / 10000n;
  const r = p % 10000n;
  const rounded = r * 2n >= 10000n ? q + 1n : q;
  const n = Number(rounded);
  return neg && n !== 0 ? -n : n;
}

/** value × probability, both exact: probability given in basis points (6000 = 60 %). */
export const weightByProbability = applyBasisPoints;
