import { AppError, ErrorCode } from '../errors/app-error';
import { ErrorReason } from '../errors/error-reason';
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

/**
 * The error every currency mix raises: two amounts in different currencies are never added,
 * subtracted or compared, because no rate is known here. Code that has a rate converts first
 * (`convertMoney`); code that meets several currencies keeps one total per currency (`MoneyTotals`).
 */
export class CurrencyMismatchError extends AppError {
  constructor(a: string, b: string, what = 'add') {
    super(
      ErrorCode.CONFLICT,
      `Cannot ${what} ${a} and ${b}: amounts in different currencies are never ${what === 'compare' ? 'compared' : 'summed'} without an exchange rate.`,
      { details: { reason: ErrorReason.CURRENCY_MISMATCH, currencies: [a, b] } },
    );
    this.name = 'CurrencyMismatchError';
  }
}

function sameCurrency(a: Money, b: Money, what: string): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency, what);
}

/** a + b, of one currency; a mix throws CurrencyMismatchError. */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, 'add');
  const total = a.minorUnits + b.minorUnits;
  assertSafeInteger(total, 'sum');
  return { minorUnits: total, currency: a.currency };
}

/** a − b, of one currency; a mix throws CurrencyMismatchError. */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, 'subtract');
  const diff = a.minorUnits - b.minorUnits;
  assertSafeInteger(diff, 'difference');
  return { minorUnits: diff, currency: a.currency };
}

/** Negative when a < b, 0 when equal, positive when a > b; a mix throws CurrencyMismatchError. */
export function compareMoney(a: Money, b: Money): number {
  sameCurrency(a, b, 'compare');
  return a.minorUnits - b.minorUnits;
}

/** Adds amounts of one currency, the one named; any other currency throws CurrencyMismatchError. */
export function sumMoney(items: readonly Money[], currency: string): Money {
  let total: Money = money(0, currency);
  for (const m of items) total = addMoney(total, m);
  return total;
}

/**
 * Totals kept apart per currency, for figures that may meet several (a royalty run's statements,
 * a firm's balance): nothing is ever added across currencies, and each total can be asked for.
 */
export class MoneyTotals {
  private readonly totals = new Map<string, number>();

  add(m: Money): this {
    const next = (this.totals.get(m.currency) ?? 0) + m.minorUnits;
    assertSafeInteger(next, 'sum');
    this.totals.set(m.currency, next);
    return this;
  }

  /** The total in one currency (0 when none was added). */
  get(currency: string): Money {
    return money(this.totals.get(currency) ?? 0, currency);
  }

  /** Every currency met, NOK first, then alphabetically. */
  list(): Money[] {
    return [...this.totals.keys()]
      .sort((a, b) => (a === DEFAULT_CURRENCY ? -1 : b === DEFAULT_CURRENCY ? 1 : a < b ? -1 : a > b ? 1 : 0))
      .map((c) => this.get(c));
  }
}

/**
 * An exchange rate a person states (never fetched, never a float): units of `to` per one unit of
 * `from`, as an exact decimal in micro-units (10^-6). 11.75 NOK per EUR is
 * { from: 'EUR', to: 'NOK', micros: 11_750_000 }.
 */
export interface ExchangeRate {
  readonly from: string;
  readonly to: string;
  readonly micros: number;
}

export const RATE_DECIMALS = 6;

/** Parses "11.75" (at most 6 decimals, above 0) into micro-units; RangeError otherwise. */
export function parseRate(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a rate: write a positive decimal with at most ${RATE_DECIMALS} decimals, e.g. 11.75`);
  const micros = Number(BigInt(m[1] + (m[2] ?? '').padEnd(RATE_DECIMALS, '0')));
  assertSafeInteger(micros, 'rate');
  if (micros <= 0) throw new RangeError('a rate is above 0');
  return micros;
}

/** "11.75" for 11 750 000 micro-units: exact, trailing zeros dropped. */
export function formatRate(micros: number): string {
  const s = String(micros).padStart(RATE_DECIMALS + 1, '0');
  const frac = s.slice(-RATE_DECIMALS).replace(/0+$/, '');
  return `${s.slice(0, -RATE_DECIMALS)}${frac ? `.${frac}` : ''}`;
}

/**
 * Converts an amount in `rate.to` into `rate.from` (dividing by the rate) or in `rate.from` into
 * `rate.to` (multiplying), exactly in BigInt, rounding half away from zero to the target
 * currency's minor units. Any other currency throws CurrencyMismatchError.
 */
export function convertMoney(m: Money, into: string, rate: ExchangeRate): Money {
  const mul = m.currency === rate.from && into === rate.to;
  const div = m.currency === rate.to && into === rate.from;
  if (!mul && !div) throw new CurrencyMismatchError(m.currency, into, 'convert');
  const scaleFrom = 10n ** BigInt(minorDigits(m.currency));
  const scaleTo = 10n ** BigInt(minorDigits(into));
  const r = BigInt(rate.micros);
  const micro = 10n ** BigInt(RATE_DECIMALS);
  // target minor = amount minor ÷ 10^from digits × (rate or 1/rate) × 10^to digits
  const num = BigInt(m.minorUnits) * scaleTo * (mul ? r : micro);
  const den = scaleFrom * (mul ? micro : r);
  const neg = num < 0n;
  const a = neg ? -num : num;
  const q = a / den;
  const rounded = (a % den) * 2n >= den ? q + 1n : q;
  const n = Number(neg ? -rounded : rounded);
  assertSafeInteger(n, 'converted amount');
  return { minorUnits: n, currency: into };
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
