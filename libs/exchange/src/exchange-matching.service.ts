import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, AppError, Database, canSeeFirmPrivate, groupBy, isAssociation, osloDate, rawQuery } from '@app/core';
import type { HeldCertificate, RequiredCertificate } from '@app/matching';
import { CapabilitiesService, CatalogueEntry, Certificate, MemberCapability } from '@app/members';
import { ExchangePosting, PostingKind } from './entities/exchange.entity';
import { type CapacityCandidate, type ExchangeMatch, type OfferCandidate, loanPrice, rankMatches } from './exchange-rules';
import { ExchangeTermsService, capabilityPricesOf } from './terms.service';

/** A match as one actor may see it: a firm sees whether others' registered capacity covers its need, not their hours. */
export interface MatchView extends Omit<ExchangeMatch, 'availableHours' | 'coveredHours'> {
  needId: number;
  availableHours: number | null;
  coveredHours: number | null;
  coversFully: boolean;
  /** What the loan would cost per hour by the terms in force (the association only: it shows the lender's rate). */
  indicativePricePerHourOre: number | null;
}

function parseCerts(json: string): RequiredCertificate[] {
  return JSON.parse(json) as RequiredCertificate[];
}

/**
 * Ranks, for needs on the exchange, the offers and the firms whose registered capacity is free in
 * the need's window (after accepted work packages and confirmed loans) by the pure rules in
 * exchange-rules.ts. Any number of needs is matched with the same few statements.
 */
@Injectable()
export class ExchangeMatchingService {
  constructor(
    private readonly db: Database,
    private readonly capabilities: CapabilitiesService,
    private readonly terms: ExchangeTermsService,
  ) {}

  async matches(actor: Actor, needId: number, first: number): Promise<MatchView[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const need = await this.db.read((em) => em.findOneBy(ExchangePosting, { id: needId, kind: PostingKind.NEED }));
    if (!need || !canSeeFirmPrivate(actor, need.memberId)) throw AppError.notFound('Need', needId);
    return this.views(actor, [need], first).then((m) => m.get(need.id) ?? []);
  }

  async views(actor: Actor, needs: ExchangePosting[], first: number): Promise<Map<number, MatchView[]>> {
    const all = await this.matchesFor(needs);
    const association = isAssociation(actor);
    const prices = association ? await this.indicativePrices(needs, all) : new Map<string, number>();
    const out = new Map<number, MatchView[]>();
    for (const need of needs) {
      const open = need.hours - need.hoursAgreed;
      out.set(
        need.id,
        (all.get(need.id) ?? []).slice(0, first).map((m) => {
          const hidden = !association && m.source === 'CAPACITY';
          return {
            ...m,
            needId: need.id,
            availableHours: hidden ? null : m.availableHours,
            coveredHours: hidden ? null : m.coveredHours,
            coversFully: m.coveredHours >= open,
            indicativePricePerHourOre: prices.get(`${m.memberId}:${need.capabilityCode}`) ?? null,
          };
        }),
      );
    }
    return out;
  }

  private async indicativePrices(needs: ExchangePosting[], all: Map<number, ExchangeMatch[]>): Promise<Map<string, number>> {
    const terms = await this.db.read((em) => this.terms.inForceWith(em, osloDate(new Date())));
    const out = new Map<string, number>();
    if (!terms) return out;
    const codes = [...new Set(needs.map((n) => n.capabilityCode))];
    const ids = [...new Set([...all.values()].flatMap((ms) => ms.map((m) => m.memberId)))];
    if (!ids.length) return out;
    const [caps, catalogue] = await this.db.read(
      async (em) =>
        [
          await em.findBy(MemberCapability, { memberId: In(ids), code: In(codes) }),
          await em.findBy(CatalogueEntry, { code: In(codes) }),
        ] as const,
    );
    const defaults = new Map(catalogue.map((c) => [c.code, c.defaultHourlyRateOre]));
    const pricing = { markupBp: terms.markupBp, capabilityPrices: capabilityPricesOf(terms) };
    for (const c of caps)
      out.set(`${c.memberId}:${c.code}`, loanPrice(pricing, c.code, c.hourlyRateOre ?? defaults.get(c.code) ?? 0).pricePerHourOre);
    return out;
  }

