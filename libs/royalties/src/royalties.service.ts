import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Period,
  Role,
  audit,
  csvAmount,
  csvDocument,
  type CsvFormat,
  csvField,
  guardedUpdate,
  hasRole,
  idempotent,
  isAssociation,
  isFirmUserOf,
  isLocalDate,
  osloDate,
  Ports,
  parsePeriod,
  type Money,
  MoneyTotals,
  money,
  DEFAULT_CURRENCY,
  isValidCurrency,
  demand,
  FieldRule,
  ErrorReason,
} from '@app/core';
import { ROYALTY_RATE_PORT } from '@app/bids';
import { Member } from '@app/members';
import { Order } from '@app/orders';
import { type AgreementScope, type AmountKind, type Basis, NO_AGREEMENT_RATE_BP, agreementFor } from './royalty-engine';
import { type RunSummary, RoyaltyRun, num, toAgreement } from './royalty-run';
import { LedgerKind, RoyaltyAgreement, RoyaltyLedgerEntry, RoyaltyStatement, StatementStatus } from './entities/royalty.entity';
import { ROYALTY_PERMISSIONS } from './royalties.permissions';

export { type RunSummary, toAgreement } from './royalty-run';

export interface SetAgreement {
  scope: AgreementScope;
  orderId?: number | null;
  memberId?: number | null;
  validFrom: string;
  rateBp: number;
  basis: Basis;
  amountKind: AmountKind;
  minimumOrderValueMinor?: number | null;
  note?: string | null;
}

/** Royalty agreements, statement runs, the ledger, its consistency check and the accountant's export. */
@Injectable()
export class RoyaltiesService {
  constructor(
    private readonly db: Database,
    ports: Ports,
  ) {
    // The expected royalty of a bid uses the default agreement in force today; with none, the
    // statements charge nothing (royalty-engine.ts: "no royalty agreement in force"), so neither does the bid.
    ports.provide(ROYALTY_RATE_PORT, {
      defaultRateBp: async () => {
        const today = osloDate(new Date());
        const defaults = await this.db.read((em) => em.find(RoyaltyAgreement, { where: { scope: 'DEFAULT' } }));
        return agreementFor(defaults.map(toAgreement), 0, 0, today)?.rateBp ?? NO_AGREEMENT_RATE_BP;
      },
    });
  }

  // ------------------------------------------------------------------ agreements

  async agreements(actor: Actor): Promise<RoyaltyAgreement[]> {
    demand(actor, ROYALTY_PERMISSIONS.royaltyAgreement, "Royalty agreements are the association's.");
    return this.db.read((em) => em.find(RoyaltyAgreement, { order: { scope: 'ASC', validFrom: 'ASC', id: 'ASC' } }));
  }

  async agreementInForce(actor: Actor, on: string, orderId?: number | null, memberId?: number | null): Promise<RoyaltyAgreement | null> {
    if (!isAssociation(actor) && !(memberId && isFirmUserOf(actor, memberId))) throw AppError.forbidden();
    const all = await this.db.read((em) => em.find(RoyaltyAgreement));
    const a = agreementFor(all.map(toAgreement), orderId ?? -1, memberId ?? -1, on);
    return a ? all.find((x) => x.id === a.id)! : null;
  }

