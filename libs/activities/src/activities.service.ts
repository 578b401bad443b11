import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import {
  type Actor,
  AppError,
  Database,
  type FieldProblem,
  type Tx,
  type UserActor,
  addDays,
  audit,
  guardedUpdate,
  isLocalDate,
  osloDate,
  demand,
  may,
  Ports,
  FieldRule,
  ErrorReason,
} from '@app/core';
import { Bid } from '@app/bids';
import { User } from '@app/identity';
import { Member } from '@app/members';
import { type NewNotification, NotificationsService, yieldToRequests } from '@app/notifications';
import { Order, OrderStatus } from '@app/orders';
import { Grant } from '@app/pipeline';
import {
  ACTIVITY_APPROVAL_PORT,
  CommitteeMember,
  DecisionKind,
  DecisionStatus,
  type SteeringDecision,
  SteeringDecision as Decision,
} from '@app/steering';
import { Tender } from '@app/tenders';
import {
  Activity,
  ActivityBudgetLine,
  ActivityEvaluation,
  ActivityFirm,
  ActivityKind,
  ActivityLink,
  ActivityLinkKind,
  ActivityMilestone,
  ActivityPlanRevision,
  ActivityStatus,
  ActivityStatusReport,
  BoardArea,
  BoardAreaVersion,
  FollowUpStatus,
  FundingSource,
  GoalsMet,
} from './entities/activity.entity';
import { type ActivityFigures, activityFigures, type FrozenPlan, planOf, samePlan } from './activity-rules';
import { ACTIVITY_PERMISSIONS } from './activities.permissions';

export type { ActivityFigures, FrozenPlan };

export interface BoardAreaInput {
  code: string;
  nameNb: string;
  nameEn: string;
  holderUserId: number;
}

export interface BudgetLineInput {
  source: FundingSource;
  grantId?: number | null;
  amountMinor: number;
  note?: string | null;
}

export interface MilestoneInput {
  title: string;
  dueDate: string;
}

export interface ActivityPlanInput {
  title?: string | null;
  kind?: ActivityKind | null;
  areaCode?: string | null;
  goals?: string | null;
  projectLeaderUserId?: number | null;
  contactUserId?: number | null;
  firmIds?: number[] | null;
  budget?: BudgetLineInput[] | null;
  milestones?: MilestoneInput[] | null;
}

export interface EvaluationInput {
  goalsMet: GoalsMet;
  goalsComment?: string | null;
  spentMinor: number;
  lessons: string;
}

/** An activity with everything the screens show; budgets are left out (null) for firm users. */
export interface ActivityView {
  activity: Activity;
  firmIds: number[];
  /** The working plan's budget lines; null when the reader may not see money. */
  budget: ActivityBudgetLine[] | null;
  milestones: ActivityMilestone[];
  links: ActivityLink[];
  reports: ActivityStatusReport[];
  revisions: { revision: ActivityPlanRevision; plan: FrozenPlan }[];
  /** The working plan's budget or milestones differ from the approved revision: a new approval is needed. */
  amended: boolean;
  openDecisionId: number | null;
  /** Milestones past their date with no status report on or after it. */
  overdueMilestones: ActivityMilestone[];
  evaluation: ActivityEvaluation | null;
  /** The reader may see money (budgets, spending, figures): the association, not firm users. */
  showMoney: boolean;
  /** Worked out from the linked orders and the approved budget; null for firm users. */
  figures: ActivityFigures | null;
}

