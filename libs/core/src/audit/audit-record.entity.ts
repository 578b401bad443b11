import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantTransformer } from '../database/transformers';

/**
 * One state change: who, when, what, on which entity, with a before/after summary. Written in
 * the same transaction as the change; append-only (database triggers refuse UPDATE and DELETE).
 */
@Entity('audit_record')
@Index('ix_audit_entity', ['entityType', 'entityId', 'id'])
export class AuditRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId: number | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 200 })
  actorEmail: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole: string;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 60 })
  entityId: string;

  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
