import { addDays, applyBasisPoints, rawQuery } from '@app/core';
import {
  AgreementStatus,
  ExchangePosting,
  ExchangeTerms,
  LoanAgreement,
  LoanHours,
  LoanHoursStatus,
  LoanResource,
  PostingKind,
  PostingStatus,
  PricingBasis,
  ServiceFeePayer,
  monthsBetween,
} from '@app/exchange';
import type { DatasetModule } from './dataset-module';

const CERTS_LISTED = ['ISO_9001', 'AQAP_2110', 'EN_9100', 'ISO_3834_2'];

/**
 * The capacity exchange: one version of the common terms, SCALE_SPECS.exchangeOffers open offers
 * (each by a firm that has the capability, sometimes listing a certificate it holds), needs, and
 * loan agreements (mostly confirmed, with confirmed hours for the months already begun). Offers
 * and needs run around the anchor, so most are open on it.
 */
export const exchangeDataset: DatasetModule = {
  name: 'exchange',
  explicitIdTables: ['loan_agreement'],
  async build(ctx) {
    const rng = ctx.rng('exchange');
    const created = new Date(`${ctx.anchor}T08:00:00Z`);
    const [caps, certs] = await ctx.db.read((em) =>
      Promise.all([
        rawQuery<{ member_id: number; code: string; rate: number | string | null }>(
          em,
          "SELECT c.member_id, c.code, c.hourly_rate_ore AS rate FROM member_capability c JOIN member m ON m.id = c.member_id WHERE m.status = 'ACTIVE' ORDER BY c.member_id, c.code",
        ),
        rawQuery<{ member_id: number; type: string }>(
          em,
          'SELECT member_id, type FROM certificate WHERE valid_until >= ? ORDER BY member_id, type',
          [addDays(ctx.anchor, 200)],
        ),
      ]),
    );
    const held = new Map<number, string[]>();
    for (const c of certs) held.set(Number(c.member_id), [...(held.get(Number(c.member_id)) ?? []), c.type]);
    const active = ctx.shared.activeMemberIds;
    const window = () => {
      const start = addDays(ctx.anchor, rng.int(-30, 150));
      return { windowStart: start, windowEnd: addDays(start, rng.int(14, 120)) };
    };
    const terms: Partial<ExchangeTerms> = {
      termsVersion: 1,
      validFrom: addDays(ctx.anchor, -400),
      markupBp: 1000,
      capabilityPrices: '{}',
      nonSolicitationMonths: 12,
      serviceFeeBp: 200,
      serviceFeePaidBy: ServiceFeePayer.BORROWER,
      boardDecision: 'Bench data: common terms',
      recordedAt: created,
    };
    const postings: Partial<ExchangePosting>[] = [];
    for (let i = 0; i < ctx.spec.exchangeOffers; i++) {
      const cap = rng.pick(caps);
      const own = (held.get(Number(cap.member_id)) ?? []).filter((t) => CERTS_LISTED.includes(t));
      const listed = own.length && rng.chance(0.25) ? [{ type: rng.pick(own), process: null }] : [];
      postings.push({
        kind: PostingKind.OFFER,
        memberId: Number(cap.member_id),
        capabilityCode: cap.code,
        resource: rng.chance(0.6) ? LoanResource.STAFF : LoanResource.MACHINE,
        hours: rng.int(20, 400),
        hoursAgreed: 0,
        ...window(),
        certificates: JSON.stringify(listed),
        note: rng.chance(0.3) ? 'Bench data: free capacity' : null,
        status: rng.chance(0.03) ? PostingStatus.WITHDRAWN : PostingStatus.OPEN,
        createdAt: created,
        updatedAt: created,
      });
    }
    for (let i = 0; i < ctx.spec.exchangeNeeds; i++) {
      postings.push({
        kind: PostingKind.NEED,
        memberId: rng.pick(active),
        capabilityCode: rng.pick(ctx.shared.capabilityCodes),
        resource: rng.chance(0.6) ? LoanResource.STAFF : LoanResource.MACHINE,
        hours: rng.int(20, 300),
        hoursAgreed: 0,
        ...window(),
        certificates: JSON.stringify(rng.chance(0.3) ? [{ type: rng.pick(['ISO_9001', 'AQAP_2110']), process: null }] : []),
        note: null,
        status: PostingStatus.OPEN,
        createdAt: created,
        updatedAt: created,
      });
    }
    const agreements: Partial<LoanAgreement>[] = [];
    const hours: Partial<LoanHours>[] = [];
    const anchorMonth = ctx.anchor.slice(0, 7);
    for (let id = 1; id <= ctx.spec.loanAgreements; id++) {
      const cap = rng.pick(caps);
      let borrower = rng.pick(active);
      if (borrower === Number(cap.member_id)) borrower = active[(active.indexOf(borrower) + 1) % active.length];
      const start = addDays(ctx.anchor, rng.int(-120, 60));
      const end = addDays(start, rng.int(20, 90));
      const status = rng.weighted<AgreementStatus>([
        [AgreementStatus.CONFIRMED, 70],
        [AgreementStatus.COMPLETED, 15],
        [AgreementStatus.PROPOSED, 10],
        [AgreementStatus.CANCELLED, 5],
      ]);
      const cost = cap.rate === null ? 100_000 : Number(cap.rate);
      const price = cost + applyBasisPoints(cost, 1000);
      const total = rng.int(10, 160);
      agreements.push({
        id,
        lenderId: Number(cap.member_id),
        borrowerId: borrower,
        offerId: null,
        needId: null,
        capabilityCode: cap.code,
        resource: LoanResource.STAFF,
        hours: total,
        periodStart: start,
        periodEnd: end,
        note: null,
        status,
        reason: status === AgreementStatus.CANCELLED ? 'Bench data' : null,
        proposedAt: created,
        proposedByUserId: null,
        lenderConfirmedAt: status === AgreementStatus.PROPOSED ? null : created,
        borrowerConfirmedAt: created,
        confirmedAt: status === AgreementStatus.CONFIRMED || status === AgreementStatus.COMPLETED ? created : null,
        closedAt: status === AgreementStatus.COMPLETED || status === AgreementStatus.CANCELLED ? created : null,
        termsId: 1,
        termsVersion: 1,
        termsValidFrom: terms.validFrom,
        boardDecision: terms.boardDecision,
        pricingBasis: PricingBasis.COST_PLUS,
        costRateOre: cost,
        markupBp: 1000,
        pricePerHourOre: price,
        nonSolicitationMonths: 12,
        serviceFeeBp: 200,
        serviceFeePaidBy: ServiceFeePayer.BORROWER,
        updatedAt: created,
      });
      if (status !== AgreementStatus.CONFIRMED && status !== AgreementStatus.COMPLETED) continue;
      const months = monthsBetween(start, end).filter((m) => m <= anchorMonth);
      let left = total;
      for (const month of months) {
        const h = Math.min(left, rng.int(5, 60));
        if (h <= 0) break;
        left -= h;
        const amount = h * price;
        hours.push({
          agreementId: id,
          month,
          hours: h,
          amountOre: amount,
          serviceFeeOre: applyBasisPoints(amount, 200),
          status: month < anchorMonth || rng.chance(0.5) ? LoanHoursStatus.CONFIRMED : LoanHoursStatus.REPORTED,
          reportedAt: created,
          confirmedAt: created,
        });
      }
    }
    await ctx.db.transaction(async (tx) => {
      await ctx.insert(tx, ExchangeTerms, [terms]);
      await ctx.insert(tx, ExchangePosting, postings);
      await ctx.insert(tx, LoanAgreement, agreements);
      await ctx.insert(tx, LoanHours, hours);
    });
    return { exchange_terms: 1, exchange_posting: postings.length, loan_agreement: agreements.length, loan_hours: hours.length };
  },
};
