import {
  Args,
  Field,
  Float,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import {
  type Actor,
  Allow,
  AppError,
  CurrentActor,
  csvFormatFor,
  languageOf,
  LocalDateScalar,
  MinorUnitsScalar,
  MoneyModel,
} from '@app/core';
import { Market } from '@app/tenders';
import { Grant } from '../grant.entity';
import { PIPELINE_TABLES, PipelineMemberOrder, type PipelineReport, PipelineService } from '../pipeline.service';
import { PIPELINE_PERMISSIONS } from '../pipeline.permissions';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const nok = (minorUnits: number, currency = 'NOK') => MoneyModel.of({ minorUnits, currency });

const DEPRECATED_WON = 'Use awardedValue: the value of the orders awarded (one name, one meaning).';

registerEnumType(PipelineMemberOrder, {
  name: 'PipelineMemberOrder',
  description: 'How the per-member table is ordered.',
  valuesMap: {
    NAME: { description: 'By name (the default).' },
    AWARDED_VALUE: { description: 'Most awarded value (order lines awarded in the period) first, then by name.' },
    WON_VALUE: { description: 'The same as AWARDED_VALUE.', deprecationReason: 'Use AWARDED_VALUE.' },
    OFFERED: { description: 'Most packages offered first, then by name.' },
  },
});

@InputType()
export class PipelineFilterInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the period (Europe/Oslo). Default: the beginning.' })
  @IsOptional()
  @Matches(DATE)
  from?: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the period, inclusive. Default: a year from today (Europe/Oslo), so open tenders due later show.',
  })
  @IsOptional()
  @Matches(DATE)
  to?: string;
  @Field(() => Market, { nullable: true, description: "Only this market (the tender's; orders by their tender's market)." })
  @IsOptional()
  @IsEnum(Market)
  market?: Market;
}

@InputType()
export class RecordGrantInput {
  @Field({ description: 'e.g. Innovation Norway, Arena Lettmetall.' }) @IsString() @IsNotEmpty() @MaxLength(200) source: string;
  @Field(() => MinorUnitsScalar) @IsInt() @Min(1) amount: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/) currency?: string;
  @Field(() => LocalDateScalar) @Matches(DATE) date: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(1000) purpose: string;
}

@ObjectType('PipelineStage', {
  description:
    'Tenders by stage, counted by deadline: those whose deadline falls in the period (without a deadline: registered in it), in the stage they are in now.',
})
class StageModel {
  @Field() stage: string;
  @Field(() => Int, { description: 'Tenders in this stage whose deadline is in the period.' }) count: number;
  @Field(() => MoneyModel, { description: 'Σ their estimated values.' }) value: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ value × win probability (each tender rounded like its own weightedValue).' })
  weighted: MoneyModel;
}

@ObjectType('PipelineMarket', {
  description: 'Per market: the stages (by deadline) and the outcomes (by outcome date), as on the whole screen.',
})
class MarketModel {
  @Field() market: string;
  @Field(() => [StageModel]) stages: StageModel[];
  @Field(() => Int, { description: 'Tenders won, by outcome date in the period.' }) won: number;
  @Field(() => Int, { description: 'Tenders lost, by outcome date in the period.' }) lost: number;
  @Field(() => MoneyModel, { description: "Σ the won tenders' estimated values (NOK); what was awarded is in orders." })
  wonEstimatedValue: MoneyModel;
  @Field(() => MoneyModel, { description: "Σ the lost tenders' estimated values (NOK)." }) lostEstimatedValue: MoneyModel;
  @Field(() => MoneyModel, { deprecationReason: "Use wonEstimatedValue (it is the tenders' estimate, not an awarded value)." })
  wonValue: MoneyModel;
  @Field(() => MoneyModel, { deprecationReason: 'Use lostEstimatedValue.' }) lostValue: MoneyModel;
}

@ObjectType('PipelineLossReason')
class LossReasonModel {
  @Field() reason: string;
  @Field(() => Int) count: number;
}

