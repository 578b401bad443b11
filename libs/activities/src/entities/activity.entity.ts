import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';

/**
 * One version of the board's areas (finance/administration/law, marketing and relations, members,
 * project management, media policy …): set by the administrator as a whole, never edited in place,
 * so that who answered for what at any time can be read back.
 */
@Entity('board_area_version')
export class BoardAreaVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'set_by_user_id', type: 'integer', nullable: true })
  setByUserId: number | null;

  @Column({ name: 'set_at', type: 'bigint', transformer: instantTransformer })
  setAt: Date;
}

/** One area of one version, and the committee member who holds it. */
@Entity('board_area')
@Unique('ux_board_area_version_code', ['versionId', 'code'])
export class BoardArea {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'version_id', type: 'integer' })
  versionId: number;

  /** Stable across versions, e.g. FINANCE; activities belong to an area by its code. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'name_nb', type: 'varchar', length: 200 })
  nameNb: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ name: 'holder_user_id', type: 'integer' })
  holderUserId: number;
}

export enum ActivityKind {
  BID_CAMPAIGN = 'BID_CAMPAIGN',
  MEMBER_SERVICE = 'MEMBER_SERVICE',
  COMPETENCE_PROJECT = 'COMPETENCE_PROJECT',
  MARKETING = 'MARKETING',
  OTHER = 'OTHER',
}

export enum ActivityStatus {
  /** A plan not yet approved by the committee. */
  DRAFT = 'DRAFT',
  /** Approved by a steering decision; carried out and followed up. */
  APPROVED = 'APPROVED',
  /** Ended, with its evaluation. */
  CLOSED = 'CLOSED',
}

/** An activity or project of the association, with its own plan (issue 27). */
@Entity('activity')
@Index('ix_activity_status', ['status', 'id'])
export class Activity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 30 })
  kind: ActivityKind;

  @Column({ name: 'area_code', type: 'varchar', length: 40 })
  areaCode: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  goals: string;

  /** Leads the work; any user, often outside the board. */
  @Column({ name: 'project_leader_user_id', type: 'integer' })
  projectLeaderUserId: number;

  /** The committee member who answers for it on the board, reports on it and evaluates it. */
  @Column({ name: 'contact_user_id', type: 'integer' })
  contactUserId: number;

  @Column({ type: 'varchar', length: 10, default: ActivityStatus.DRAFT })
  status: ActivityStatus;

  /** The revision in force (the last approved); null until the first approval. */
  @Column({ name: 'approved_revision', type: 'integer', nullable: true })
  approvedRevision: number | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A member firm taking part in an activity (what a firm user may see). */
@Entity('activity_firm')
@Unique('ux_activity_firm', ['activityId', 'memberId'])
@Index('ix_activity_firm_member', ['memberId', 'activityId'])
export class ActivityFirm {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;
}

export enum FundingSource {
  OWN_FUNDS = 'OWN_FUNDS',
  /** A grant of the grants register (grantId). */
  GRANT = 'GRANT',
  MEMBER_FEES = 'MEMBER_FEES',
}

/** One line of the working plan's budget: an amount in NOK øre and where it comes from. */
@Entity('activity_budget_line')
@Index('ix_activity_budget_activity', ['activityId', 'id'])
export class ActivityBudgetLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ type: 'varchar', length: 20 })
  source: FundingSource;

  @Column({ name: 'grant_id', type: 'integer', nullable: true })
  grantId: number | null;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintTransformer })
  amountMinor: number;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;
}

/** A dated milestone of the working plan. */
@Entity('activity_milestone')
@Index('ix_activity_milestone_due', ['dueDate', 'activityId'])
export class ActivityMilestone {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate: string;
}

/**
 * The plan as the committee approved it, frozen: budget, funding, milestones and firms as JSON,
 * with the decision that approved it. Never changed afterwards.
 */
@Entity('activity_plan_revision')
@Unique('ux_activity_revision', ['activityId', 'revision'])
export class ActivityPlanRevision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  plan: string;

  @Column({ name: 'decision_id', type: 'integer' })
  decisionId: number;

  @Column({ name: 'approved_at', type: 'bigint', transformer: instantTransformer })
  approvedAt: Date;
}

export enum ActivityLinkKind {
  TENDER = 'TENDER',
  BID = 'BID',
  ORDER = 'ORDER',
}

/** A tender, bid or order that belongs to the activity; an order belongs to at most one activity. */
@Entity('activity_link')
@Unique('ux_activity_link', ['kind', 'targetId', 'activityId'])
@Index('ix_activity_link_activity', ['activityId', 'kind'])
export class ActivityLink {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ActivityLinkKind;

  @Column({ name: 'target_id', type: 'integer' })
  targetId: number;

  @Column({ name: 'linked_at', type: 'bigint', transformer: instantTransformer })
  linkedAt: Date;
}

export enum FollowUpStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

/** The responsible contact's status report (append-only). */
@Entity('activity_status_report')
@Index('ix_activity_report_activity', ['activityId', 'date'])
export class ActivityStatusReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ type: 'varchar', length: 10 })
  status: FollowUpStatus;

  @Column({ type: 'varchar', length: 4000 })
  text: string;

  /** The day the report speaks for (Oslo), never in the future. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'author_user_id', type: 'integer' })
  authorUserId: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}

export enum GoalsMet {
  MET = 'MET',
  PARTLY = 'PARTLY',
  NOT_MET = 'NOT_MET',
}

/** The contact's evaluation when the activity closes; its order figures are worked out from the links. */
@Entity('activity_evaluation')
@Unique('ux_activity_evaluation', ['activityId'])
export class ActivityEvaluation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId: number;

  @Column({ name: 'goals_met', type: 'varchar', length: 10 })
  goalsMet: GoalsMet;

  @Column({ name: 'goals_comment', type: 'varchar', length: 4000, default: '' })
  goalsComment: string;

  /** What the activity cost, NOK øre, as the contact reports it. */
  @Column({ name: 'spent_minor', type: 'bigint', transformer: bigintTransformer })
  spentMinor: number;

  @Column({ type: 'varchar', length: 4000 })
  lessons: string;

  @Column({ name: 'author_user_id', type: 'integer' })
  authorUserId: number;

  @Column({ name: 'evaluated_at', type: 'bigint', transformer: instantTransformer })
  evaluatedAt: Date;
}
