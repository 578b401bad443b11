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
import { type Actor, Allow, AppError, CurrentActor, LocalDateScalar, MinorUnitsScalar, MoneyModel, Role } from '@app/core';
import { Market } from '@app/tenders';
import { Grant } from '../grant.entity';
import { PipelineMemberOrder, type PipelineReport, PipelineService } from '../pipeline.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ASSOCIATION = [Role.ADMIN, Role.PROJECT_LEADER, Role.STEERING];
const nok = (minorUnits: number, currency = 'NOK') => MoneyModel.of({ minorUnits, currency });

registerEnumType(PipelineMemberOrder, {
  name: 'PipelineMemberOrder',
  description: 'How the per-member table is ordered.',
  valuesMap: {
    NAME: { description: 'By name (the default).' },
    WON_VALUE: { description: 'Most won value first, then by name.' },
    OFFERED: { description: 'Most packages offered first, then by name.' },
  },
});

@InputType()
export class PipelineFilterInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: the beginning.' }) @IsOptional() @Matches(DATE) from?: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Default: a year from today (Europe/Oslo), so open tenders due later show.',
  })
  @IsOptional()
  @Matches(DATE)
  to?: string;
  @Field(() => Market, { nullable: true }) @IsOptional() @IsEnum(Market) market?: Market;
}

@InputType()
export class RecordGrantInput {
  @Field({ description: 'e.g. Innovation Norway, Arena Lettmetall.' }) @IsString() @IsNotEmpty() @MaxLength(200) source: string;
  @Field(() => MinorUnitsScalar) @IsInt() @Min(1) amount: number;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/) currency?: string;
  @Field(() => LocalDateScalar) @Matches(DATE) date: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(1000) purpose: string;
}

@ObjectType('PipelineStage')
class StageModel {
  @Field() stage: string;
  @Field(() => Int) count: number;
  @Field(() => MoneyModel) value: MoneyModel;
  @Field(() => MoneyModel, { description: 'Σ value × win probability (each tender rounded like its own weightedValue).' })
  weighted: MoneyModel;
}

@ObjectType('PipelineMarket')
class MarketModel {
  @Field() market: string;
  @Field(() => [StageModel]) stages: StageModel[];
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => MoneyModel) wonValue: MoneyModel;
  @Field(() => MoneyModel) lostValue: MoneyModel;
}

@ObjectType('PipelineLossReason')
class LossReasonModel {
  @Field() reason: string;
  @Field(() => Int) count: number;
}

@ObjectType('PipelineOutcomes')
class OutcomesModel {
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => MoneyModel) wonValue: MoneyModel;
  @Field(() => MoneyModel) lostValue: MoneyModel;
  @Field(() => Float, { nullable: true, description: 'won / (won + lost) by count.' }) winRateByCount: number | null;
  @Field(() => Float, { nullable: true, description: 'won / (won + lost) by estimated value (NOK).' }) winRateByValue: number | null;
  @Field(() => [LossReasonModel]) lossReasons: LossReasonModel[];
}

@ObjectType('PipelineTimeInStage')
class TimeModel {
  @Field() stage: string;
  @Field(() => Float) averageDays: number;
  @Field(() => Int) transitions: number;
}

@ObjectType('PipelineDeadline')
class DeadlineModel {
  @Field(() => Int) tenderId: number;
  @Field() title: string;
  @Field(() => GraphQLISODateTime) deadline: Date;
  @Field() stage: string;
  @Field(() => String, { nullable: true }) bidStatus: string | null;
  @Field(() => Int, {
    description:
      "Days left: calendar days in Europe/Oslo from today to the deadline's day (a deadline at 00:00 is the end of the day before), as Tender.daysToDeadline.",
  })
  daysLeft: number;
}

@ObjectType('PipelineMember')
class MemberModel {
  @Field(() => Int) memberId: number;
  @Field() name: string;
  @Field(() => Int) offered: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) declined: number;
  @Field(() => Int) countered: number;
  @Field(() => MoneyModel) wonValue: MoneyModel;
  @Field(() => Float) shareOfWon: number;
  @Field(() => MoneyModel) royaltiesOwed: MoneyModel;
}

@ObjectType('PipelineMemberRef')
class MemberRefModel {
  @Field(() => Int) memberId: number;
  @Field() name: string;
}

@ObjectType('PipelineFairSpread')
class FairSpreadModel {
  @Field(() => Float, { description: 'Gini coefficient of won value across active members (0 = even).' }) gini: number;
  @Field(() => Int) activeMembers: number;
  @Field(() => [MemberRefModel]) offeredNothing: MemberRefModel[];
}

@ObjectType('PipelineOrders')
class OrdersModel {
  @Field(() => Int) count: number;
  @Field(() => MoneyModel) value: MoneyModel;
  @Field(() => MoneyModel) invoiced: MoneyModel;
  @Field(() => MoneyModel) paid: MoneyModel;
  @Field(() => MoneyModel) outstanding: MoneyModel;
}

@ObjectType('PipelineRoyalties')
class RoyaltiesModel {
  @Field(() => MoneyModel) accrued: MoneyModel;
  @Field(() => MoneyModel) issued: MoneyModel;
  @Field(() => MoneyModel) received: MoneyModel;
  @Field(() => MoneyModel) outstanding: MoneyModel;
}

