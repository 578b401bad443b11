/** Pure rules of joint offers: price build-up and the compliance matrix (no Nest, no database). */
import { type FieldProblem, type Money, applyBasisPoints, sumMoney, FieldRule } from '@app/core';

/** A package price: none yet (null), or a whole number of minor units that is not negative. */
export function priceProblems(priceMinor: number | null | undefined, field: string): FieldProblem[] {
  if (priceMinor === null || priceMinor === undefined) return [];
  if (!Number.isSafeInteger(priceMinor)) return [{ field, message: 'a whole number of minor units', rule: FieldRule.WHOLE_MINOR_UNITS }];
  return priceMinor < 0 ? [{ field, message: 'cannot be negative', rule: FieldRule.NOT_NEGATIVE }] : [];
}

export interface PriceBuildUp {
  packagesTotalMinor: number;
  coordinationFeeMinor: number;
  contingencyMinor: number;
  bidPriceMinor: number;
  expectedRoyaltyMinor: number;
  royaltyRateBp: number;
  /** Packages without a price yet are not in the total. */
  unpricedPackages: number;
}

export interface PriceInputs {
  /** The bid's currency: every package price and fixed fee is in it. */
  currency: string;
  /** Each package's price with its currency; a price in another currency than the bid's is refused (CurrencyMismatchError). */
  packagePrices: (Money | null)[];
  coordinationFeeBp: number | null;
  coordinationFeeFixedMinor: number | null;
  contingencyBp: number | null;
  contingencyFixedMinor: number | null;
  royaltyRateBp: number;
}

/**
 * Bid price = Σ package prices + coordination fee + contingency, all in the bid's currency (a
 * package priced in another currency throws instead of being added). Each fee is a rate of the
 * packages' total (basis points) or a fixed amount. The expected royalty to the association is
 * its rate applied to the packages (the firms' invoices are what royalties are charged on).
 */
export function priceBuildUp(p: PriceInputs): PriceBuildUp {
  const packagesTotalMinor = sumMoney(
    p.packagePrices.filter((x): x is Money => x !== null),
    p.currency,
  ).minorUnits;
  const coordinationFeeMinor =
    p.coordinationFeeFixedMinor ?? (p.coordinationFeeBp ? applyBasisPoints(packagesTotalMinor, p.coordinationFeeBp) : 0);
  const contingencyMinor = p.contingencyFixedMinor ?? (p.contingencyBp ? applyBasisPoints(packagesTotalMinor, p.contingencyBp) : 0);
  return {
    packagesTotalMinor,
    coordinationFeeMinor,
    contingencyMinor,
    bidPriceMinor: packagesTotalMinor + coordinationFeeMinor + contingencyMinor,
    expectedRoyaltyMinor: applyBasisPoints(packagesTotalMinor, p.royaltyRateBp),
    royaltyRateBp: p.royaltyRateBp,
    unpricedPackages: p.packagePrices.filter((x) => x === null).length,
  };
}

export interface MatrixRequirement {
  id: number;
  /** Its description, else its capability's code (for the English sentences and the log). */
  label: string;
  capabilityCode: string;
  description: string | null;
  hours: number;
  mandatory: boolean;
}

export interface MatrixPackage {
  id: number;
  memberId: number;
  status: string;
  /** requirementId → hours this package covers. */
  covers: Map<number, number>;
}

export interface ComplianceRow {
  requirementId: number;
  label: string;
  capabilityCode: string;
  description: string | null;
  mandatory: boolean;
  requiredHours: number;
  /** Hours in ACCEPTED packages. */
  acceptedHours: number;
  /** Hours in packages still alive (DRAFT, OFFERED, COUNTERED, ACCEPTED). */
  plannedHours: number;
  packages: { workPackageId: number; memberId: number; status: string; hours: number }[];
  covered: boolean;
}

/** One thing that stands between a bid and READY, by kind, with the facts a client words it from. */
export type ReadinessBlocker =
  | { kind: 'REQUIREMENT_NOT_COVERED'; requirementId: number; label: string; acceptedHours: number; requiredHours: number }
  | { kind: 'PACKAGE_NOT_ACCEPTED'; workPackageId: number; status: string }
  | { kind: 'NOTHING_ACCEPTED' };

export interface ComplianceMatrix {
  rows: ComplianceRow[];
  /** What stands between the bid and READY (as sentences: `blockerSentence`). */
  blockers: ReadinessBlocker[];
  ready: boolean;
}

/** A blocker as an English sentence: the API's `missing`, and a refused markReady's message. */
export function blockerSentence(b: ReadinessBlocker): string {
  if (b.kind === 'REQUIREMENT_NOT_COVERED')
    return `requirement ${b.requirementId} (${b.label}) has ${b.acceptedHours} of ${b.requiredHours} h accepted`;
  if (b.kind === 'PACKAGE_NOT_ACCEPTED') return `work package ${b.workPackageId} is ${b.status}, not ACCEPTED`;
  return 'no work package has been accepted';
}

const ALIVE = new Set(['DRAFT', 'OFFERED', 'COUNTERED', 'ACCEPTED']);

/** For each requirement the covering packages; READY needs every mandatory one covered by accepted hours and every live package accepted. */
export function complianceMatrix(requirements: MatrixRequirement[], packages: MatrixPackage[]): ComplianceMatrix {
  const rows: ComplianceRow[] = requirements.map((r) => {
    const covering = packages.filter((p) => p.covers.has(r.id));
    const acceptedHours = covering.filter((p) => p.status === 'ACCEPTED').reduce((s, p) => s + p.covers.get(r.id)!, 0);
    const plannedHours = covering.filter((p) => ALIVE.has(p.status)).reduce((s, p) => s + p.covers.get(r.id)!, 0);
    return {
      requirementId: r.id,
      label: r.label,
      capabilityCode: r.capabilityCode,
      description: r.description,
      mandatory: r.mandatory,
      requiredHours: r.hours,
      acceptedHours,
      plannedHours,
      packages: covering.map((p) => ({ workPackageId: p.id, memberId: p.memberId, status: p.status, hours: p.covers.get(r.id)! })),
      covered: acceptedHours >= r.hours,
    };
  });
  const blockers: ReadinessBlocker[] = [];
  for (const row of rows) {
    if (row.mandatory && !row.covered) {
      const { requirementId, label, acceptedHours, requiredHours } = row;
      blockers.push({ kind: 'REQUIREMENT_NOT_COVERED', requirementId, label, acceptedHours, requiredHours });
    }
  }
  for (const p of packages) {
    if (p.status === 'DRAFT' || p.status === 'OFFERED' || p.status === 'COUNTERED')
      blockers.push({ kind: 'PACKAGE_NOT_ACCEPTED', workPackageId: p.id, status: p.status });
  }
  if (!packages.some((p) => p.status === 'ACCEPTED')) blockers.push({ kind: 'NOTHING_ACCEPTED' });
  return { rows, blockers, ready: blockers.length === 0 };
}