  async setAgreement(actor: Actor, input: SetAgreement): Promise<RoyaltyAgreement> {
    demand(actor, ROYALTY_PERMISSIONS.setRoyaltyAgreement, 'The project leader or an administrator sets royalty agreements.');
    const problems: FieldProblem[] = [];
    if (!isLocalDate(input.validFrom)) problems.push({ field: 'validFrom', message: 'not a date YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    if (!Number.isInteger(input.rateBp) || input.rateBp < 0 || input.rateBp > 10000)
      problems.push({ field: 'rateBp', message: '0 to 10000 basis points', rule: FieldRule.BASIS_POINTS });
    if (input.scope === 'ORDER' && !input.orderId)
      problems.push({ field: 'orderId', message: 'required for an ORDER agreement', rule: FieldRule.REQUIRED });
    if (input.scope === 'FIRM' && !input.memberId)
      problems.push({ field: 'memberId', message: 'required for a FIRM agreement', rule: FieldRule.REQUIRED });
    if (input.scope !== 'ORDER' && input.orderId)
      problems.push({ field: 'orderId', message: 'only an ORDER agreement names an order', rule: FieldRule.LEAVE_EMPTY });
    if (input.scope !== 'FIRM' && input.memberId)
      problems.push({ field: 'memberId', message: 'only a FIRM agreement names a firm', rule: FieldRule.LEAVE_EMPTY });
    if (input.minimumOrderValueMinor != null && input.minimumOrderValueMinor < 0)
      problems.push({ field: 'minimumOrderValue', message: 'cannot be negative', rule: FieldRule.NOT_NEGATIVE });
    if (problems.length) throw AppError.invalid('The agreement', problems);
    return this.db.transaction(async (tx) => {
      if (input.orderId && !(await tx.existsBy(Order, { id: input.orderId }))) throw AppError.notFound('Order', input.orderId);
      if (input.memberId && !(await tx.existsBy(Member, { id: input.memberId }))) throw AppError.notFound('Member', input.memberId);
      const saved = await tx.save(
        tx.create(RoyaltyAgreement, {
          scope: input.scope,
          orderId: input.orderId ?? null,
          memberId: input.memberId ?? null,
          validFrom: input.validFrom,
          rateBp: input.rateBp,
          basis: input.basis,
          amountKind: input.amountKind,
          minimumOrderValueMinor: input.minimumOrderValueMinor ?? null,
          note: input.note ?? null,
          createdAt: new Date(),
          createdByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
        }),
      );
      await audit(tx, actor, { action: 'setRoyaltyAgreement', entityType: 'RoyaltyAgreement', entityId: saved.id, after: { ...saved } });
      return saved;
    });
  }

  // ------------------------------------------------------------------ statements

  /**
   * Computes one statement per firm and currency for a period (month 2026-07, quarter 2026-Q3,
   * year 2026) that has begun, in one transaction: a crash leaves all or nothing. Re-running
   * replaces the period's DRAFT statements; ISSUED and PAID ones are never touched. Events they
   * missed (recorded after the statement was issued) are carried as adjustment lines into the next
   * run: of this period, as a supplementary statement, or of a later one, whichever comes first.
   * Concurrent runs of a period serialise on its row.
   */
  async run(actor: Actor, label: string): Promise<RunSummary> {
    demand(actor, ROYALTY_PERMISSIONS.runRoyaltyStatements, 'The project leader runs royalty statements.');
    const period = periodToRun(label);
    return this.db.transaction((tx) => new RoyaltyRun(tx, period).execute(actor));
  }

  async statements(actor: Actor, filter: { period?: string; memberId?: number; status?: StatementStatus }): Promise<RoyaltyStatement[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const where: Record<string, unknown> = {};
    if (filter.period) where.periodLabel = filter.period.toUpperCase();
    if (filter.status) where.status = filter.status;
    if (hasRole(actor, Role.FIRM_USER)) where.memberId = actor.firmId;
    else if (filter.memberId) where.memberId = filter.memberId;
    return this.db.read((em) => em.find(RoyaltyStatement, { where, order: { periodStart: 'DESC', memberId: 'ASC' }, take: 5000 }));
  }

  async statement(actor: Actor, id: number): Promise<RoyaltyStatement> {
    const s = await this.db.read((em) => em.findOneBy(RoyaltyStatement, { id }));
    if (!s || !(isAssociation(actor) || isFirmUserOf(actor, s.memberId))) throw AppError.notFound('Royalty statement', id);
    return s;
  }

  async issue(actor: Actor, id: number): Promise<RoyaltyStatement> {
    demand(actor, ROYALTY_PERMISSIONS.issueRoyaltyStatement, 'The project leader issues statements.');
    return this.db.transaction(async (tx) => {
      const s = await tx.findOneBy(RoyaltyStatement, { id });
      if (!s) throw AppError.notFound('Royalty statement', id);
      if (s.status !== StatementStatus.DRAFT)
        throw AppError.conflict(`Statement ${id} is ${s.status}; only a DRAFT is issued, and issued statements never change.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: s.status,
        });
      const now = new Date();
      await guardedUpdate(
        tx,
        RoyaltyStatement,
        { id, version: s.version, where: { status: StatementStatus.DRAFT } },
        { status: StatementStatus.ISSUED, issuedAt: now },
        `Statement ${id} changed at the same time.`,
      );
      await tx.insert(RoyaltyLedgerEntry, {
        memberId: s.memberId,
        kind: LedgerKind.ACCRUED,
        amountMinor: s.totalMinor,
        currency: s.currency,
        statementId: id,
        date: osloDate(now),
        at: now,
        note: `statement ${s.periodLabel}`,
      });
      await audit(tx, actor, {
        action: 'issueRoyaltyStatement',
        entityType: 'RoyaltyStatement',
        entityId: id,
        before: { status: 'DRAFT' },
        after: { status: 'ISSUED', totalMinor: s.totalMinor },
      });
      return tx.findOneByOrFail(RoyaltyStatement, { id });
    });
  }

  async markPaid(actor: Actor, id: number, paidOn: string | null, key?: string | null): Promise<RoyaltyStatement> {
    demand(actor, ROYALTY_PERMISSIONS.markRoyaltyStatementPaid, 'The project leader records royalty payments.');
    const today = osloDate(new Date());
    const date = paidOn ?? today;
    if (!isLocalDate(date))
      throw AppError.badInput('paidOn must be a date YYYY-MM-DD.', [
        { field: 'paidOn', message: 'not a date', rule: FieldRule.NOT_A_DATE },
      ]);
    if (date > today)
      throw AppError.badInput(`paidOn ${date} is in the future; a payment is dated on or before today (${today}).`, [
        { field: 'paidOn', message: `on or before ${today}`, rule: FieldRule.ON_OR_BEFORE, params: { date: today } },
      ]);
    await idempotent(this.db, actor, 'markRoyaltyStatementPaid', key, { id, date }, async (tx) => {
      const s = await tx.findOneBy(RoyaltyStatement, { id });
      if (!s) throw AppError.notFound('Royalty statement', id);
      if (s.status !== StatementStatus.ISSUED)
        throw AppError.conflict(`Statement ${id} is ${s.status}; only an ISSUED statement is paid.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: s.status,
        });
      const now = new Date();
      await guardedUpdate(
        tx,
        RoyaltyStatement,
        { id, version: s.version, where: { status: StatementStatus.ISSUED } },
        { status: StatementStatus.PAID, paidAt: now },
        `Statement ${id} changed at the same time.`,
      );
      await tx.insert(RoyaltyLedgerEntry, {
        memberId: s.memberId,
        kind: LedgerKind.RECEIVED,
        amountMinor: -s.totalMinor,
        currency: s.currency,
        statementId: id,
        date,
        at: now,
        note: `payment of statement ${s.periodLabel}`,
      });
      await audit(tx, actor, {
        action: 'markRoyaltyStatementPaid',
        entityType: 'RoyaltyStatement',
        entityId: id,
        before: { status: 'ISSUED' },
        after: { status: 'PAID', date },
      });
      return id;
    });
    return this.db.read((em) => em.findOneByOrFail(RoyaltyStatement, { id }));
  }

  // ------------------------------------------------------------------ ledger

  /**
   * What a firm owes the association, one amount per currency its statements were in (NOK always
   * listed, first). An unknown firm is NOT_FOUND, worded like one the actor may not see.
   */
  async balances(actor: Actor, memberId: number): Promise<Money[]> {
    if (!(isAssociation(actor) || isFirmUserOf(actor, memberId))) throw AppError.notFound('Member', memberId);
    return this.db.read(async (em) => {
      if (!(await em.existsBy(Member, { id: memberId }))) throw AppError.notFound('Member', memberId);
      const rows = await em
        .createQueryBuilder(RoyaltyLedgerEntry, 'e')
        .select('e.currency', 'currency')
        .addSelect('SUM(e.amount_minor)', 'sum')
        .where('e.member_id = :m', { m: memberId })
        .groupBy('e.currency')
        .getRawMany<{ currency: string; sum: string | number }>();
      return perCurrency(rows);
    });
  }

  /** What a firm owes in one currency (0 when it has no entries in it). */
  async balance(actor: Actor, memberId: number, currency = DEFAULT_CURRENCY): Promise<Money> {
    assertCurrency(currency);
    return (await this.balances(actor, memberId)).find((m) => m.currency === currency) ?? money(0, currency);
  }

  /** What all firms together owe, one amount per currency (NOK always listed, first). */
  async totalsOwed(actor: Actor): Promise<Money[]> {
    demand(actor, ROYALTY_PERMISSIONS.royaltyTotalOwed);
    const rows = await this.db.read((em) =>
      em
        .createQueryBuilder(RoyaltyLedgerEntry, 'e')
        .select('e.currency', 'currency')
        .addSelect('SUM(e.amount_minor)', 'sum')
        .groupBy('e.currency')
        .getRawMany<{ currency: string; sum: string | number }>(),
    );
    return perCurrency(rows);
  }

  async totalOwed(actor: Actor, currency = DEFAULT_CURRENCY): Promise<Money> {
    assertCurrency(currency);
    return (await this.totalsOwed(actor)).find((m) => m.currency === currency) ?? money(0, currency);
  }

  async ledger(actor: Actor, filter: { memberId?: number; from?: string; to?: string }): Promise<RoyaltyLedgerEntry[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const member = hasRole(actor, Role.FIRM_USER) ? actor.firmId : filter.memberId;
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(RoyaltyLedgerEntry, 'e');
      if (member) qb.andWhere('e.member_id = :m', { m: member });
      if (filter.from) qb.andWhere('e.date >= :f', { f: filter.from });
      if (filter.to) qb.andWhere('e.date <= :t', { t: filter.to });
      return qb.orderBy('e.id', 'ASC').take(10000).getMany();
    });
  }

  /** Proves the ledger equals the statements: accrued = issued and paid totals; received = −paid totals; totals = Σ lines. */
  async check(actor: Actor): Promise<{ ok: boolean; problems: string[]; statementsChecked: number; ledgerEntries: number }> {
    demand(actor, ROYALTY_PERMISSIONS.royaltyLedgerCheck);
    return this.db.read(async (em) => {
      const statements = await em.find(RoyaltyStatement, { where: { status: In([StatementStatus.ISSUED, StatementStatus.PAID]) } });
      const entries = await em.find(RoyaltyLedgerEntry);
      const sums: { statement_id: number; total: string | number; n: string | number }[] = await em.query(
        "SELECT l.statement_id, SUM(l.royalty_minor) AS total, COUNT(*) AS n FROM royalty_statement_line l JOIN royalty_statement s ON s.id = l.statement_id WHERE s.status <> 'DRAFT' GROUP BY l.statement_id",
      );
      const lineSum = new Map(sums.map((s) => [Number(s.statement_id), { total: num(s.total), n: num(s.n) }]));
      const problems: string[] = [];
      for (const s of statements) {
        const ls = lineSum.get(s.id) ?? { total: 0, n: 0 };
        if (ls.total !== s.totalMinor) problems.push(`statement ${s.id}: total ${s.totalMinor} ≠ Σ lines ${ls.total}`);
        if (ls.n !== s.lineCount) problems.push(`statement ${s.id}: ${s.lineCount} lines recorded, ${ls.n} present`);
        const accrued = entries
          .filter((e) => e.statementId === s.id && e.kind === LedgerKind.ACCRUED)
          .reduce((a, e) => a + e.amountMinor, 0);
        if (accrued !== s.totalMinor) problems.push(`statement ${s.id}: accrued ${accrued} ≠ total ${s.totalMinor}`);
        const received = entries
          .filter((e) => e.statementId === s.id && e.kind === LedgerKind.RECEIVED)
          .reduce((a, e) => a + e.amountMinor, 0);
        const expected = s.status === StatementStatus.PAID ? -s.totalMinor : 0;
        if (received !== expected) problems.push(`statement ${s.id}: received ${received} ≠ ${expected}`);
        for (const e of entries)
          if (e.statementId === s.id && e.currency !== s.currency)
            problems.push(`ledger entry ${e.id} is in ${e.currency}, its statement ${s.id} in ${s.currency}`);
      }
      const known = new Set(statements.map((s) => s.id));
      for (const e of entries)
        if (e.statementId !== null && !known.has(e.statementId))
          problems.push(`ledger entry ${e.id} points to statement ${e.statementId}, which is not issued`);
      return { ok: problems.length === 0, problems, statementsChecked: statements.length, ledgerEntries: entries.length };
    });
  }

  /**
   * CSV for the accountant, in the reader's format (bokmål: ";" and a decimal comma; English: ","
   * and a dot; both with a UTF-8 BOM for Excel): each amount with its currency, two decimals.
   */
  async exportCsv(actor: Actor, kind: 'STATEMENTS' | 'LEDGER', period: string | null, format: CsvFormat): Promise<string> {
    demand(actor, ROYALTY_PERMISSIONS.royaltyExport);
    const separator = format.separator;
    if (![';', ',', '\t'].includes(separator))
      throw AppError.badInput('The separator is ";", "," or a tab.', [{ field: 'separator', message: 'not allowed' }]);
    const members = new Map((await this.db.read((em) => em.find(Member))).map((m) => [m.id, m]));
    const out: string[] = [];
    const row = (cells: (string | number | null)[]) => out.push(cells.map((c) => csvField(c, separator)).join(separator));
    if (kind === 'STATEMENTS') {
      const list = await this.statements(actor, { period: period ?? undefined });
      row(['statement_id', 'period', 'member_id', 'member', 'org_number', 'status', 'lines', 'total', 'currency', 'issued_at', 'paid_at']);
      for (const s of list.filter((x) => x.status !== StatementStatus.DRAFT || period)) {
        const m = members.get(s.memberId);
        row([
          s.id,
          s.periodLabel,
          s.memberId,
          m?.name ?? '',
          m?.orgNumber ?? '',
          s.status,
          s.lineCount,
          csvAmount(s.totalMinor, s.currency, format),
          s.currency,
          s.issuedAt?.toISOString() ?? '',
          s.paidAt?.toISOString() ?? '',
        ]);
      }
    } else {
      const entries = await this.ledger(actor, {});
      row(['entry_id', 'date', 'member_id', 'member', 'kind', 'amount', 'currency', 'statement_id', 'note']);
      for (const e of entries)
        row([
          e.id,
          e.date,
          e.memberId,
          members.get(e.memberId)?.name ?? '',
          e.kind,
          csvAmount(e.amountMinor, e.currency, format),
          e.currency,
          e.statementId,
          e.note,
        ]);
    }
    return csvDocument(out, format);
  }
}

