import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor, type GqlContext, MoneyModel } from '@app/core';
import { PersonModel, UserByIdLoader } from '@app/identity';
import { MemberByIdLoader } from '@app/members';
import { PipelineModel } from '@app/pipeline';
import { type ActivityPlanInput as PlanInput, type ActivityView, ActivitiesService, type FrozenPlan } from '../activities.service';
import { budgetTotal } from '../activity-rules';
import { ActivityLinkKind, ActivityStatus } from '../entities/activity.entity';
import {
  ActivityEvaluationInput,
  ActivityFilter,
  ActivityPlanInput,
  ActivityStatusReportInput,
  BoardAreaInput,
} from './dto/activity.input';
import {
  ActivityFirmModel,
  ActivityModel,
  ActivityReturnModel,
  BoardAreaModel,
  BoardAreaVersionModel,
  type BudgetLineModel,
  type MilestoneModel,
} from './models/activity.model';
import { ACTIVITY_PERMISSIONS } from '../activities.permissions';

const nok = (minorUnits: number) => MoneyModel.of({ minorUnits, currency: 'NOK' });
const maybeNok = (minorUnits: number | null) => (minorUnits === null ? null : nok(minorUnits));

function budgetLines(lines: FrozenPlan['budget']): BudgetLineModel[] {
  return lines.map((b) => ({
    source: b.source as BudgetLineModel['source'],
    grantId: b.grantId,
    amount: nok(b.amountMinor),
    note: b.note,
  }));
}

function toModel(v: ActivityView): ActivityModel {
  const a = v.activity;
  const overdue = new Set(v.overdueMilestones.map((m) => m.id));
  const f = v.figures;
  const milestones = (ms: { title: string; dueDate: string; id?: number }[]): MilestoneModel[] =>
    ms.map((m) => ({ title: m.title, dueDate: m.dueDate, followUpOverdue: m.id !== undefined && overdue.has(m.id) }));
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    areaCode: a.areaCode,
    goals: a.goals,
    status: a.status,
    projectLeaderUserId: a.projectLeaderUserId,
    contactUserId: a.contactUserId,
    firms: v.firmIds.map((memberId) => ({ memberId })),
    budget: v.budget ? budgetLines(v.budget.map((b) => ({ ...b, grantId: b.grantId ?? null }))) : null,
    budgetTotal: v.budget ? nok(v.budget.reduce((s, b) => s + b.amountMinor, 0)) : null,
    milestones: milestones(v.milestones),
    links: v.links.map((l) => ({ kind: l.kind, targetId: l.targetId })),
    statusReports: v.reports.map((r) => ({ id: r.id, status: r.status, text: r.text, date: r.date, authorUserId: r.authorUserId })),
    latestFollowUp: v.reports[0]?.status ?? null,
    overdueFollowUps: v.overdueMilestones.length,
    approvedRevision: a.approvedRevision,
    revisions: v.revisions.map(({ revision, plan }) => ({
      revision: revision.revision,
      decisionId: revision.decisionId,
      approvedAt: revision.approvedAt,
      budgetTotal: nok(budgetTotal(plan)),
      budget: budgetLines(plan.budget),
      milestones: milestones(plan.milestones),
      firmIds: plan.firmIds,
    })),
    changedSinceApproval: v.amended,
    openDecisionId: v.openDecisionId,
    evaluation: v.evaluation && {
      goalsMet: v.evaluation.goalsMet,
      goalsComment: v.evaluation.goalsComment,
      spent: v.showMoney ? nok(v.evaluation.spentMinor) : null,
      lessons: v.evaluation.lessons,
      evaluatedAt: v.evaluation.evaluatedAt,
    },
    figures: f && {
      budget: maybeNok(f.budgetMinor),
      grant: maybeNok(f.grantMinor),
      spent: maybeNok(f.spentMinor),
      variance: maybeNok(f.varianceMinor),
      ordersWonCount: f.ordersWonCount,
      ordersWon: nok(f.ordersWonMinor),
      returnPerKroneSpent: f.returnPerKroneSpent,
      returnPerKroneGrant: f.returnPerKroneGrant,
    },
  };
}

@Resolver(() => ActivityModel)
export class ActivityResolver {
  constructor(
    private readonly service: ActivitiesService,
    private readonly users: UserByIdLoader,
  ) {}

