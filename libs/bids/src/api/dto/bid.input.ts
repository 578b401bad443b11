import { Field, GraphQLISODateTime, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar, OptionalNotNull } from '@app/core';
import { SuggestConsortiaOptions } from '@app/matching';
import { BidderKind, BidStatus, ResponseKind, WorkPackageStatus } from '../../entities/bid.entity';

registerEnumType(BidStatus, { name: 'BidStatus' });
registerEnumType(BidderKind, { name: 'BidderKind' });
registerEnumType(WorkPackageStatus, { name: 'WorkPackageStatus' });
registerEnumType(ResponseKind, { name: 'ResponseKind' });

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ isAbstract: true })
class BidFeesInput {
  @Field(() => Int, { nullable: true, description: "Coordination fee as basis points of the packages' total …" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  coordinationFeeBp?: number;

  @Field(() => MinorUnitsScalar, { nullable: true, description: '… or as a fixed amount (minor units).' })
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

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string;
}

@InputType()
export class CreateBidInput extends BidFeesInput {
  @Field(() => Int)
  @IsInt()
  tenderId: number;

  @Field(() => BidderKind, { defaultValue: BidderKind.ASSOCIATION })
  @IsEnum(BidderKind)
  bidderKind: BidderKind = BidderKind.ASSOCIATION;

  @Field(() => Int, { nullable: true, description: 'For MEMBER_PRIME: the member acting as prime.' })
  @IsOptional()
  @IsInt()
  primeMemberId?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;
}

@InputType({ description: 'One firm-and-requirement assignment of the alternative as the project leader saw it.' })
export class SeenAssignmentInput {
  @Field(() => Int)
  @IsInt()
  firmId: number;

  @Field(() => Int)
  @IsInt()
  requirementId: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  hours: number;
}

@InputType()
export class CreateBidFromSuggestionInput extends CreateBidInput {
  @Field(() => Int, { defaultValue: 1, description: 'Which alternative of suggestConsortia (1 = best).' })
  @IsInt()
  @Min(1)
  @Max(10)
  rank: number = 1;

  @Field(() => SuggestConsortiaOptions, {
    nullable: true,
    description: 'The same options as suggestConsortia, so the alternative is the same.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SuggestConsortiaOptions)
  options?: SuggestConsortiaOptions;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Response deadline for the pre-filled packages.' })
  @IsOptional()
  @IsDate()
  responseDeadline?: Date;

  @Field(() => [SeenAssignmentInput], {
    nullable: true,
    description:
      "The alternative's assignments as shown to you. When given, the bid is made only if the alternative is still exactly these (else CONFLICT, reason SUGGESTION_CHANGED, and nothing is written), so the bid is the one you saw.",
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SeenAssignmentInput)
  seen?: SeenAssignmentInput[];

  @Field({
    nullable: true,
    description:
      "Required when the tender is not in NOK: how many NOK one unit of the tender's currency is, e.g. \"11.75\" (at most 6 decimals). The solver's costs are the firms' NOK rates; they are converted into package prices at this rate, which is stored on the bid.",
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d+(\.\d{1,6})?$/, { message: 'exchangeRate is a positive decimal with at most 6 decimals, e.g. 11.75' })
  exchangeRate?: string;
}

@InputType()
export class UpdateBidInput extends BidFeesInput {
  @Field(() => Int)
  @IsInt()
  bidId: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;
}

@InputType()
export class PackageCoverInput {
  @Field(() => Int)
  @IsInt()
  requirementId: number;

  @Field(() => Int, { description: 'Hours of the requirement this package covers.' })
  @IsInt()
  hours: number;
}

@InputType({ isAbstract: true })
class WorkPackageFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  scope?: string;

  @Field(() => MinorUnitsScalar, { nullable: true, description: "The firm's price (private to the firm and the association)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  price?: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  responseDeadline?: Date;
}

@InputType()
export class AddWorkPackageInput extends WorkPackageFieldsInput {
  @Field(() => Int)
  @IsInt()
  bidId: number;

  @Field(() => Int, { description: 'The assigned firm.' })
  @IsInt()
  memberId: number;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => [PackageCoverInput], { description: 'The requirements it covers (at least one).' })
  @ValidateNested({ each: true })
  @Type(() => PackageCoverInput)
  requirements: PackageCoverInput[];

  @Field(() => LocalDateScalar)
  @Matches(LOCAL_DATE)
  windowStart: string;

  @Field(() => LocalDateScalar)
  @Matches(LOCAL_DATE)
  windowEnd: string;
}

@InputType()
export class UpdateWorkPackageInput extends WorkPackageFieldsInput {
  @Field(() => Int)
  @IsInt()
  id: number;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt()
  memberId?: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => [PackageCoverInput], { nullable: true })
  @OptionalNotNull()
  @ValidateNested({ each: true })
  @Type(() => PackageCoverInput)
  requirements?: PackageCoverInput[];

  @Field(() => LocalDateScalar, { nullable: true })
  @OptionalNotNull()
  @Matches(LOCAL_DATE)
  windowStart?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @OptionalNotNull()
  @Matches(LOCAL_DATE)
  windowEnd?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class RespondToWorkPackageInput {
  @Field(() => Int)
  @IsInt()
  workPackageId: number;

  @Field(() => ResponseKind)
  @IsEnum(ResponseKind)
  response: ResponseKind;

  @Field({ nullable: true, description: 'DECLINE: why.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'COUNTER: the new price.' })
  @IsOptional()
  @IsInt()
  price?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'COUNTER: new dates.' })
  @IsOptional()
  @Matches(LOCAL_DATE)
  windowStart?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @Matches(LOCAL_DATE)
  windowEnd?: string;

  @Field({ nullable: true, description: 'COUNTER: the explanation.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType()
export class BidFilterInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  tenderId?: number;

  @Field(() => [BidStatus], { nullable: true })
  @IsOptional()
  @IsEnum(BidStatus, { each: true })
  statuses?: BidStatus[];
}
