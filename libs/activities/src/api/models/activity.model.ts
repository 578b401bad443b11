import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, MoneyModel } from '@app/core';
import { ActivityKind, ActivityLinkKind, ActivityStatus, FollowUpStatus, FundingSource, GoalsMet } from '../../entities/activity.entity';

@ObjectType('BoardArea', { description: "One of the board's areas and the committee member who holds it." })
export class BoardAreaModel {
  @Field() code: string;
  @Field() nameNb: string;
  @Field() nameEn: string;
  @Field(() => Int) holderUserId: number;
}

@ObjectType('BoardAreaVersion', { description: 'The board areas as set at one time; the latest is in force.' })
export class BoardAreaVersionModel {
  @Field(() => Int, { description: '1, 2, 3 … in the order they were set.' }) version: number;
  @Field(() => GraphQLISODateTime) setAt: Date;
  @Field(() => [BoardAreaModel]) areas: BoardAreaModel[];
}

@ObjectType('ActivityBudgetLine')
export class BudgetLineModel {
  @Field(() => FundingSource) source: FundingSource;
  @Field(() => Int, { nullable: true, description: 'GRANT: the grant of the grants register.' }) grantId: number | null;
  @Field(() => MoneyModel) amount: MoneyModel;
  @Field() note: string;
}

@ObjectType('ActivityMilestone')
export class MilestoneModel {
  @Field(() => LocalDateScalar) dueDate: string;
  @Field() title: string;
  @Field({ description: 'Passed with no status report on or after its date (approved activities).' }) followUpOverdue: boolean;
}

@ObjectType('ActivityPlanRevision', { description: 'A plan as the committee approved it, frozen.' })
export class PlanRevisionModel {
  @Field(() => Int) revision: number;
  @Field(() => Int, { description: 'The steering decision that approved it.' }) decisionId: number;
  @Field(() => GraphQLISODateTime) approvedAt: Date;
  @Field(() => MoneyModel, { description: 'Σ the budget lines.' }) budgetTotal: MoneyModel;
  @Field(() => [BudgetLineModel]) budget: BudgetLineModel[];
  @Field(() => [MilestoneModel]) milestones: MilestoneModel[];
  @Field(() => [Int]) firmIds: number[];
}

@ObjectType('ActivityLink', { description: 'A tender, bid or order that belongs to the activity.' })
export class LinkModel {
  @Field(() => ActivityLinkKind) kind: ActivityLinkKind;
  @Field(() => Int) targetId: number;
}

@ObjectType('ActivityStatusReport')
export class StatusReportModel {
  @Field(() => Int) id: number;
  @Field(() => FollowUpStatus) status: FollowUpStatus;
  @Field() text: string;
  @Field(() => LocalDateScalar) date: string;
  @Field(() => Int) authorUserId: number;
}

@ObjectType('ActivityFigures', {
  description:
    'Worked out, never typed in: the approved budget and its grants, the spending the evaluation reports, and the orders won (Σ the awarded values of the linked orders that are not cancelled).',
})
export class FiguresModel {
  @Field(() => MoneyModel, { nullable: true, description: 'The approved revision’s budget.' }) budget: MoneyModel | null;
  @Field(() => MoneyModel, { nullable: true, description: 'Of it, from grants of the register.' }) grant: MoneyModel | null;
  @Field(() => MoneyModel, { nullable: true, description: 'Spent, from the evaluation.' }) spent: MoneyModel | null;
  @Field(() => MoneyModel, { nullable: true, description: 'Spent − budget (above 0: an overrun).' }) variance: MoneyModel | null;
  @Field(() => Int) ordersWonCount: number;
  @Field(() => MoneyModel) ordersWon: MoneyModel;
  @Field(() => String, { nullable: true, description: 'Orders won per krone spent, two decimals (e.g. "26.67").' })
  returnPerKroneSpent: string | null;
  @Field(() => String, { nullable: true, description: 'Orders won per krone of grant in the approved budget, two decimals.' })
  returnPerKroneGrant: string | null;
}

@ObjectType('ActivityEvaluation')
export class EvaluationModel {
  @Field(() => GoalsMet) goalsMet: GoalsMet;
  @Field() goalsComment: string;
  @Field(() => MoneyModel, { nullable: true, description: 'Null for firm users.' }) spent: MoneyModel | null;
  @Field() lessons: string;
  @Field(() => GraphQLISODateTime) evaluatedAt: Date;
}

@ObjectType('ActivityFirm')
export class ActivityFirmModel {
  @Field(() => Int) memberId: number;
}

@ObjectType('Activity', {
  description:
    'An activity or project of the association under a plan the steering committee approved. Firm users see those their firm takes part in, and no money.',
})
export class ActivityModel {
  @Field(() => Int) id: number;
  @Field() title: string;
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field() areaCode: string;
  @Field() goals: string;
  @Field(() => ActivityStatus) status: ActivityStatus;
  @Field(() => Int) projectLeaderUserId: number;
  @Field(() => Int) contactUserId: number;
  @Field(() => [ActivityFirmModel]) firms: ActivityFirmModel[];
  @Field(() => [BudgetLineModel], { nullable: true, description: "The working plan's budget; null for firm users." })
  budget: BudgetLineModel[] | null;
  @Field(() => MoneyModel, { nullable: true, description: "Σ the working plan's budget; null for firm users." })
  budgetTotal: MoneyModel | null;
  @Field(() => [MilestoneModel], { description: "The working plan's milestones, by date." }) milestones: MilestoneModel[];
  @Field(() => [LinkModel]) links: LinkModel[];
  @Field(() => [StatusReportModel], { description: 'Newest first.' }) statusReports: StatusReportModel[];
  @Field(() => FollowUpStatus, { nullable: true, description: 'The latest status report’s status.' }) latestFollowUp: FollowUpStatus | null;
  @Field(() => Int, { description: 'Milestones passed with no status report on or after their date.' }) overdueFollowUps: number;
  @Field(() => Int, { nullable: true, description: 'The revision in force (the last approved).' }) approvedRevision: number | null;
  @Field(() => [PlanRevisionModel], { description: 'Every approved revision, oldest first; empty for firm users.' })
  revisions: PlanRevisionModel[];
  @Field({
    description: 'The working plan’s budget or milestones differ from the approved revision: they need a new approval (ACTIVITY_APPROVAL).',
  })
  changedSinceApproval: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'The open ACTIVITY_APPROVAL decision on the plan, if any (the plan is locked meanwhile).',
  })
  openDecisionId: number | null;
  @Field(() => EvaluationModel, { nullable: true }) evaluation: EvaluationModel | null;
  @Field(() => FiguresModel, { nullable: true, description: 'Null for firm users.' }) figures: FiguresModel | null;
}

@ObjectType('ActivityReturn', { description: 'A closed activity’s return: orders won per krone spent and per krone of grant.' })
export class ActivityReturnModel {
  @Field(() => Int) activityId: number;
  @Field() title: string;
  @Field() areaCode: string;
  @Field(() => MoneyModel) spent: MoneyModel;
  @Field(() => MoneyModel) grant: MoneyModel;
  @Field(() => MoneyModel) ordersWon: MoneyModel;
  @Field(() => String, { nullable: true }) returnPerKroneSpent: string | null;
  @Field(() => String, { nullable: true }) returnPerKroneGrant: string | null;
}
