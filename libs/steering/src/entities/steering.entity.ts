import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/** A member of the steering committee (styringskomité); one of them chairs. */
@Entity('committee_member')
export class CommitteeMember {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'boolean', default: false })
  chair: boolean;

  @Column({ type: 'bigint', transformer: instantTransformer })
  since: Date;
}

export enum DecisionKind {
  /** Pursue the tender? Moves it to GO or NO_GO. */
  TENDER_GO = 'TENDER_GO',
  /** Submit this READY bid at its price? Moves it to APPROVED. */
  BID_APPROVAL = 'BID_APPROVAL',
}

export enum DecisionStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

@Entity('steering_decision')
@Index('ix_decision_subject', ['tenderId', 'bidId', 'status'])
export class SteeringDecision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  kind: DecisionKind;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

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

  /** APPROVED (yes / GO) or REJECTED (no / NO_GO), once closed. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  result: 'APPROVED' | 'REJECTED' | null;

  @Column({ name: 'tie_broken_by_chair', type: 'boolean', default: false })
  tieBrokenByChair: boolean;

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

  @VersionColumn({ default: 1 })
  version: number;
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
