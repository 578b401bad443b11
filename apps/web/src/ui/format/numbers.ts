import type { Lang } from './money';

/**
 * Numbers, shares and rates as a person reads them, in their language. Rates in basis points are
 * converted to and from percent as decimal strings (never through a binary float), so "2,5 %"
 * stored is exactly 250 bp.
 */
const locale = (lang: Lang) => (lang === 'nb' ? 'nb-NO' : 'en-GB');

/** A count or measure: "1 234" (nb) or "1,234" (en). */
export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(n);
}

/** A share 0..1 as percent: 0.4567 → "45,7 %" (nb) or "45.7%" (en). */
export function formatShare(ratio: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(ratio);
}

/** Basis points as percent, exactly: 250 → "2,5 %" (nb) or "2.5%" (en). */
export function formatBasisPoints(bp: number, lang: Lang): string {
  const neg = bp < 0;
  const abs = String(Math.abs(Math.trunc(bp))).padStart(3, '0');
  const int = abs.slice(0, -2);
  const frac = abs.slice(-2).replace(/0+$/, '');
  const body = frac ? `${int}${lang === 'nb' ? ',' : '.'}${frac}` : int;
  return `${neg ? '-' : ''}${body}${lang === 'nb' ? '\u00a0%' : '%'}`;
}

export type PercentResult = { ok: true; bp: number } | { ok: false; error: 'EMPTY' | 'FORMAT' | 'DECIMALS' | 'RANGE' };

/** What a person types as a rate in percent ("2,5", "2.5 %", "3") → basis points (250), exactly; 0–100 %. */
export function parsePercentToBp(text: string): PercentResult {
  const s = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (!s) return { ok: false, error: 'EMPTY' };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, error: 'FORMAT' };
  const frac = m[2] ?? '';
  if (frac.length > 2) return { ok: false, error: 'DECIMALS' };
  const bp = Number(m[1]) * 100 + Number(frac.padEnd(2, '0') || '0');
  if (bp > 10_000) return { ok: false, error: 'RANGE' };
  return { ok: true, bp };
}

/** A file size: 12 345 bytes → "12,1 KiB". */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 1)} KiB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MiB`;
}

/** Minor units (a string of øre) as a number of kroner, for drawing a chart only; every amount shown as text goes through <Money>. */
export function minorToMajorForChart(minorUnits: string): number {
  return Number(BigInt(minorUnits)) / 100;
}
