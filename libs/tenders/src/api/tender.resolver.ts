import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, applyBasisPoints, CurrentActor, daysLeft, type GqlContext, MoneyModel } from '@app/core';
import { CpvMapping, Requirement, Tender, TenderDocument, TenderLot, TenderStageTransition } from '../entities/tender.entity';
import { OcdsImportService, type OcdsImportReport } from '../ocds-import.service';
import { allowedMoves, effectiveWinProbabilityBp, STEERING_STAGES, TenderStage } from '../tender-stage';
import { TenderDocumentsLoader } from '../loaders/tender-documents.loader';
import { RequirementsByTenderLoader } from '../loaders/requirements-by-tender.loader';
import { TenderLotsLoader } from '../loaders/tender-lots.loader';
import { TendersService } from '../tenders.service';
import {
  AddRequirementInput,
  CreateTenderInput,
  MoveTenderStageInput,
  TendersArgs,
  UpdateRequirementInput,
  UpdateTenderInput,
} from './dto/tender.input';
import {
  CpvMappingModel,
  OcdsImportResultModel,
  RequirementModel,
  TenderConnection,
  TenderDocumentModel,
  TenderLotModel,
  TenderModel,
  TenderStageTransitionModel,
} from './models/tender.model';
import { TENDER_PERMISSIONS } from '../tenders.permissions';

function moneyFields(input: { estimatedValue?: { minorUnits: number; currency: string } }) {
  return input.estimatedValue ? { estimatedValueMinor: input.estimatedValue.minorUnits, currency: input.estimatedValue.currency } : {};
}

@Resolver(() => TenderModel)
export class TenderResolver {
  constructor(
    private readonly service: TendersService,
    private readonly importer: OcdsImportService,
    private readonly lotsLoader: TenderLotsLoader,
    private readonly requirementsLoader: RequirementsByTenderLoader,
    private readonly documentsLoader: TenderDocumentsLoader,
  ) {}

  @Query(() => TenderConnection, { description: 'Tenders by deadline (soonest first), filtered, a page at a time.' })
  @Allow(...TENDER_PERMISSIONS.tenders)
  async tenders(@CurrentActor() actor: Actor, @Args() args: TendersArgs): Promise<TenderConnection> {
    const p = await this.service.list(actor, args.filter ?? {}, args);
    return { nodes: p.items, pageInfo: p.pageInfo, totalCount: p.totalCount };
  }

