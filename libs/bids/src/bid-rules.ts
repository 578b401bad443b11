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
  label: string;
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
  mandatory: boolean;
  requiredHours: number;
  /** Hours in ACCEPTED packages. */
  acceptedHours: number;
  /** Hours in packages still alive (DRAFT, OFFERED, COUNTERED, ACCEPTED). */
  plannedHours: number;
  packages: { workPackageId: number; memberId: number; status: string; hours: number }[];
  covered: boolean;
}

export interface ComplianceMatrix {
  rows: ComplianceRow[];
  /** What stands between the bid and READY, as sentences. */
  missing: string[];
  ready: boolean;
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
      mandatory: r.mandatory,
      requiredHours: r.hours,
      acceptedHours,
      plannedHours,
      packages: covering.map((p) => ({ workPackageId: p.id, memberId: p.memberId, status: p.status, hours: p.covers.get(r.id)! })),
      covered: acceptedHours >= r.hours,
    };
  });
  const missing: string[] = [];
  for (const row of rows) {
    if (row.mandatory && !row.covered) {
      missing.push(`requirement ${row.requirementId} (${row.label}) has ${row.acceptedHours} of ${row.requiredHours} h accepted`);
    }
  }
  for (const p of packages) {
    if (p.status === 'DRAFT' || p.status === 'OFFERED' || p.status === 'COUNTERED')
      missing.push(`work package ${p.id} is ${p.status}, not ACCEPTED`);
  }
  if (!packages.some((p) => p.status === 'ACCEPTED')) missing.push('no work package has been accepted');
  return { rows, missing, ready: missing.length === 0 };
}
