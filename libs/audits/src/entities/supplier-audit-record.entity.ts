import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantTransformer } from '@app/core';
import type { CertificateType } from '@app/members';

/**
 * The register's record that a supplier was audited against a standard on a date, for one member
 * that relied on the audit. Written when a reported audit has no open major finding; the next
 * audit of that member falls due from it. Never changed afterwards.
 */
@Entity('supplier_audit_record')
@Index('ux_supplier_audit_record', ['auditId', 'buyerMemberId', 'standard'], { unique: true })
@Index('ix_supplier_audit_record_pair', ['supplierMemberId', 'buyerMemberId', 'standard', 'auditedOn'])
@Index('ix_supplier_audit_record_buyer', ['buyerMemberId', 'supplierMemberId'])
export class SupplierAuditRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'supplier_member_id', type: 'integer' })
  supplierMemberId: number;

  @Column({ name: 'buyer_member_id', type: 'integer' })
  buyerMemberId: number;

  @Column({ type: 'varchar', length: 30 })
  standard: CertificateType;

  @Column({ name: 'audited_on', type: 'varchar', length: 10 })
  auditedOn: string;

  @Column({ name: 'audit_id', type: 'integer' })
  auditId: number;

  @Column({ name: 'recorded_at', type: 'bigint', transformer: instantTransformer })
  recordedAt: Date;
}
