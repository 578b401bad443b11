/**
 * The capacity exchange's rules as plain functions (no Nest, no database): the loan price by the
 * common terms, which offers and free capacity match a need and in what order, and the
 * settlement arithmetic. Tested alone (exchange-rules.spec.ts) and benchmarked through the API.
 */
import { applyBasisPoints, addDays, epochDay } from '@app/core';
import { type HeldCertificate, type RequiredCertificate, certificateLabel, satisfies } from '@app/matching';
import { hoursInRange } from '@app/members';

export interface PricingTerms {
  markupBp: number;
  /** Fixed prices per hour in øre by capability code. */
  capabilityPrices: Record<string, number>;
}

export interface LoanPrice {
  basis: 'TABLE' | 'COST_PLUS';
  /** The lender's cost rate the price was built from (COST_PLUS), else null. */
  costRateOre: number | null;
  pricePerHourOre: number;
}

/**
 * The price per hour of a loan by the common terms: the capability's fixed price when the terms'
 * table has one, otherwise the lender's cost rate plus the markup (basis points of the rate,
 * rounded half away from zero to the øre).
 */
export function loanPrice(terms: PricingTerms, code: string, costRateOre: number): LoanPrice {
  const fixed = terms.capabilityPrices[code];
  if (fixed !== undefined) return { basis: 'TABLE', costRateOre: null, pricePerHourOre: fixed };
  return { basis: 'COST_PLUS', costRateOre, pricePerHourOre: costRateOre + applyBasisPoints(costRateOre, terms.markupBp) };
}

/** What a month of hours costs, and the association's fee on it: exact øre. */
export function hoursAmount(hours: number, pricePerHourOre: number, serviceFeeBp: number): { amountOre: number; serviceFeeOre: number } {
  const amountOre = hours * pricePerHourOre;
  if (!Number.isSafeInteger(amountOre)) throw new RangeError('amount out of range');
  return { amountOre, serviceFeeOre: applyBasisPoints(amountOre, serviceFeeBp) };
}

/** The last day of the non-solicitation term: N calendar months after the loan's last day. */
export function nonSolicitationUntil(periodEnd: string, months: number): string {
  const y = Number(periodEnd.slice(0, 4));
  const m = Number(periodEnd.slice(5, 7)) - 1 + months;
  const d = Number(periodEnd.slice(8, 10));
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The common part of two date windows, or null when they do not meet. */
export function overlap(aStart: string, aEnd: string, bStart: string, bEnd: string): { from: string; to: string } | null {
  const from = aStart > bStart ? aStart : bStart;
  const to = aEnd < bEnd ? aEnd : bEnd;
  return from <= to ? { from, to } : null;
}

export function days(from: string, to: string): number {
  return epochDay(to) - epochDay(from) + 1;
}

/** 'YYYY-MM' months from one day to another, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
    out.push(m);
    m = addDays(`${m}-28`, 5).slice(0, 7);
  }
  return out;
}

export interface NeedToMatch {
  memberId: number;
  code: string;
  /** Hours still wanted (hours − hours already agreed). */
  hoursOpen: number;
  windowStart: string;
  windowEnd: string;
  required: RequiredCertificate[];
}

export interface OfferCandidate {
  postingId: number;
  memberId: number;
  /** Hours still free on the offer. */
  hoursOpen: number;
  windowStart: string;
  windowEnd: string;
  /** The certificates the offer says come with it. */
  listed: RequiredCertificate[];
}

export interface CapacityCandidate {
  memberId: number;
  /** Free registered hours over the need's window (after commitments and loans). */
  freeHours: number;
}

export type MatchSource = 'OFFER' | 'CAPACITY';

export interface ExchangeMatch {
  rank: number;
  source: MatchSource;
  memberId: number;
  postingId: number | null;
  /** Hours the candidate can give inside the need's window. */
  availableHours: number;
  /** min(available, the need's open hours). */
  coveredHours: number;
  overlapStart: string;
  overlapEnd: string;
  /** Labels of the certificates the candidate holds valid through the overlap that the need asks for or the offer lists. */
  certificates: string[];
}

