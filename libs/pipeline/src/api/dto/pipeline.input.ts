import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar } from '@app/core';
import { Market } from '@app/tenders';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
