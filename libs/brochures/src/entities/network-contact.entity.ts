import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/**
 * The one person buyers deal with, printed on every brochure: set by the project leader. A single
 * row (id 1); until it is set no brochure is made, so none goes out with a placeholder address.
 */
@Entity('network_contact')
export class NetworkContactRecord {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The person's role, in Norwegian (e.g. "Prosjektleder, RTIM Raufoss"). */
  @Column({ name: 'role_nb', type: 'varchar', length: 200 })
  roleNb: string;

  /** The same in English (e.g. "Project leader, RTIM Raufoss"). */
  @Column({ name: 'role_en', type: 'varchar', length: 200 })
  roleEn: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 40 })
  phone: string;

  /** Postal address; lines separated by '\n'. */
  @Column({ type: 'varchar', length: 500 })
  address: string;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @Column({ name: 'updated_by_user_id', type: 'integer', nullable: true })
  updatedByUserId: number | null;

  @VersionColumn({ default: 1 })
  version: number;
}
