import type { BidBoardQuery, OfferWorkPackagesMutation } from '../../gql/graphql';
import { byCode, type CapabilityName } from '../../ui/capabilities';
import { formatLocalDate } from '../../ui/format/dates';
import type { Lang } from '../../ui/format/money';
import { formatNumber } from '../../ui/format/numbers';
import type { Translate } from '../../ui/i18n/i18n';
import type { BoardPackage } from './package-actions';

export type Blocker = BidBoardQuery['complianceMatrix']['blockers'][number];
export type Caution = OfferWorkPackagesMutation['offerWorkPackages'][number]['cautions'][number];

/** What to know about an offer that went out, in the reader's language (dates as the reader writes them). */
export function cautionText(c: Caution, t: Translate, lang: Lang, capabilityName: CapabilityName = byCode): string {
  if (c.kind === 'INACTIVE_MEMBER') return t('board.caution.INACTIVE_MEMBER', { firm: c.memberName });
  const date = (d: string | null | undefined) => (d ? formatLocalDate(d, lang) : '');
  const free = c.freeHours ?? 0;
  const hours = c.hours ?? 0;
  return t('board.caution.OVER_COMMITTED', {
    firm: c.memberName,
    free: formatNumber(free, lang),
    capability: c.capabilityCode ? capabilityName(c.capabilityCode) : '',
    from: date(c.windowStart),
    to: date(c.windowEnd),
    hours: formatNumber(hours, lang),
    over: formatNumber(hours - free, lang),
  });
}

/**
 * What keeps the bid from READY, in the reader's language, naming the requirement as the board
 * shows it (`requirementLabel`), the package and its firm.
 */
export function blockerText(
  b: Blocker,
  packages: BoardPackage[],
  t: Translate,
  requirementLabel: (requirementId: number) => string | undefined = () => undefined,
): string {
  if (b.kind === 'REQUIREMENT_NOT_COVERED')
    return t('board.blocker.REQUIREMENT_NOT_COVERED', {
      label: (b.requirementId !== null && b.requirementId !== undefined ? requirementLabel(b.requirementId) : undefined) ?? b.label ?? '',
      accepted: b.acceptedHours ?? 0,
      required: b.requiredHours ?? 0,
    });
  if (b.kind === 'PACKAGE_NOT_ACCEPTED') {
    const p = packages.find((x) => x.id === b.workPackageId);
    return t('board.blocker.PACKAGE_NOT_ACCEPTED', {
      title: p?.title ?? String(b.workPackageId),
      firm: p?.member.name ?? '',
      status: b.status ? t(`wpStatus.${b.status}`).toLowerCase() : '',
    });
  }
  return t('board.blocker.NOTHING_ACCEPTED');
}