function assertCurrency(currency: string): void {
  if (!isValidCurrency(currency))
    throw AppError.badInput(`${currency} is not an ISO 4217 currency code such as NOK or EUR.`, [
      { field: 'currency', message: 'not an ISO 4217 code', rule: FieldRule.NOT_A_CURRENCY },
    ]);
}

/** Sums per currency as Money, NOK always there and first (0 when it has no entries). */
function perCurrency(rows: { currency: string; sum: string | number }[]): Money[] {
  const totals = new MoneyTotals().add(money(0, DEFAULT_CURRENCY));
  for (const r of rows) totals.add(money(num(r.sum), r.currency));
  return totals.list();
}

/** The period a run is asked for: a month, quarter or year that has begun. */
function periodToRun(label: string): Period {
  let period: Period;
  try {
    period = parsePeriod(label);
  } catch (e) {
    throw AppError.badInput((e as Error).message, [{ field: 'period', message: 'use 2026-07, 2026-Q3 or 2026' }]);
  }
  const today = osloDate(new Date());
  if (period.firstDay > today)
    throw AppError.badInput(
      `${period.label} has not started yet (it begins ${period.firstDay}; today is ${today}): royalties are run for the current period or one that has passed.`,
      [{ field: 'period', message: `begins ${period.firstDay}, after today`, rule: FieldRule.IN_THE_FUTURE }],
    );
  return period;
}
