import { useMemo } from 'react';
import type { Lang } from './format/money';
import { useI18n } from './i18n/i18n';

/** A capability by its name in the reader's language ("5-akse CNC-fresing"), never only its code. */
export type CapabilityName = (code: string) => string;

/** For callers without the catalogue: a capability by its code. */
export const byCode: CapabilityName = (code) => code;

/** A tender's requirement as people name it: its own description, else its capability's name. */
export function requirementName(r: { description?: string | null; capabilityCode: string }, capabilityName: CapabilityName): string {
  return r.description ?? capabilityName(r.capabilityCode);
}

export interface CatalogueNames {
  code: string;
  nameNb: string;
  nameEn: string;
}

/**
 * Names from the association's catalogue. A code the catalogue does not hold (retired, or the
 * catalogue not read yet) is shown as it is, so that nothing is hidden.
 */
export function capabilityNamer(catalogue: readonly CatalogueNames[] | undefined, lang: Lang): CapabilityName {
  const names = new Map((catalogue ?? []).map((c) => [c.code, lang === 'en' ? c.nameEn : c.nameNb]));
  return (code) => names.get(code) ?? code;
}

/**
 * The catalogue's names in the reader's language, from the screen's own data (its document spreads
 * `...CatalogueNames`, so the names come with the screen's one request, not in one more).
 */
export function useCapabilityName(catalogue: readonly CatalogueNames[] | undefined): CapabilityName {
  const { lang } = useI18n();
  return useMemo(() => capabilityNamer(catalogue, lang), [catalogue, lang]);
}
