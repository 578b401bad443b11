import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, MoneyModel } from '@app/core';
import { Bid, BidRevision } from '../entities/bid.entity';
import { type BidRevisionSnapshot, SubmissionService } from '../submission.service';
import { BidModel } from './models/bid.model';
import { BidRevisionModel, BidRevisionPackageModel } from './models/submission.model';
import { CorrectBidOutcomeInput, RecordBidOutcomeInput, ReviseBidInput } from './dto/submission.input';

import { BID_PERMISSIONS } from '../bids.permissions';

@Resolver(() => BidRevisionModel)
export class SubmissionResolver {
  constructor(private readonly service: SubmissionService) {}

  @Mutation(() => BidRevisionModel, {
    description: 'Sends an APPROVED bid, freezing it as the next revision. After the tender deadline it needs lateSubmissionReason.',
  })
  @Allow(...BID_PERMISSIONS.submitBid)
  submitBid(
    @CurrentActor() actor: Actor,
    @Args('bidId', { type: () => Int }) bidId: number,
    @Args('lateSubmissionReason', { nullable: true }) lateSubmissionReason?: string,
  ): Promise<BidRevision> {
    return this.service.submit(actor, bidId, lateSubmissionReason ?? null);
  }

  @Mutation(() => BidModel, {
    description: 'Changes a submitted bid (negotiation round): it goes back to READY and needs approval and submission as a new revision.',
  })
  @Allow(...BID_PERMISSIONS.reviseBid)
  reviseBid(@CurrentActor() actor: Actor, @Args('input') input: ReviseBidInput): Promise<Bid> {
    return this.service.revise(actor, input.bidId, {
      reason: input.reason,
      coordinationFeeBp: input.coordinationFeeBp,
      coordinationFeeFixedMinor: input.coordinationFeeFixed,
      contingencyBp: input.contingencyBp,
      contingencyFixedMinor: input.contingencyFixed,
      packagePrices: input.packagePrices?.map((p) => ({ workPackageId: p.workPackageId, priceMinor: p.price })),
    });
  }

  @Mutation(() => BidModel, {
    description:
      'Corrects a recorded outcome, with a reason: the date (WON or LOST), the awarded value and contract reference (WON). The order follows; the audit trail (auditTrail, entity Bid) keeps what it was.',
  })
  @Allow(...BID_PERMISSIONS.correctBidOutcome)
  correctBidOutcome(@CurrentActor() actor: Actor, @Args('input') input: CorrectBidOutcomeInput): Promise<Bid> {
    return this.service.correctOutcome(actor, input.bidId, {
      reason: input.reason,
      date: input.date,
      awardedValueMinor: input.awardedValue,
      contractReference: input.contractReference,
    });
  }

  @Mutation(() => BidModel, {
    description: 'WON (awarded value, contract reference, date) creates the order; LOST records the reason and winner.',
  })
  @Allow(...BID_PERMISSIONS.recordBidOutcome)
  recordBidOutcome(@CurrentActor() actor: Actor, @Args('input') input: RecordBidOutcomeInput): Promise<Bid> {
    return this.service.recordOutcome(actor, input.bidId, {
      outcome: input.outcome,
      date: input.date,
      awardedValueMinor: input.awardedValue,
      contractReference: input.contractReference,
      lossReason: input.lossReason,
      winnerName: input.winnerName,
      winnerPriceMinor: input.winnerPrice,
      note: input.note,
    });
  }

  @Query(() => BidRevisionModel, { description: 'A revision exactly as it was sent.' })
  @Allow(...BID_PERMISSIONS.bidRevision)
  bidRevision(
    @CurrentActor() actor: Actor,
    @Args('bidId', { type: () => Int }) bidId: number,
    @Args('revision', { type: () => Int }) revision: number,
  ): Promise<BidRevision> {
    return this.service.revision(actor, bidId, revision);
  }

  @Query(() => [BidRevisionModel])
  @Allow(...BID_PERMISSIONS.bidRevisions)
  bidRevisions(@CurrentActor() actor: Actor, @Args('bidId', { type: () => Int }) bidId: number): Promise<BidRevision[]> {
    return this.service.revisions(actor, bidId);
  }

  @ResolveField(() => MoneyModel)
  bidPrice(r: BidRevision): MoneyModel {
    return MoneyModel.of({ minorUnits: r.bidPriceMinor, currency: r.currency });
  }

  @ResolveField(() => [BidRevisionPackageModel], { description: 'The packages as sent.' })
  workPackages(r: BidRevision): BidRevisionPackageModel[] {
    const s = JSON.parse(r.snapshot) as BidRevisionSnapshot;
    return s.workPackages.map((p) => ({ ...p, price: MoneyModel.of({ minorUnits: p.priceMinor, currency: r.currency }) }));
  }
}