@ObjectType('PipelineOutcomes', {
  description:
    "Tenders won and lost whose outcome date falls in the period: the award or notice date recorded with the outcome (recordBidOutcome's date, or the date given when the stage was moved), not the day it was registered.",
})
class OutcomesModel {
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => MoneyModel, {
    description: "Σ the won tenders' estimated values (NOK): the estimate before bidding. What the buyer awarded is orders.value.",
  })
  wonEstimatedValue: MoneyModel;
  @Field(() => MoneyModel, { description: "Σ the lost tenders' estimated values (NOK)." }) lostEstimatedValue: MoneyModel;
  @Field(() => MoneyModel, { deprecationReason: "Use wonEstimatedValue (it is the tenders' estimate, not an awarded value)." })
  wonValue: MoneyModel;
  @Field(() => MoneyModel, { deprecationReason: 'Use lostEstimatedValue.' }) lostValue: MoneyModel;
  @Field(() => Float, { nullable: true, description: 'won / (won + lost) by count.' }) winRateByCount: number | null;
  @Field(() => Float, { nullable: true, description: 'won / (won + lost) by estimated value (NOK).' }) winRateByValue: number | null;
  @Field(() => [LossReasonModel], { description: 'The lost tenders by reason, most frequent first.' }) lossReasons: LossReasonModel[];
}

@ObjectType('PipelineTimeInStage', {
  description: 'Average days tenders spent in a stage, over the stage changes that left it in the period (by the date of the change).',
})
class TimeModel {
  @Field() stage: string;
  @Field(() => Float) averageDays: number;
  @Field(() => Int, { description: 'Stage changes out of this stage in the period.' }) transitions: number;
}

@ObjectType('PipelineDeadline', {
  description: 'An open tender due within the next 30 days (from now, whatever the period), soonest first.',
})
class DeadlineModel {
  @Field(() => Int) tenderId: number;
  @Field() title: string;
  @Field(() => GraphQLISODateTime) deadline: Date;
  @Field() stage: string;
  @Field(() => String, { nullable: true, description: "The tender's latest bid's status, if it has one." }) bidStatus: string | null;
  @Field(() => Int, {
    description:
      "Days left: calendar days in Europe/Oslo from today to the deadline's day (a deadline at 00:00 is the end of the day before), as Tender.daysToDeadline.",
  })
  daysLeft: number;
}

@ObjectType('PipelineMember', {
  description:
    'One member firm. Packages are counted once per firm, by the date of their first offer to it (offered again after a new deadline or a reassignment back, still one); accepted + declined + countered + unanswered = offered.',
})
class MemberModel {
  @Field(() => Int) memberId: number;
  @Field() name: string;
  @Field(() => Int, { description: 'Work packages first offered to the firm in the period, each counted once.' }) offered: number;
  @Field(() => Int, {
    description:
      "Of those, the packages the firm has accepted, or whose counter-offer the project leader accepted (the firm's answer now).",
  })
  accepted: number;
  @Field(() => Int, { description: 'Of those, the packages whose answer from the firm is now a decline.' }) declined: number;
  @Field(() => Int, { description: 'Of those, the packages whose answer from the firm is now a counter-offer not (yet) accepted.' })
  countered: number;
  @Field(() => Int, {
    description: 'Of those, the packages the firm has not answered (still open, or reassigned or withdrawn before it answered).',
  })
  unanswered: number;
  @Field(() => MoneyModel, {
    description: "Σ the firm's order lines (current values) on orders awarded in the period (by award date, NOK, not cancelled).",
  })
  awardedValue: MoneyModel;
  @Field(() => Float, { description: "The firm's awardedValue ÷ Σ every firm's awardedValue in the period (0 when nothing was awarded)." })
  shareOfAwarded: number;
  @Field(() => MoneyModel, {
    description:
      "What the firm owed the association at the period's end: royalties issued to it up to that day, less what it paid (the ledger's balance on the period's last day).",
  })
  royaltyBalanceAtPeriodEnd: MoneyModel;
  @Field(() => MoneyModel, { deprecationReason: DEPRECATED_WON }) wonValue: MoneyModel;
  @Field(() => Float, { deprecationReason: 'Use shareOfAwarded.' }) shareOfWon: number;
  @Field(() => MoneyModel, { deprecationReason: 'Use royaltyBalanceAtPeriodEnd (this field now returns the same).' })
  royaltiesOwed: MoneyModel;
}

