import { BeforeInsert, BeforeUpdate, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  RESIGNED = 'RESIGNED',
  EXCLUDED = 'EXCLUDED',
}

/** A member firm of the association (medlemsbedrift). */
@Entity('member')
@Index('ix_member_status_name', ['status', 'sortName', 'id'])
export class Member {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ux_member_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lower-cased name for case-insensitive ordering and search. */
  @Index('ix_member_sort_name')
  @Column({ name: 'sort_name', type: 'varchar', length: 200 })
  sortName: string;

  /** Norwegian organisation number, 9 digits with a mod-11 check digit. */
  @Index('ux_member_org_number', { unique: true })
  @Column({ name: 'org_number', type: 'varchar', length: 9, nullable: true })
  orgNumber: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  ncage: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ name: 'street_address', type: 'varchar', length: 200, nullable: true })
  streetAddress: string | null;

  @Column({ name: 'postal_code', type: 'varchar', length: 10, nullable: true })
  postalCode: string | null;

  @Index('ix_member_municipality')
  @Column({ type: 'varchar', length: 100, nullable: true })
  municipality: string | null;

  @Column({ type: 'integer', nullable: true })
  employees: number | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 200, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 10, default: MembershipStatus.ACTIVE })
  status: MembershipStatus;

  @Column({ name: 'joined_on', type: 'varchar', length: 10, nullable: true })
  joinedOn: string | null;

  /** The day the written resignation reached the board. */
  @Column({ name: 'resigned_on', type: 'varchar', length: 10, nullable: true })
  resignedOn: string | null;

  @Column({ name: 'resignation_reason', type: 'varchar', length: 1000, nullable: true })
  resignationReason: string | null;

  @Column({ name: 'description_nb', type: 'text', nullable: true })
  descriptionNb: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  /** Demo data whose profile (capabilities, certificates, capacity) is invented, not from the register. */
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @BeforeInsert()
  protected stampInsert() {
    this.createdAt ??= new Date();
    this.updatedAt ??= this.createdAt;
    this.sortName = this.name.toLocaleLowerCase('nb');
  }

  @BeforeUpdate()
  protected stampUpdate() {
    this.updatedAt = new Date();
    this.sortName = this.name.toLocaleLowerCase('nb');
  }
}
