import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';
import type { CertificateType } from '@app/members';

export enum AuditStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  REPORTED = 'REPORTED',
  CANCELLED = 'CANCELLED',
}

export enum ParticipantStatus {
  /** Asked to rely on the audit; has not answered. */
  INVITED = 'INVITED',
  /** Relies on the result: the register records the audit for it. */
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** One standard in an audit's scope, with the clauses audited (none listed = the whole standard). */
export interface AuditScopeItem {
  standard: CertificateType;
  clauses: string[];
}

/**
 * An audit of one supplier done once, by a lead auditor (a person at one member), on behalf of
 * several members. PLANNED → DONE → REPORTED, or PLANNED → CANCELLED.
 */
@Entity('coordinated_audit')
@Index('ix_coordinated_audit_supplier', ['supplierMemberId', 'status'])
@Index('ix_coordinated_audit_lead', ['leadMemberId', 'status'])
@Index('ix_coordinated_audit_status', ['status', 'id'])
export class CoordinatedAudit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'supplier_member_id', type: 'integer' })
  supplierMemberId: number;

  @Column({ type: 'simple-json' })
  scope: AuditScopeItem[];

  @Column({ name: 'planned_on', type: 'varchar', length: 10 })
  plannedOn: string;

  @Column({ name: 'lead_auditor_user_id', type: 'integer' })
  leadAuditorUserId: number;

  /** The lead auditor's firm when proposed; its users act for the audit team. */
  @Column({ name: 'lead_member_id', type: 'integer' })
  leadMemberId: number;

  @Column({ type: 'varchar', length: 12, default: AuditStatus.PLANNED })
  status: AuditStatus;

  @Column({ name: 'supplier_confirmed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  supplierConfirmedAt: Date | null;

  @Column({ name: 'supplier_confirmed_by_user_id', type: 'integer', nullable: true })
  supplierConfirmedByUserId: number | null;

  @Column({ name: 'done_on', type: 'varchar', length: 10, nullable: true })
  doneOn: string | null;

  @Column({ name: 'reported_on', type: 'varchar', length: 10, nullable: true })
  reportedOn: string | null;

  /** The lead auditor's conclusion, printed in the report. */
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** The day the register recorded the audit for the relying members (no open major finding left). */
  @Column({ name: 'registered_on', type: 'varchar', length: 10, nullable: true })
  registeredOn: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 1000, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'proposed_by_user_id', type: 'integer', nullable: true })
  proposedByUserId: number | null;

  /** The proposer's firm when a firm user proposed; null for the association's staff. */
  @Column({ name: 'proposed_by_member_id', type: 'integer', nullable: true })
  proposedByMemberId: number | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A member the audit is done on behalf of, and its answer. */
@Entity('coordinated_audit_member')
@Index('ux_coordinated_audit_member', ['auditId', 'memberId'], { unique: true })
@Index('ix_coordinated_audit_member_member', ['memberId', 'auditId'])
export class AuditParticipant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'audit_id', type: 'integer' })
  auditId: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 10, default: ParticipantStatus.INVITED })
  status: ParticipantStatus;

  @Column({ name: 'responded_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  respondedAt: Date | null;

  @Column({ name: 'responded_by_user_id', type: 'integer', nullable: true })
  respondedByUserId: number | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 1000, nullable: true })
  declineReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