@ObjectType('PipelineMemberRef')
class MemberRefModel {
  @Field(() => Int) memberId: number;
  @Field() name: string;
}

@ObjectType('PipelineFairSpread')
class FairSpreadModel {
  @Field(() => Float, { description: "Gini coefficient of the awarded value (members' awardedValue) across active members (0 = even)." })
  gini: number;
  @Field(() => Int) activeMembers: number;
  @Field(() => [MemberRefModel], { description: 'Active members that were offered no package in the period.' })
  offeredNothing: MemberRefModel[];
}

@ObjectType('PipelineOrders', { description: 'Orders awarded in the period (by award date), NOK, not cancelled.' })
class OrdersModel {
  @Field(() => Int) count: number;
  @Field(() => MoneyModel, { description: 'Σ their awarded values.' }) value: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ invoiced on these orders, whenever invoiced (credit notes subtracted).' })
  invoiced: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ paid on these orders, whenever paid (refunds and reversals subtracted).' }) paid: MoneyModel;
  @Field(() => MoneyModel, { description: 'invoiced − paid.' }) outstanding: MoneyModel;
}

@ObjectType('PipelineRoyalties', { description: 'Royalty statements whose period ends in the period, by status.' })
class RoyaltiesModel {
  @Field(() => MoneyModel, { description: 'Σ all of them (draft, issued, paid).' }) accrued: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ the issued and paid ones.' }) issued: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ the paid ones.' }) received: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ the issued, not yet paid ones.' }) outstanding: MoneyModel;
}

@ObjectType('PipelineReturnOnGrants', {
  description:
    "Return on public support, cumulative to the period's end on both sides: grants received and orders awarded since the beginning, up to and including the period's last day (NOK; orders not cancelled, of the market when one is chosen).",
})
class ReturnModel {
  @Field(() => MoneyModel, { description: "Σ grants received up to the period's end." }) grantsToPeriodEnd: MoneyModel;
  @Field(() => MoneyModel, { description: "Σ awarded values of orders awarded up to the period's end." }) awardedToPeriodEnd: MoneyModel;
  @Field(() => Float, { nullable: true, description: 'awardedToPeriodEnd ÷ grantsToPeriodEnd; null without grants.' }) ratio: number | null;
  @Field(() => MoneyModel, { deprecationReason: 'Use grantsToPeriodEnd (the same figure).' }) grants: MoneyModel;
  @Field(() => MoneyModel, {
    deprecationReason: 'Use awardedToPeriodEnd (the ratio uses it); this is orders.value, the awarded value of the period alone.',
  })
  wonValue: MoneyModel;
}

@ObjectType('PipelineTrendPoint', { description: 'One month (Europe/Oslo) of the last three years of the period at most.' })
class TrendModel {
  @Field() month: string;
  @Field(() => MoneyModel, { description: 'Σ awarded values of orders awarded in the month (by award date).' }) awardedValue: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ weighted values of the open NOK tenders whose deadline is in the month.' })
  weightedPipeline: MoneyModel;
  @Field(() => MoneyModel, { deprecationReason: DEPRECATED_WON }) wonValue: MoneyModel;
  @Field(() => Int, { description: 'Tenders won, by outcome date in the month.' }) won: number;
  @Field(() => Int, { description: 'Tenders lost, by outcome date in the month.' }) lost: number;
  @Field(() => Float, { nullable: true, description: 'won / (won + lost) in the month; null when none was decided.' })
  winRateByCount: number | null;
}

