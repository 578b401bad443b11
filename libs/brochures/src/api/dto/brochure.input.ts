import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { LocalDateScalar } from '@app/core';
import { BrochureKind } from '../../entities/brochure.entity';
import { MAX_ALTERNATIVE_RANK } from '../../brochures.service';
import { BrochureLanguageCode } from '../models/brochure.model';

@InputType({
  description:
    'NETWORK: no tender. TENDER: tenderId plus either bidId (its offered/accepted work packages) or alternativeRank (a solver alternative; default 1).',
})
export class GenerateBrochureInput {
  @Field(() => BrochureKind)
  @IsEnum(BrochureKind)
  kind: BrochureKind;

  @Field(() => BrochureLanguageCode)
  @IsEnum(BrochureLanguageCode)
  language: BrochureLanguageCode;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  tenderId?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  bidId?: number;

  @Field(() => Int, { nullable: true, description: 'Which solver alternative (1 = best), as suggestConsortia ranks them.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ALTERNATIVE_RANK)
  alternativeRank?: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Printed on the cover and the certificate cut-off; default today (Oslo).' })
  @IsOptional()
  statedDate?: string;
}

@ArgsType()
export class BrochuresArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many, newest first (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}
