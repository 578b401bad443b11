import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, MinorUnitsScalar, MoneyModel, formatRate } from '@app/core';
import { type Member, MemberByIdLoader, MemberModel } from '@app/members';
import { type Requirement, RequirementByIdLoader, RequirementModel, type Tender, TenderByIdLoader, TenderSummaryModel } from '@app/tenders';
import { BidsService } from '../bids.service';
import {
  type OfferResult,
  type WorkPackageEventView,
  type WorkPackageView,
  WorkPackagesService,
  cautionSentence,
} from '../work-packages.service';
import { BidPriceLoader } from '../loaders/bid-price.loader';
import { WorkPackageCoversLoader } from '../loaders/work-package-covers.loader';
import { WorkPackageEventsLoader } from '../loaders/work-package-events.loader';
import { WorkPackagesByBidLoader } from '../loaders/work-packages-by-bid.loader';
import { type PriceBuildUp, blockerSentence } from '../bid-rules';
import { Bid, WorkPackage, WorkPackageRequirement, WorkPackageStatus } from '../entities/bid.entity';
import {
  AddWorkPackageInput,
  BidFilterInput,
  CreateBidFromSuggestionInput,
  CreateBidInput,
  RespondToWorkPackageInput,
  UpdateBidInput,
  UpdateWorkPackageInput,
} from './dto/bid.input';
import {
  BidModel,
  ComplianceCoverageModel,
  ComplianceMatrixModel,
  OfferWorkPackageResultModel,
  PackageCoverModel,
  PriceBuildUpModel,
  ReadinessBlockerModel,
  ReassignmentCandidateModel,
  WorkPackageEventModel,
  WorkPackageModel,
} from './models/bid.model';
import { BID_PERMISSIONS } from '../bids.permissions';

/** An offer's result as the API gives it: its cautions also as the English sentences of `warnings`. */
const withWarnings = (r: OfferResult) => ({ ...r, warnings: r.cautions.map(cautionSentence) });

function fees(i: {
  coordinationFeeBp?: number;
  coordinationFeeFixed?: number;
  contingencyBp?: number;
  contingencyFixed?: number;
  notes?: string;
}) {
  return {
    coordinationFeeBp: i.coordinationFeeBp,
    coordinationFeeFixedMinor: i.coordinationFeeFixed,
    contingencyBp: i.contingencyBp,
    contingencyFixedMinor: i.contingencyFixed,
    notes: i.notes,
  };
}

/** Loads a member's public profile (for its name) or a tender's public summary through the request's loaders. */
async function memberOf(ctx: GqlContext, loader: MemberByIdLoader, id: number): Promise<Member> {
  const m = await ctx.loaders.get(loader).load(id);
  if (!m) throw new Error(`member ${id} is missing`);
  return m;
}
/** A bid's price build-up in the bid's currency. */
export function priceBuildUpModel(bid: Bid, p: PriceBuildUp): PriceBuildUpModel {
  const m = (minorUnits: number) => MoneyModel.of({ minorUnits, currency: bid.currency });
  return {
    packagesTotal: m(p.packagesTotalMinor),
    coordinationFee: m(p.coordinationFeeMinor),
    contingency: m(p.contingencyMinor),
    bidPrice: m(p.bidPriceMinor),
    expectedRoyalty: m(p.expectedRoyaltyMinor),
    royaltyRateBp: p.royaltyRateBp,
    unpricedPackages: p.unpricedPackages,
  };
}

async function tenderOf(ctx: GqlContext, loader: TenderByIdLoader, id: number): Promise<Tender> {
  const t = await ctx.loaders.get(loader).load(id);
  if (!t) throw new Error(`tender ${id} is missing`);
  return t;
}

@Resolver(() => BidModel)
export class BidResolver {
  constructor(
    private readonly service: BidsService,
    private readonly prices: BidPriceLoader,
    private readonly tenders: TenderByIdLoader,
    private readonly packagesLoader: WorkPackagesByBidLoader,
  ) {}