@ObjectType('PipelineRisk')
class RiskModel {
  @Field({ description: 'WORK_PACKAGE (a package of an active bid) or ORDER (an active order line delivering a won package).' })
  kind: string;
  @Field(() => Int, { nullable: true, description: 'The order, for an ORDER risk.' }) orderId: number | null;
  @Field(() => Int) workPackageId: number;
  @Field(() => Int) bidId: number;
  @Field(() => Int) memberId: number;
  @Field() memberName: string;
  @Field() certificate: string;
  @Field(() => LocalDateScalar) validUntil: string;
  @Field(() => LocalDateScalar) windowEnd: string;
}

@ObjectType('PipelineOtherCurrency', {
  description: 'Tenders in another currency by stage (by deadline, as stages): never summed into NOK.',
})
class OtherCurrencyModel extends StageModel {
  @Field() currency: string;
}

@ObjectType('Pipeline', {
  description:
    "The steering committee's figures for a period (Europe/Oslo days, both ends included). Each section says which date puts a thing in the period: tenders by deadline, outcomes by their own date, orders by award date, packages by first offer, royalties by statement period, return on grants cumulative to the end.",
})
export class PipelineModel {
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => String, { nullable: true }) market: string | null;
  @Field(() => [StageModel], { description: 'NOK tenders whose deadline falls in the period, by the stage they are in now.' })
  stages: StageModel[];
  @Field(() => [OtherCurrencyModel], { description: 'Tenders in other currencies: reported apart, never summed into NOK.' })
  otherCurrencies: OtherCurrencyModel[];
  @Field(() => OutcomesModel) outcomes: OutcomesModel;
  @Field(() => [TimeModel]) timeInStage: TimeModel[];
  @Field(() => [DeadlineModel]) upcomingDeadlines: DeadlineModel[];
  @Field(() => [MarketModel]) byMarket: MarketModel[];
  /** every member's row; the `members` field below pages and orders them */
  memberRows: PipelineReport['members'];
  @Field(() => Int, { description: 'How many rows the per-member table has (members active or with figures in the period).' })
  memberCount: number;
  @Field(() => FairSpreadModel) fairSpread: FairSpreadModel;
  @Field(() => OrdersModel) orders: OrdersModel;
  @Field(() => RoyaltiesModel) royalties: RoyaltiesModel;
  @Field(() => ReturnModel) returnOnGrants: ReturnModel;
  @Field(() => [TrendModel]) trend: TrendModel[];
  /** every risk; the `risks` field below pages them */
  riskRows: PipelineReport['risks'];
  @Field(() => Int, { description: 'How many risks there are.' }) riskCount: number;
}

@ObjectType('FirmPackageCount')
class FirmPackageModel {
  @Field() status: string;
  @Field(() => Int) count: number;
  @Field(() => Int) hours: number;
}

@ObjectType('FirmStatementCount')
class FirmStatementModel {
  @Field() status: string;
  @Field(() => Int) count: number;
  @Field(() => MoneyModel) total: MoneyModel;
}

@ObjectType('FirmPipeline', { description: "A firm's own figures, all time (no period)." })
class FirmPipelineModel {
  @Field(() => Int) memberId: number;
  @Field(() => [FirmPackageModel], {
    description: 'The work packages assigned to the firm now (drafts left out), by status, with their hours.',
  })
  packages: FirmPackageModel[];
  @Field(() => Int, { description: 'Orders (not cancelled) with a line of the firm.' }) orders: number;
  @Field(() => MoneyModel, { description: "Σ the firm's order lines on those orders (current values)." }) orderValue: MoneyModel;
  @Field(() => MoneyModel, { description: "Σ the firm's invoices, credit notes subtracted." }) invoiced: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ payments on them, refunds and reversals subtracted.' }) paid: MoneyModel;
  @Field(() => MoneyModel, {
    description: 'What the firm owes the association now: royalties issued to it less what it paid (the ledger balance today).',
  })
  royaltiesOwed: MoneyModel;
  @Field(() => [FirmStatementModel]) statements: FirmStatementModel[];
}