export interface ActivityFilter {
  status?: ActivityStatus | null;
  areaCode?: string | null;
  kind?: ActivityKind | null;
}

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** The activity list answers at most this many (the board's whole portfolio is far smaller). */
export const ACTIVITY_LIST_LIMIT = 500;
const REMINDER_PAGE = 500;

/**
 * The association's activities and projects (issue 27): each under a plan that the steering
 * committee approved by decision (ACTIVITY_APPROVAL, through SteeringService's one voting
 * mechanism), frozen as a revision; followed up by a board contact and evaluated when closed.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationsService,
    ports: Ports,
  ) {
    ports.provide(ACTIVITY_APPROVAL_PORT, {
      question: (tx, actor, id, proposed) => this.approvalQuestion(tx, actor, id, proposed),
      decided: (tx, actor, d, approved) => this.decided(tx, actor, d, approved),
    });
  }

  // ---------------------------------------------------------------- board areas

  /** The board areas in force (the latest version), with their holders. */
  async boardAreas(actor: Actor): Promise<{ version: BoardAreaVersion | null; areas: BoardArea[] }> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read(async (em) => {
      const [version] = await em.find(BoardAreaVersion, { order: { id: 'DESC' }, take: 1 });
      if (!version) return { version: null, areas: [] };
      return { version, areas: await em.find(BoardArea, { where: { versionId: version.id }, order: { code: 'ASC' } }) };
    });
  }

  /** Every version of the board areas, newest first. */
  async boardAreaHistory(actor: Actor): Promise<{ version: BoardAreaVersion; areas: BoardArea[] }[]> {
    demand(actor, ACTIVITY_PERMISSIONS.boardAreaHistory);
    return this.db.read(async (em) => {
      const versions = await em.find(BoardAreaVersion, { order: { id: 'DESC' }, take: 100 });
      const areas = versions.length
        ? await em.find(BoardArea, { where: { versionId: In(versions.map((v) => v.id)) }, order: { code: 'ASC' } })
        : [];
      return versions.map((version) => ({ version, areas: areas.filter((a) => a.versionId === version.id) }));
    });
  }

  /**
   * Sets the board's areas as a new version (ADMIN). Each area is held by one member of the
   * steering committee, and each member holds at most one area. An area that still has open
   * activities cannot be dropped.
   */
  async setBoardAreas(actor: Actor, areas: BoardAreaInput[]): Promise<{ version: BoardAreaVersion; areas: BoardArea[] }> {
    demand(actor, ACTIVITY_PERMISSIONS.setBoardAreas, 'Only an administrator sets the board areas.');
    const problems: FieldProblem[] = [];
    if (!areas.length) problems.push({ field: 'areas', message: 'at least one area', rule: FieldRule.REQUIRED });
    areas.forEach((a, i) => {
      if (!CODE.test(a.code ?? ''))
        problems.push({ field: `areas.${i}.code`, message: 'A–Z, digits and _, 2–40 characters, e.g. FINANCE' });
      if (!a.nameNb?.trim() || a.nameNb.length > 200)
        problems.push({
          field: `areas.${i}.nameNb`,
          message: 'required, at most 200 characters',
          rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
          params: { max: 200 },
        });
      if (!a.nameEn?.trim() || a.nameEn.length > 200)
        problems.push({
          field: `areas.${i}.nameEn`,
          message: 'required, at most 200 characters',
          rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
          params: { max: 200 },
        });
    });
    if (new Set(areas.map((a) => a.code)).size !== areas.length)
      problems.push({ field: 'areas', message: 'an area code is listed twice', rule: FieldRule.LISTED_TWICE });
    if (new Set(areas.map((a) => a.holderUserId)).size !== areas.length)
      problems.push({ field: 'areas', message: 'a board member holds at most one area' });
    if (problems.length) throw AppError.badInput('The board areas are not valid; see the fields.', problems);
    return this.db.transaction(async (tx) => {
      const committee = new Set((await tx.find(CommitteeMember)).map((m) => m.userId));
      areas.forEach((a) => {
        if (!committee.has(a.holderUserId))
          problems.push({ field: 'areas', message: `user ${a.holderUserId} is not on the steering committee` });
      });
      if (problems.length) throw AppError.badInput('Every area is held by a member of the steering committee.', problems);
      const [previous] = await tx.find(BoardAreaVersion, { order: { id: 'DESC' }, take: 1 });
      const before = previous ? await tx.find(BoardArea, { where: { versionId: previous.id } }) : [];
      const dropped = before.map((b) => b.code).filter((c) => !areas.some((a) => a.code === c));
      if (dropped.length) {
        const open = await tx.count(Activity, {
          where: { areaCode: In(dropped), status: In([ActivityStatus.DRAFT, ActivityStatus.APPROVED]) },
        });
        if (open)
          throw AppError.conflict(
            `Area ${dropped.join(', ')} still has ${open} open ${open === 1 ? 'activity' : 'activities'}; move or close them before dropping the area.`,
            { areas: dropped, openActivities: open },
          );
      }
      const version = await tx.save(tx.create(BoardAreaVersion, { setByUserId: actor.userId || null, setAt: new Date() }));
      const saved = await tx.save(
        areas.map((a) =>
          tx.create(BoardArea, {
            versionId: version.id,
            code: a.code,
            nameNb: a.nameNb.trim(),
            nameEn: a.nameEn.trim(),
            holderUserId: a.holderUserId,
          }),
        ),
      );
      await audit(tx, actor, {
        action: 'setBoardAreas',
        entityType: 'BoardAreas',
        entityId: version.id,
        before: { areas: before.map((b) => ({ code: b.code, holderUserId: b.holderUserId })) },
        after: { areas: saved.map((b) => ({ code: b.code, holderUserId: b.holderUserId })) },
      });
      return { version, areas: saved.sort((a, b) => a.code.localeCompare(b.code)) };
    });
  }

  // ---------------------------------------------------------------- activities

  /** Creates an activity as a DRAFT plan (ADMIN, PROJECT_LEADER). */
  async create(actor: Actor, input: ActivityPlanInput): Promise<ActivityView> {
    demand(actor, ACTIVITY_PERMISSIONS.createActivity, 'The association registers activities.');
    const problems = this.checkPlan(input, true);
    if (problems.length) throw AppError.badInput('The activity plan is not valid; see the fields.', problems);
    const id = await this.db.transaction(async (tx) => {
      await this.checkReferences(tx, input);
      const now = new Date();
      const a = await tx.save(
        tx.create(Activity, {
          title: input.title!.trim(),
          kind: input.kind!,
          areaCode: input.areaCode!,
          goals: input.goals?.trim() ?? '',
          projectLeaderUserId: input.projectLeaderUserId!,
          contactUserId: input.contactUserId!,
          status: ActivityStatus.DRAFT,
          approvedRevision: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.writePlanParts(tx, a.id, input);
      await audit(tx, actor, { action: 'createActivity', entityType: 'Activity', entityId: a.id, after: { ...a, plan: input } });
      return a.id;
    });
    return this.get(actor, id);
  }

  /**
   * Changes the working plan. Refused while a decision on the plan is open (the committee votes on
   * what it sees) and once the activity is closed. After an approval the change is held as the
   * working plan: the approved revision stays in force until a new decision approves the change.
   */
  async updatePlan(actor: Actor, activityId: number, input: ActivityPlanInput): Promise<ActivityView> {
    demand(actor, ACTIVITY_PERMISSIONS.updateActivityPlan, 'The association changes activity plans.');
    const problems = this.checkPlan(input, false);
    if (problems.length) throw AppError.badInput('The activity plan is not valid; see the fields.', problems);
    await this.db.transaction(async (tx) => {
      const a = await tx.findOneBy(Activity, { id: activityId });
      if (!a) throw AppError.notFound('Activity', activityId);
      if (a.status === ActivityStatus.CLOSED)
        throw AppError.conflict(`Activity ${activityId} is closed; its plan no longer changes.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: a.status,
        });
      const open = await this.openDecision(tx, activityId);
      if (open)
        throw AppError.conflict(
          `Steering decision ${open} on this plan is open; the plan cannot change while the committee votes on it (cancel the decision first).`,
          { decisionId: open },
        );
      await this.checkReferences(tx, { ...input, areaCode: input.areaCode ?? undefined }, activityId);
      const before = await this.workingPlan(tx, activityId);
      const changes: Partial<Activity> = { updatedAt: new Date() };
      if (input.title != null) changes.title = input.title.trim();
      if (input.kind != null) changes.kind = input.kind;
      if (input.areaCode != null) changes.areaCode = input.areaCode;
      if (input.goals != null) changes.goals = input.goals.trim();
      if (input.projectLeaderUserId != null) changes.projectLeaderUserId = input.projectLeaderUserId;
      if (input.contactUserId != null) changes.contactUserId = input.contactUserId;
      await guardedUpdate(
        tx,
        Activity,
        { id: activityId, version: a.version },
        changes,
        `Activity ${activityId} was changed at the same time.`,
      );
      await this.writePlanParts(tx, activityId, input, true);
      await audit(tx, actor, {
        action: 'updateActivityPlan',
        entityType: 'Activity',
        entityId: activityId,
        before: { ...a, plan: before },
        after: { ...changes, plan: await this.workingPlan(tx, activityId) },
      });
    });
    return this.get(actor, activityId);
  }

  /** Links a tender, bid or order to the activity (an order to one activity only). */
  async link(actor: Actor, activityId: number, kind: ActivityLinkKind, targetId: number): Promise<ActivityView> {
    demand(actor, ACTIVITY_PERMISSIONS.linkToActivity, 'The association links work to activities.');
    await this.db.transaction(async (tx) => {
      const a = await tx.findOneBy(Activity, { id: activityId });
      if (!a) throw AppError.notFound('Activity', activityId);
      const entity = kind === ActivityLinkKind.TENDER ? Tender : kind === ActivityLinkKind.BID ? Bid : Order;
      if (!(await tx.existsBy(entity, { id: targetId })))
        throw AppError.notFound(kind === 'ORDER' ? 'Order' : kind === 'BID' ? 'Bid' : 'Tender', targetId);
      const existing = await tx.find(ActivityLink, { where: { kind, targetId } });
      if (existing.some((l) => l.activityId === activityId))
        throw AppError.conflict(`${kind} ${targetId} is already linked to activity ${activityId}.`, { reason: ErrorReason.ALREADY_EXISTS });
      if (kind === ActivityLinkKind.ORDER && existing.length)
        throw AppError.conflict(
          `Order ${targetId} already belongs to activity ${existing[0].activityId}; an order counts for one activity only.`,
          {
            activityId: existing[0].activityId,
          },
        );
      await tx.insert(ActivityLink, { activityId, kind, targetId, linkedAt: new Date() });
      await audit(tx, actor, { action: 'linkActivity', entityType: 'Activity', entityId: activityId, after: { kind, targetId } });
    });
    return this.get(actor, activityId);
  }

  async unlink(actor: Actor, activityId: number, kind: ActivityLinkKind, targetId: number): Promise<ActivityView> {
    demand(actor, ACTIVITY_PERMISSIONS.unlinkFromActivity, 'The association links work to activities.');
    await this.db.transaction(async (tx) => {
      const a = await tx.findOneBy(Activity, { id: activityId });
      if (!a) throw AppError.notFound('Activity', activityId);
      if (a.status === ActivityStatus.CLOSED)
        throw AppError.conflict(`Activity ${activityId} is closed and evaluated; its links stay as they were.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: a.status,
        });
      const r = await tx.delete(ActivityLink, { activityId, kind, targetId });
      if (!r.affected) throw AppError.notFound(`Link to ${kind}`, targetId);
      await audit(tx, actor, { action: 'unlinkActivity', entityType: 'Activity', entityId: activityId, before: { kind, targetId } });
    });
    return this.get(actor, activityId);
  }

  /** The responsible contact reports on an approved activity: on track, at risk or off track. */
  async report(
    actor: Actor,
    activityId: number,
    input: { status: FollowUpStatus; text: string; date?: string | null },
  ): Promise<ActivityView> {
    demand(actor, ACTIVITY_PERMISSIONS.recordActivityStatusReport, 'The responsible board contact records status reports.');
    const today = osloDate(new Date());
    const date = input.date ?? today;
    const problems: FieldProblem[] = [];
    if (!input.text?.trim() || input.text.length > 4000)
      problems.push({
        field: 'text',
        message: 'required, at most 4000 characters',
        rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
        params: { max: 4000 },
      });
    if (!isLocalDate(date)) problems.push({ field: 'date', message: 'YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
    else if (date > today)
      problems.push({ field: 'date', message: 'a report speaks for today or a past day, not a future one', rule: FieldRule.IN_THE_FUTURE });
    if (problems.length) throw AppError.badInput('The status report is not valid; see the fields.', problems);
    await this.db.transaction(async (tx) => {
      const a = await this.contactsActivity(tx, actor, activityId, 'reports on');
      if (a.status !== ActivityStatus.APPROVED)
        throw AppError.conflict(`Activity ${activityId} is ${a.status}; status reports follow an approved plan.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: a.status,
        });
      const r = await tx.save(
        tx.create(ActivityStatusReport, {
          activityId,
          status: input.status,
          text: input.text.trim(),
          date,
          authorUserId: actor.userId,
          createdAt: new Date(),
        }),
      );
      await audit(tx, actor, { action: 'recordActivityStatusReport', entityType: 'Activity', entityId: activityId, after: { ...r } });
    });
    return this.get(actor, activityId);
  }

  /**
   * The contact closes the activity with an evaluation: goals met, money spent (against the
   * approved budget), lessons; the orders won are worked out from the linked orders.
   */
  async close(actor: Actor, activityId: number, input: EvaluationInput): Promise<ActivityView> {
    demand(actor, ACTIVITY_PERMISSIONS.closeActivity, 'The responsible board contact evaluates the activity.');
    const problems: FieldProblem[] = [];
    if (!Number.isSafeInteger(input.spentMinor) || input.spentMinor < 0)
      problems.push({ field: 'spent', message: 'whole øre, 0 or more', rule: FieldRule.NOT_NEGATIVE });
    if (!input.lessons?.trim() || input.lessons.length > 4000)
      problems.push({
        field: 'lessons',
        message: 'required, at most 4000 characters',
        rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
        params: { max: 4000 },
      });
    if ((input.goalsComment ?? '').length > 4000)
      problems.push({
        field: 'goalsComment',
        message: 'at most 4000 characters',
        rule: FieldRule.AT_MOST_CHARACTERS,
        params: { max: 4000 },
      });
    if (problems.length) throw AppError.badInput('The evaluation is not valid; see the fields.', problems);
    await this.db.transaction(async (tx) => {
      const a = await this.contactsActivity(tx, actor, activityId, 'evaluates');
      if (a.status !== ActivityStatus.APPROVED)
        throw AppError.conflict(`Activity ${activityId} is ${a.status}; only an approved activity is closed and evaluated.`, {
          reason: ErrorReason.WRONG_STATUS,
          status: a.status,
        });
      const open = await this.openDecision(tx, activityId);
      if (open)
        throw AppError.conflict(`Steering decision ${open} on a change to this plan is still open; let it close first.`, {
          decisionId: open,
        });
      const e = await tx.save(
        tx.create(ActivityEvaluation, {
          activityId,
          goalsMet: input.goalsMet,
          goalsComment: input.goalsComment?.trim() ?? '',
          spentMinor: input.spentMinor,
          lessons: input.lessons.trim(),
          authorUserId: actor.userId,
          evaluatedAt: new Date(),
        }),
      );
      await guardedUpdate(
        tx,
        Activity,
        { id: activityId, version: a.version, where: { status: ActivityStatus.APPROVED } },
        { status: ActivityStatus.CLOSED, updatedAt: new Date() },
        `Activity ${activityId} was changed at the same time.`,
      );
      await audit(tx, actor, {
        action: 'closeActivity',
        entityType: 'Activity',
        entityId: activityId,
        before: { status: a.status },
        after: { ...e },
      });
    });
    return this.get(actor, activityId);
  }

  async get(actor: Actor, id: number): Promise<ActivityView> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    const [view] = await this.db.read((em) => this.views(em, actor, { ids: [id] }));
    if (!view) throw AppError.notFound('Activity', id);
    return view;
  }

  /**
   * The activities the actor may see: the association every one; a firm user those their firm
   * takes part in (or that they lead), without budgets. Ordered for the steering dashboard:
   * overdue follow-ups first, then by status (approved, draft, closed), newest first.
   */
  async list(actor: Actor, filter: ActivityFilter): Promise<ActivityView[]> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read((em) => this.views(em, actor, filter));
  }

  /**
   * Milestones that passed without a status report on or after their date: notifies the contact
   * and the project leader, each once per milestone and date, in their own language.
   */
  async scanReminders(now: Date): Promise<number> {
    const today = osloDate(now);
    let stored = 0;
    let after = { due: '', id: 0 };
    for (;;) {
      await yieldToRequests();
      const page = await this.db.read((em) =>
        em
          .createQueryBuilder(ActivityMilestone, 'm')
          .innerJoin(Activity, 'a', 'a.id = m.activity_id')
          .select(['m.id AS id', 'm.title AS title', 'm.due_date AS due', 'a.id AS "activityId"', 'a.title AS "activityTitle"'])
          .addSelect(['a.contact_user_id AS contact', 'a.project_leader_user_id AS leader'])
          .where('a.status = :s', { s: ActivityStatus.APPROVED })
          .andWhere('m.due_date < :today', { today })
          .andWhere('(m.due_date > :d OR (m.due_date = :d AND m.id > :id))', { d: after.due, id: after.id })
          .andWhere('NOT EXISTS (SELECT 1 FROM activity_status_report r WHERE r.activity_id = a.id AND r.date >= m.due_date)')
          .orderBy('m.due_date', 'ASC')
          .addOrderBy('m.id', 'ASC')
          .limit(REMINDER_PAGE)
          .getRawMany<{
            id: number;
            title: string;
            due: string;
            activityId: number;
            activityTitle: string;
            contact: number;
            leader: number;
          }>(),
      );
      const items: NewNotification[] = page.map((m) => ({
        kind: 'ACTIVITY_FOLLOW_UP_OVERDUE',
        key: `activity-follow-up:${m.activityId}:${m.id}:${m.due}`,
        recipientUserIds: [Number(m.contact), Number(m.leader)],
        params: {
          kind: 'ACTIVITY_FOLLOW_UP_OVERDUE',
          activityId: Number(m.activityId),
          title: m.activityTitle,
          milestone: m.title,
          dueDate: m.due,
        },
        entityType: 'Activity',
        entityId: Number(m.activityId),
      }));
      stored += await this.notifications.storeMany(items);
      if (page.length < REMINDER_PAGE) return stored;
      const last = page[page.length - 1];
      after = { due: last.due, id: Number(last.id) };
    }
  }

  // ---------------------------------------------------------------- the decision's subject

  private async approvalQuestion(tx: Tx, _actor: UserActor, activityId: number, proposed: string | null): Promise<string> {
    const a = await tx.findOneBy(Activity, { id: activityId });
    if (!a) throw AppError.notFound('Activity', activityId);
    if (a.status === ActivityStatus.CLOSED)
      throw AppError.conflict(`Activity ${activityId} is closed; there is no plan to approve.`, {
        reason: ErrorReason.WRONG_STATUS,
        status: a.status,
      });
    const plan = await this.workingPlan(tx, activityId);
    if (a.approvedRevision !== null) {
      const approved = await tx.findOneByOrFail(ActivityPlanRevision, { activityId, revision: a.approvedRevision });
      if (samePlan(plan, JSON.parse(approved.plan) as FrozenPlan))
        throw AppError.conflict(
          `The plan of activity ${activityId} is unchanged since revision ${a.approvedRevision} was approved; there is nothing new to approve.`,
        );
    }
    if (!plan.milestones.length)
      throw AppError.conflict(`Activity ${activityId} has no milestones; a plan put to the committee has dated milestones to follow up.`);
    const total = plan.budget.reduce((s, b) => s + b.amountMinor, 0);
    return (
      proposed ??
      `Shall the plan of activity ${a.id} "${a.title}" be approved${a.approvedRevision ? ` as revision ${a.approvedRevision + 1}` : ''}: budget ${(total / 100).toFixed(2)} NOK, ${plan.milestones.length} milestone${plan.milestones.length === 1 ? '' : 's'} (last ${plan.milestones[plan.milestones.length - 1].dueDate})?`
    );
  }

  /** An approved plan is frozen as the next revision and is in force from now on. */
  private async decided(tx: Tx, actor: UserActor, d: SteeringDecision, approved: boolean): Promise<void> {
    if (!approved) return;
    const a = await tx.findOneByOrFail(Activity, { id: d.activityId! });
    const plan = await this.workingPlan(tx, a.id);
    const revision = (a.approvedRevision ?? 0) + 1;
    await tx.insert(ActivityPlanRevision, {
      activityId: a.id,
      revision,
      plan: JSON.stringify(plan),
      decisionId: d.id,
      approvedAt: new Date(),
    });
    await guardedUpdate(
      tx,
      Activity,
      { id: a.id, version: a.version },
      { status: ActivityStatus.APPROVED, approvedRevision: revision, updatedAt: new Date() },
      `Activity ${a.id} was changed at the same time.`,
    );
    await audit(tx, actor, {
      action: 'approveActivityPlan',
      entityType: 'Activity',
      entityId: a.id,
      before: { status: a.status, approvedRevision: a.approvedRevision },
      after: { status: ActivityStatus.APPROVED, approvedRevision: revision, decisionId: d.id },
    });
  }

  // ---------------------------------------------------------------- helpers

  private checkPlan(input: ActivityPlanInput, creating: boolean): FieldProblem[] {
    const p: FieldProblem[] = [];
    const need = (v: unknown, field: string) => {
      if (creating && (v === undefined || v === null)) p.push({ field, message: 'required', rule: FieldRule.REQUIRED });
    };
    need(input.title, 'title');
    need(input.kind, 'kind');
    need(input.areaCode, 'areaCode');
    need(input.projectLeaderUserId, 'projectLeaderUserId');
    need(input.contactUserId, 'contactUserId');
    if (input.title != null && (!input.title.trim() || input.title.length > 300))
      p.push({
        field: 'title',
        message: 'required, at most 300 characters',
        rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
        params: { max: 300 },
      });
    if (input.goals != null && input.goals.length > 4000)
      p.push({ field: 'goals', message: 'at most 4000 characters', rule: FieldRule.AT_MOST_CHARACTERS, params: { max: 4000 } });
    (input.budget ?? []).forEach((b, i) => {
      if (!Number.isSafeInteger(b.amountMinor) || b.amountMinor <= 0)
        p.push({ field: `budget.${i}.amount`, message: 'whole øre, above 0', rule: FieldRule.ABOVE_ZERO });
      if (b.source === FundingSource.GRANT && !b.grantId)
        p.push({ field: `budget.${i}.grantId`, message: 'a grant line names the grant of the register' });
      if (b.source !== FundingSource.GRANT && b.grantId)
        p.push({ field: `budget.${i}.grantId`, message: 'only a GRANT line names a grant' });
      if ((b.note ?? '').length > 500)
        p.push({ field: `budget.${i}.note`, message: 'at most 500 characters', rule: FieldRule.AT_MOST_CHARACTERS, params: { max: 500 } });
    });
    (input.milestones ?? []).forEach((m, i) => {
      if (!m.title?.trim() || m.title.length > 300)
        p.push({
          field: `milestones.${i}.title`,
          message: 'required, at most 300 characters',
          rule: FieldRule.REQUIRED_AT_MOST_CHARACTERS,
          params: { max: 300 },
        });
      if (!isLocalDate(m.dueDate)) p.push({ field: `milestones.${i}.dueDate`, message: 'YYYY-MM-DD', rule: FieldRule.NOT_A_DATE });
      else {
        const latest = addDays(osloDate(new Date()), 365 * 10);
        if (m.dueDate < '2000-01-01' || m.dueDate > latest)
          p.push({
            field: `milestones.${i}.dueDate`,
            message: 'a date between 2000 and ten years from now',
            rule: FieldRule.OUTSIDE_PERIOD,
            params: { from: '2000-01-01', to: latest },
          });
      }
    });
    if (input.firmIds && new Set(input.firmIds).size !== input.firmIds.length)
      p.push({ field: 'firmIds', message: 'a firm is listed twice', rule: FieldRule.LISTED_TWICE });
    return p;
  }

  /** The people, area, firms and grants the plan names exist and fit their part. */
  private async checkReferences(tx: Tx, input: ActivityPlanInput, activityId?: number): Promise<void> {
    const p: FieldProblem[] = [];
    if (input.areaCode != null) {
      const [version] = await tx.find(BoardAreaVersion, { order: { id: 'DESC' }, take: 1 });
      if (!version || !(await tx.existsBy(BoardArea, { versionId: version.id, code: input.areaCode })))
        p.push({ field: 'areaCode', message: `no board area ${input.areaCode} (an administrator sets the areas)` });
    }
    const userIds = [input.projectLeaderUserId, input.contactUserId].filter((x): x is number => x != null);
    const users = userIds.length ? await tx.findBy(User, { id: In(userIds) }) : [];
    if (input.projectLeaderUserId != null && !users.some((u) => u.id === input.projectLeaderUserId && u.active))
      p.push({ field: 'projectLeaderUserId', message: `no active user ${input.projectLeaderUserId}` });
    if (input.contactUserId != null && !(await tx.existsBy(CommitteeMember, { userId: input.contactUserId })))
      p.push({ field: 'contactUserId', message: `user ${input.contactUserId} is not a member of the steering committee` });
    if (input.firmIds?.length) {
      const found = new Set((await tx.findBy(Member, { id: In(input.firmIds) })).map((m) => m.id));
      for (const id of input.firmIds) if (!found.has(id)) p.push({ field: 'firmIds', message: `no member firm ${id}` });
    }
    const grantIds = [...new Set((input.budget ?? []).map((b) => b.grantId).filter((g): g is number => !!g))];
    if (grantIds.length) {
      const grants = await tx.findBy(Grant, { id: In(grantIds) });
      // what other open or closed activities already plan to draw from each grant
      const drawn: { grantId: number; v: string | number }[] = await tx
        .createQueryBuilder(ActivityBudgetLine, 'b')
        .select('b.grant_id', 'grantId')
        .addSelect('SUM(b.amount_minor)', 'v')
        .where('b.grant_id IN (:...g)', { g: grantIds })
        .andWhere(activityId ? 'b.activity_id <> :a' : '1 = 1', { a: activityId ?? 0 })
        .groupBy('b.grant_id')
        .getRawMany();
      for (const id of grantIds) {
        const g = grants.find((x) => x.id === id);
        if (!g) {
          p.push({ field: 'budget', message: `no grant ${id} in the grants register` });
          continue;
        }
        if (g.currency !== 'NOK')
          p.push({
            field: 'budget',
            message: `grant ${id} is in ${g.currency}; activity budgets are in NOK`,
            rule: FieldRule.ONLY_CURRENCY,
            params: { currency: 'NOK' },
          });
        const planned = (input.budget ?? []).filter((b) => b.grantId === id).reduce((s, b) => s + b.amountMinor, 0);
        const other = Number(drawn.find((d) => Number(d.grantId) === id)?.v ?? 0);
        if (planned + other > g.amountMinor)
          p.push({
            field: 'budget',
            message: `grant ${id} (${g.source}) is ${(g.amountMinor / 100).toFixed(2)} NOK; other activities plan ${(other / 100).toFixed(2)} of it, this plan ${(planned / 100).toFixed(2)}`,
            rule: FieldRule.GRANT_OVERPLANNED,
            params: { grant: g.source, max: String(Math.max(0, g.amountMinor - other)), currency: 'NOK' },
          });
      }
    }
    if (p.length) throw AppError.badInput('The activity plan names something that does not fit; see the fields.', p);
  }

  private async writePlanParts(tx: Tx, activityId: number, input: ActivityPlanInput, replace = false): Promise<void> {
    if (input.firmIds) {
      if (replace) await tx.delete(ActivityFirm, { activityId });
      if (input.firmIds.length)
        await tx.insert(
          ActivityFirm,
          input.firmIds.map((memberId) => ({ activityId, memberId })),
        );
    }
    if (input.budget) {
      if (replace) await tx.delete(ActivityBudgetLine, { activityId });
      if (input.budget.length)
        await tx.insert(
          ActivityBudgetLine,
          input.budget.map((b) => ({
            activityId,
            source: b.source,
            grantId: b.grantId ?? null,
            amountMinor: b.amountMinor,
            note: b.note?.trim() ?? '',
          })),
        );
    }
    if (input.milestones) {
      if (replace) await tx.delete(ActivityMilestone, { activityId });
      if (input.milestones.length)
        await tx.insert(
          ActivityMilestone,
          input.milestones.map((m) => ({ activityId, title: m.title.trim(), dueDate: m.dueDate })),
        );
    }
  }

  private async workingPlan(em: EntityManager, activityId: number): Promise<FrozenPlan> {
    const [budget, milestones, firms] = [
      await em.find(ActivityBudgetLine, { where: { activityId }, order: { id: 'ASC' } }),
      await em.find(ActivityMilestone, { where: { activityId }, order: { dueDate: 'ASC', id: 'ASC' } }),
      await em.find(ActivityFirm, { where: { activityId }, order: { memberId: 'ASC' } }),
    ];
    return planOf(
      budget,
      milestones,
      firms.map((f) => f.memberId),
    );
  }

  private async openDecision(em: EntityManager, activityId: number): Promise<number | null> {
    const d = await em.findOneBy(Decision, { kind: DecisionKind.ACTIVITY_APPROVAL, activityId, status: DecisionStatus.OPEN });
    return d?.id ?? null;
  }

  private async contactsActivity(tx: Tx, actor: UserActor, activityId: number, verb: string): Promise<Activity> {
    const a = await tx.findOneBy(Activity, { id: activityId });
    if (!a) throw AppError.notFound('Activity', activityId);
    if (a.contactUserId !== actor.userId) throw AppError.forbidden(`Only the activity's responsible board contact ${verb} it.`);
    return a;
  }

  /** Reads activities and all their parts in a fixed number of statements, whatever their number. */
  private async views(em: EntityManager, actor: UserActor, filter: ActivityFilter & { ids?: number[] }): Promise<ActivityView[]> {
    const money = may(actor, ACTIVITY_PERMISSIONS.seeActivityMoney);
    const q = em.createQueryBuilder(Activity, 'a');
    if (filter.ids) q.andWhere('a.id IN (:...ids)', { ids: filter.ids });
    if (filter.status) q.andWhere('a.status = :status', { status: filter.status });
    if (filter.areaCode) q.andWhere('a.area_code = :area', { area: filter.areaCode });
    if (filter.kind) q.andWhere('a.kind = :kind', { kind: filter.kind });
    if (!money)
      q.andWhere(
        '(a.project_leader_user_id = :me OR EXISTS (SELECT 1 FROM activity_firm f WHERE f.activity_id = a.id AND f.member_id = :firm))',
        { me: actor.userId, firm: actor.firmId ?? -1 },
      );
    const activities = await q.orderBy('a.id', 'DESC').take(ACTIVITY_LIST_LIMIT).getMany();
    if (!activities.length) return [];
    const ids = activities.map((a) => a.id);
    const [firms, budget, milestones, links, reports, revisions, evaluations, decisions] = [
      await em.find(ActivityFirm, { where: { activityId: In(ids) }, order: { memberId: 'ASC' } }),
      money ? await em.find(ActivityBudgetLine, { where: { activityId: In(ids) }, order: { id: 'ASC' } }) : [],
      await em.find(ActivityMilestone, { where: { activityId: In(ids) }, order: { dueDate: 'ASC', id: 'ASC' } }),
      await em.find(ActivityLink, { where: { activityId: In(ids) }, order: { id: 'ASC' } }),
      await em.find(ActivityStatusReport, { where: { activityId: In(ids) }, order: { date: 'DESC', id: 'DESC' } }),
      await em.find(ActivityPlanRevision, { where: { activityId: In(ids) }, order: { revision: 'ASC' } }),
      await em.find(ActivityEvaluation, { where: { activityId: In(ids) } }),
      await em.find(Decision, { where: { kind: DecisionKind.ACTIVITY_APPROVAL, activityId: In(ids), status: DecisionStatus.OPEN } }),
    ];
    const orderIds = links.filter((l) => l.kind === ActivityLinkKind.ORDER).map((l) => l.targetId);
    const orders = money && orderIds.length ? await em.find(Order, { where: { id: In(orderIds) } }) : [];
    const today = osloDate(new Date());
    const views = activities.map((activity): ActivityView => {
      const mine = <T extends { activityId: number }>(rows: T[]) => rows.filter((r) => r.activityId === activity.id);
      const myBudget = mine(budget);
      const myMilestones = mine(milestones);
      const myReports = mine(reports);
      const myRevisions = mine(revisions).map((revision) => ({ revision, plan: JSON.parse(revision.plan) as FrozenPlan }));
      const myLinks = mine(links);
      const firmIds = mine(firms).map((f) => f.memberId);
      const approved = myRevisions.find((r) => r.revision.revision === activity.approvedRevision)?.plan ?? null;
      const working = planOf(myBudget, myMilestones, firmIds);
      const lastReport = myReports[0]?.date ?? '';
      const evaluation = mine(evaluations)[0] ?? null;
      const linkedOrders = orders.filter((o) => myLinks.some((l) => l.kind === ActivityLinkKind.ORDER && l.targetId === o.id));
      return {
        activity,
        firmIds,
        budget: money ? myBudget : null,
        milestones: myMilestones,
        links: myLinks,
        reports: myReports,
        revisions: money ? myRevisions : [],
        amended: approved !== null && money && !samePlan(working, approved),
        openDecisionId: decisions.find((d) => d.activityId === activity.id)?.id ?? null,
        overdueMilestones:
          activity.status === ActivityStatus.APPROVED ? myMilestones.filter((m) => m.dueDate < today && lastReport < m.dueDate) : [],
        evaluation,
        showMoney: money,
        figures: money
          ? activityFigures(
              approved,
              evaluation?.spentMinor ?? null,
              linkedOrders.filter((o) => o.status !== OrderStatus.CANCELLED && o.currency === 'NOK').map((o) => o.awardedValueMinor),
            )
          : null,
      };
    });
    const rank = { [ActivityStatus.APPROVED]: 0, [ActivityStatus.DRAFT]: 1, [ActivityStatus.CLOSED]: 2 };
    return views.sort(
      (x, y) =>
        Number(y.overdueMilestones.length > 0) - Number(x.overdueMilestones.length > 0) ||
        rank[x.activity.status] - rank[y.activity.status] ||
        y.activity.id - x.activity.id,
    );
  }
}
