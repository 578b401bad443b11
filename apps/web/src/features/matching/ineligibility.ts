import type { SuggestionQuery } from '../../gql/graphql';
import { certificateName } from '../../ui/certificates';
import { formatLocalDate } from '../../ui/format/dates';
import type { Lang } from '../../ui/format/money';
import type { MessageKey, Translate } from '../../ui/i18n/i18n';

/** One reason as the suggestion screen reads it. */
type Reason = SuggestionQuery['suggestConsortia']['explanations'][number]['ineligible'][number]['reasons'][number];

/** Each code the solver gives, with the text that words it and the facts that text needs. */
const TEXTS: Record<string, { key: (r: Reason) => MessageKey; needs: (keyof Reason)[] }> = {
  INACTIVE_MEMBER: { key: () => 'ineligible.INACTIVE_MEMBER', needs: [] },
  MISSING_CAPABILITY: { key: () => 'ineligible.MISSING_CAPABILITY', needs: ['capabilityCode'] },
  MISSING_CERTIFICATE: { key: () => 'ineligible.MISSING_CERTIFICATE', needs: ['certificate', 'windowStart', 'windowEnd'] },
  CERTIFICATE_EXPIRES_IN_WINDOW: {
    key: (r) => (r.expired ? 'ineligible.CERTIFICATE_EXPIRED_IN_WINDOW' : 'ineligible.CERTIFICATE_EXPIRES_IN_WINDOW'),
    needs: ['certificate', 'date', 'windowStart', 'windowEnd'],
  },
  CERTIFICATE_NOT_YET_VALID: {
    key: () => 'ineligible.CERTIFICATE_NOT_YET_VALID',
    needs: ['certificate', 'date', 'windowStart', 'windowEnd'],
  },
  NO_CLEARANCE: { key: () => 'ineligible.NO_CLEARANCE', needs: ['requiredLevel'] },
  CLEARANCE_TOO_LOW: { key: () => 'ineligible.CLEARANCE_TOO_LOW', needs: ['level', 'requiredLevel'] },
  NO_EXPORT_REGISTRATION: { key: () => 'ineligible.NO_EXPORT_REGISTRATION', needs: [] },
  NO_FREE_CAPACITY: { key: () => 'ineligible.NO_FREE_CAPACITY', needs: ['capabilityCode'] },
  INSUFFICIENT_CAPACITY_INDIVISIBLE: {
    key: () => 'ineligible.INSUFFICIENT_CAPACITY_INDIVISIBLE',
    needs: ['capabilityCode', 'freeHours', 'hours'],
  },
};

/**
 * Why a firm may not take a requirement, in the reader's language, from the solver's code and
 * facts (certificates by name, dates as the reader writes them); the API's English sentence when
 * the code is one this build does not know, or a fact it needs is missing.
 */
export function ineligibilityText(r: Reason, t: Translate, lang: Lang): string {
  const text = TEXTS[r.code];
  if (!text || text.needs.some((k) => r[k] === null || r[k] === undefined)) return r.message;
  const date = (d: string | null | undefined) => (d ? formatLocalDate(d, lang) : '');
  const level = (l: string | null | undefined) =>
    l && ['RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'].includes(l) ? t(`clearanceLevel.${l as 'SECRET'}`) : (l ?? '');
  const cert = r.certificate
    ? `${certificateName(t, r.certificate.type)}${r.certificate.process ? ` (${r.certificate.process})` : ''}`
    : '';
  return t(text.key(r), {
    certificate: cert,
    date: date(r.date),
    windowStart: date(r.windowStart),
    windowEnd: date(r.windowEnd),
    level: level(r.level),
    requiredLevel: level(r.requiredLevel),
    capability: r.capabilityCode ?? '',
    freeHours: r.freeHours ?? 0,
    hours: r.hours ?? 0,
  });
}
