import { Check, Column, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { instantTransformer, Language, Role } from '@app/core';
import { Member } from '@app/members';

/** A person who signs in. A FIRM_USER belongs to exactly one member firm; other roles to none. */
@Entity('app_user')
@Check('ck_user_firm', `(role = 'FIRM_USER' AND firm_id IS NOT NULL) OR (role <> 'FIRM_USER' AND firm_id IS NULL)`)
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lower-cased; unique. */
  @Index('ux_user_email', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 300 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ name: 'firm_id', type: 'integer', nullable: true })
  firmId: number | null;

  @ManyToOne(() => Member, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'firm_id' })
  firm?: Relation<Member> | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  /** The language of the console, notifications and exports (NB or EN). */
  @Column({ type: 'varchar', length: 2, default: Language.NB })
  language: Language;

  /**
   * Bumped when the password changes: access tokens carry it (claim `sv`), so tokens made before
   * stop working at once. (Role and status are re-read on every request anyway.)
   */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion: number;

  @Column({ name: 'last_login_at', type: 'bigint', nullable: true, transformer: instantTransformer })
  lastLoginAt: Date | null;
}
