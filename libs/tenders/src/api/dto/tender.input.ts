import { ArgsType, Field, GraphQLISODateTime, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar, MoneyInput, PageArgs, OptionalNotNull } from '@app/core';
import { CertificateType, ClearanceLevel } from '@app/members';
import { Market } from '../../entities/tender.entity';
import { LossReason, TenderStage } from '../../tender-stage';

registerEnumType(Market, { name: 'Market' });
registerEnumType(TenderStage, { name: 'TenderStage' });
registerEnumType(LossReason, {
  name: 'LossReason',
  description: 'Why a tender was lost or withdrawn (a fixed list, so the committee can learn).',
});

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class LotInput {
  @Field({ description: 'The lot\'s key, e.g. "1" or the source\'s lot id.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lotKey: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  estimatedValue?: MoneyInput;
}

@InputType({ isAbstract: true })
class TenderFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field({ nullable: true, description: "The buyer's organisation number or other identifier." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  buyerIdentifier?: string;

  @Field({ nullable: true, description: 'MANUAL (default), OCDS, DOFFIN, TED …' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,20}$/)
  source?: string;

  @Field({ nullable: true, description: 'The id in the source, e.g. an OCDS ocid.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'] })
  @MaxLength(1000)
  referenceUrl?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Submission deadline (an instant; shown in Europe/Oslo).' })
  @IsOptional()
  @IsDate()
  deadline?: Date;

  @Field(() => MoneyInput, { nullable: true, description: 'Estimated value in its own currency; never converted.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  estimatedValue?: MoneyInput;

  @Field(() => ClearanceLevel, { nullable: true, description: 'Facility security clearance required, at this level or higher.' })
  @IsOptional()
  @IsEnum(ClearanceLevel)
  clearanceLevel?: ClearanceLevel;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  exportControlled?: boolean;

  @Field(() => Int, { nullable: true, description: 'Overrides the stage default, in basis points (6000 = 60 %).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  winProbabilityBp?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  responsibleUserId?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string;

  @Field(() => [LotInput], { nullable: true, description: "The tender's lots (replaces the list)." })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => LotInput)
  lots?: LotInput[];
}

@InputType()
export class CreateTenderInput extends TenderFieldsInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'title is required' })
  @MaxLength(500)
  title: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'buyerName is required' })
  @MaxLength(300)
  buyerName: string;

  @Field(() => Market)
  @IsEnum(Market)
  market: Market;
}

@InputType()
export class UpdateTenderInput extends TenderFieldsInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  buyerName?: string;

  @Field(() => Market, { nullable: true })
  @OptionalNotNull()
  @IsEnum(Market)
  market?: Market;

  @Field({ nullable: true, description: 'Clear the probability override.' })
  @IsOptional()
  @IsBoolean()
  clearWinProbability?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class RequiredCertificateInput {
  @Field(() => CertificateType)
  @IsEnum(CertificateType)
  type: CertificateType;

  @Field({ nullable: true, description: 'NADCAP: the process, e.g. WELDING.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  process?: string;
}

@InputType({ isAbstract: true })
class RequirementFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  quantity?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  unit?: string;

  @Field(() => [RequiredCertificateInput], { nullable: true, description: 'e.g. [{type: AQAP_2110}, {type: ISO_3834_2}]' })
  @OptionalNotNull()
  @ValidateNested({ each: true })
  @Type(() => RequiredCertificateInput)
  requiredCertificates?: RequiredCertificateInput[];

  @Field({ nullable: true, description: 'The lot it belongs to (lotKey), if any.' })
  @IsOptional()
  @IsString()
  lotKey?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  mandatory?: boolean;

  @Field({ nullable: true, description: 'All hours must go to one firm.' })
  @OptionalNotNull()
  @IsBoolean()
  indivisible?: boolean;
}

@InputType()
export class AddRequirementInput extends RequirementFieldsInput {
  @Field(() => Int)
  @IsInt()
  tenderId: number;

  @Field()
  @IsString()
  @MaxLength(40)
  capabilityCode: string;

  @Field(() => Int, { description: 'Estimated hours.' })
  @IsInt()
  hours: number;

  @Field(() => LocalDateScalar)
  @Matches(LOCAL_DATE)
  windowStart: string;

  @Field(() => LocalDateScalar)
  @Matches(LOCAL_DATE)
  windowEnd: string;
}

@InputType()
export class UpdateRequirementInput extends RequirementFieldsInput {
  @Field(() => Int)
  @IsInt()
  id: number;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsString()
  @MaxLength(40)
  capabilityCode?: string;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @IsInt()
  hours?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @OptionalNotNull()
  @Matches(LOCAL_DATE)
  windowStart?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @OptionalNotNull()
  @Matches(LOCAL_DATE)
  windowEnd?: string;

  @Field({ nullable: true, description: 'Keep it a draft (default: saving confirms it).' })
  @OptionalNotNull()
  @IsBoolean()
  draft?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType()
export class MoveTenderStageInput {
  @Field(() => Int)
  @IsInt()
  tenderId: number;

  @Field(() => TenderStage)
  @IsEnum(TenderStage)
  to: TenderStage;

  @Field({ nullable: true, description: 'Why; required when reopening.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @Field(() => LossReason, { nullable: true, description: 'Required for LOST and WITHDRAWN.' })
  @IsOptional()
  @IsEnum(LossReason)
  lossReason?: LossReason;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  lossReasonText?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'WON or LOST only: the day of the award or of the notice of loss (Europe/Oslo, not in the future); default today. The pipeline counts the outcome by this date.',
  })
  @IsOptional()
  @IsString()
  outcomeDate?: string;
}

@InputType()
export class TenderFilterInput {
  @Field(() => [TenderStage], { nullable: true })
  @IsOptional()
  @IsEnum(TenderStage, { each: true })
  stages?: TenderStage[];

  @Field(() => Market, { nullable: true })
  @IsOptional()
  @IsEnum(Market)
  market?: Market;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  deadlineFrom?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  deadlineTo?: Date;

  @Field({ nullable: true, description: 'Case-insensitive search in title and description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buyer?: string;
}

@ArgsType()
export class TendersArgs extends PageArgs {
  @Field(() => TenderFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TenderFilterInput)
  filter?: TenderFilterInput;
}