  @Query(() => [ActivityModel], {
    description:
      'Activities for the steering dashboard: overdue follow-ups first, then approved, drafts, closed; newest first within each. Firm users see those their firm takes part in (or they lead), with no money.',
  })
  @Allow(...ACTIVITY_PERMISSIONS.activities)
  async activities(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter | null,
  ): Promise<ActivityModel[]> {
    return (await this.service.list(actor, filter ?? {})).map(toModel);
  }

  @Query(() => ActivityModel)
  @Allow(...ACTIVITY_PERMISSIONS.activity)
  async activity(@CurrentActor() actor: Actor, @Args('id', { type: () => Int }) id: number): Promise<ActivityModel> {
    return toModel(await this.service.get(actor, id));
  }

  @Mutation(() => ActivityModel, {
    description: 'Registers an activity as a DRAFT plan; a steering decision (ACTIVITY_APPROVAL) approves it.',
  })
  @Allow(...ACTIVITY_PERMISSIONS.createActivity)
  async createActivity(@CurrentActor() actor: Actor, @Args('input') input: ActivityPlanInput): Promise<ActivityModel> {
    return toModel(await this.service.create(actor, planInput(input)));
  }

  @Mutation(() => ActivityModel, {
    description:
      'Changes the working plan (not while a decision on it is open). After an approval, a changed budget or milestones are held until a new ACTIVITY_APPROVAL decision approves them.',
  })
  @Allow(...ACTIVITY_PERMISSIONS.updateActivityPlan)
  async updateActivityPlan(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => Int }) activityId: number,
    @Args('input') input: ActivityPlanInput,
  ): Promise<ActivityModel> {
    return toModel(await this.service.updatePlan(actor, activityId, planInput(input)));
  }

  @Mutation(() => ActivityModel, { description: 'Links a tender, bid or order to the activity; an order belongs to one activity only.' })
  @Allow(...ACTIVITY_PERMISSIONS.linkToActivity)
  async linkToActivity(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => Int }) activityId: number,
    // typed string: an imported enum as a parameter's type reaches the validation pipe as a class
    @Args('kind', { type: () => ActivityLinkKind }) kind: string,
    @Args('targetId', { type: () => Int }) targetId: number,
  ): Promise<ActivityModel> {
    return toModel(await this.service.link(actor, activityId, kind as ActivityLinkKind, targetId));
  }

  @Mutation(() => ActivityModel)
  @Allow(...ACTIVITY_PERMISSIONS.unlinkFromActivity)
  async unlinkFromActivity(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => Int }) activityId: number,
    @Args('kind', { type: () => ActivityLinkKind }) kind: string,
    @Args('targetId', { type: () => Int }) targetId: number,
  ): Promise<ActivityModel> {
    return toModel(await this.service.unlink(actor, activityId, kind as ActivityLinkKind, targetId));
  }

  @Mutation(() => ActivityModel, { description: "The responsible board contact's status report on an approved activity." })
  @Allow(...ACTIVITY_PERMISSIONS.recordActivityStatusReport)
  async recordActivityStatusReport(@CurrentActor() actor: Actor, @Args('input') input: ActivityStatusReportInput): Promise<ActivityModel> {
    return toModel(await this.service.report(actor, input.activityId, input));
  }

  @Mutation(() => ActivityModel, {
    description:
      'The responsible board contact closes an approved activity with its evaluation; the order figures are worked out from the links.',
  })
  @Allow(...ACTIVITY_PERMISSIONS.closeActivity)
  async closeActivity(@CurrentActor() actor: Actor, @Args('input') input: ActivityEvaluationInput): Promise<ActivityModel> {
    return toModel(
      await this.service.close(actor, input.activityId, {
        goalsMet: input.goalsMet,
        goalsComment: input.goalsComment,
        spentMinor: input.spent,
        lessons: input.lessons,
      }),
    );
  }

  @ResolveField(() => PersonModel, { description: 'The project leader (name).' })
  async projectLeader(a: ActivityModel, _args: unknown, ctx: GqlContext): Promise<PersonModel> {
    return person(await ctx.loaders.get(this.users).load(a.projectLeaderUserId), a.projectLeaderUserId);
  }

  @ResolveField(() => PersonModel, { description: 'The responsible board contact (name).' })
  async contact(a: ActivityModel, _args: unknown, ctx: GqlContext): Promise<PersonModel> {
    return person(await ctx.loaders.get(this.users).load(a.contactUserId), a.contactUserId);
  }
}

