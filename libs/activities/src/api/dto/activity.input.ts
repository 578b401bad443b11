import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateScalar, MinorUnitsScalar } from '@app/core';
import { ActivityKind, ActivityLinkKind, ActivityStatus, FollowUpStatus, FundingSource, GoalsMet } from '../../entities/activity.entity';

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'Bid campaign, member service, competence project, marketing, other.',
});
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'DRAFT until a steering decision approves the plan; APPROVED while carried out; CLOSED once evaluated.',
});
registerEnumType(FundingSource, { name: 'FundingSource', description: 'Own funds, a grant of the grants register, or member fees.' });
registerEnumType(ActivityLinkKind, { name: 'ActivityLinkKind' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'On track, at risk, off track.' });
registerEnumType(GoalsMet, { name: 'GoalsMet' });

@InputType()
export class BoardAreaInput {
  @Field({ description: 'Stable code, e.g. FINANCE (A–Z, digits, _).' }) @IsString() @MaxLength(40) code: string;
  @Field({ description: 'The name in bokmål, e.g. «Økonomi, administrasjon og jus».' }) @IsString() @MaxLength(200) nameNb: string;
  @Field({ description: 'The name in English.' }) @IsString() @MaxLength(200) nameEn: string;
  @Field(() => Int, { description: 'The steering committee member who holds the area.' }) @IsInt() holderUserId: number;
}

@InputType()
export class BudgetLineInput {
  @Field(() => FundingSource) @IsEnum(FundingSource) source: FundingSource;
  @Field(() => Int, { nullable: true, description: 'GRANT: the grant of the grants register it draws from.' })
  @IsOptional()
  @IsInt()
  grantId?: number | null;
  @Field(() => MinorUnitsScalar, { description: 'NOK øre, above 0, e.g. "15000000" for 150 000 kr.' }) @IsInt() amount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class MilestoneInput {
  @Field() @IsString() @MaxLength(300) title: string;
  @Field(() => LocalDateScalar) @IsString() dueDate: string;
}

@InputType({ description: 'An activity plan; on update, what is left out stays as it is, and a list given replaces the old one.' })
export class ActivityPlanInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) title?: string | null;
  @Field(() => ActivityKind, { nullable: true }) @IsOptional() @IsEnum(ActivityKind) kind?: ActivityKind | null;
  @Field(() => String, { nullable: true, description: 'The board area it belongs to (its code).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  areaCode?: string | null;
  @Field(() => String, { nullable: true, description: 'What the activity is to achieve.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  goals?: string | null;
  @Field(() => Int, { nullable: true, description: 'Leads the work; any active user, often outside the board.' })
  @IsOptional()
  @IsInt()
  projectLeaderUserId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The steering committee member who answers for it.' })
  @IsOptional()
  @IsInt()
  contactUserId?: number | null;
  @Field(() => [Int], { nullable: true, description: 'The member firms taking part.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  firmIds?: number[] | null;
  @Field(() => [BudgetLineInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budget?: BudgetLineInput[] | null;
  @Field(() => [MilestoneInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones?: MilestoneInput[] | null;
}

@InputType()
export class ActivityFilter {
  @Field(() => ActivityStatus, { nullable: true }) @IsOptional() @IsEnum(ActivityStatus) status?: ActivityStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40) areaCode?: string | null;
  @Field(() => ActivityKind, { nullable: true }) @IsOptional() @IsEnum(ActivityKind) kind?: ActivityKind | null;
}

@InputType()
export class ActivityStatusReportInput {
  @Field(() => Int) @IsInt() activityId: number;
  @Field(() => FollowUpStatus) @IsEnum(FollowUpStatus) status: FollowUpStatus;
  @Field() @IsString() @MaxLength(4000) text: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it speaks for; today (Oslo) when left out.' })
  @IsOptional()
  @IsString()
  date?: string | null;
}

@InputType()
export class ActivityEvaluationInput {
  @Field(() => Int) @IsInt() activityId: number;
  @Field(() => GoalsMet) @IsEnum(GoalsMet) goalsMet: GoalsMet;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) goalsComment?: string | null;
  @Field(() => MinorUnitsScalar, { description: 'What the activity cost, NOK øre.' }) @IsInt() spent: number;
  @Field() @IsString() @MaxLength(4000) lessons: string;
}
