import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { instantTransformer } from '../database/transformers';

/** A money mutation already carried out under a client's idempotency key. */
@Entity('idempotency_key')
@Unique('ux_idempotency', ['scope', 'actorUserId', 'key'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn()
  id: number;

  /** The mutation, e.g. recordInvoice. */
  @Column({ type: 'varchar', length: 60 })
  scope: string;

  @Column({ name: 'actor_user_id', type: 'integer' })
  actorUserId: number;

  @Column({ type: 'varchar', length: 200 })
  key: string;

  /** sha256 of the canonical payload: the same key with another payload is a CONFLICT. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  /** The id of what the first call created, returned again on a replay. */
  @Column({ name: 'result_id', type: 'integer' })
  resultId: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}