  @Query(() => [BidModel])
  @Allow(...BID_PERMISSIONS.bids)
  bids(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => BidFilterInput, nullable: true }) filter?: BidFilterInput,
  ): Promise<Bid[]> {
    return this.service.list(actor, filter ?? {});
  }

  @Query(() => BidModel)
  @Allow(...BID_PERMISSIONS.bid)
  bid(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<Bid> {
    return this.service.get(actor, id);
  }

  @Mutation(() => BidModel, { description: 'Creates a blank bid for a tender the committee said GO to.' })
  @Allow(...BID_PERMISSIONS.createBid)
  createBid(@CurrentActor() actor: Actor, @Args('input') input: CreateBidInput): Promise<Bid> {
    return this.service.create(actor, { ...input, ...fees(input) });
  }

  @Mutation(() => BidModel, { description: 'Creates a bid from a suggestConsortia alternative: one work package per firm and capability.' })
  @Allow(...BID_PERMISSIONS.createBidFromSuggestion)
  createBidFromSuggestion(@CurrentActor() actor: Actor, @Args('input') input: CreateBidFromSuggestionInput): Promise<Bid> {
    const { options, rank, responseDeadline, seen, ...rest } = input;
    return this.service.createFromSuggestion(actor, {
      ...rest,
      ...fees(rest),
      rank,
      responseDeadline,
      seen,
      options: { ...(options ?? {}), alternatives: Math.max(rank, options?.alternatives ?? 3) },
    });
  }

  @Mutation(() => BidModel, { description: 'Changes the coordination fee, contingency, title or notes of an open bid.' })
  @Allow(...BID_PERMISSIONS.updateBid)
  updateBid(@CurrentActor() actor: Actor, @Args('input') input: UpdateBidInput): Promise<Bid> {
    return this.service.updateBid(actor, input.bidId, { ...fees(input), title: input.title });
  }

  @Mutation(() => BidModel, {
    description: 'READY needs every mandatory requirement covered by accepted packages; the error lists what is missing.',
  })
  @Allow(...BID_PERMISSIONS.markBidReady)
  markBidReady(@CurrentActor() actor: Actor, @Args('bidId', { type: () => Int }) bidId: number): Promise<Bid> {
    return this.service.markReady(actor, bidId);
  }

  @Mutation(() => BidModel)
  @Allow(...BID_PERMISSIONS.withdrawBid)
  withdrawBid(
    @CurrentActor() actor: Actor,
    @Args('bidId', { type: () => Int }) bidId: number,
    @Args('reason') reason: string,
  ): Promise<Bid> {
    return this.service.withdrawBid(actor, bidId, reason);
  }

  @Query(() => ComplianceMatrixModel, { description: 'Per requirement: the covering packages and their status; what is still missing.' })
  @Allow(...BID_PERMISSIONS.complianceMatrix)
  async complianceMatrix(@CurrentActor() actor: Actor, @Args('bidId', { type: () => Int }) bidId: number): Promise<ComplianceMatrixModel> {
    const m = await this.service.complianceMatrix(actor, bidId);
    return {
      bidId,
      rows: m.rows,
      blockers: m.blockers as ReadinessBlockerModel[],
      missing: m.blockers.map(blockerSentence),
      ready: m.ready,
      uncoveredMandatory: m.rows.filter((r) => r.mandatory && !r.covered).map((r) => r.requirementId),
    };
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'NOK per one unit of the bid\'s currency (e.g. "11.75"), as given when the bid was made from a suggestion in another currency; the solver\'s NOK costs were converted into package prices at it. Null for NOK bids.',
  })
  exchangeRate(bid: Bid): string | null {
    return bid.exchangeRateMicros === null ? null : formatRate(bid.exchangeRateMicros);
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: 'WON: the awarded value.' })
  awardedValue(bid: Bid): MoneyModel | null {
    return MoneyModel.maybe(bid.awardedValueMinor, bid.currency);
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: 'LOST: the winning price, if known.' })
  winnerPrice(bid: Bid): MoneyModel | null {
    return MoneyModel.maybe(bid.winnerPriceMinor, bid.currency);
  }

  @ResolveField(() => TenderSummaryModel, { description: 'The tender it answers (its public facts).' })
  tender(bid: Bid, _args: unknown, ctx: GqlContext): Promise<Tender> {
    return tenderOf(ctx, this.tenders, bid.tenderId);
  }

  @ResolveField(() => [WorkPackageModel])
  workPackages(bid: Bid, _args: unknown, ctx: GqlContext): Promise<WorkPackage[]> {
    return ctx.loaders.get(this.packagesLoader).load(bid.id);
  }

  @ResolveField(() => PriceBuildUpModel)
  async priceBuildUp(bid: Bid, _args: unknown, ctx: GqlContext): Promise<PriceBuildUpModel> {
    // batched: a list of bids costs the same statements as one
    return priceBuildUpModel(bid, await ctx.loaders.get(this.prices).load(bid));
  }
}

