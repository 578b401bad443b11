import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  type Actor,
  Allow,
  AppError,
  CurrentActor,
  type GqlContext,
  LocalDateScalar,
  MinorUnitsScalar,
  MoneyModel,
  osloDate,
  csvFormatFor,
  csvFormatWith,
  languageOf,
} from '@app/core';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import {
  LedgerKind,
  RoyaltyAgreement,
  RoyaltyLedgerEntry,
  RoyaltyStatement,
  RoyaltyStatementLine,
  StatementStatus,
} from '../entities/royalty.entity';
import { RoyaltiesService, type RunSummary } from '../royalties.service';
import { StatementLinesLoader } from '../statement-lines.loader';
import { ROYALTY_PERMISSIONS } from '../royalties.permissions';

registerEnumType(StatementStatus, { name: 'RoyaltyStatementStatus' });
registerEnumType(LedgerKind, { name: 'RoyaltyLedgerKind' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class SetRoyaltyAgreementInput {
  @Field({ description: "DEFAULT (the association's rate), FIRM or ORDER." }) @IsIn(['DEFAULT', 'FIRM', 'ORDER']) scope:
    'DEFAULT' | 'FIRM' | 'ORDER';
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() orderId?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => LocalDateScalar) @Matches(DATE) validFrom: string;
  @Field(() => Int, { description: 'Basis points: 300 = 3 %.' }) @IsInt() @Min(0) @Max(10000) rateBp: number;
  @Field({ description: 'INVOICED (when invoiced) or PAID (when paid).' }) @IsIn(['INVOICED', 'PAID']) basis: 'INVOICED' | 'PAID';
  @Field({ description: 'GROSS (the amount) or MARGIN (amount − declared cost, floored at zero per order line cumulatively).' })
  @IsIn(['GROSS', 'MARGIN'])
  amountKind: 'GROSS' | 'MARGIN';
  @Field(() => MinorUnitsScalar, { nullable: true, description: 'Orders below this value owe no royalty.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minimumOrderValue?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

@InputType()
export class RoyaltyStatementFilter {
  @Field({ nullable: true, description: '2026-07, 2026-Q3 or 2026' }) @IsOptional() @IsString() @MaxLength(10) period?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => StatementStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(StatementStatus)) status?: StatementStatus;
}

@InputType()
export class RoyaltyLedgerFilter {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() memberId?: number;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) from?: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() @Matches(DATE) to?: string;
}

@ObjectType('RoyaltyAgreement')
export class RoyaltyAgreementModel {
  @Field(() => Int) id: number;
  @Field() scope: string;
  @Field(() => Int, { nullable: true }) orderId: number | null;
  @Field(() => Int, { nullable: true }) memberId: number | null;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => Int) rateBp: number;
  @Field() basis: string;
  @Field() amountKind: string;
  @Field(() => String, { nullable: true }) note: string | null;
  minimumOrderValueMinor: number | null;
}

@ObjectType('RoyaltyAgreements')
class RoyaltyAgreementsModel {
  @Field(() => RoyaltyAgreementModel, { nullable: true, description: "The association's default in force today." })
  default: RoyaltyAgreement | null;
  @Field(() => [RoyaltyAgreementModel], { description: 'Every agreement row, defaults and overrides, oldest first.' })
  all: RoyaltyAgreement[];
}

@ObjectType('RoyaltyRunResult')
class RoyaltyRunModel {
  @Field() period: string;
  @Field(() => Int, { description: 'Draft statements: one per firm and currency, supplementary ones included.' }) statements: number;
  @Field(() => Int) lines: number;
  @Field(() => Int) adjustments: number;
  @Field(() => MoneyModel, { description: "The NOK statements' total; `totals` has every currency." }) total: MoneyModel;
  @Field(() => [MoneyModel], { description: "The drafts' total in each currency (NOK first); currencies are never added together." })
  totals: MoneyModel[];
  @Field(() => Int, {
    description:
      'Supplementary drafts: firms whose statement of the period was already issued, with what came in after it as adjustment lines.',
  })
  supplementary: number;
  @Field(() => Int, {
    deprecationReason:
      'Nothing is skipped any more: what an issued statement missed goes on a supplementary one (see supplementary). Always 0.',
  })
  skippedIssued: number;
}

@ObjectType('RoyaltyStatementLine')
export class RoyaltyStatementLineModel {
  @Field(() => Int) id: number;
  @Field() sourceType: string;
  @Field(() => Int) sourceId: number;
  @Field(() => Int) orderId: number;
  @Field(() => Int) orderLineId: number;
  @Field(() => LocalDateScalar) eventDate: string;
  @Field() adjustment: boolean;
  @Field(() => Int) rateBp: number;
  @Field(() => String, { nullable: true, description: 'The agreement in force, as it was (JSON).' }) agreementSnapshot: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  sourceAmountMinor: number;
  baseMinor: number;
  royaltyMinor: number;
}

@ObjectType('RoyaltyStatement')
export class RoyaltyStatementModel {
  @Field(() => Int) id: number;
  @Field(() => Int) memberId: number;
  @Field() periodLabel: string;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => StatementStatus) status: StatementStatus;
  @Field({ description: 'ISO 4217: a statement holds one currency; a firm with invoices in two has two statements.' }) currency: string;
  @Field(() => Int) lineCount: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) issuedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) paidAt: Date | null;
  totalMinor: number;
}

@ObjectType('RoyaltyLedgerEntry')
export class RoyaltyLedgerEntryModel {
  @Field(() => Int) id: number;
  @Field(() => Int) memberId: number;
  @Field(() => LedgerKind) kind: LedgerKind;
  @Field(() => LocalDateScalar) date: string;
  @Field(() => Int, { nullable: true }) statementId: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  amountMinor: number;
}

@ObjectType('RoyaltyLedgerCheck')
class RoyaltyLedgerCheckModel {
  @Field() ok: boolean;
  @Field(() => [String]) problems: string[];
  @Field(() => Int) statementsChecked: number;
  @Field(() => Int) ledgerEntries: number;
}

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
