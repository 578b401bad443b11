import type { SuggestionQuery, UncoveredCause } from '../../gql/graphql';
import { byCode, type CapabilityName } from '../../ui/capabilities';
import { certificateName } from '../../ui/certificates';
import { formatLocalDate } from '../../ui/format/dates';
import type { Lang } from '../../ui/format/money';
import { formatNumber } from '../../ui/format/numbers';
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
 * facts (certificates and capabilities by name, dates as the reader writes them); the API's English sentence when
 * the code is one this build does not know, or a fact it needs is missing.
 */
export function ineligibilityText(r: Reason, t: Translate, lang: Lang, capabilityName: CapabilityName = byCode): string {
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
    capability: r.capabilityCode ? capabilityName(r.capabilityCode) : '',
    freeHours: r.freeHours ?? 0,
    hours: r.hours ?? 0,
  });
}

/** A requirement no alternative covers, as the suggestion screen reads it. */
type Uncovered = SuggestionQuery['suggestConsortia']['uncovered'][number];

/** Each cause the solver gives, with its text (a cause this build does not know keeps the API's sentence). */
const UNCOVERED: Record<UncoveredCause, MessageKey> = {
  NO_MEMBER_HAS_CAPABILITY: 'uncovered.NO_MEMBER_HAS_CAPABILITY',
  ELIGIBLE_EXCLUDED: 'uncovered.ELIGIBLE_EXCLUDED',
  NO_MEMBER_ELIGIBLE: 'uncovered.NO_MEMBER_ELIGIBLE',
  INDIVISIBLE_TOO_LARGE: 'uncovered.INDIVISIBLE_TOO_LARGE',
  NO_CAPACITY_LEFT: 'uncovered.NO_CAPACITY_LEFT',
};

/**
 * Why a requirement's hours are not covered, in the reader's language: the cause with its facts,
 * the suggestion's limit on firms where that may be why, and the firm closest to qualifying with
 * its reasons.
 */
export function uncoveredText(u: Uncovered, t: Translate, lang: Lang, capabilityName: CapabilityName = byCode): string {
  const key = UNCOVERED[u.cause];
  if (!key) return u.message;
  const parts = [
    t(key, {
      capability: capabilityName(u.capabilityCode),
      n: u.excludedEligibleFirmIds.length,
      hours: formatNumber(u.hours, lang),
      gap: formatNumber(u.gapHours, lang),
    }),
  ];
  const limited = u.cause === 'INDIVISIBLE_TOO_LARGE' || u.cause === 'NO_CAPACITY_LEFT';
  if (limited && u.maxFirms !== null && u.maxFirms !== undefined) parts.push(t('uncovered.withinLimit', { max: u.maxFirms }));
  const miss = u.nearestMiss;
  if (miss)
    parts.push(
      t('uncovered.nearestMiss', {
        firm: miss.firmName,
        reasons: miss.reasons.map((r) => ineligibilityText(r, t, lang, capabilityName)).join(' '),
      }),
    );
  return parts.join(' ');
}

/** A fact about a firm the suggestion mentions without changing who is eligible. */
type FirmWarning = SuggestionQuery['suggestConsortia']['explanations'][number]['warnings'][number];

/**
 * A warning about a firm in the reader's language (an overdue major audit finding with its
 * standard, audit and dates); the firm and the API's English sentence for a code this build does
 * not know or when a fact is missing.
 */
export function firmWarningText(w: FirmWarning, t: Translate, lang: Lang): string {
  if (w.code === 'OVERDUE_MAJOR_FINDING' && w.certificateType && w.auditId && w.foundOn && w.dueOn)
    return t('firmWarning.OVERDUE_MAJOR_FINDING', {
      firm: w.firmName,
      standard: certificateName(t, w.certificateType),
      audit: w.auditId,
      foundOn: formatLocalDate(w.foundOn, lang),
      dueOn: formatLocalDate(w.dueOn, lang),
    });
  return `${w.firmName}: ${w.message}`;
}

/** Each warning once, though every requirement naming its firm carries it. */
export function distinctWarnings(explanations: readonly { warnings: readonly FirmWarning[] }[]): FirmWarning[] {
  const seen = new Map<string, FirmWarning>();
  for (const w of explanations.flatMap((e) => e.warnings)) seen.set(`${w.firmId}:${w.code}:${w.auditId ?? ''}:${w.message}`, w);
  return [...seen.values()];
}