/** Why a candidate is not a match, for tests and for the leader's eye. */
export type MatchRefusal = 'SAME_FIRM' | 'NO_OVERLAP' | 'NO_HOURS' | 'MISSING_CERTIFICATE' | 'LISTED_CERTIFICATE_LAPSES';

function validThrough(c: HeldCertificate, from: string, to: string): boolean {
  return c.validFrom <= from && c.validUntil >= to;
}

function certificateCheck(
  held: HeldCertificate[],
  wanted: RequiredCertificate[],
  from: string,
  to: string,
): { ok: boolean; labels: string[] } {
  const labels: string[] = [];
  for (const r of wanted) {
    const ok = held.some((h) => satisfies(h, r) && validThrough(h, from, to));
    if (!ok) return { ok: false, labels };
    labels.push(certificateLabel(r));
  }
  return { ok: true, labels };
}

/** Judges one offer against a need: the match, or why not. */
export function judgeOffer(need: NeedToMatch, offer: OfferCandidate, held: HeldCertificate[]): ExchangeMatch | MatchRefusal {
  if (offer.memberId === need.memberId) return 'SAME_FIRM';
  const o = overlap(need.windowStart, need.windowEnd, offer.windowStart, offer.windowEnd);
  if (!o) return 'NO_OVERLAP';
  // an offer's hours are spread over its window: only the part inside the need's window counts
  const available = Math.floor(hoursInRange(offer.hoursOpen, offer.windowStart, offer.windowEnd, o.from, o.to) + 1e-9);
  if (available <= 0 || need.hoursOpen <= 0) return 'NO_HOURS';
  const listed = certificateCheck(held, offer.listed, o.from, o.to);
  if (!listed.ok) return 'LISTED_CERTIFICATE_LAPSES';
  const required = certificateCheck(held, need.required, o.from, o.to);
  if (!required.ok) return 'MISSING_CERTIFICATE';
  return {
    rank: 0,
    source: 'OFFER',
    memberId: offer.memberId,
    postingId: offer.postingId,
    availableHours: available,
    coveredHours: Math.min(available, need.hoursOpen),
    overlapStart: o.from,
    overlapEnd: o.to,
    certificates: [...new Set([...required.labels, ...listed.labels])].sort(),
  };
}

/** Judges a firm's free registered capacity against a need. */
export function judgeCapacity(need: NeedToMatch, cand: CapacityCandidate, held: HeldCertificate[]): ExchangeMatch | MatchRefusal {
  if (cand.memberId === need.memberId) return 'SAME_FIRM';
  if (cand.freeHours <= 0 || need.hoursOpen <= 0) return 'NO_HOURS';
  const required = certificateCheck(held, need.required, need.windowStart, need.windowEnd);
  if (!required.ok) return 'MISSING_CERTIFICATE';
  return {
    rank: 0,
    source: 'CAPACITY',
    memberId: cand.memberId,
    postingId: null,
    availableHours: cand.freeHours,
    coveredHours: Math.min(cand.freeHours, need.hoursOpen),
    overlapStart: need.windowStart,
    overlapEnd: need.windowEnd,
    certificates: required.labels,
  };
}

/**
 * Every offer and every firm's free capacity that matches the need, best first: more of the need
 * covered first; then an explicit offer before registered capacity (the firm has said it wants to
 * lend); then the longer overlap with the need's window; then the earlier offer or lower member id.
 * A firm with a matching offer is listed by its offer(s), not again by its capacity.
 */
