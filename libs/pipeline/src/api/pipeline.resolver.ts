import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, AppError, CurrentActor, csvFormatFor, languageOf, MoneyModel } from '@app/core';
import { Grant } from '../entities/grant.entity';
import { PIPELINE_TABLES, PipelineMemberOrder, type PipelineReport, PipelineService } from '../pipeline.service';
import { FirmPipelineModel, GrantModel, MemberModel, PipelineModel, RiskModel } from './models/pipeline.model';
import { PipelineFilterInput, RecordGrantInput } from './dto/pipeline.input';

import { PIPELINE_PERMISSIONS } from '../pipeline.permissions';
const nok = (minorUnits: number, currency = 'NOK') => MoneyModel.of({ minorUnits, currency });

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
