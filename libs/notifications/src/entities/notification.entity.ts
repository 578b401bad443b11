import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/**
 * The outbox: one row per notification and recipient, written in the same transaction as the
 * event that caused it. `dedupeKey` is unique, so a reminder is stored once however many times
 * and however many instances scan for it. Delivery claims a row before sending it.
 */
@Entity('notification')
@Index('ix_notification_recipient', ['recipientUserId', 'id'])
@Index('ix_notification_pending', ['deliveredAt', 'id'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ux_notification_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 300 })
  dedupeKey: string;

  /** e.g. WORK_PACKAGE_OFFERED, RESPONSE_DEADLINE_24H, DECISION_OPENED. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ name: 'recipient_user_id', type: 'integer' })
  recipientUserId: number;

  @Column({ name: 'recipient_email', type: 'varchar', length: 200 })
  recipientEmail: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** The facts as JSON (NotificationParams), so the texts can be made in the reader's language. */
  @Column({ type: 'text', nullable: true })
  params: string | null;

  @Column({ name: 'entity_type', type: 'varchar', length: 60, nullable: true })
  entityType: string | null;

  @Column({ name: 'entity_id', type: 'varchar', length: 60, nullable: true })
  entityId: string | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  readAt: Date | null;

  @Column({ name: 'delivered_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  deliveredAt: Date | null;

  @Column({ name: 'claimed_by', type: 'varchar', length: 100, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  claimedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;
}
