/**
 * Royalty arithmetic, pure and exact (no Nest, no database). Money is integer øre; rates are
 * basis points; every intermediate is a BigInt.
 *
 * Rules (docs/ARCHITECTURE.md, "Royalties: the rules in one place"; worked examples in royalty-engine.spec.ts):
 * - Sign in one place: `signedAmount()`; invoices and payments are positive, credit notes and
 *   refunds/reversals negative, so a full refund cancels exactly.
 * - The agreement in force for an event is the most specific one (order, then firm, then the
 *   association's default) with the latest valid-from on or before the event's date.
 * - Base INVOICED counts invoices and credit notes on their issue date; base PAID counts
 *   payments and refunds on their date.
 * - GROSS: the amount. MARGIN: per order line, cumulative (amount − declared cost) floored at
 *   zero; an event's base is the change of that floored sum, so a loss on one invoice is offset
 *   against later invoices of the same line. Under PAID, a payment carries its invoice's margin
 *   share: payment × invoice margin base ÷ invoice amount, rounded half away from zero.
 * - Minimum order value: an order below it owes no royalty (the line is kept with base 0).
 * - Rounding: each line's exact royalty is base × rate ÷ 10 000. The statement total is the
 *   exact sum rounded half away from zero; lines get their floor plus, by largest remainder
 *   (ties: earliest line), the units needed to make them sum to that total exactly.
 * - One currency per statement: every event carries its invoice's currency, a statement is one
 *   firm's events in one currency (`statementTotal` refuses a line in another), and the minimum
 *   order value (stated in NOK) is applied only to orders in NOK.
 */

import { CurrencyMismatchError, DEFAULT_CURRENCY, type Money } from '@app/core';

export type Basis = 'INVOICED' | 'PAID';
export type AmountKind = 'GROSS' | 'MARGIN';
export type AgreementScope = 'DEFAULT' | 'FIRM' | 'ORDER';

export interface Agreement {
  id: number;
  scope: AgreementScope;
  orderId: number | null;
  memberId: number | null;
  validFrom: string;
  rateBp: number;
  basis: Basis;
  amountKind: AmountKind;
  minimumOrderValueMinor: number | null;
}

export interface InvoiceFact {
  id: number;
  memberId: number;
  orderId: number;
  orderLineId: number;
  issueDate: string;
  /** Signed: credit notes are negative. */
  amountMinor: number;
  /** The invoice's (its order's) currency; a payment is in its invoice's. */
  currency: string;
  declaredCostMinor: number | null;
}

export interface PaymentFact {
  id: number;
  invoiceId: number;
  date: string;
  /** Signed: refunds and reversals are negative. */
  amountMinor: number;
}

export interface RoyaltyEvent {
  sourceType: 'INVOICE' | 'PAYMENT';
  sourceId: number;
  /** The invoice itself, or the invoice a payment pays. */
  invoiceId: number;
  memberId: number;
  orderId: number;
  orderLineId: number;
  date: string;
  amountMinor: number;
  currency: string;
}

export interface ComputedLine extends RoyaltyEvent {
  baseMinor: number;
  rateBp: number;
  agreementId: number | null;
  agreement: Agreement | null;
  note: string | null;
  /** Exact royalty × 10 000 (so the royalty is this ÷ 10 000 øre). */
  exactTimes10000: bigint;
}

const SCOPE_RANK: Record<AgreementScope, number> = { ORDER: 3, FIRM: 2, DEFAULT: 1 };

/** The one place that decides signs: what adds to and what takes from a royalty base. */
export function signedAmount(kind: 'INVOICE' | 'CREDIT_NOTE' | 'PAYMENT' | 'REFUND', absoluteMinor: number): number {
  const a = Math.abs(absoluteMinor);
  return kind === 'INVOICE' || kind === 'PAYMENT' ? a : -a;
}

export function agreementFor(agreements: readonly Agreement[], orderId: number, memberId: number, date: string): Agreement | null {
  let best: Agreement | null = null;
  for (const a of agreements) {
    if (a.validFrom > date) continue;
    if (a.scope === 'ORDER' && a.orderId !== orderId) continue;
    if (a.scope === 'FIRM' && a.memberId !== memberId) continue;
    if (
      !best ||
      SCOPE_RANK[a.scope] > SCOPE_RANK[best.scope] ||
      (SCOPE_RANK[a.scope] === SCOPE_RANK[best.scope] &&
        (a.validFrom > best.validFrom || (a.validFrom === best.validFrom && a.id > best.id)))
    ) {
      best = a;
    }
  }
  return best;
}

