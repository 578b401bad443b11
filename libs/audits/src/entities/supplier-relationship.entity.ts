import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';
import type { CertificateType } from '@app/members';

/**
 * One line of a member's supplier register: "we buy from this member", kept by the buying member
 * (or the project leader for it). With the network's own orders (a member as prime, others
 * delivering) it tells the audit programme who must audit whom. One entry per buyer and supplier.
 */
@Entity('supplier_relationship')
@Index('ux_supplier_relationship_pair', ['buyerMemberId', 'supplierMemberId'], { unique: true })
@Index('ix_supplier_relationship_supplier', ['supplierMemberId', 'buyerMemberId'])
export class SupplierRelationship {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'buyer_member_id', type: 'integer' })
  buyerMemberId: number;

  @Column({ name: 'supplier_member_id', type: 'integer' })
  supplierMemberId: number;

  /** Standards to audit the supplier against; empty = the buyer's own obliging certificates. */
  @Column({ type: 'simple-json' })
  standards: CertificateType[];

  /** What is bought, e.g. "hard anodising of machined parts". */
  @Column({ type: 'varchar', length: 500, nullable: true })
  scope: string | null;

  @Column({ name: 'audit_interval_months', type: 'integer', default: 24 })
  auditIntervalMonths: number;

  /** When the supply began (or begins): the first audit falls due then. */
  @Column({ type: 'varchar', length: 10 })
  since: string;

  /** An audit done outside TotAl-Fly (before the network coordinated them). */
  @Column({ name: 'last_audited_on', type: 'varchar', length: 10, nullable: true })
  lastAuditedOn: string | null;

  /** From this day the member no longer buys from the supplier; it leaves the programme. */
  @Column({ name: 'ended_on', type: 'varchar', length: 10, nullable: true })
  endedOn: string | null;

  @Column({ name: 'created_by_user_id', type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
