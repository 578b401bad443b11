import { Injectable } from '@nestjs/common';
import {
  type Actor,
  AppError,
  Database,
  ErrorCode,
  type FieldProblem,
  type Page,
  Role,
  type Tx,
  audit,
  decodeCursor,
  guardedUpdate,
  isLocalDate,
  osloDate,
  toPage,
  ErrorReason,
  demand,
  FieldRule,
} from '@app/core';
import { type RequiredCertificate } from '@app/matching';
import { CatalogueEntry, CertificateType, Member, MemberCapability, MembershipStatus } from '@app/members';
import { type NotificationParams, NotificationsService } from '@app/notifications';
import { OrderLine } from '@app/orders';
import { ExchangePosting, LoanResource, PostingKind, PostingStatus } from './entities/exchange.entity';
import { ExchangeMatchingService } from './exchange-matching.service';
import { EXCHANGE_PERMISSIONS } from './exchange.permissions';

export interface PostInput {
  /** The firm; a firm user may leave it out (their own firm). */
  memberId?: number | null;
  capabilityCode: string;
  resource: LoanResource;
  hours: number;
  windowStart: string;
  windowEnd: string;
  certificates?: RequiredCertificate[] | null;
  note?: string | null;
  /** Needs only. */
  orderLineId?: number | null;
}

export interface BoardFilter {
  kind?: PostingKind | null;
  capabilityCode?: string | null;
  memberId?: number | null;
  /** Postings whose window overlaps [from, to]. */
  from?: string | null;
  to?: string | null;
}

/** OPEN, or worked out when read: EXPIRED after the window's last day, TAKEN when every hour is agreed. */
export type PostingState = 'OPEN' | 'TAKEN' | 'EXPIRED' | 'WITHDRAWN';

export function postingState(p: ExchangePosting, today: string): PostingState {
  if (p.status === PostingStatus.WITHDRAWN) return 'WITHDRAWN';
  if (p.windowEnd < today) return 'EXPIRED';
  if (p.hoursAgreed >= p.hours) return 'TAKEN';
  return 'OPEN';
}

export function certificatesOf(p: { certificates: string }): RequiredCertificate[] {
  return JSON.parse(p.certificates) as RequiredCertificate[];
}

/** The firm a posting or agreement is for: a firm user's own, or the one the association names. */
export function firmFor(actor: Actor, memberId: number | null | undefined, what: string): number {
  if (actor.kind !== 'user') throw AppError.unauthenticated();
  if (actor.role === Role.FIRM_USER) {
    if (memberId !== undefined && memberId !== null && memberId !== actor.firmId)
      throw new AppError(ErrorCode.FORBIDDEN, `You can only ${what} for your own firm.`, {
        details: { reason: ErrorReason.NOT_YOUR_FIRM, memberId },
      });
    if (!actor.firmId) throw AppError.forbidden('Your user belongs to no firm.');
    return actor.firmId;
  }
  demand(actor, EXCHANGE_PERMISSIONS.actForAnyFirm, `Only a firm, the project leader or an administrator can ${what}.`);
  if (memberId === undefined || memberId === null)
    throw AppError.badInput('Name the firm (memberId) you act for.', [
      { field: 'memberId', message: 'required for the association', rule: FieldRule.REQUIRED },
    ]);
  return memberId;
}

export function checkCertificates(list: RequiredCertificate[], problems: FieldProblem[]): RequiredCertificate[] {
  const types = new Set<string>(Object.values(CertificateType));
  return list.map((c, i) => {
    if (!types.has(c.type))
      problems.push({ field: `certificates.${i}.type`, message: 'unknown certificate type', rule: FieldRule.NOT_ONE_OF });
    const process = c.process?.trim() ? c.process.trim().toUpperCase() : null;
    if (c.type === 'NADCAP' && !process)
      problems.push({
        field: `certificates.${i}.process`,
        message: 'a NADCAP accreditation names its process',
        rule: FieldRule.NADCAP_NEEDS_PROCESS,
      });
    return { type: c.type, process: c.type === 'NADCAP' ? process : null };
  });
}