/** Half away from zero of n ÷ d (d > 0). */
export function roundDiv(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = a / d;
  const r = a % d;
  const rounded = r * 2n >= d ? q + 1n : q;
  return neg ? -rounded : rounded;
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/**
 * Margin base of each invoice of a line: the change in the cumulative, zero-floored margin.
 * `invoices` is the whole history of the line in (date, id) order.
 */
export function marginBases(invoices: readonly InvoiceFact[]): Map<number, number> {
  const out = new Map<number, number>();
  let cumulative = 0;
  let floored = 0;
  for (const inv of [...invoices].sort((a, b) => (a.issueDate === b.issueDate ? a.id - b.id : a.issueDate < b.issueDate ? -1 : 1))) {
    cumulative += inv.amountMinor - (inv.declaredCostMinor ?? 0);
    const next = Math.max(0, cumulative);
    out.set(inv.id, next - floored);
    floored = next;
  }
  return out;
}

export interface EngineInput {
  agreements: readonly Agreement[];
  /** Awarded value per order, with its currency, for the minimum order value rule. */
  orderValue: ReadonlyMap<number, Money>;
  /** Every invoice (and credit note) of every order line that has an event here: the margin history. */
  invoicesByLine: ReadonlyMap<number, readonly InvoiceFact[]>;
  invoicesById: ReadonlyMap<number, InvoiceFact>;
}

/** Base, rate and exact royalty of one event under the agreement in force on its date. */
/**
 * The rate when no agreement is in force: nothing is owed. The one truth for both the statements
 * (below) and a bid's expected royalty (RoyaltiesService provides the bids context's royalty rate).
 */
export const NO_AGREEMENT_RATE_BP = 0;

export function computeLine(e: RoyaltyEvent, input: EngineInput, marginCache: Map<number, Map<number, number>>): ComputedLine {
  const agreement = agreementFor(input.agreements, e.orderId, e.memberId, e.date);
  // one object literal of a fixed shape (no spread): a run computes a million of these
  const base = (note: string | null, baseMinor: number): ComputedLine => ({
    sourceType: e.sourceType,
    sourceId: e.sourceId,
    invoiceId: e.invoiceId,
    memberId: e.memberId,
    orderId: e.orderId,
    orderLineId: e.orderLineId,
    date: e.date,
    amountMinor: e.amountMinor,
    currency: e.currency,
    baseMinor,
    rateBp: agreement?.rateBp ?? NO_AGREEMENT_RATE_BP,
    agreementId: agreement?.id ?? null,
    agreement,
    note,
    exactTimes10000: BigInt(baseMinor) * BigInt(agreement?.rateBp ?? NO_AGREEMENT_RATE_BP),
  });
  if (!agreement) return base('no royalty agreement in force on this date', 0);
  const wanted = agreement.basis === 'INVOICED' ? 'INVOICE' : 'PAYMENT';
  if (e.sourceType !== wanted) return base(`the agreement in force counts ${agreement.basis.toLowerCase()} amounts`, 0);
  const min = agreement.minimumOrderValueMinor;
  let note: string | null = null;
  if (min !== null) {
    // the minimum is stated in NOK: an order in another currency is never compared with it
    const order = input.orderValue.get(e.orderId);
    if (!order || order.currency === DEFAULT_CURRENCY) {
      if ((order?.minorUnits ?? 0) < min) return base(`order value below the minimum of ${min} øre: no royalty`, 0);
    } else note = `the minimum order value (in NOK) is not applied to an order in ${order.currency}`;
  }
  if (agreement.amountKind === 'GROSS') return base(note, e.amountMinor);
  let margins = marginCache.get(e.orderLineId);
  if (!margins) {
    margins = marginBases(input.invoicesByLine.get(e.orderLineId) ?? []);
    marginCache.set(e.orderLineId, margins);
  }
  if (e.sourceType === 'INVOICE') return base(note, margins.get(e.sourceId) ?? 0);
  // PAID + MARGIN: the payment carries its invoice's margin share
  const inv = input.invoicesById.get(e.invoiceId);
  if (!inv || inv.amountMinor === 0) return base('payment of an invoice without amount', 0);
  const share = roundDiv(BigInt(e.amountMinor) * BigInt(margins.get(inv.id) ?? 0), BigInt(inv.amountMinor));
  return base(note, Number(share));
}

export function paymentEvent(p: PaymentFact, inv: InvoiceFact): RoyaltyEvent {
  return {
    sourceType: 'PAYMENT',
    sourceId: p.id,
    invoiceId: inv.id,
    memberId: inv.memberId,
    orderId: inv.orderId,
    orderLineId: inv.orderLineId,
    date: p.date,
    amountMinor: p.amountMinor,
    currency: inv.currency,
  };
}

export function invoiceEvent(inv: InvoiceFact): RoyaltyEvent {
  return {
    sourceType: 'INVOICE',
    sourceId: inv.id,
    invoiceId: inv.id,
    memberId: inv.memberId,
    orderId: inv.orderId,
    orderLineId: inv.orderLineId,
    date: inv.issueDate,
    amountMinor: inv.amountMinor,
    currency: inv.currency,
  };
}

/**
 * A statement's lines in whole minor units and its total, in the statement's one currency: a line
 * in any other currency throws (CurrencyMismatchError) instead of being added.
 */
export function statementTotal(currency: string, lines: readonly ComputedLine[]): { amounts: number[]; total: Money } {
  for (let i = 0; i < lines.length; i++) if (lines[i].currency !== currency) throw new CurrencyMismatchError(currency, lines[i].currency);
  const { amounts, total } = allocateStatement(lines.map((l) => l.exactTimes10000));
  return { amounts, total: { minorUnits: total, currency } };
}

/**
 * Whole-øre amounts for a statement's lines: the exact total rounded half away from zero, each
 * line its floor plus largest-remainder units, so the lines sum to the total exactly.
 */
export function allocateStatement(exactTimes10000: readonly bigint[]): { amounts: number[]; total: number } {
  return allocateSafe(exactTimes10000) ?? allocateBig(exactTimes10000);
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The same allocation in doubles, used when every value and every partial sum is a safe integer
 * (then all arithmetic below is exact); null otherwise. Remainders are 0…9 999, so the largest
 * ones are found by counting instead of sorting: a statement of a million lines stays linear.
 */
function allocateSafe(xs: readonly bigint[]): { amounts: number[]; total: number } | null {
  const n = xs.length;
  const floors = new Array<number>(n);
  const rems = new Uint16Array(n);
  const count = new Uint32Array(10000);
  let sum = 0;
  let floorSum = 0;
  for (let i = 0; i < n; i++) {
    const b = xs[i];
    if (b > SAFE || b < -SAFE) return null;
    const x = Number(b);
    sum += x;
    if (!Number.isSafeInteger(sum)) return null;
    let r = x % 10000;
    if (r < 0) r += 10000;
    const f = (x - r) / 10000;
    floors[i] = f;
    rems[i] = r;
    count[r]++;
    floorSum += f;
  }
  const r = sum % 10000;
  const q = (sum - r) / 10000; // truncated toward zero
  const total = Math.abs(r) * 2 >= 10000 ? q + Math.sign(r) : q;
  const left = total - floorSum;
  if (left < 0) throw new Error(`allocateStatement: ${left} units left over`);
  if (left > 0) {
    // the units go to every line whose remainder is above a threshold t, and to the earliest
    // lines whose remainder is exactly t: the same lines the (remainder desc, index) order picks
    let above = 0;
    let t = 9999;
    while (t >= 1 && above + count[t] < left) above += count[t--];
    if (t < 1) throw new Error(`allocateStatement: ${left - above} units left over`);
    let atT = left - above;
    for (let i = 0; i < n; i++) {
      if (rems[i] > t) floors[i] += 1;
      else if (rems[i] === t && atT > 0) {
        floors[i] += 1;
        atT--;
      }
    }
  }
  return { amounts: floors, total };
}

function allocateBig(exactTimes10000: readonly bigint[]): { amounts: number[]; total: number } {
  const D = 10000n;
  const sum = exactTimes10000.reduce((a, b) => a + b, 0n);
  const total = roundDiv(sum, D);
  const floors = exactTimes10000.map((x) => floorDiv(x, D));
  let left = total - floors.reduce((a, b) => a + b, 0n);
  const order = exactTimes10000
    .map((x, i) => ({ i, rem: x - floors[i] * D }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  const amounts = floors.slice();
  for (const { i, rem } of order) {
    if (left <= 0n) break;
    if (rem === 0n) continue;
    amounts[i] += 1n;
    left -= 1n;
  }
  if (left !== 0n) throw new Error(`allocateStatement: ${left} units left over`);
  return { amounts: amounts.map(Number), total: Number(total) };
}