@ObjectType('PipelineReturnOnGrants')
class ReturnModel {
  @Field(() => MoneyModel) grants: MoneyModel;
  @Field(() => MoneyModel) wonValue: MoneyModel;
  @Field(() => Float, { nullable: true, description: 'Won order value ÷ grants received.' }) ratio: number | null;
}

@ObjectType('PipelineTrendPoint')
class TrendModel {
  @Field() month: string;
  @Field(() => MoneyModel) wonValue: MoneyModel;
  @Field(() => MoneyModel) weightedPipeline: MoneyModel;
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

@ObjectType('PipelineOtherCurrency')
class OtherCurrencyModel extends StageModel {
  @Field() currency: string;
}

@ObjectType('Pipeline')
export class PipelineModel {
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => String, { nullable: true }) market: string | null;
  @Field(() => [StageModel], { description: 'NOK tenders whose deadline falls in the period, by stage.' }) stages: StageModel[];
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

@ObjectType('FirmPipeline')
class FirmPipelineModel {
  @Field(() => Int) memberId: number;
  @Field(() => [FirmPackageModel]) packages: FirmPackageModel[];
  @Field(() => Int) orders: number;
  @Field(() => MoneyModel) orderValue: MoneyModel;
  @Field(() => MoneyModel) invoiced: MoneyModel;
  @Field(() => MoneyModel) paid: MoneyModel;
  @Field(() => MoneyModel) royaltiesOwed: MoneyModel;
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
    outcomes: { ...r.outcomes, wonValue: nok(r.outcomes.wonValueMinor), lostValue: nok(r.outcomes.lostValueMinor) },
    timeInStage: r.timeInStage,
    upcomingDeadlines: r.upcomingDeadlines,
    byMarket: r.byMarket.map((m) => ({
      market: m.market,
      stages: m.stages.map((s) => stage(s)),
      won: m.wonCount,
      lost: m.lostCount,
      wonValue: nok(m.wonValueMinor),
      lostValue: nok(m.lostValueMinor),
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
      grants: nok(r.returnOnGrants.grantsMinor),
      wonValue: nok(r.returnOnGrants.wonValueMinor),
      ratio: r.returnOnGrants.ratio,
    },
    trend: r.trend.map((t) => ({ month: t.month, wonValue: nok(t.wonValueMinor), weightedPipeline: nok(t.weightedPipelineMinor) })),
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
      'Per member firm: packages offered, accepted, declined and countered, value won, share, royalties owed. All rows unless `first` is given.',
  })
  members(
    @Parent() p: PipelineModel,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many rows (1 or more); all when absent.' })
    first?: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0, description: 'Rows to skip first.' }) offset?: number | null,
    @Args('orderBy', { type: () => PipelineMemberOrder, nullable: true, defaultValue: PipelineMemberOrder.NAME })
    orderBy?: PipelineMemberOrder | null,
  ): MemberModel[] {
    return this.service
      .memberPage(p.memberRows, { first, offset, orderBy })
      .map((m) => ({ ...m, wonValue: nok(m.wonValueMinor), royaltiesOwed: nok(m.royaltiesOwedMinor) }));
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
  @Allow(...ASSOCIATION)
  async pipeline(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => PipelineFilterInput, nullable: true }) filter?: PipelineFilterInput,
  ): Promise<PipelineModel> {
    return toModel(await this.service.report(actor, filter ?? {}));
  }

  @Query(() => String, {
    description:
      'A pipeline table as CSV (STAGES, MARKETS, MEMBERS, TREND or RISKS); NOK with two decimals, separator stated in the first line.',
  })
  @Allow(...ASSOCIATION)
  async pipelineExport(
    @CurrentActor() actor: Actor,
    @Args('table') table: string,
    @Args('filter', { type: () => PipelineFilterInput, nullable: true }) filter?: PipelineFilterInput,
  ): Promise<string> {
    const t = table.toUpperCase();
    if (!['STAGES', 'MARKETS', 'MEMBERS', 'TREND', 'RISKS'].includes(t))
      throw AppError.badInput('table is STAGES, MARKETS, MEMBERS, TREND or RISKS.', [{ field: 'table', message: 'unknown table' }]);
    return this.service.exportCsv(await this.service.report(actor, filter ?? {}), t as 'STAGES');
  }

  @Query(() => FirmPipelineModel, { description: "Your own firm's packages, orders and royalties." })
  @Allow(Role.FIRM_USER)
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
  @Allow(...ASSOCIATION)
  async grants(@CurrentActor() actor: Actor): Promise<GrantModel[]> {
    return (await this.service.grants(actor)).map((g: Grant) => ({ ...g, amount: nok(g.amountMinor, g.currency) }));
  }

  @Mutation(() => GrantModel)
  @Allow(Role.ADMIN, Role.PROJECT_LEADER)
  async recordGrant(@CurrentActor() actor: Actor, @Args('input') input: RecordGrantInput): Promise<GrantModel> {
    const g = await this.service.recordGrant(actor, { ...input, amountMinor: input.amount });
    return { ...g, amount: nok(g.amountMinor, g.currency) };
  }
}
