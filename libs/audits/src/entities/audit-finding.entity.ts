import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';
import type { CertificateType } from '@app/members';

export enum FindingSeverity {
  /** A nonconformity that puts the product or the system at risk. */
  MAJOR = 'MAJOR',
  MINOR = 'MINOR',
  /** Worth noting; no corrective action required. */
  OBSERVATION = 'OBSERVATION',
}

export enum FindingStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A nonconformity or observation of an audit, tied to a clause, with its corrective action. */
@Entity('audit_finding')
@Index('ix_audit_finding_audit', ['auditId', 'id'])
// overdue actions (reminders, warnings): open findings by due date
@Index('ix_audit_finding_open_due', ['status', 'dueOn', 'severity', 'supplierMemberId'])
@Index('ix_audit_finding_supplier', ['supplierMemberId', 'status'])
export class AuditFinding {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'audit_id', type: 'integer' })
  auditId: number;

  /** The audited supplier (the audit's), kept here so overdue actions are found without a join. */
  @Column({ name: 'supplier_member_id', type: 'integer' })
  supplierMemberId: number;

  @Column({ type: 'varchar', length: 30 })
  standard: CertificateType;

  @Column({ type: 'varchar', length: 40 })
  clause: string;

  @Column({ type: 'varchar', length: 12 })
  severity: FindingSeverity;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'corrective_action', type: 'text', nullable: true })
  correctiveAction: string | null;

  @Column({ name: 'due_on', type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  @Column({ type: 'varchar', length: 8, default: FindingStatus.OPEN })
  status: FindingStatus;

  /** What shows the action is done (documents, photos, records), as the supplier describes it. */
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'evidence_submitted_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  evidenceSubmittedAt: Date | null;

  @Column({ name: 'closed_on', type: 'varchar', length: 10, nullable: true })
  closedOn: string | null;

  @Column({ name: 'closed_by_user_id', type: 'integer', nullable: true })
  closedByUserId: number | null;

  @Column({ name: 'created_by_user_id', type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
