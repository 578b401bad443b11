import { Args, Field, GraphQLISODateTime, InputType, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { type Actor, Allow, CurrentActor, LocalDateScalar, MinorUnitsScalar, MoneyModel } from '@app/core';
import { LossReason } from '@app/tenders';
import { Bid, BidRevision } from '../entities/bid.entity';
import { type BidRevisionSnapshot, SubmissionService } from '../submission.service';
import { BidModel } from './models/bid.model';
import { BID_PERMISSIONS } from '../bids.permissions';

@InputType()
export class PackagePriceInput {
  @Field(() => Int)
  @IsInt()
  workPackageId: number;

  @Field(() => MinorUnitsScalar)
  @IsInt()
  price: number;
}

@InputType()
export class ReviseBidInput {
  @Field(() => Int)
  @IsInt()
  bidId: number;

  @Field({ description: 'Why the submitted bid changes, e.g. "negotiation round 1".' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  coordinationFeeBp?: number;

  @Field(() => MinorUnitsScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  coordinationFeeFixed?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  contingencyBp?: number;

  @Field(() => MinorUnitsScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  contingencyFixed?: number;

  @Field(() => [PackagePriceInput], { nullable: true, description: 'New prices of accepted packages, agreed with the firms.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PackagePriceInput)
  packagePrices?: PackagePriceInput[];
}

@InputType()
export class RecordBidOutcomeInput {
  @Field(() => Int)
  @IsInt()
  bidId: number;

  @Field({ description: 'WON or LOST.' })
  @IsIn(['WON', 'LOST'])
  outcome: 'WON' | 'LOST';

  @Field(() => LocalDateScalar, { description: 'Award or notice date.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date: string;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'WON: the awarded value.' })
  @IsOptional()
  @IsInt()
  awardedValue?: number;

  @Field({ nullable: true, description: 'WON: the contract reference.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contractReference?: string;

  @Field(() => LossReason, { nullable: true, description: 'LOST: why, from the fixed list.' })
  @IsOptional()
  @IsEnum(LossReason)
  lossReason?: LossReason;

  @Field({ nullable: true, description: 'LOST: the winner, if known.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  winnerName?: string;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'LOST: the winning price, if known.' })
  @IsOptional()
  @IsInt()
  winnerPrice?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class CorrectBidOutcomeInput {
  @Field(() => Int)
  @IsInt()
  bidId: number;

  @Field({ description: 'Why the recorded outcome was wrong; kept in the audit trail with what it was.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The right award or notice date (not in the future).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date?: string;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'WON: the right awarded value.' })
  @IsOptional()
  @IsInt()
  awardedValue?: number;

  @Field({ nullable: true, description: 'WON: the right contract reference.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contractReference?: string;
}

@ObjectType('BidRevisionPackage')
class BidRevisionPackageModel {
  @Field(() => Int)
  id: number;
  @Field(() => Int)
  memberId: number;
  @Field()
  memberName: string;
  @Field()
  title: string;
  @Field(() => Int)
  hours: number;
  @Field(() => MoneyModel)
  price: MoneyModel;
  @Field(() => LocalDateScalar)
  windowStart: string;
  @Field(() => LocalDateScalar)
  windowEnd: string;
}

@ObjectType('BidRevision', { description: 'A bid exactly as it was sent. Never changes.' })
export class BidRevisionModel {
  @Field(() => Int)
  bidId: number;
  @Field(() => Int)
  revision: number;
  @Field(() => GraphQLISODateTime)
  submittedAt: Date;
  @Field()
  submittedByEmail: string;
  @Field(() => String, { nullable: true })
  lateOverrideReason: string | null;
  @Field(() => String, { nullable: true })
  changeReason: string | null;
  @Field(() => MoneyModel)
  bidPrice: MoneyModel;
  @Field({ description: 'The whole frozen snapshot as JSON: tender, bid, packages, compliance matrix, price build-up.' })
  snapshot: string;
}

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
