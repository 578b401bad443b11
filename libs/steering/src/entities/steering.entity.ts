import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/** A member of the steering committee (styringskomité); one of them chairs, one may be deputy chair. */
@Entity('committee_member')
export class CommitteeMember {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'boolean', default: false })
  chair: boolean;

  /** Holds the casting vote on a decision the chair is disqualified on. */
  @Column({ name: 'deputy_chair', type: 'boolean', default: false })
  deputyChair: boolean;

  @Column({ type: 'bigint', transformer: instantTransformer })
  since: Date;
}

export enum DecisionKind {
  /** Pursue the tender? Moves it to GO or NO_GO. */
  TENDER_GO = 'TENDER_GO',
  /** Submit this READY bid at its price? Moves it to APPROVED. */
  BID_APPROVAL = 'BID_APPROVAL',
  /** Approve this activity's plan as it stands? Freezes it as the activity's next approved revision. */
  ACTIVITY_APPROVAL = 'ACTIVITY_APPROVAL',
}

export enum DecisionStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  /** Withdrawn while open by the project leader or the chair, with a reason; nothing follows from it. */
  CANCELLED = 'CANCELLED',
}

@Entity('steering_decision')
@Index('ix_decision_subject', ['tenderId', 'bidId', 'status'])
export class SteeringDecision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  kind: DecisionKind;

  /** The tender (TENDER_GO, BID_APPROVAL); null for an activity's plan. */
  @Column({ name: 'tender_id', type: 'integer', nullable: true })
  tenderId: number | null;

  /** ACTIVITY_APPROVAL: the activity whose plan is put to the committee. */
  @Column({ name: 'activity_id', type: 'integer', nullable: true })
  activityId: number | null;

  @Column({ name: 'bid_id', type: 'integer', nullable: true })
  bidId: number | null;

  @Column({ type: 'varchar', length: 1000 })
  question: string;

  @Column({ type: 'varchar', length: 10, default: DecisionStatus.OPEN })
  status: DecisionStatus;

  /** The committee when the decision was opened: who may vote, and who breaks a tie. */
  @Column({ name: 'committee_user_ids', type: 'simple-json' })
  committeeUserIds: number[];

  @Column({ name: 'chair_user_id', type: 'integer', nullable: true })
  chairUserId: number | null;

  /** The deputy chair when the decision was opened: holds the casting vote if the chair is disqualified. */
  @Column({ name: 'deputy_chair_user_id', type: 'integer', nullable: true })
  deputyChairUserId: number | null;

  /** APPROVED (yes / GO) or REJECTED (no / NO_GO), once closed. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  result: 'APPROVED' | 'REJECTED' | null;

  @Column({ name: 'tie_broken_by_chair', type: 'boolean', default: false })
  tieBrokenByChair: boolean;

  /** Why the result is what it is when a tie decided it (broken, or not adopted), as a sentence. */
  @Column({ name: 'result_reason', type: 'varchar', length: 500, nullable: true })
  resultReason: string | null;

  @Column({ name: 'yes_votes', type: 'integer', default: 0 })
  yesVotes: number;

  @Column({ name: 'no_votes', type: 'integer', default: 0 })
  noVotes: number;

  @Column({ name: 'abstentions', type: 'integer', default: 0 })
  abstentions: number;

  @Column({ name: 'opened_by_user_id', type: 'integer', nullable: true })
  openedByUserId: number | null;

  @Column({ name: 'opened_at', type: 'bigint', transformer: instantTransformer })
  openedAt: Date;

  @Column({ name: 'closed_by_user_id', type: 'integer', nullable: true })
  closedByUserId: number | null;

  @Column({ name: 'closed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  closedAt: Date | null;

  @Column({ name: 'cancelled_reason', type: 'varchar', length: 2000, nullable: true })
  cancelledReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * A committee member's declaration that they are disqualified (inhabil) on one decision: from
 * then on their vote counts for nothing, and a disqualified chair's casting vote passes to the
 * deputy chair. Never withdrawn.
 */
@Entity('steering_recusal')
@Unique('ux_recusal_decision_user', ['decisionId', 'userId'])
export class SteeringRecusal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'decision_id', type: 'integer' })
  decisionId: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 2000 })
  reason: string;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;
}

/** Every vote ever cast (append-only); a member's current vote is their latest. */
@Entity('steering_vote')
@Index('ix_vote_decision', ['decisionId', 'id'])
export class SteeringVote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'decision_id', type: 'integer' })
  decisionId: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 10 })
  vote: 'YES' | 'NO' | 'ABSTAIN';

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;
}