@Injectable()
export class PostingsService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsService,
    private readonly matching: ExchangeMatchingService,
  ) {}

  async post(actor: Actor, kind: PostingKind, input: PostInput): Promise<ExchangePosting> {
    const memberId = firmFor(actor, input.memberId, kind === PostingKind.OFFER ? 'offer capacity' : 'post a need');
    const today = osloDate(new Date());
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 100_000)
      problems.push({ field: 'hours', message: 'whole hours from 1 to 100000', rule: FieldRule.WHOLE_HOURS });
    if (!isLocalDate(input.windowStart))
      problems.push({ field: 'windowStart', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (!isLocalDate(input.windowEnd)) problems.push({ field: 'windowEnd', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    else if (input.windowEnd < today)
      problems.push({ field: 'windowEnd', message: `the window has ended (today is ${today})`, rule: FieldRule.IN_THE_PAST });
    if (isLocalDate(input.windowStart) && isLocalDate(input.windowEnd) && input.windowEnd < input.windowStart)
      problems.push({ field: 'windowEnd', message: `before the window starts (${input.windowStart})`, rule: FieldRule.ENDS_BEFORE_START });
    if (kind === PostingKind.OFFER && input.orderLineId !== undefined && input.orderLineId !== null)
      problems.push({ field: 'orderLineId', message: 'only a need is linked to an order line' });
    const certificates = checkCertificates(input.certificates ?? [], problems);
    const note = input.note?.trim() || null;
    if (problems.length) throw AppError.invalid('The posting', problems);
    const saved = await this.db.transaction(async (tx) => {
      const member = await tx.findOneBy(Member, { id: memberId });
      if (!member) throw AppError.notFound('Member', memberId);
      if (member.status !== MembershipStatus.ACTIVE)
        throw AppError.conflict(`${member.name} is not an active member and cannot use the exchange.`, {
          reason: ErrorReason.INACTIVE_MEMBER,
        });
      if (!(await tx.existsBy(CatalogueEntry, { code: input.capabilityCode })))
        throw AppError.badInput(`Unknown capability code ${input.capabilityCode}; see capabilityCatalogue.`, [
          { field: 'capabilityCode', message: 'unknown capability code', rule: FieldRule.UNKNOWN_CAPABILITY },
        ]);
      if (kind === PostingKind.OFFER && !(await tx.existsBy(MemberCapability, { memberId, code: input.capabilityCode })))
        throw AppError.badInput(`${member.name} has no ${input.capabilityCode} in its profile; add the capability before offering it.`, [
          { field: 'capabilityCode', message: 'not in the firm profile', rule: FieldRule.NOT_IN_FIRM_PROFILE },
        ]);
      if (input.orderLineId !== undefined && input.orderLineId !== null) {
        const line = await tx.findOneBy(OrderLine, { id: input.orderLineId });
        if (!line || line.memberId !== memberId) throw AppError.notFound('Order line', input.orderLineId);
      }
      const now = new Date();
      const posting = await tx.save(
        tx.create(ExchangePosting, {
          kind,
          memberId,
          capabilityCode: input.capabilityCode,
          resource: input.resource,
          hours: input.hours,
          hoursAgreed: 0,
          windowStart: input.windowStart,
          windowEnd: input.windowEnd,
          certificates: JSON.stringify(certificates),
          note,
          orderLineId: input.orderLineId ?? null,
          status: PostingStatus.OPEN,
          withdrawnReason: null,
          createdAt: now,
          createdByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
          updatedAt: now,
        }),
      );
      await audit(tx, actor, {
        action: kind === PostingKind.OFFER ? 'postExchangeOffer' : 'postExchangeNeed',
        entityType: 'ExchangePosting',
        entityId: posting.id,
        after: { ...posting },
      });
      await this.notifyMatches(tx, posting, member.name);
      return posting;
    });
    return saved;
  }

  /**
   * Match notices, both ways, in the posting's transaction (the notifications outbox: they exist
   * exactly when the posting does). A new need tells each firm with a matching open offer; a new
   * offer tells each firm whose open need it matches (by the same ranking as `exchangeMatches`).
   * Once per need and other firm (the dedupe key), so an equal second offer from the same firm
   * does not tell the same need again; never the posting firm; only what the board shows.
   * Statements: the candidate needs, the matching's fixed set, the recipients, one store.
   */
  private async notifyMatches(tx: Tx, posting: ExchangePosting, firmName: string): Promise<void> {
    const catalogue = await tx.findOneBy(CatalogueEntry, { code: posting.capabilityCode });
    const base = {
      firm: firmName,
      code: posting.capabilityCode,
      ...(catalogue ? { capabilityNb: catalogue.nameNb, capabilityEn: catalogue.nameEn } : {}),
      hours: posting.hours,
      windowStart: posting.windowStart,
      windowEnd: posting.windowEnd,
    };
    const notices: {
      memberId: number;
      notice: { kind: string; key: string; params: NotificationParams; entityType: string; entityId: number };
    }[] = [];
    if (posting.kind === PostingKind.NEED) {
      const matches = (await this.matching.matchesFor([posting])).get(posting.id) ?? [];
      const byFirm = new Map<number, number>();
      for (const m of matches)
        if (m.source === 'OFFER' && m.postingId && m.memberId !== posting.memberId && !byFirm.has(m.memberId))
          byFirm.set(m.memberId, m.postingId);
      for (const [memberId, offerId] of byFirm)
        notices.push({
          memberId,
          notice: {
            kind: 'EXCHANGE_NEED_MATCHES_OFFER',
            key: `exchange-need:${posting.id}:firm:${memberId}`,
            params: { kind: 'EXCHANGE_NEED_MATCHES_OFFER', needId: posting.id, offerId, ...base },
            entityType: 'ExchangePosting',
            entityId: posting.id,
          },
        });
    } else {
      const today = osloDate(new Date());
      const needs = await tx
        .createQueryBuilder(ExchangePosting, 'p')
        .innerJoin(Member, 'm', 'm.id = p.member_id')
        .where('p.kind = :need AND p.status = :open', { need: PostingKind.NEED, open: PostingStatus.OPEN })
        .andWhere('p.capability_code = :code AND p.member_id <> :own', { code: posting.capabilityCode, own: posting.memberId })
        .andWhere('p.window_end >= :today AND p.window_end >= :from AND p.window_start <= :to', {
          today,
          from: posting.windowStart,
          to: posting.windowEnd,
        })
        .andWhere('p.hours_agreed < p.hours AND m.status = :active', { active: MembershipStatus.ACTIVE })
        .orderBy('p.id')
        .getMany();
      const matches = needs.length ? await this.matching.matchesFor(needs) : new Map<number, never[]>();
      for (const need of needs) {
        if (!(matches.get(need.id) ?? []).some((m) => m.source === 'OFFER' && m.postingId === posting.id)) continue;
        notices.push({
          memberId: need.memberId,
          notice: {
            kind: 'EXCHANGE_OFFER_MATCHES_NEED',
            key: `exchange-need:${need.id}:offers-of:${posting.memberId}`,
            params: { kind: 'EXCHANGE_OFFER_MATCHES_NEED', offerId: posting.id, needId: need.id, ...base },
            entityType: 'ExchangePosting',
            entityId: posting.id,
          },
        });
      }
    }
    if (!notices.length) return;
    const users = await this.notifications.usersOfFirms(
      tx,
      notices.map((n) => n.memberId),
    );
    await this.notifications.notifyAll(
      tx,
      notices.map((n) => ({ ...n.notice, recipientUserIds: users.get(n.memberId) ?? [] })),
    );
  }

  async withdraw(actor: Actor, id: number, reason: string | null | undefined): Promise<ExchangePosting> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.transaction(async (tx) => {
      const p = await tx.findOneBy(ExchangePosting, { id });
      if (!p) throw AppError.notFound('Posting', id);
      firmFor(actor, p.memberId, 'withdraw a posting');
      if (p.status === PostingStatus.WITHDRAWN)
        throw AppError.conflict(`Posting ${id} is already withdrawn.`, { reason: ErrorReason.ALREADY_WITHDRAWN });
      const why = reason?.trim() || null;
      await guardedUpdate(
        tx,
        ExchangePosting,
        { id, version: p.version, where: { status: PostingStatus.OPEN } },
        { status: PostingStatus.WITHDRAWN, withdrawnReason: why, updatedAt: new Date() },
        `Posting ${id} changed at the same time; reload it.`,
      );
      await audit(tx, actor, {
        action: 'withdrawExchangePosting',
        entityType: 'ExchangePosting',
        entityId: id,
        before: { status: p.status },
        after: { status: PostingStatus.WITHDRAWN },
        reason: why,
      });
      return tx.findOneByOrFail(ExchangePosting, { id });
    });
  }

  async get(actor: Actor, id: number): Promise<ExchangePosting> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const p = await this.db.read((em) => em.findOneBy(ExchangePosting, { id }));
    if (!p) throw AppError.notFound('Posting', id);
    return p;
  }

  /**
   * The board: open postings (not withdrawn, window not over, hours left) newest first. Public to
   * every member: firm, capability, hours, window, certificates and note; never a rate.
   */
  async board(actor: Actor, filter: BoardFilter, page: { first: number; after?: string }): Promise<Page<ExchangePosting>> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const today = osloDate(new Date());
    return this.db.read(async (em) => {
      const qb = em
        .createQueryBuilder(ExchangePosting, 'p')
        .where('p.status = :open', { open: PostingStatus.OPEN })
        .andWhere('p.window_end >= :today', { today })
        .andWhere('p.hours_agreed < p.hours');
      if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
      if (filter.capabilityCode) qb.andWhere('p.capability_code = :code', { code: filter.capabilityCode });
      if (filter.memberId) qb.andWhere('p.member_id = :mid', { mid: filter.memberId });
      if (filter.from) qb.andWhere('p.window_end >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('p.window_start <= :to', { to: filter.to });
      const total = await qb.clone().getCount();
      if (page.after) {
        const [id] = decodeCursor(page.after, 1);
        qb.andWhere('p.id < :cid', { cid: Number(id) });
      }
      const rows = await qb
        .orderBy('p.id', 'DESC')
        .take(page.first + 1)
        .getMany();
      return toPage(rows, page.first, total, (p) => [p.id]);
    });
  }

  /** A firm's own postings, every state, newest first (the association: any firm's). */
  async ofFirm(actor: Actor, memberId: number | null | undefined): Promise<ExchangePosting[]> {
    const firm = firmFor(actor, memberId, 'list postings');
    return this.db.read((em) => em.find(ExchangePosting, { where: { memberId: firm }, order: { id: 'DESC' }, take: 500 }));
  }

  /** Open needs, for the project leader's overview (association only). */
  async openNeeds(actor: Actor, page: { first: number; after?: string }, capabilityCode?: string | null): Promise<Page<ExchangePosting>> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    demand(actor, EXCHANGE_PERMISSIONS.exchangeNeeds, "The overview of every need is the association's; a firm sees the board.");
    return this.board(actor, { kind: PostingKind.NEED, capabilityCode }, page);
  }
}
