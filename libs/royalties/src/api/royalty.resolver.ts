import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  Allow,
  AppError,
  CurrentActor,
  type GqlContext,
  LocalDateScalar,
  MoneyModel,
  osloDate,
  csvFormatFor,
  csvFormatWith,
  languageOf,
} from '@app/core';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import { RoyaltyAgreement, RoyaltyLedgerEntry, RoyaltyStatement, RoyaltyStatementLine } from '../entities/royalty.entity';
import { RoyaltiesService, type RunSummary } from '../royalties.service';
import { StatementLinesLoader } from '../loaders/statement-lines.loader';
import {
  RoyaltyAgreementModel,
  RoyaltyAgreementsModel,
  RoyaltyLedgerCheckModel,
  RoyaltyLedgerEntryModel,
  RoyaltyRunModel,
  RoyaltyStatementLineModel,
  RoyaltyStatementModel,
} from './models/royalty.model';
import { RoyaltyLedgerFilter, RoyaltyStatementFilter, SetRoyaltyAgreementInput } from './dto/royalty.input';

import { ROYALTY_PERMISSIONS } from '../royalties.permissions';

@Resolver(() => RoyaltyStatementModel)
export class RoyaltyResolver {
  constructor(
    private readonly service: RoyaltiesService,
    private readonly lineLoader: StatementLinesLoader,
    private readonly members: MemberByIdLoader,
  ) {}

  @ResolveField(() => MemberModel, { description: 'The firm the statement is for (its public profile).' })
  async member(s: RoyaltyStatement, _args: unknown, ctx: GqlContext): Promise<Member> {
    const m = await ctx.loaders.get(this.members).load(s.memberId);
    if (!m) throw new Error(`member ${s.memberId} is missing`);
    return m;
  }

  @Query(() => RoyaltyAgreementsModel, { description: 'The royalty agreements: the default in force and all overrides.' })
  @Allow(...ROYALTY_PERMISSIONS.royaltyAgreement)
  async royaltyAgreement(@CurrentActor() actor: Actor): Promise<RoyaltyAgreementsModel> {
    const today = osloDate(new Date());
    return { default: await this.service.agreementInForce(actor, today), all: await this.service.agreements(actor) };
  }

  @Mutation(() => RoyaltyAgreementModel, { description: 'Adds an agreement row (default, per firm or per order) valid from a date.' })
  @Allow(...ROYALTY_PERMISSIONS.setRoyaltyAgreement)
  setRoyaltyAgreement(@CurrentActor() actor: Actor, @Args('input') input: SetRoyaltyAgreementInput): Promise<RoyaltyAgreement> {
    const { minimumOrderValue, ...rest } = input;
    return this.service.setAgreement(actor, { ...rest, minimumOrderValueMinor: minimumOrderValue ?? null });
  }

  @Mutation(() => RoyaltyRunModel, { description: "Computes the period's statements (2026-07, 2026-Q3, 2026), replacing its drafts." })
  @Allow(...ROYALTY_PERMISSIONS.runRoyaltyStatements)
  async runRoyaltyStatements(@CurrentActor() actor: Actor, @Args('period') period: string): Promise<RoyaltyRunModel> {
    const r: RunSummary = await this.service.run(actor, period);
    return {
      ...r,
      total: MoneyModel.of(r.totals.find((m) => m.currency === 'NOK') ?? { minorUnits: 0, currency: 'NOK' }),
      totals: r.totals.map((m) => MoneyModel.of(m)),
      skippedIssued: 0,
    };
  }