  /**
   * Every match of each need, best first. Statements: open offers of the needs' capabilities, the
   * firms that have them, their capacity (CapabilitiesService.capacityOfMany) and the certificates
   * the needs and offers name: a fixed number however many needs, offers and firms.
   */
  async matchesFor(needs: ExchangePosting[]): Promise<Map<number, ExchangeMatch[]>> {
    const out = new Map<number, ExchangeMatch[]>();
    const today = osloDate(new Date());
    const live = needs.filter((n) => n.windowEnd >= today && n.hours > n.hoursAgreed);
    for (const n of needs) out.set(n.id, []);
    if (!live.length) return out;
    const codes = [...new Set(live.map((n) => n.capabilityCode))];
    const from = live.reduce((m, n) => (n.windowStart < m ? n.windowStart : m), live[0].windowStart);
    const to = live.reduce((m, n) => (n.windowEnd > m ? n.windowEnd : m), live[0].windowEnd);
    const codeList = codes.map(() => '?').join(', ');
    const [offerRows, holderRows] = await this.db.read(
      async (em) =>
        [
          await rawQuery<{ id: number; member_id: number; code: string; hours_open: number; ws: string; we: string; certs: string }>(
            em,
            `SELECT p.id, p.member_id, p.capability_code AS code, p.hours - p.hours_agreed AS hours_open, p.window_start AS ws,
                  p.window_end AS we, p.certificates AS certs
             FROM exchange_posting p JOIN member m ON m.id = p.member_id
            WHERE p.status = 'OPEN' AND p.kind = 'OFFER' AND p.capability_code IN (${codeList})
              AND p.window_end >= ? AND p.window_end >= ? AND p.window_start <= ? AND p.hours_agreed < p.hours
              AND m.status = 'ACTIVE'`,
            [...codes, today, from, to],
          ),
          await rawQuery<{ member_id: number; code: string }>(
            em,
            `SELECT c.member_id, c.code FROM member_capability c JOIN member m ON m.id = c.member_id
            WHERE c.code IN (${codeList}) AND m.status = 'ACTIVE'`,
            codes,
          ),
        ] as const,
    );
    const offersByCode = new Map<string, OfferCandidate[]>();
    for (const r of offerRows) {
      const list = offersByCode.get(r.code) ?? [];
      list.push({
        postingId: Number(r.id),
        memberId: Number(r.member_id),
        hoursOpen: Number(r.hours_open),
        windowStart: r.ws,
        windowEnd: r.we,
        listed: parseCerts(r.certs),
      });
      offersByCode.set(r.code, list);
    }
    const holders = groupBy(
      holderRows,
      (r) => r.code,
      (r) => Number(r.member_id),
    );
    const reports = await this.capabilities.capacityOfMany(
      live.map((n) => ({
        memberIds: (holders.get(n.capabilityCode) ?? []).filter((id) => id !== n.memberId),
        code: n.capabilityCode,
        from: n.windowStart,
        to: n.windowEnd,
      })),
    );
    const capacity = reports.map((rs) =>
      rs.filter((r) => r.freeHours > 0).map((r): CapacityCandidate => ({ memberId: r.memberId, freeHours: r.freeHours })),
    );
    // certificates only of the candidates, and only of the types anyone asks for
    const types = new Set<string>();
    for (const n of live) for (const c of parseCerts(n.certificates)) types.add(c.type);
    for (const list of offersByCode.values()) for (const o of list) for (const c of o.listed) types.add(c.type);
    if (types.has('ISO_9001')) types.add('EN_9100');
    if (types.has('ISO_3834_3')) types.add('ISO_3834_2');
    const candidateIds = [...new Set([...offerRows.map((r) => Number(r.member_id)), ...capacity.flat().map((c) => c.memberId)])];
    const certs =
      types.size && candidateIds.length
        ? await this.db.read((em) =>
            em.find(Certificate, {
              select: { memberId: true, type: true, process: true, validFrom: true, validUntil: true },
              where: { memberId: In(candidateIds), type: In([...types] as Certificate['type'][]) },
            }),
          )
        : [];
    const held = groupBy(
      certs,
      (c) => c.memberId,
      (c): HeldCertificate => ({
        type: c.type as HeldCertificate['type'],
        process: c.process,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
      }),
    );
    live.forEach((n, i) => {
      out.set(
        n.id,
        rankMatches(
          {
            memberId: n.memberId,
            code: n.capabilityCode,
            hoursOpen: n.hours - n.hoursAgreed,
            windowStart: n.windowStart,
            windowEnd: n.windowEnd,
            required: parseCerts(n.certificates),
          },
          offersByCode.get(n.capabilityCode) ?? [],
          capacity[i],
          (id) => held.get(id) ?? [],
        ),
      );
    });
    return out;
  }
}