function person(u: { displayName: string } | undefined, id: number): PersonModel {
  return { id, name: u?.displayName ?? `#${id}` };
}

function planInput(i: ActivityPlanInput): PlanInput {
  const { budget, ...rest } = i;
  return {
    ...rest,
    budget: budget ? budget.map((b) => ({ source: b.source, grantId: b.grantId, amountMinor: b.amount, note: b.note })) : budget,
  };
}

@Resolver(() => ActivityFirmModel)
export class ActivityFirmResolver {
  constructor(private readonly members: MemberByIdLoader) {}

  @ResolveField(() => String, { description: "The firm's name." })
  async name(f: ActivityFirmModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return (await ctx.loaders.get(this.members).load(f.memberId))?.name ?? `#${f.memberId}`;
  }
}

@Resolver(() => BoardAreaModel)
export class BoardAreaResolver {
  constructor(
    private readonly service: ActivitiesService,
    private readonly users: UserByIdLoader,
  ) {}

  @Query(() => BoardAreaVersionModel, { nullable: true, description: 'The board areas in force and who holds each; null until set.' })
  @Allow(...ACTIVITY_PERMISSIONS.boardAreas)
  async boardAreas(@CurrentActor() actor: Actor): Promise<BoardAreaVersionModel | null> {
    const { version, areas } = await this.service.boardAreas(actor);
    return version && { version: version.id, setAt: version.setAt, areas };
  }

  @Query(() => [BoardAreaVersionModel], { description: 'Every version of the board areas, newest first.' })
  @Allow(...ACTIVITY_PERMISSIONS.boardAreaHistory)
  async boardAreaHistory(@CurrentActor() actor: Actor): Promise<BoardAreaVersionModel[]> {
    return (await this.service.boardAreaHistory(actor)).map(({ version, areas }) => ({ version: version.id, setAt: version.setAt, areas }));
  }

  @Mutation(() => BoardAreaVersionModel, {
    description: 'Sets the board areas as a new version: each held by one steering committee member, each member at most one area.',
  })
  @Allow(...ACTIVITY_PERMISSIONS.setBoardAreas)
  async setBoardAreas(
    @CurrentActor() actor: Actor,
    @Args('areas', { type: () => [BoardAreaInput] }) areas: BoardAreaInput[],
  ): Promise<BoardAreaVersionModel> {
    const { version, areas: saved } = await this.service.setBoardAreas(actor, areas);
    return { version: version.id, setAt: version.setAt, areas: saved };
  }

  @ResolveField(() => PersonModel, { description: 'The committee member who holds the area (name).' })
  async holder(a: BoardAreaModel, _args: unknown, ctx: GqlContext): Promise<PersonModel> {
    return person(await ctx.loaders.get(this.users).load(a.holderUserId), a.holderUserId);
  }
}

/** The pipeline screen's part that belongs to this context: the closed activities' returns. */
@Resolver(() => PipelineModel)
export class PipelineActivityReturnsResolver {
  constructor(private readonly service: ActivitiesService) {}

  @ResolveField(() => [ActivityReturnModel], {
    description: 'Per closed activity (all time, not limited to the period): orders won through it per krone spent and per krone of grant.',
  })
  async activityReturns(_p: PipelineModel, _args: unknown, ctx: GqlContext): Promise<ActivityReturnModel[]> {
    return (await this.service.list(ctx.loaders.actor, { status: ActivityStatus.CLOSED })).map((v) => ({
      activityId: v.activity.id,
      title: v.activity.title,
      areaCode: v.activity.areaCode,
      spent: nok(v.figures?.spentMinor ?? 0),
      grant: nok(v.figures?.grantMinor ?? 0),
      ordersWon: nok(v.figures?.ordersWonMinor ?? 0),
      returnPerKroneSpent: v.figures?.returnPerKroneSpent ?? null,
      returnPerKroneGrant: v.figures?.returnPerKroneGrant ?? null,
    }));
  }
}