@ObjectType('Grant')
class GrantModel {
  @Field(() => Int) id: number;
  @Field() source: string;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field(() => LocalDateScalar) date: string;
  @Field() purpose: string;
}

const stage = (s: { stage: string; count: number; valueMinor: number; weightedMinor: number }, currency = 'NOK') => ({
  stage: s.stage,
  count: s.count,
  value: nok(s.valueMinor, currency),
  weighted: nok(s.weightedMinor, currency),
});

export function toModel(r: PipelineReport): PipelineModel {
  return {
    from: r.from,
    to: r.to,
    market: r.market,
    stages: r.stages.map((s) => stage(s)),
    otherCurrencies: r.otherCurrencies.map((s) => ({ ...stage(s, s.currency), currency: s.currency })),
    outcomes: {
      ...r.outcomes,
      wonEstimatedValue: nok(r.outcomes.wonEstimatedMinor),
      lostEstimatedValue: nok(r.outcomes.lostEstimatedMinor),
      wonValue: nok(r.outcomes.wonEstimatedMinor),
      lostValue: nok(r.outcomes.lostEstimatedMinor),
    },
    timeInStage: r.timeInStage,
    upcomingDeadlines: r.upcomingDeadlines,
    byMarket: r.byMarket.map((m) => ({
      market: m.market,
      stages: m.stages.map((s) => stage(s)),
      won: m.wonCount,
      lost: m.lostCount,
      wonEstimatedValue: nok(m.wonEstimatedMinor),
      lostEstimatedValue: nok(m.lostEstimatedMinor),
      wonValue: nok(m.wonEstimatedMinor),
      lostValue: nok(m.lostEstimatedMinor),
    })),
    memberRows: r.members,
    memberCount: r.members.length,
    fairSpread: r.fairSpread,
    orders: {
      count: r.orders.count,
      value: nok(r.orders.valueMinor),
      invoiced: nok(r.orders.invoicedMinor),
      paid: nok(r.orders.paidMinor),
      outstanding: nok(r.orders.outstandingMinor),
    },
    royalties: {
      accrued: nok(r.royalties.accruedMinor),
      issued: nok(r.royalties.issuedMinor),
      received: nok(r.royalties.receivedMinor),
      outstanding: nok(r.royalties.outstandingMinor),
    },
    returnOnGrants: {
      grantsToPeriodEnd: nok(r.returnOnGrants.grantsToEndMinor),
      awardedToPeriodEnd: nok(r.returnOnGrants.awardedToEndMinor),
      ratio: r.returnOnGrants.ratio,
      grants: nok(r.returnOnGrants.grantsToEndMinor),
      wonValue: nok(r.returnOnGrants.awardedInPeriodMinor),
    },
    trend: r.trend.map((t) => ({
      month: t.month,
      awardedValue: nok(t.awardedMinor),
      wonValue: nok(t.awardedMinor),
      weightedPipeline: nok(t.weightedPipelineMinor),
      won: t.won,
      lost: t.lost,
      winRateByCount: t.winRateByCount,
    })),
    riskRows: r.risks,
    riskCount: r.risks.length,
  };
}

/** The pipeline's two long tables, paged: a screen asks for the rows it shows. */
@Resolver(() => PipelineModel)
export class PipelineTablesResolver {
  constructor(private readonly service: PipelineService) {}

  @ResolveField(() => [MemberModel], {
    description:
      "Per member firm: packages first offered in the period and the answers to them, value awarded, share of it, royalty balance at the period's end. All rows unless `first` is given.",
  })
  members(
    @Parent() p: PipelineModel,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many rows (1 or more); all when absent.' })
    first?: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0, description: 'Rows to skip first.' }) offset?: number | null,
    @Args('orderBy', { type: () => PipelineMemberOrder, nullable: true, defaultValue: PipelineMemberOrder.NAME })
    orderBy?: PipelineMemberOrder | null,
  ): MemberModel[] {
    return this.service.memberPage(p.memberRows, { first, offset, orderBy }).map((m) => ({
      ...m,
      awardedValue: nok(m.awardedMinor),
      royaltyBalanceAtPeriodEnd: nok(m.royaltyBalanceAtEndMinor),
      wonValue: nok(m.awardedMinor),
      shareOfWon: m.shareOfAwarded,
      royaltiesOwed: nok(m.royaltyBalanceAtEndMinor),
    }));
  }

  @ResolveField(() => [RiskModel], {
    description:
      'Certificates that expire before the delivery window of an active bid or order, soonest first. All unless `first` is given.',
  })
  risks(
    @Parent() p: PipelineModel,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many risks (1 or more); all when absent.' })
    first?: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0, description: 'Risks to skip first.' }) offset?: number | null,
  ): RiskModel[] {
    return this.service.riskPage(p.riskRows, { first, offset });
  }
}