  @Query(() => TenderModel)
  @Allow(...TENDER_PERMISSIONS.tender)
  tender(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Tender> {
    return this.service.get(actor, id);
  }

  @Mutation(() => TenderModel)
  @Allow(...TENDER_PERMISSIONS.createTender)
  createTender(@CurrentActor() actor: Actor, @Args('input') input: CreateTenderInput): Promise<Tender> {
    return this.service.create(actor, {
      ...input,
      ...moneyFields(input),
      lots: input.lots?.map((l) => ({ ...l, estimatedValueMinor: l.estimatedValue?.minorUnits ?? null })),
    });
  }

  @Mutation(() => TenderModel)
  @Allow(...TENDER_PERMISSIONS.updateTender)
  updateTender(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('input') input: UpdateTenderInput,
  ): Promise<Tender> {
    const { clearWinProbability, ...rest } = input;
    return this.service.update(actor, id, {
      ...rest,
      ...moneyFields(rest),
      ...(clearWinProbability ? { winProbabilityBp: null } : {}),
      lots: rest.lots?.map((l) => ({ ...l, estimatedValueMinor: l.estimatedValue?.minorUnits ?? null })),
    });
  }

  @Mutation(() => TenderModel, { description: 'Moves a tender along its pipeline; illegal moves get CONFLICT with the allowed ones.' })
  @Allow(...TENDER_PERMISSIONS.moveTenderStage)
  moveTenderStage(@CurrentActor() actor: Actor, @Args('input') input: MoveTenderStageInput): Promise<Tender> {
    const { reason, lossReason, lossReasonText, outcomeDate } = input;
    return this.service.moveStage(actor, input.tenderId, input.to, { reason, lossReason, lossReasonText, outcomeDate });
  }

  @Query(() => [TenderStageTransitionModel])
  @Allow(...TENDER_PERMISSIONS.tenderStageHistory)
  tenderStageHistory(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<TenderStageTransition[]> {
    return this.service.stageHistory(actor, id);
  }

  @Mutation(() => RequirementModel)
  @Allow(...TENDER_PERMISSIONS.addRequirement)
  addRequirement(@CurrentActor() actor: Actor, @Args('input') input: AddRequirementInput): Promise<Requirement> {
    const { tenderId, ...fields } = input;
    return this.service.addRequirement(actor, tenderId, fields);
  }

  @Mutation(() => RequirementModel, { description: 'Changes a requirement; saving a draft confirms it unless draft: true is given.' })
  @Allow(...TENDER_PERMISSIONS.updateRequirement)
  updateRequirement(@CurrentActor() actor: Actor, @Args('input') input: UpdateRequirementInput): Promise<Requirement> {
    const { id, ...fields } = input;
    return this.service.updateRequirement(actor, id, fields);
  }

  @Mutation(() => Boolean)
  @Allow(...TENDER_PERMISSIONS.removeRequirement)
  removeRequirement(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<boolean> {
    return this.service.removeRequirement(actor, id);
  }

  @Mutation(() => OcdsImportResultModel, {
    description:
      'Imports an OCDS 1.1 release package (JSON text). The whole file is validated first; a bad file is rejected whole. Processes closed at the source (complete, cancelled, awarded, contracted) never become open opportunities. Large files: POST /imports/ocds or the CLI.',
  })
  @Allow(...TENDER_PERMISSIONS.importOcdsReleasePackage)
  importOcdsReleasePackage(
    @CurrentActor() actor: Actor,
    @Args('json') json: string,
    @Args('timeZone', {
      nullable: true,
      description:
        'IANA time zone that date-times without a UTC offset (e.g. "2010-04-01T18:00:00") are read in; default UTC. Each such release gets a warning naming the zone.',
    })
    timeZone?: string,
  ): Promise<OcdsImportReport> {
    return this.importer.importPackage(actor, json, { timeZone });
  }

  @Query(() => [CpvMappingModel], { description: 'CPV prefix → capability, used to draft requirements from imports.' })
  @Allow(...TENDER_PERMISSIONS.cpvMappings)
  cpvMappings(@CurrentActor() actor: Actor): Promise<CpvMapping[]> {
    return this.service.cpvMappings(actor);
  }

  @Mutation(() => CpvMappingModel)
  @Allow(...TENDER_PERMISSIONS.setCpvMapping)
  setCpvMapping(
    @CurrentActor() actor: Actor,
    @Args('cpvPrefix') cpvPrefix: string,
    @Args('capabilityCode') capabilityCode: string,
    @Args('note', { nullable: true }) note?: string,
  ): Promise<CpvMapping> {
    return this.service.setCpvMapping(actor, cpvPrefix, capabilityCode, note ?? null);
  }

  @Mutation(() => Boolean)
  @Allow(...TENDER_PERMISSIONS.removeCpvMapping)
  removeCpvMapping(@CurrentActor() actor: Actor, @Args('cpvPrefix') cpvPrefix: string): Promise<boolean> {
    return this.service.removeCpvMapping(actor, cpvPrefix);
  }

  @ResolveField(() => MoneyModel, { nullable: true })
  estimatedValue(t: Tender): MoneyModel | null {
    return MoneyModel.maybe(t.estimatedValueMinor, t.currency);
  }

  @ResolveField(() => Int, {
    description: 'The win probability in force, in basis points: the override while open, else the stage default.',
  })
  winProbability(t: Tender): number {
    return effectiveWinProbabilityBp(t.stage, t.winProbabilityBp);
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: 'Estimated value × win probability, exact to the minor unit.' })
  weightedValue(t: Tender): MoneyModel | null {
    if (t.estimatedValueMinor === null) return null;
    return MoneyModel.of({
      minorUnits: applyBasisPoints(t.estimatedValueMinor, effectiveWinProbabilityBp(t.stage, t.winProbabilityBp)),
      currency: t.currency,
    });
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "Days left: calendar days in Europe/Oslo from today to the deadline's day (a deadline at 00:00 is the end of the day before); 0 on the day itself, negative once it has passed. The pipeline's daysLeft follows the same rule.",
  })
  daysToDeadline(t: Tender): number | null {
    return t.deadline ? daysLeft(t.deadline) : null;
  }

  @ResolveField(() => [TenderStage], {
    description:
      'The stages it may be moved to with moveTenderStage (GO and NO_GO only come from a steering decision; LOST and WITHDRAWN need a loss reason).',
  })
  nextStages(t: Tender): TenderStage[] {
    return allowedMoves(t.stage).filter((s) => !STEERING_STAGES.includes(s));
  }

  @ResolveField(() => [RequirementModel])
  requirements(t: Tender, _args: unknown, ctx: GqlContext): Promise<Requirement[]> {
    return ctx.loaders.get(this.requirementsLoader).load(t.id);
  }

  @ResolveField(() => [String], { description: 'CPV codes from the source: tender level, additional and item classifications.' })
  cpvCodes(t: Tender): string[] {
    return t.cpvCodes ?? [];
  }

  @ResolveField(() => [TenderDocumentModel], {
    description: "The source's documents: the tender notice first, then other tender, planning, award and contract documents.",
  })
  documents(t: Tender, _args: unknown, ctx: GqlContext): Promise<TenderDocument[]> {
    return ctx.loaders.get(this.documentsLoader).load(t.id);
  }

  @ResolveField(() => [TenderLotModel])
  async lots(t: Tender, _args: unknown, ctx: GqlContext): Promise<TenderLotModel[]> {
    const lots: TenderLot[] = await ctx.loaders.get(this.lotsLoader).load(t.id);
    return lots.map((l) => ({ ...l, estimatedValue: MoneyModel.maybe(l.estimatedValueMinor, l.currency ?? t.currency) }));
  }
}
