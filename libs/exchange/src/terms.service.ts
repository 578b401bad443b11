import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { type Actor, AppError, Database, type FieldProblem, type Tx, audit, isLocalDate, osloDate, demand, FieldRule } from '@app/core';
import { CatalogueEntry } from '@app/members';
import { ExchangeTerms, ServiceFeePayer } from './entities/exchange.entity';
import { EXCHANGE_PERMISSIONS } from './exchange.permissions';

export interface RecordTerms {
  validFrom: string;
  markupBp: number;
  capabilityPrices: { code: string; pricePerHourOre: number }[];
  nonSolicitationMonths: number;
  serviceFeeBp: number;
  serviceFeePaidBy: ServiceFeePayer;
  boardDecision: string;
}

export function capabilityPricesOf(t: ExchangeTerms): Record<string, number> {
  return JSON.parse(t.capabilityPrices) as Record<string, number>;
}

/** The network's common terms: recorded by the administrator as the board decided, one version at a time. */
@Injectable()
export class ExchangeTermsService {
  constructor(private readonly db: Database) {}

  async history(actor: Actor): Promise<ExchangeTerms[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read((em) => em.find(ExchangeTerms, { order: { termsVersion: 'DESC' } }));
  }

  /** The version in force on a day (default today in Oslo), or null before the first. */
  async inForce(actor: Actor, on?: string): Promise<ExchangeTerms | null> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read((em) => this.inForceWith(em as Tx, on ?? osloDate(new Date())));
  }

  async inForceWith(tx: Tx, on: string): Promise<ExchangeTerms | null> {
    return tx.findOne(ExchangeTerms, { where: { validFrom: LessThanOrEqual(on) }, order: { validFrom: 'DESC', termsVersion: 'DESC' } });
  }

  async record(actor: Actor, input: RecordTerms): Promise<ExchangeTerms> {
    demand(actor, EXCHANGE_PERMISSIONS.recordExchangeTerms, 'The administrator records the common terms the board has set.');
    const problems: FieldProblem[] = [];
    if (!isLocalDate(input.validFrom)) problems.push({ field: 'validFrom', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (!Number.isInteger(input.markupBp) || input.markupBp < 0 || input.markupBp > 100_000)
      problems.push({ field: 'markupBp', message: 'whole basis points from 0 to 100000 (1000 = 10 %)' });
    if (!Number.isInteger(input.nonSolicitationMonths) || input.nonSolicitationMonths < 0 || input.nonSolicitationMonths > 120)
      problems.push({ field: 'nonSolicitationMonths', message: 'whole months from 0 to 120' });
    if (!Number.isInteger(input.serviceFeeBp) || input.serviceFeeBp < 0 || input.serviceFeeBp > 10_000)
      problems.push({ field: 'serviceFeeBp', message: 'whole basis points from 0 to 10000 (250 = 2.5 %)' });
    const board = input.boardDecision?.trim() ?? '';
    if (!board) problems.push({ field: 'boardDecision', message: "name the board's decision, e.g. 'Styrevedtak 2026-03-12, sak 14/26'" });
    const codes = input.capabilityPrices.map((p) => p.code);
    if (new Set(codes).size !== codes.length)
      problems.push({ field: 'capabilityPrices', message: 'a capability appears twice', rule: FieldRule.LISTED_TWICE });
    input.capabilityPrices.forEach((p, i) => {
      if (!Number.isSafeInteger(p.pricePerHourOre) || p.pricePerHourOre <= 0)
        problems.push({ field: `capabilityPrices.${i}.pricePerHour`, message: 'a price above 0', rule: FieldRule.ABOVE_ZERO });
    });
    if (problems.length) throw AppError.invalid('The terms', problems, { verb: 'are not valid' });
    return this.db.transaction(async (tx) => {
      if (codes.length) {
        const known = new Set((await tx.find(CatalogueEntry, { select: { code: true } })).map((c) => c.code));
        const unknown = codes.filter((c) => !known.has(c));
        if (unknown.length)
          throw AppError.badInput(
            `Unknown capability code ${unknown.join(', ')}; see capabilityCatalogue.`,
            unknown.map(() => ({ field: 'capabilityPrices', message: 'unknown capability code', rule: FieldRule.UNKNOWN_CAPABILITY })),
          );
      }
      const latest = await tx.findOne(ExchangeTerms, { where: {}, order: { termsVersion: 'DESC' } });
      if (latest && input.validFrom < latest.validFrom)
        throw AppError.badInput(
          `Terms version ${latest.termsVersion} applies from ${latest.validFrom}; a new version cannot apply from an earlier day.`,
          [
            {
              field: 'validFrom',
              message: `on or after ${latest.validFrom}`,
              rule: FieldRule.ON_OR_AFTER,
              params: { date: latest.validFrom },
            },
          ],
        );
      const saved = await tx.save(
        tx.create(ExchangeTerms, {
          termsVersion: (latest?.termsVersion ?? 0) + 1,
          validFrom: input.validFrom,
          markupBp: input.markupBp,
          capabilityPrices: JSON.stringify(Object.fromEntries(input.capabilityPrices.map((p) => [p.code, p.pricePerHourOre]))),
          nonSolicitationMonths: input.nonSolicitationMonths,
          serviceFeeBp: input.serviceFeeBp,
          serviceFeePaidBy: input.serviceFeePaidBy,
          boardDecision: board,
          recordedAt: new Date(),
          recordedByUserId: actor.userId > 0 ? actor.userId : null,
        }),
      );
      await audit(tx, actor, {
        action: 'recordExchangeTerms',
        entityType: 'ExchangeTerms',
        entityId: saved.termsVersion,
        after: { ...saved },
      });
      return saved;
    });
  }
}
