import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/**
 * One refresh token of a browser session. Only its SHA-256 is stored. A session is a family of
 * tokens: each refresh rotates the token (the old one is marked rotated, a new row is added with
 * the same family and expiry). Presenting a rotated token again after a short grace revokes the
 * whole family, since someone else may have it.
 */
@Entity('refresh_session')
@Index('ix_refresh_session_user', ['userId', 'revokedAt'])
@Index('ix_refresh_session_family', ['familyId'])
export class RefreshSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Index('ux_refresh_session_token', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  /** The end of the working day the session was signed in for; rotation does not extend it. */
  @Column({ name: 'expires_at', type: 'bigint', transformer: instantTransformer })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  revokedAt: Date | null;

  /** SIGN_OUT, REUSE, PASSWORD_CHANGED, ROLE_CHANGED, DEACTIVATED. */
  @Column({ name: 'revoke_reason', type: 'varchar', length: 30, nullable: true })
  revokeReason: string | null;
}
