import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar } from '@app/core';
import { LossReason } from '@app/tenders';

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
