import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DecisionKind, DecisionStatus } from '../../entities/steering.entity';

@InputType()
export class OpenSteeringDecisionInput {
  @Field(() => DecisionKind)
  @IsEnum(DecisionKind)
  kind: DecisionKind;

  @Field(() => Int, { nullable: true, description: 'TENDER_GO: the tender.' })
  @IsOptional()
  @IsInt()
  tenderId?: number;

  @Field(() => Int, { nullable: true, description: 'BID_APPROVAL: the READY bid.' })
  @IsOptional()
  @IsInt()
  bidId?: number;

  @Field(() => Int, { nullable: true, description: 'ACTIVITY_APPROVAL: the activity whose plan (as it stands) is put to the vote.' })
  @IsOptional()
  @IsInt()
  activityId?: number;

  @Field({ nullable: true, description: 'The question; a sensible one is written if left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  question?: string;
}

@InputType()
export class CommitteeMemberInput {
  @Field(() => Int)
  @IsInt()
  userId: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  chair: boolean = false;

  @Field({ defaultValue: false, description: 'The deputy chair (at most one): holds the casting vote when the chair is disqualified.' })
  @IsBoolean()
  deputyChair: boolean = false;
}

@InputType()
export class SteeringDecisionFilter {
  @Field(() => DecisionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DecisionStatus)
  status?: DecisionStatus;

  @Field(() => DecisionKind, { nullable: true })
  @IsOptional()
  @IsEnum(DecisionKind)
  kind?: DecisionKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  tenderId?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  bidId?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  activityId?: number;
}