  @Query(() => [RoyaltyStatementModel], { description: 'A firm user sees only its own statements.' })
  @Allow(...ROYALTY_PERMISSIONS.royaltyStatements)
  royaltyStatements(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RoyaltyStatementFilter, nullable: true }) filter?: RoyaltyStatementFilter,
  ): Promise<RoyaltyStatement[]> {
    return this.service.statements(actor, filter ?? {});
  }

  @Query(() => RoyaltyStatementModel)
  @Allow(...ROYALTY_PERMISSIONS.royaltyStatement)
  royaltyStatement(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<RoyaltyStatement> {
    return this.service.statement(actor, id);
  }

  @Mutation(() => RoyaltyStatementModel, {
    description: 'DRAFT → ISSUED; accrues the total in the ledger. Issued statements never change.',
  })
  @Allow(...ROYALTY_PERMISSIONS.issueRoyaltyStatement)
  issueRoyaltyStatement(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<RoyaltyStatement> {
    return this.service.issue(actor, id);
  }

  @Mutation(() => RoyaltyStatementModel, { description: 'ISSUED → PAID; records the receipt in the ledger.' })
  @Allow(...ROYALTY_PERMISSIONS.markRoyaltyStatementPaid)
  markRoyaltyStatementPaid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('paidOn', { type: () => LocalDateScalar, nullable: true }) paidOn?: string,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<RoyaltyStatement> {
    return this.service.markPaid(actor, id, paidOn ?? null, idempotencyKey);
  }

  @Query(() => MoneyModel, {
    description:
      'What a firm owes the association in one currency (NOK unless named): the sum of its ledger entries in it. NOT_FOUND for an unknown firm.',
  })
  @Allow(...ROYALTY_PERMISSIONS.royaltyBalance)
  async royaltyBalance(
    @CurrentActor() actor: Actor,
    @Args('firmId', { type: () => Int }) firmId: number,
    @Args('currency', { defaultValue: 'NOK', description: 'ISO 4217.' }) currency: string,
  ): Promise<MoneyModel> {
    return MoneyModel.of(await this.service.balance(actor, firmId, currency));
  }

  @Query(() => [MoneyModel], { description: 'What a firm owes the association, one amount per currency (NOK first, always listed).' })
  @Allow(...ROYALTY_PERMISSIONS.royaltyBalances)
  async royaltyBalances(@CurrentActor() actor: Actor, @Args('firmId', { type: () => Int }) firmId: number): Promise<MoneyModel[]> {
    return (await this.service.balances(actor, firmId)).map((m) => MoneyModel.of(m));
  }

  @Query(() => MoneyModel, { description: 'What all firms together owe the association in one currency (NOK unless named).' })
  @Allow(...ROYALTY_PERMISSIONS.royaltyTotalOwed)
  async royaltyTotalOwed(
    @CurrentActor() actor: Actor,
    @Args('currency', { defaultValue: 'NOK', description: 'ISO 4217.' }) currency: string,
  ): Promise<MoneyModel> {
    return MoneyModel.of(await this.service.totalOwed(actor, currency));
  }

  @Query(() => [RoyaltyLedgerEntryModel], { description: 'Ledger entries; a firm user sees only its own.' })
  @Allow(...ROYALTY_PERMISSIONS.royaltyLedger)
  royaltyLedger(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RoyaltyLedgerFilter, nullable: true }) filter?: RoyaltyLedgerFilter,
  ): Promise<RoyaltyLedgerEntry[]> {
    return this.service.ledger(actor, filter ?? {});
  }

  @Query(() => RoyaltyLedgerCheckModel, { description: 'Proves the ledger equals the statements.' })
  @Allow(...ROYALTY_PERMISSIONS.royaltyLedgerCheck)
  royaltyLedgerCheck(@CurrentActor() actor: Actor) {
    return this.service.check(actor);
  }

  @Query(() => String, {
    description:
      'CSV for the accountant: each amount with its currency, two decimals, and a UTF-8 BOM. In your language\'s format unless a separator is given: bokmål ";" and a decimal comma (Norwegian Excel), English "," and a dot.',
  })
  @Allow(...ROYALTY_PERMISSIONS.royaltyExport)
  royaltyExport(
    @CurrentActor() actor: Actor,
    @Args('kind', { description: 'STATEMENTS or LEDGER' }) kind: string,
    @Args('period', { nullable: true }) period?: string,
    @Args('separator', { nullable: true, description: '";" (with a decimal comma), "," or a tab; default: by your language.' })
    separator?: string,
  ): Promise<string> {
    if (kind !== 'STATEMENTS' && kind !== 'LEDGER')
      throw AppError.badInput('kind is STATEMENTS or LEDGER.', [{ field: 'kind', message: 'STATEMENTS or LEDGER' }]);
    return this.service.exportCsv(actor, kind, period ?? null, separator ? csvFormatWith(separator) : csvFormatFor(languageOf(actor)));
  }

  @ResolveField(() => MoneyModel, { description: "Exactly the sum of the lines, in the statement's currency." })
  total(s: RoyaltyStatement): MoneyModel {
    return MoneyModel.of({ minorUnits: s.totalMinor, currency: s.currency });
  }

  @ResolveField(() => [RoyaltyStatementLineModel], { description: 'Lines by id, a page at a time.' })
  lines(
    @Parent() s: RoyaltyStatement,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 200 }) first: number,
    @Args('afterId', { type: () => Int, defaultValue: 0 }) afterId: number,
  ): Promise<RoyaltyStatementLine[]> {
    // the parent statement was read under the reader's rules; lines come a page at a time, in its currency
    return ctx.loaders
      .get(this.lineLoader)
      .load({ statementId: s.id, first: Math.min(Math.max(first, 1), 1000), afterId })
      .then((lines) => lines.map((l) => Object.assign(l, { currency: s.currency })));
  }
}

/** A line as its statement hands it out: in the statement's currency. */
type LineInCurrency = RoyaltyStatementLine & { currency?: string };

@Resolver(() => RoyaltyStatementLineModel)
export class RoyaltyLineResolver {
  @ResolveField(() => MoneyModel, { description: 'The invoice or payment amount (signed).' })
  sourceAmount(l: LineInCurrency): MoneyModel {
    return MoneyModel.of({ minorUnits: l.sourceAmountMinor, currency: l.currency ?? 'NOK' });
  }
  @ResolveField(() => MoneyModel)
  base(l: LineInCurrency): MoneyModel {
    return MoneyModel.of({ minorUnits: l.baseMinor, currency: l.currency ?? 'NOK' });
  }
  @ResolveField(() => MoneyModel)
  royalty(l: LineInCurrency): MoneyModel {
    return MoneyModel.of({ minorUnits: l.royaltyMinor, currency: l.currency ?? 'NOK' });
  }
}

@Resolver(() => RoyaltyLedgerEntryModel)
export class RoyaltyLedgerResolver {
  @ResolveField(() => MoneyModel, { description: "Signed: accrued +, received −; in the statement's currency." })
  amount(e: RoyaltyLedgerEntry): MoneyModel {
    return MoneyModel.of({ minorUnits: e.amountMinor, currency: e.currency });
  }
}

@Resolver(() => RoyaltyAgreementModel)
export class RoyaltyAgreementResolver {
  @ResolveField(() => MoneyModel, { nullable: true })
  minimumOrderValue(a: RoyaltyAgreement): MoneyModel | null {
    return MoneyModel.maybe(a.minimumOrderValueMinor);
  }
}