@Resolver()
export class PipelineResolver {
  constructor(private readonly service: PipelineService) {}

  @Query(() => PipelineModel, {
    description:
      "The steering committee's screen: stages, outcomes, time, markets, members, fair spread, orders, royalties, return on grants, trend, risks.",
  })
  @Allow(...PIPELINE_PERMISSIONS.pipeline)
  async pipeline(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => PipelineFilterInput, nullable: true }) filter?: PipelineFilterInput,
  ): Promise<PipelineModel> {
    return toModel(await this.service.report(actor, filter ?? {}));
  }

  @Query(() => String, {
    description:
      'A pipeline table as CSV: STAGES, MARKETS (stages per market), OUTCOMES (won and lost per market), MEMBERS, TREND (per month: awarded, weighted pipeline, won, lost, win rate), RISKS or SUMMARY (orders, royalties, return on grants, Gini). NOK with two decimals and a UTF-8 BOM, in your language\'s format (bokmål: ";" and a decimal comma; English: "," and a dot).',
  })
  @Allow(...PIPELINE_PERMISSIONS.pipelineExport)
  async pipelineExport(
    @CurrentActor() actor: Actor,
    @Args('table') table: string,
    @Args('filter', { type: () => PipelineFilterInput, nullable: true }) filter?: PipelineFilterInput,
  ): Promise<string> {
    const t = PIPELINE_TABLES.find((x) => x === table.toUpperCase());
    if (!t) throw AppError.badInput(`table is ${PIPELINE_TABLES.join(', ')}.`, [{ field: 'table', message: 'unknown table' }]);
    return this.service.exportCsv(await this.service.report(actor, filter ?? {}), t, csvFormatFor(languageOf(actor)));
  }

  @Query(() => FirmPipelineModel, { description: "Your own firm's packages, orders and royalties, all time." })
  @Allow(...PIPELINE_PERMISSIONS.myFirmPipeline)
  async myFirmPipeline(@CurrentActor() actor: Actor): Promise<FirmPipelineModel> {
    const f = await this.service.firm(actor);
    return {
      memberId: f.memberId,
      packages: f.packages,
      orders: f.orders,
      orderValue: nok(f.orderValueMinor),
      invoiced: nok(f.invoicedMinor),
      paid: nok(f.paidMinor),
      royaltiesOwed: nok(f.royaltiesOwedMinor),
      statements: f.statements.map((s) => ({ status: s.status, count: s.count, total: nok(s.totalMinor) })),
    };
  }

  @Query(() => [GrantModel], { description: 'Public support received.' })
  @Allow(...PIPELINE_PERMISSIONS.grants)
  async grants(@CurrentActor() actor: Actor): Promise<GrantModel[]> {
    return (await this.service.grants(actor)).map((g: Grant) => ({ ...g, amount: nok(g.amountMinor, g.currency) }));
  }

  @Mutation(() => GrantModel)
  @Allow(...PIPELINE_PERMISSIONS.recordGrant)
  async recordGrant(@CurrentActor() actor: Actor, @Args('input') input: RecordGrantInput): Promise<GrantModel> {
    const g = await this.service.recordGrant(actor, { ...input, amountMinor: input.amount });
    return { ...g, amount: nok(g.amountMinor, g.currency) };
  }
}
