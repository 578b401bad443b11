import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type FieldProblem,
  Role,
  type Tx,
  audit,
  guardedUpdate,
  isAssociation,
  isFirmUserOf,
  isLocalDate,
  osloDate,
  Ports,
  rawQuery,
  ErrorReason,
  demand,
  may,
  FieldRule,
} from '@app/core';
import {
  CAPACITY_LOANS_PORT,
  CapabilitiesService,
  type CapacityLoan,
  CatalogueEntry,
  Member,
  MemberCapability,
  MembershipStatus,
} from '@app/members';
import { type ExchangeAgreementNotificationParams, NotificationsService } from '@app/notifications';
import {
  AgreementStatus,
  ExchangePosting,
  LoanAgreement,
  LoanHours,
  LoanHoursStatus,
  LoanResource,
  PostingKind,
  PostingStatus,
  PricingBasis,
} from './entities/exchange.entity';
import { hoursAmount, loanPrice, monthsBetween } from './exchange-rules';
import { ExchangeTermsService, capabilityPricesOf } from './terms.service';
import { EXCHANGE_PERMISSIONS } from './exchange.permissions';

export interface ProposeLoan {
  lenderId?: number | null;
  borrowerId?: number | null;
  offerId?: number | null;
  needId?: number | null;
  capabilityCode?: string | null;
  resource?: LoanResource | null;
  hours: number;
  periodStart: string;
  periodEnd: string;
  note?: string | null;
}

export interface AgreementFilter {
  statuses?: AgreementStatus[] | null;
  memberId?: number | null;
}

/** States in which a loan moves capacity from the lender to the borrower. */
export const CAPACITY_STATES = [AgreementStatus.CONFIRMED, AgreementStatus.COMPLETED];

/** Lock class for pg_advisory_xact_lock: confirmations of one lender's loans run one at a time on PostgreSQL. */
const LENDER_LOCK = 2201;

/** The agreement as one actor may see it: the lender's cost rate only for the lender and the association. */
export type AgreementView = LoanAgreement;

export function agreementView(actor: Actor, a: LoanAgreement): AgreementView {
  if (isAssociation(actor) || isFirmUserOf(actor, a.lenderId)) return a;
  return { ...a, costRateOre: null };
}

function canSee(actor: Actor, a: LoanAgreement): boolean {
  return isAssociation(actor) || isFirmUserOf(actor, a.lenderId) || isFirmUserOf(actor, a.borrowerId);
}

@Injectable()
export class AgreementsService {
  constructor(
    private readonly db: Database,
    private readonly capabilities: CapabilitiesService,
    private readonly terms: ExchangeTermsService,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    // Confirmed loans move capacity: members' free capacity and the consortium solver read them through this port.
    ports.provide(CAPACITY_LOANS_PORT, { loansOver: (ids, codes, from, to) => this.loansOver(ids, codes, from, to) });
  }

  private async loansOver(memberIds: number[] | null, codes: string[], from: string, to: string): Promise<CapacityLoan[]> {
    if (!codes.length || (memberIds && !memberIds.length)) return [];
    const rows = await this.db.read((em) => {
      const qb = em
        .createQueryBuilder(LoanAgreement, 'a')
        .select(['a.lender_id AS lender', 'a.borrower_id AS borrower', 'a.capability_code AS code', 'a.hours AS hours'])
        .addSelect(['a.period_start AS ps', 'a.period_end AS pe', 'a.price_per_hour_ore AS price'])
        .where('a.status IN (:...st)', { st: CAPACITY_STATES })
        .andWhere('a.capability_code IN (:...codes)', { codes })
        .andWhere('a.period_start <= :to AND a.period_end >= :from', { from, to });
      if (memberIds)
        qb.andWhere(new Brackets((w) => w.where('a.lender_id IN (:...ids)', { ids: memberIds }).orWhere('a.borrower_id IN (:...ids)')));
      return qb.getRawMany<{
        lender: number;
        borrower: number;
        code: string;
        hours: number;
        ps: string;
        pe: string;
        price: number | string;
      }>();
    });
    return rows.map((r) => ({
      lenderId: Number(r.lender),
      borrowerId: Number(r.borrower),
      code: r.code,
      hours: Number(r.hours),
      from: r.ps,
      to: r.pe,
      pricePerHourOre: Number(r.price),
    }));
  }

