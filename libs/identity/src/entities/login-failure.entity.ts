import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/** A failed sign-in, kept for the per-account and per-IP attempt limits (shared by all instances). */
@Entity('login_failure')
@Index('ix_login_failure_email', ['email', 'at'])
@Index('ix_login_failure_ip', ['ip', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;
}
