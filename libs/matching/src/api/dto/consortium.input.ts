import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

@InputType()
export class SuggestConsortiaOptions {
  @Field(() => [Int], { nullable: true, description: 'Firms that must be in every alternative.' })
  @IsOptional()
  @IsInt({ each: true })
  requiredFirmIds?: number[];

  @Field(() => [Int], { nullable: true, description: 'Firms never to use.' })
  @IsOptional()
  @IsInt({ each: true })
  excludedFirmIds?: number[];

  @Field(() => Int, { nullable: true, description: 'At most this many firms per alternative.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxFirms?: number;

  @Field(() => Int, {
    defaultValue: 3,
    description:
      'How many ranked alternatives (1–10). Each leaves out at least one firm (other than required ones) of every better-ranked alternative, so alternatives differ in which firms carry the work; fewer come back when no more exist.',
  })
  @IsInt()
  @Min(1)
  @Max(10)
  alternatives: number = 3;

  @Field(() => Int, {
    defaultValue: 2000,
    description: 'Time budget in ms (100–10000); beyond it the best found is returned with its gap.',
  })
  @IsInt()
  @Min(100)
  @Max(10000)
  timeBudgetMs: number = 2000;

  @Field({ defaultValue: false, description: 'Also cover optional requirements (default: mandatory only).' })
  @IsBoolean()
  coverOptional: boolean = false;
}