@Resolver(() => WorkPackageModel)
export class WorkPackageResolver {
  constructor(
    private readonly service: WorkPackagesService,
    private readonly bids: BidsService,
    private readonly covers: WorkPackageCoversLoader,
    private readonly events: WorkPackageEventsLoader,
    private readonly members: MemberByIdLoader,
    private readonly tenders: TenderByIdLoader,
  ) {}

  @Query(() => [WorkPackageModel], { description: 'The work packages offered to your firm (never drafts), soonest deadline first.' })
  @Allow(...BID_PERMISSIONS.myWorkPackages)
  myWorkPackages(
    @CurrentActor() actor: Actor,
    @Args('statuses', { type: () => [WorkPackageStatus], nullable: true }) statuses?: WorkPackageStatus[],
  ): Promise<WorkPackageView[]> {
    return this.service.myWorkPackages(actor, statuses);
  }

  @Query(() => WorkPackageModel, { description: 'One work package: the association, or the assigned firm once it is offered.' })
  @Allow(...BID_PERMISSIONS.workPackage)
  workPackage(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<WorkPackageView> {
    return this.service.workPackage(actor, id);
  }

  @Mutation(() => WorkPackageModel)
  @Allow(...BID_PERMISSIONS.addWorkPackage)
  addWorkPackage(@CurrentActor() actor: Actor, @Args('input') input: AddWorkPackageInput): Promise<WorkPackage> {
    const { bidId, requirements, price, ...rest } = input;
    return this.bids.addWorkPackage(actor, bidId, { ...rest, covers: requirements, priceMinor: price });
  }

  @Mutation(() => WorkPackageModel, { description: 'Changes a DRAFT package.' })
  @Allow(...BID_PERMISSIONS.updateWorkPackage)
  updateWorkPackage(@CurrentActor() actor: Actor, @Args('input') input: UpdateWorkPackageInput): Promise<WorkPackage> {
    const { id, requirements, price, ...rest } = input;
    return this.bids.updateWorkPackage(actor, id, { ...rest, covers: requirements, priceMinor: price });
  }

  @Mutation(() => OfferWorkPackageResultModel, {
    description:
      "Sends a package to its firm after the solver's eligibility checks; over-committed capacity only warns. Re-offering sets a new deadline.",
  })
  @Allow(...BID_PERMISSIONS.offerWorkPackage)
  offerWorkPackage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('responseDeadline', { type: () => Date, nullable: true }) responseDeadline?: Date,
  ) {
    return this.service.offer(actor, id, responseDeadline ?? null).then(withWarnings);
  }