  // ---------------------------------------------------------------- reading

  async list(actor: Actor, filter: AgreementFilter): Promise<AgreementView[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read(async (em) => {
      const qb = em.createQueryBuilder(LoanAgreement, 'a');
      if (!isAssociation(actor)) {
        const firm = actor.firmId ?? -1;
        qb.andWhere('(a.lender_id = :firm OR a.borrower_id = :firm)', { firm });
      }
      if (filter.memberId) qb.andWhere('(a.lender_id = :mid OR a.borrower_id = :mid)', { mid: filter.memberId });
      if (filter.statuses?.length) qb.andWhere('a.status IN (:...st)', { st: filter.statuses });
      const rows = await qb.orderBy('a.id', 'DESC').take(500).getMany();
      return rows.map((a) => agreementView(actor, a));
    });
  }

  async get(actor: Actor, id: number): Promise<AgreementView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const a = await this.db.read((em) => em.findOneBy(LoanAgreement, { id }));
    if (!a || !canSee(actor, a)) throw AppError.notFound('Loan agreement', id);
    return agreementView(actor, a);
  }

  // ---------------------------------------------------------------- proposing

  async propose(actor: Actor, input: ProposeLoan): Promise<AgreementView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    demand(actor, EXCHANGE_PERMISSIONS.proposeLoanAgreement, 'A firm, or the project leader on its behalf, proposes a loan agreement.');
    const today = osloDate(new Date());
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 100_000)
      problems.push({ field: 'hours', message: 'whole hours from 1 to 100000', rule: FieldRule.WHOLE_HOURS });
    if (!isLocalDate(input.periodStart))
      problems.push({ field: 'periodStart', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (!isLocalDate(input.periodEnd)) problems.push({ field: 'periodEnd', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    else if (input.periodEnd < today)
      problems.push({ field: 'periodEnd', message: `the period has ended (today is ${today})`, rule: FieldRule.IN_THE_PAST });
    if (isLocalDate(input.periodStart) && isLocalDate(input.periodEnd) && input.periodEnd < input.periodStart)
      problems.push({ field: 'periodEnd', message: `before the period starts (${input.periodStart})`, rule: FieldRule.ENDS_BEFORE_START });
    if (problems.length) throw AppError.invalid('The agreement', problems);

    return this.db.transaction(async (tx) => {
      const offer = input.offerId ? await tx.findOneBy(ExchangePosting, { id: input.offerId, kind: PostingKind.OFFER }) : null;
      if (input.offerId && !offer) throw AppError.notFound('Offer', input.offerId);
      const need = input.needId ? await tx.findOneBy(ExchangePosting, { id: input.needId, kind: PostingKind.NEED }) : null;
      if (input.needId && !need) throw AppError.notFound('Need', input.needId);
      const lenderId = pick('lenderId', input.lenderId, offer?.memberId);
      const borrowerId = pick('borrowerId', input.borrowerId, need?.memberId);
      const code = pick('capabilityCode', input.capabilityCode, offer?.capabilityCode ?? need?.capabilityCode);
      const resource = input.resource ?? offer?.resource ?? need?.resource ?? null;
      if (!resource)
        throw AppError.badInput('Say whether staff or machine hours are lent (resource).', [
          { field: 'resource', message: 'required', rule: FieldRule.REQUIRED },
        ]);
      if (lenderId === borrowerId)
        throw AppError.badInput('A firm cannot lend to itself.', [
          { field: 'borrowerId', message: 'same as the lender', rule: FieldRule.LENDS_TO_ITSELF },
        ]);
      if (actor.role === Role.FIRM_USER && actor.firmId !== lenderId && actor.firmId !== borrowerId)
        throw new AppError(ErrorCode.FORBIDDEN, 'You can only propose agreements in which your own firm lends or borrows.', {
          details: { reason: ErrorReason.NOT_YOUR_FIRM },
        });
      const mismatch: FieldProblem[] = [];
      for (const [what, p] of [
        ['offerId', offer],
        ['needId', need],
      ] as const) {
        if (!p) continue;
        if (p.status !== PostingStatus.OPEN || p.windowEnd < today)
          throw AppError.conflict(`${what === 'offerId' ? 'Offer' : 'Need'} ${p.id} is no longer open.`, {
            reason: ErrorReason.POSTING_CLOSED,
          });
        if (p.capabilityCode !== code) mismatch.push({ field: what, message: `is for ${p.capabilityCode}, not ${code}` });
        if (input.periodStart < p.windowStart || input.periodEnd > p.windowEnd)
          mismatch.push({
            field: 'periodStart',
            message: `the period lies outside ${what === 'offerId' ? 'the offer' : 'the need'}'s window ${p.windowStart}–${p.windowEnd}`,
            rule: FieldRule.OUTSIDE_PERIOD,
            params: { from: p.windowStart, to: p.windowEnd },
          });
      }
      if (offer && offer.memberId !== lenderId) mismatch.push({ field: 'lenderId', message: `offer ${offer.id} is another firm's` });
      if (need && need.memberId !== borrowerId) mismatch.push({ field: 'borrowerId', message: `need ${need.id} is another firm's` });
      if (offer && input.hours > offer.hours - offer.hoursAgreed)
        mismatch.push({
          field: 'hours',
          message: `offer ${offer.id} has ${offer.hours - offer.hoursAgreed} hours left`,
          rule: FieldRule.AT_MOST,
          params: { max: offer.hours - offer.hoursAgreed },
        });
      if (mismatch.length)
        throw AppError.badInput(
          `The agreement does not fit: ${mismatch.map((p) => `${p.field} ${p.message}`).join('; ')}. Nothing was saved.`,
          mismatch,
        );

      const members = await tx.findBy(Member, { id: In([lenderId, borrowerId]) });
      const lender = members.find((m) => m.id === lenderId);
      const borrower = members.find((m) => m.id === borrowerId);
      if (!lender) throw AppError.notFound('Member', lenderId);
      if (!borrower) throw AppError.notFound('Member', borrowerId);
      for (const m of [lender, borrower])
        if (m.status !== MembershipStatus.ACTIVE)
          throw AppError.conflict(`${m.name} is not an active member and cannot use the exchange.`, {
            reason: ErrorReason.INACTIVE_MEMBER,
          });
      const cap = await tx.findOneBy(MemberCapability, { memberId: lenderId, code });
      if (!cap)
        throw AppError.badInput(`${lender.name} has no ${code} in its profile, so it cannot lend it.`, [
          { field: 'capabilityCode', message: "not in the lender's profile", rule: FieldRule.NOT_IN_FIRM_PROFILE },
        ]);
      const terms = await this.terms.inForceWith(tx, today);
      if (!terms)
        throw AppError.conflict(
          'The network has no common terms for loans yet; the administrator records the terms the board has set first.',
          {
            reason: ErrorReason.NO_EXCHANGE_TERMS,
          },
        );
      const catalogue = await tx.findOneByOrFail(CatalogueEntry, { code });
      const price = loanPrice(
        { markupBp: terms.markupBp, capabilityPrices: capabilityPricesOf(terms) },
        code,
        cap.hourlyRateOre ?? catalogue.defaultHourlyRateOre,
      );
      const now = new Date();
      const byLender = actor.role === Role.FIRM_USER && actor.firmId === lenderId;
      const byBorrower = actor.role === Role.FIRM_USER && actor.firmId === borrowerId;
      const saved = await tx.save(
        tx.create(LoanAgreement, {
          lenderId,
          borrowerId,
          offerId: offer?.id ?? null,
          needId: need?.id ?? null,
          capabilityCode: code,
          resource,
          hours: input.hours,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          note: input.note?.trim() || null,
          status: AgreementStatus.PROPOSED,
          reason: null,
          proposedAt: now,
          proposedByUserId: actor.userId > 0 ? actor.userId : null,
          // a firm that proposes has thereby confirmed its side
          lenderConfirmedAt: byLender ? now : null,
          lenderConfirmedByUserId: byLender ? actor.userId : null,
          borrowerConfirmedAt: byBorrower ? now : null,
          borrowerConfirmedByUserId: byBorrower ? actor.userId : null,
          confirmedAt: null,
          closedAt: null,
          termsId: terms.id,
          termsVersion: terms.termsVersion,
          termsValidFrom: terms.validFrom,
          boardDecision: terms.boardDecision,
          pricingBasis: price.basis === 'TABLE' ? PricingBasis.TABLE : PricingBasis.COST_PLUS,
          costRateOre: price.costRateOre,
          markupBp: terms.markupBp,
          pricePerHourOre: price.pricePerHourOre,
          nonSolicitationMonths: terms.nonSolicitationMonths,
          serviceFeeBp: terms.serviceFeeBp,
          serviceFeePaidBy: terms.serviceFeePaidBy,
          updatedAt: now,
        }),
      );
      await audit(tx, actor, { action: 'proposeLoanAgreement', entityType: 'LoanAgreement', entityId: saved.id, after: { ...saved } });
      const others = [byLender ? null : lenderId, byBorrower ? null : borrowerId].filter((x): x is number => x !== null);
      await this.tell(tx, others, `loan-proposed:${saved.id}`, {
        kind: 'LOAN_AGREEMENT_PROPOSED',
        agreementId: saved.id,
        lender: lender.name,
        borrower: borrower.name,
        code,
        capabilityNb: catalogue.nameNb,
        capabilityEn: catalogue.nameEn,
        hours: saved.hours,
        pricePerHour: { minorUnits: saved.pricePerHourOre, currency: 'NOK' },
      });
      return agreementView(actor, saved);
    });
  }

  // ---------------------------------------------------------------- confirming and closing

  /**
   * A firm confirms its side. The second confirmation puts the agreement in force, and only if the
   * hours are still there: an offer's hours are taken with one conditional UPDATE (so of two
   * agreements that together exceed the offer exactly one gets them), and a loan without an offer
   * must fit the lender's free registered capacity, checked under a per-lender lock on PostgreSQL
   * (SQLite runs one transaction at a time).
   */
  async confirm(actor: Actor, id: number): Promise<AgreementView> {
    if (!may(actor, EXCHANGE_PERMISSIONS.confirmLoanAgreement) || !actor.firmId)
      throw AppError.forbidden('Each firm confirms its own side of a loan agreement; the project leader cannot confirm for a firm.');
    const firm = actor.firmId;
    return this.db.transaction(async (tx) => {
      let a = await this.load(tx, actor, id);
      if (a.lenderId !== firm && a.borrowerId !== firm) throw AppError.notFound('Loan agreement', id);
      if (this.db.kind === 'postgres') {
        await rawQuery(tx, 'SELECT pg_advisory_xact_lock(?, ?)', [LENDER_LOCK, a.lenderId]);
        a = await tx.findOneByOrFail(LoanAgreement, { id });
      }
      if (a.status !== AgreementStatus.PROPOSED)
        throw AppError.conflict(`Loan agreement ${id} is ${a.status}; only a proposed agreement is confirmed.`, {
          reason: ErrorReason.NOT_PROPOSED,
          status: a.status,
        });
      const side = a.lenderId === firm ? 'lender' : 'borrower';
      if ((side === 'lender' ? a.lenderConfirmedAt : a.borrowerConfirmedAt) !== null)
        throw AppError.conflict(`Your firm has already confirmed loan agreement ${id}; waiting for the other firm.`, {
          reason: ErrorReason.ALREADY_CONFIRMED,
        });
      const now = new Date();
      const changes: Partial<LoanAgreement> =
        side === 'lender'
          ? { lenderConfirmedAt: now, lenderConfirmedByUserId: actor.userId }
          : { borrowerConfirmedAt: now, borrowerConfirmedByUserId: actor.userId };
      const otherConfirmed = side === 'lender' ? a.borrowerConfirmedAt !== null : a.lenderConfirmedAt !== null;
      if (otherConfirmed) {
        await this.takeHours(tx, a);
        Object.assign(changes, { status: AgreementStatus.CONFIRMED, confirmedAt: now });
      }
      await guardedUpdate(
        tx,
        LoanAgreement,
        { id, version: a.version, where: { status: AgreementStatus.PROPOSED } },
        { ...changes, updatedAt: now },
        `Loan agreement ${id} changed at the same time; reload it.`,
      );
      await audit(tx, actor, {
        action: 'confirmLoanAgreement',
        entityType: 'LoanAgreement',
        entityId: id,
        before: { status: a.status },
        after: { side, status: otherConfirmed ? AgreementStatus.CONFIRMED : AgreementStatus.PROPOSED },
      });
      if (otherConfirmed) {
        const names = await this.names(tx, [a.lenderId, a.borrowerId]);
        await this.tell(tx, [a.lenderId, a.borrowerId], `loan-confirmed:${id}`, {
          kind: 'LOAN_AGREEMENT_CONFIRMED',
          agreementId: id,
          lender: names.get(a.lenderId)!,
          borrower: names.get(a.borrowerId)!,
          periodStart: a.periodStart,
          periodEnd: a.periodEnd,
        });
      }
      return agreementView(actor, await tx.findOneByOrFail(LoanAgreement, { id }));
    });
  }

  private async takeHours(tx: Tx, a: LoanAgreement): Promise<void> {
    if (a.offerId) {
      const res = await tx
        .createQueryBuilder()
        .update(ExchangePosting)
        .set({ hoursAgreed: () => `hours_agreed + ${a.hours}`, version: () => 'version + 1' } as never)
        .where('id = :id AND status = :open AND hours_agreed + :h <= hours', { id: a.offerId, open: PostingStatus.OPEN, h: a.hours })
        .execute();
      if (res.affected !== 1) {
        const offer = await tx.findOneByOrFail(ExchangePosting, { id: a.offerId });
        throw AppError.conflict(
          offer.status !== PostingStatus.OPEN
            ? `Offer ${offer.id} has been withdrawn; nothing was confirmed.`
            : `Offer ${offer.id} has ${offer.hours - offer.hoursAgreed} of its ${offer.hours} hours left; this agreement needs ${a.hours}. Nothing was confirmed.`,
          { reason: ErrorReason.OFFER_HOURS_TAKEN, offerId: offer.id, hoursLeft: offer.hours - offer.hoursAgreed },
        );
      }
    } else {
      const [rep] = await this.capabilities.capacityOf([a.lenderId], a.capabilityCode, a.periodStart, a.periodEnd);
      if (rep.freeHours < a.hours)
        throw AppError.conflict(
          `The lender has ${Math.max(0, rep.freeHours)} free hours of ${a.capabilityCode} in ${a.periodStart}–${a.periodEnd}; this agreement needs ${a.hours}. Nothing was confirmed.`,
          { reason: ErrorReason.NO_FREE_CAPACITY, freeHours: rep.freeHours },
        );
    }
    if (a.needId)
      await tx
        .createQueryBuilder()
        .update(ExchangePosting)
        .set({ hoursAgreed: () => `hours_agreed + ${a.hours}`, version: () => 'version + 1' } as never)
        .where('id = :id', { id: a.needId })
        .execute();
  }

  private async releaseHours(tx: Tx, a: LoanAgreement): Promise<void> {
    for (const postingId of [a.offerId, a.needId])
      if (postingId)
        await tx
          .createQueryBuilder()
          .update(ExchangePosting)
          .set({ hoursAgreed: () => `hours_agreed - ${a.hours}`, version: () => 'version + 1' } as never)
          .where('id = :id', { id: postingId })
          .execute();
  }

  async decline(actor: Actor, id: number, reason: string): Promise<AgreementView> {
    return this.close(actor, id, AgreementStatus.DECLINED, reason);
  }

  async cancel(actor: Actor, id: number, reason: string): Promise<AgreementView> {
    return this.close(actor, id, AgreementStatus.CANCELLED, reason);
  }

  async complete(actor: Actor, id: number): Promise<AgreementView> {
    return this.close(actor, id, AgreementStatus.COMPLETED, null);
  }

  private async close(actor: Actor, id: number, to: AgreementStatus, reason: string | null): Promise<AgreementView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const why = reason?.trim() ?? '';
    if (to !== AgreementStatus.COMPLETED && !why)
      throw AppError.badInput('Give a reason; both firms see it.', [{ field: 'reason', message: 'required', rule: FieldRule.REQUIRED }]);
    return this.db.transaction(async (tx) => {
      const a = await this.load(tx, actor, id);
      const party = isFirmUserOf(actor, a.lenderId) || isFirmUserOf(actor, a.borrowerId);
      if (to === AgreementStatus.DECLINED && !party) throw AppError.forbidden('Only one of the two firms declines a proposed agreement.');
      if (!party && !may(actor, EXCHANGE_PERMISSIONS.actForAnyFirm))
        throw AppError.forbidden('Only the two firms or the project leader can do this.');
      const from: AgreementStatus[] =
        to === AgreementStatus.DECLINED
          ? [AgreementStatus.PROPOSED]
          : to === AgreementStatus.CANCELLED
            ? [AgreementStatus.PROPOSED, AgreementStatus.CONFIRMED]
            : [AgreementStatus.CONFIRMED];
      if (!from.includes(a.status))
        throw AppError.conflict(`Loan agreement ${id} is ${a.status}; it cannot become ${to}.`, {
          reason: ErrorReason.WRONG_STATE,
          status: a.status,
          allowedFrom: from,
        });
      const hours = await tx.findBy(LoanHours, { agreementId: id });
      if (to === AgreementStatus.CANCELLED && hours.some((h) => h.status !== LoanHoursStatus.REJECTED))
        throw AppError.conflict(`Hours have been reported on loan agreement ${id}; complete it instead of cancelling.`, {
          reason: ErrorReason.HOURS_REPORTED,
        });
      if (to === AgreementStatus.COMPLETED && hours.some((h) => h.status === LoanHoursStatus.REPORTED))
        throw AppError.conflict(`The lender has not yet confirmed every month of hours on loan agreement ${id}.`, {
          reason: ErrorReason.HOURS_PENDING,
        });
      const now = new Date();
      await guardedUpdate(
        tx,
        LoanAgreement,
        { id, version: a.version, where: { status: a.status } },
        { status: to, reason: why || null, closedAt: now, updatedAt: now },
        `Loan agreement ${id} changed at the same time; reload it.`,
      );
      if (to === AgreementStatus.CANCELLED && a.status === AgreementStatus.CONFIRMED) await this.releaseHours(tx, a);
      await audit(tx, actor, {
        action:
          to === AgreementStatus.DECLINED
            ? 'declineLoanAgreement'
            : to === AgreementStatus.CANCELLED
              ? 'cancelLoanAgreement'
              : 'completeLoanAgreement',
        entityType: 'LoanAgreement',
        entityId: id,
        before: { status: a.status },
        after: { status: to },
        reason: why || null,
      });
      await this.tell(
        tx,
        [a.lenderId, a.borrowerId],
        `loan-${to.toLowerCase()}:${id}`,
        to === AgreementStatus.DECLINED
          ? { kind: 'LOAN_AGREEMENT_DECLINED', agreementId: id, reason: why }
          : to === AgreementStatus.CANCELLED
            ? { kind: 'LOAN_AGREEMENT_CANCELLED', agreementId: id, reason: why }
            : { kind: 'LOAN_AGREEMENT_COMPLETED', agreementId: id },
      );
      return agreementView(actor, await tx.findOneByOrFail(LoanAgreement, { id }));
    });
  }

  // ---------------------------------------------------------------- hours

  /** The borrower reports the hours used in one month; a rejected month may be reported again. */
  async reportHours(actor: Actor, input: { agreementId: number; month: string; hours: number }): Promise<LoanHours> {
    if (!may(actor, EXCHANGE_PERMISSIONS.reportLoanHours) || !actor.firmId)
      throw AppError.forbidden('The borrowing firm reports the hours it used.');
    const problems: FieldProblem[] = [];
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month ?? ''))
      problems.push({ field: 'month', message: 'a month YYYY-MM', rule: FieldRule.NOT_A_MONTH });
    if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 100_000)
      problems.push({ field: 'hours', message: 'whole hours from 1 to 100000', rule: FieldRule.WHOLE_HOURS });
    if (problems.length) throw AppError.invalid('The hours', problems, { verb: 'are not valid', tail: null });
    return this.db.transaction(async (tx) => {
      const a = await this.load(tx, actor, input.agreementId);
      if (a.borrowerId !== actor.firmId) throw AppError.forbidden('Only the borrowing firm reports hours; the lender confirms them.');
      if (a.status !== AgreementStatus.CONFIRMED)
        throw AppError.conflict(`Loan agreement ${a.id} is ${a.status}; hours are reported on an agreement in force.`, {
          reason: ErrorReason.NOT_IN_FORCE,
        });
      const months = monthsBetween(a.periodStart, a.periodEnd);
      const thisMonth = osloDate(new Date()).slice(0, 7);
      if (!months.includes(input.month))
        throw AppError.badInput(`${input.month} is outside the loan's period ${a.periodStart}–${a.periodEnd}.`, [
          {
            field: 'month',
            message: 'outside the period',
            rule: FieldRule.OUTSIDE_PERIOD,
            params: { from: months[0], to: months[months.length - 1] },
          },
        ]);
      if (input.month > thisMonth)
        throw AppError.badInput(`${input.month} has not started yet; report hours once they are used.`, [
          { field: 'month', message: 'in the future', rule: FieldRule.IN_THE_FUTURE },
        ]);
      const rows = await tx.findBy(LoanHours, { agreementId: a.id });
      const existing = rows.find((r) => r.month === input.month);
      if (existing?.status === LoanHoursStatus.CONFIRMED)
        throw AppError.conflict(`The lender has already confirmed ${existing.hours} hours for ${input.month}.`, {
          reason: ErrorReason.ALREADY_CONFIRMED,
        });
      const others = rows.filter((r) => r.month !== input.month && r.status !== LoanHoursStatus.REJECTED).reduce((s, r) => s + r.hours, 0);
      if (others + input.hours > a.hours)
        throw AppError.badInput(
          `The agreement is for ${a.hours} hours and ${others} are already reported; ${input.hours} more would exceed it. Agree a new loan for more hours.`,
          [{ field: 'hours', message: `at most ${a.hours - others}`, rule: FieldRule.AT_MOST, params: { max: a.hours - others } }],
        );
      const { amountOre, serviceFeeOre } = hoursAmount(input.hours, a.pricePerHourOre, a.serviceFeeBp);
      const now = new Date();
      let saved: LoanHours;
      if (existing) {
        await guardedUpdate(
          tx,
          LoanHours,
          { id: existing.id, version: existing.version, where: { status: existing.status } },
          {
            hours: input.hours,
            amountOre,
            serviceFeeOre,
            status: LoanHoursStatus.REPORTED,
            rejectReason: null,
            reportedAt: now,
            reportedByUserId: actor.userId,
          },
          `The hours for ${input.month} changed at the same time; reload them.`,
        );
        saved = await tx.findOneByOrFail(LoanHours, { id: existing.id });
      } else {
        saved = await tx.save(
          tx.create(LoanHours, {
            agreementId: a.id,
            month: input.month,
            hours: input.hours,
            amountOre,
            serviceFeeOre,
            status: LoanHoursStatus.REPORTED,
            rejectReason: null,
            reportedAt: now,
            reportedByUserId: actor.userId,
            confirmedAt: null,
            confirmedByUserId: null,
          }),
        );
      }
      await audit(tx, actor, {
        action: 'reportLoanHours',
        entityType: 'LoanAgreement',
        entityId: a.id,
        before: existing ? { month: existing.month, hours: existing.hours, status: existing.status } : null,
        after: { month: saved.month, hours: saved.hours, amountOre, serviceFeeOre },
      });
      await this.tell(tx, [a.lenderId], `loan-hours:${saved.id}:${now.getTime()}`, {
        kind: 'LOAN_HOURS_REPORTED',
        agreementId: a.id,
        month: saved.month,
        hours: saved.hours,
        amount: { minorUnits: amountOre, currency: 'NOK' },
      });
      return saved;
    });
  }

  async answerHours(actor: Actor, hoursId: number, confirm: boolean, reason: string | null): Promise<LoanHours> {
    if (!may(actor, EXCHANGE_PERMISSIONS[confirm ? 'confirmLoanHours' : 'rejectLoanHours']) || !actor.firmId)
      throw AppError.forbidden('The lending firm confirms the hours.');
    const why = reason?.trim() ?? '';
    if (!confirm && !why)
      throw AppError.badInput('Say why the hours are wrong; the borrower sees it.', [
        { field: 'reason', message: 'required', rule: FieldRule.REQUIRED },
      ]);
    return this.db.transaction(async (tx) => {
      const h = await tx.findOneBy(LoanHours, { id: hoursId });
      if (!h) throw AppError.notFound('Loan hours', hoursId);
      const a = await this.load(tx, actor, h.agreementId).catch(() => {
        throw AppError.notFound('Loan hours', hoursId);
      });
      if (a.lenderId !== actor.firmId) throw AppError.forbidden('Only the lending firm confirms or rejects the hours.');
      if (h.status !== LoanHoursStatus.REPORTED)
        throw AppError.conflict(`The hours for ${h.month} are ${h.status}; only reported hours are answered.`, {
          reason: ErrorReason.NOT_REPORTED,
          status: h.status,
        });
      const now = new Date();
      await guardedUpdate(
        tx,
        LoanHours,
        { id: h.id, version: h.version, where: { status: LoanHoursStatus.REPORTED } },
        confirm
          ? { status: LoanHoursStatus.CONFIRMED, confirmedAt: now, confirmedByUserId: actor.userId }
          : { status: LoanHoursStatus.REJECTED, rejectReason: why },
        `The hours for ${h.month} changed at the same time; reload them.`,
      );
      await audit(tx, actor, {
        action: confirm ? 'confirmLoanHours' : 'rejectLoanHours',
        entityType: 'LoanAgreement',
        entityId: a.id,
        before: { month: h.month, hours: h.hours, status: h.status },
        after: { status: confirm ? LoanHoursStatus.CONFIRMED : LoanHoursStatus.REJECTED },
        reason: why || null,
      });
      await this.tell(
        tx,
        [a.borrowerId],
        `loan-hours-answer:${h.id}:${now.getTime()}`,
        confirm
          ? { kind: 'LOAN_HOURS_CONFIRMED', agreementId: a.id, month: h.month }
          : { kind: 'LOAN_HOURS_REJECTED', agreementId: a.id, month: h.month, reason: why },
      );
      return tx.findOneByOrFail(LoanHours, { id: h.id });
    });
  }

  // ---------------------------------------------------------------- internals

  private async load(tx: Tx, actor: Actor, id: number): Promise<LoanAgreement> {
    const a = await tx.findOneBy(LoanAgreement, { id });
    if (!a || !canSee(actor, a)) throw AppError.notFound('Loan agreement', id);
    return a;
  }

  private async names(tx: Tx, ids: number[]): Promise<Map<number, string>> {
    return new Map((await tx.findBy(Member, { id: In(ids) })).map((m) => [m.id, m.name]));
  }

  /** A notice to the users of the given firms, each in their own language (the notifications catalogue). */
  private async tell(tx: Tx, firmIds: number[], key: string, params: ExchangeAgreementNotificationParams): Promise<void> {
    const users = [...(await this.notifications.usersOfFirms(tx, firmIds)).values()].flat();
    await this.notifications.notify(tx, {
      kind: params.kind,
      key,
      recipientUserIds: users,
      params,
      entityType: 'LoanAgreement',
      entityId: params.agreementId,
    });
  }
}

/** A value given in the input or implied by the offer/need; both given and different is bad input. */
function pick<T>(field: string, given: T | null | undefined, implied: T | undefined): T {
  if (given !== undefined && given !== null) {
    if (implied !== undefined && implied !== given)
      throw AppError.badInput(`${field} does not match the offer or need it refers to.`, [
        { field, message: 'does not match the posting' },
      ]);
    return given;
  }
  if (implied === undefined)
    throw AppError.badInput(`Give ${field} (or an offer/need that implies it).`, [
      { field, message: 'required', rule: FieldRule.REQUIRED },
    ]);
  return implied;
}
