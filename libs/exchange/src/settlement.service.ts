import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, AppError, Database, type Period, csvField, isAssociation, parsePeriod, toDecimalString } from '@app/core';
import { Member } from '@app/members';
import { AgreementStatus, LoanAgreement, LoanHours, LoanHoursStatus } from './entities/exchange.entity';
import { type ConfirmedHours, type Settlement, monthsBetween, settle } from './exchange-rules';

export interface SettlementLine extends ConfirmedHours {
  capabilityCode: string;
  pricePerHourOre: number;
}

export interface SettlementStatement extends Settlement {
  period: Period;
  lines: SettlementLine[];
  /** The firm the statement is narrowed to (a firm user's own), or null for the whole network. */
  memberId: number | null;
}

export enum CsvFormat {
  /** Norwegian Excel: ";" between fields, decimal comma, UTF-8 byte-order mark. */
  NB = 'NB',
  /** "," between fields, decimal point, no byte-order mark. */
  EN = 'EN',
}

/**
 * The period's settlement: every month of confirmed hours whose month lies in the period, what
 * each firm owes the others (netted per pair) and the association's service fees. A firm user
 * sees only the lines, balances and fees its own firm is part of.
 */
@Injectable()
export class SettlementService {
  constructor(private readonly db: Database) {}

  async statement(actor: Actor, periodLabel: string, memberId?: number | null): Promise<SettlementStatement> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    let period: Period;
    try {
      period = parsePeriod(periodLabel);
    } catch (e) {
      throw AppError.badInput((e as Error).message, [{ field: 'period', message: 'use 2026-03, 2026-Q3 or 2026' }]);
    }
    const firm = isAssociation(actor) ? (memberId ?? null) : (actor.firmId ?? -1);
    if (!isAssociation(actor) && memberId !== undefined && memberId !== null && memberId !== actor.firmId)
      throw AppError.notFound('Member', memberId);
    const months = monthsBetween(period.firstDay, period.lastDay);
    const rows = await this.db.read((em) => {
      const qb = em
        .createQueryBuilder(LoanHours, 'h')
        .innerJoin(LoanAgreement, 'a', 'a.id = h.agreement_id')
        .select([
          'h.agreement_id AS agreement_id',
          'h.month AS month',
          'h.hours AS hours',
          'h.amount_ore AS amount',
          'h.service_fee_ore AS fee',
        ])
        .addSelect(['a.lender_id AS lender', 'a.borrower_id AS borrower', 'a.capability_code AS code', 'a.price_per_hour_ore AS price'])
        .addSelect('a.service_fee_paid_by', 'payer')
        .where('h.status = :st', { st: LoanHoursStatus.CONFIRMED })
        .andWhere('h.month IN (:...months)', { months })
        .andWhere('a.status IN (:...as)', { as: [AgreementStatus.CONFIRMED, AgreementStatus.COMPLETED] });
      if (firm !== null) qb.andWhere('(a.lender_id = :firm OR a.borrower_id = :firm)', { firm });
      return qb.orderBy('h.agreement_id', 'ASC').addOrderBy('h.month', 'ASC').getRawMany<{
        agreement_id: number;
        month: string;
        hours: number;
        amount: number | string;
        fee: number | string;
        lender: number;
        borrower: number;
        code: string;
        price: number | string;
        payer: 'BORROWER' | 'LENDER';
      }>();
    });
    const lines: SettlementLine[] = rows.map((r) => ({
      agreementId: Number(r.agreement_id),
      lenderId: Number(r.lender),
      borrowerId: Number(r.borrower),
      month: r.month,
      hours: Number(r.hours),
      amountOre: Number(r.amount),
      serviceFeeOre: Number(r.fee),
      serviceFeePaidBy: r.payer,
      capabilityCode: r.code,
      pricePerHourOre: Number(r.price),
    }));
    const s = settle(lines);
    // a firm sees only the fees it pays itself
    const fees = firm === null ? s.fees : s.fees.filter((f) => f.memberId === firm);
    const totalFeesOre = firm === null ? s.totalFeesOre : fees.reduce((sum, f) => sum + f.amountOre, 0);
    return { ...s, fees, totalFeesOre, period, lines, memberId: firm };
  }

  /** The statement as CSV: one row per loan and month, then the balances, then the fees. */
  async csv(actor: Actor, periodLabel: string, format: CsvFormat, memberId?: number | null): Promise<string> {
    const s = await this.statement(actor, periodLabel, memberId);
    const ids = [...new Set([...s.lines.flatMap((l) => [l.lenderId, l.borrowerId])])];
    const members = new Map((ids.length ? await this.db.read((em) => em.findBy(Member, { id: In(ids) })) : []).map((m) => [m.id, m]));
    const nb = format === CsvFormat.NB;
    const sep = nb ? ';' : ',';
    const nok = (ore: number) => (nb ? toDecimalString(ore, 'NOK').replace('.', ',') : toDecimalString(ore, 'NOK'));
    const name = (id: number) => members.get(id)?.name ?? String(id);
    const org = (id: number) => members.get(id)?.orgNumber ?? '';
    const association = nb ? 'Foreningen (serviceavgift)' : 'The association (service fee)';
    const out: string[] = [];
    const row = (cells: (string | number | null)[]) => out.push(cells.map((c) => csvField(c, sep)).join(sep));
    row(
      nb
        ? [
            'del',
            'periode',
            'avtale',
            'måned',
            'skyldner',
            'skyldner_orgnr',
            'kreditor',
            'kreditor_orgnr',
            'kompetanse',
            'timer',
            'pris_per_time_nok',
            'beløp_nok',
            'serviceavgift_nok',
          ]
        : [
            'section',
            'period',
            'agreement',
            'month',
            'debtor',
            'debtor_org_number',
            'creditor',
            'creditor_org_number',
            'capability',
            'hours',
            'price_per_hour_nok',
            'amount_nok',
            'service_fee_nok',
          ],
    );
    const P = s.period.label;
    for (const l of s.lines)
      row([
        nb ? 'LÅN' : 'LOAN',
        P,
        l.agreementId,
        l.month,
        name(l.borrowerId),
        org(l.borrowerId),
        name(l.lenderId),
        org(l.lenderId),
        l.capabilityCode,
        l.hours,
        nok(l.pricePerHourOre),
        nok(l.amountOre),
        nok(l.serviceFeeOre),
      ]);
    for (const b of s.balances)
      row([
        nb ? 'SALDO' : 'BALANCE',
        P,
        '',
        '',
        name(b.debtorId),
        org(b.debtorId),
        name(b.creditorId),
        org(b.creditorId),
        '',
        '',
        '',
        nok(b.amountOre),
        '',
      ]);
    for (const f of s.fees)
      row([nb ? 'AVGIFT' : 'FEE', P, '', '', name(f.memberId), org(f.memberId), association, '', '', '', '', nok(f.amountOre), '']);
    return (nb ? '\ufeff' : '') + out.join('\r\n') + '\r\n';
  }
}