  @Mutation(() => [OfferWorkPackageResultModel], {
    description:
      'Offers several packages (e.g. every DRAFT package of a bid) in one transaction: all are offered or, if one cannot be, none (the error names it).',
  })
  @Allow(...BID_PERMISSIONS.offerWorkPackages)
  async offerWorkPackages(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [Int] }) ids: number[],
    @Args('responseDeadline', { type: () => Date, nullable: true }) responseDeadline?: Date,
  ) {
    return (await this.service.offerMany(actor, ids, responseDeadline ?? null)).map(withWarnings);
  }

  @Mutation(() => WorkPackageModel, {
    description: 'The assigned firm accepts, declines (with a reason) or counters (price and/or dates, with a comment).',
  })
  @Allow(...BID_PERMISSIONS.respondToWorkPackage)
  respondToWorkPackage(@CurrentActor() actor: Actor, @Args('input') input: RespondToWorkPackageInput): Promise<WorkPackageView> {
    return this.service.respond(actor, input.workPackageId, {
      kind: input.response,
      reason: input.reason,
      priceMinor: input.price,
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
      comment: input.comment,
    });
  }

  @Mutation(() => WorkPackageModel)
  @Allow(...BID_PERMISSIONS.acceptCounterOffer)
  acceptCounterOffer(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<WorkPackage> {
    return this.service.acceptCounterOffer(actor, id);
  }

  @Mutation(() => WorkPackageModel, {
    description: 'Gives the package to another firm (see reassignmentCandidates); it returns to DRAFT for a new offer.',
  })
  @Allow(...BID_PERMISSIONS.reassignWorkPackage)
  reassignWorkPackage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('memberId', { type: () => Int }) memberId: number,
    @Args('price', { type: () => MinorUnitsScalar, nullable: true }) price?: number,
  ): Promise<WorkPackage> {
    return this.service.reassign(actor, id, memberId, price);
  }

  @Mutation(() => WorkPackageModel)
  @Allow(...BID_PERMISSIONS.withdrawWorkPackage)
  withdrawWorkPackage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => Int }) id: number,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<WorkPackage> {
    return this.service.withdrawPackage(actor, id, reason ?? null);
  }

  @Query(() => [ReassignmentCandidateModel], {
    description: "The solver's next-best single firms for a package, excluding its firm and those who declined.",
  })
  @Allow(...BID_PERMISSIONS.reassignmentCandidates)
  reassignmentCandidates(@CurrentActor() actor: Actor, @Args('workPackageId', { type: () => Int }) workPackageId: number) {
    return this.service.reassignmentCandidates(actor, workPackageId);
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: "The firm's price: the firm itself and the association only." })
  price(wp: WorkPackageView): MoneyModel | null {
    return MoneyModel.maybe(wp.priceMinor, wp.currency);
  }

  @ResolveField(() => MoneyModel, { nullable: true, description: 'The counter-offered price: the firm itself and the association only.' })
  counterPrice(wp: WorkPackageView): MoneyModel | null {
    return MoneyModel.maybe(wp.counterPriceMinor, wp.currency);
  }

  @ResolveField(() => [PackageCoverModel], { description: 'The requirements it covers, with hours.' })
  requirements(wp: WorkPackage, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.covers).load(wp.id);
  }

  @ResolveField(() => [WorkPackageEventModel], {
    description: "Offers, answers, reassignments. A firm sees only its own firm's answers.",
  })
  history(wp: WorkPackage, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.events).load(wp.id);
  }

  @ResolveField(() => MemberModel, { description: 'The assigned firm (its public profile: name and so on).' })
  member(wp: WorkPackage, _args: unknown, ctx: GqlContext): Promise<Member> {
    return memberOf(ctx, this.members, wp.memberId);
  }

  @ResolveField(() => TenderSummaryModel, {
    description: "The tender's public summary (buyer, title, deadline): what a firm needs to answer the package.",
  })
  tender(wp: WorkPackage, _args: unknown, ctx: GqlContext): Promise<Tender> {
    return tenderOf(ctx, this.tenders, wp.tenderId);
  }
}

@Resolver(() => PackageCoverModel)
export class PackageCoverResolver {
  constructor(private readonly requirements: RequirementByIdLoader) {}

  @ResolveField(() => RequirementModel, { description: 'The requirement covered: description, capability, certificates.' })
  async requirement(c: WorkPackageRequirement, _args: unknown, ctx: GqlContext): Promise<Requirement> {
    const r = await ctx.loaders.get(this.requirements).load(c.requirementId);
    if (!r) throw new Error(`requirement ${c.requirementId} is missing`);
    return r;
  }
}

@Resolver(() => WorkPackageEventModel)
export class WorkPackageEventResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel, { description: 'The firm the event concerns.' })
  member(e: WorkPackageEventView, _args: unknown, ctx: GqlContext): Promise<Member> {
    return memberOf(ctx, this.members, e.memberId);
  }

  @ResolveField(() => MoneyModel, {
    nullable: true,
    description: 'The price offered, countered or agreed: the firm itself and the association only.',
  })
  price(e: WorkPackageEventView): MoneyModel | null {
    return MoneyModel.maybe(e.priceMinor, e.currency);
  }
}

@Resolver(() => ComplianceCoverageModel)
export class ComplianceCoverageResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => MemberModel, { description: 'The firm of the covering package.' })
  member(c: ComplianceCoverageModel, _args: unknown, ctx: GqlContext): Promise<Member> {
    return memberOf(ctx, this.members, c.memberId);
  }
}