export function rankMatches(
  need: NeedToMatch,
  offers: OfferCandidate[],
  capacity: CapacityCandidate[],
  certificatesOf: (memberId: number) => HeldCertificate[],
): ExchangeMatch[] {
  const found: ExchangeMatch[] = [];
  for (const offer of offers) {
    const m = judgeOffer(need, offer, certificatesOf(offer.memberId));
    if (typeof m !== 'string') found.push(m);
  }
  const offering = new Set(found.map((m) => m.memberId));
  for (const c of capacity) {
    if (offering.has(c.memberId)) continue;
    const m = judgeCapacity(need, c, certificatesOf(c.memberId));
    if (typeof m !== 'string') found.push(m);
  }
  found.sort(
    (a, b) =>
      b.coveredHours - a.coveredHours ||
      (a.source === b.source ? 0 : a.source === 'OFFER' ? -1 : 1) ||
      days(b.overlapStart, b.overlapEnd) - days(a.overlapStart, a.overlapEnd) ||
      (a.postingId ?? Number.MAX_SAFE_INTEGER) - (b.postingId ?? Number.MAX_SAFE_INTEGER) ||
      a.memberId - b.memberId,
  );
  found.forEach((m, i) => (m.rank = i + 1));
  return found;
}

// ---------------------------------------------------------------------------------------------
// Settlement

export interface ConfirmedHours {
  agreementId: number;
  lenderId: number;
  borrowerId: number;
  month: string;
  hours: number;
  amountOre: number;
  serviceFeeOre: number;
  serviceFeePaidBy: 'BORROWER' | 'LENDER';
}

export interface FirmBalance {
  /** The firm that owes. */
  debtorId: number;
  creditorId: number;
  /** What the debtor owes the creditor after netting loans both ways; > 0. */
  amountOre: number;
  /** Gross amounts each way before netting. */
  debtorToCreditorOre: number;
  creditorToDebtorOre: number;
}

export interface FeeOwed {
  memberId: number;
  amountOre: number;
}

export interface Settlement {
  balances: FirmBalance[];
  fees: FeeOwed[];
  totalAmountOre: number;
  totalFeesOre: number;
}

/**
 * What each firm owes the others for confirmed hours, netted per pair of firms, and the
 * association's fees per firm that pays them. Exact integer arithmetic: the net of a pair is the
 * difference of two exact sums.
 */
export function settle(lines: ConfirmedHours[]): Settlement {
  const gross = new Map<string, number>();
  const fees = new Map<number, number>();
  let totalAmountOre = 0;
  let totalFeesOre = 0;
  for (const l of lines) {
    const key = `${l.borrowerId}>${l.lenderId}`;
    gross.set(key, (gross.get(key) ?? 0) + l.amountOre);
    const payer = l.serviceFeePaidBy === 'LENDER' ? l.lenderId : l.borrowerId;
    if (l.serviceFeeOre) fees.set(payer, (fees.get(payer) ?? 0) + l.serviceFeeOre);
    totalAmountOre += l.amountOre;
    totalFeesOre += l.serviceFeeOre;
  }
  const balances: FirmBalance[] = [];
  const seen = new Set<string>();
  for (const key of gross.keys()) {
    const [a, b] = key.split('>').map(Number);
    const pair = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const ab = gross.get(`${a}>${b}`) ?? 0;
    const ba = gross.get(`${b}>${a}`) ?? 0;
    if (ab === ba) continue;
    balances.push(
      ab > ba
        ? { debtorId: a, creditorId: b, amountOre: ab - ba, debtorToCreditorOre: ab, creditorToDebtorOre: ba }
        : { debtorId: b, creditorId: a, amountOre: ba - ab, debtorToCreditorOre: ba, creditorToDebtorOre: ab },
    );
  }
  balances.sort((x, y) => x.debtorId - y.debtorId || x.creditorId - y.creditorId);
  return {
    balances,
    fees: [...fees].map(([memberId, amountOre]) => ({ memberId, amountOre })).sort((x, y) => x.memberId - y.memberId),
    totalAmountOre,
    totalFeesOre,
  };
}
