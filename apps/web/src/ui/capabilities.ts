import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CapabilityNamesDocument } from './capabilities.graphql';
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

/** The catalogue's names for screens that show capabilities by code (read once per session: urql caches it). */
export function useCapabilityName(): CapabilityName {
  const { lang } = useI18n();
  const [{ data }] = useQuery({ query: CapabilityNamesDocument });
  return useMemo(() => capabilityNamer(data?.capabilityCatalogue, lang), [data, lang]);
}
