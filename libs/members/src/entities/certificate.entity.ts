import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { daysBetween, osloDate } from '@app/core';

export enum CertificateType {
  ISO_9001 = 'ISO_9001',
  EN_9100 = 'EN_9100',
  AQAP_2110 = 'AQAP_2110',
  AQAP_2310 = 'AQAP_2310',
  ISO_3834_2 = 'ISO_3834_2',
  ISO_3834_3 = 'ISO_3834_3',
  NADCAP = 'NADCAP',
  ISO_14001 = 'ISO_14001',
  FACILITY_CLEARANCE = 'FACILITY_CLEARANCE',
  EXPORT_CONTROL = 'EXPORT_CONTROL',
}

/** Norwegian security levels, lowest first: BEGRENSET, KONFIDENSIELT, HEMMELIG, STRENGT HEMMELIG. */
export enum ClearanceLevel {
  RESTRICTED = 'RESTRICTED',
  CONFIDENTIAL = 'CONFIDENTIAL',
  SECRET = 'SECRET',
  TOP_SECRET = 'TOP_SECRET',
}

export const CERTIFICATE_LABELS: Record<CertificateType, string> = {
  ISO_9001: 'ISO 9001',
  EN_9100: 'EN/AS 9100',
  AQAP_2110: 'AQAP 2110',
  AQAP_2310: 'AQAP 2310',
  ISO_3834_2: 'ISO 3834-2',
  ISO_3834_3: 'ISO 3834-3',
  NADCAP: 'NADCAP',
  ISO_14001: 'ISO 14001',
  FACILITY_CLEARANCE: 'Facility security clearance',
  EXPORT_CONTROL: 'Export-control registration',
};

/** A certificate a firm holds. Expired (validUntil before the day in question) counts as absent. */
@Entity('certificate')
@Index('ix_certificate_member', ['memberId', 'type'])
@Index('ix_certificate_type_valid', ['type', 'validUntil'])
export class Certificate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 30 })
  type: CertificateType;

  /** NADCAP: the accredited process, e.g. WELDING or CHEMICAL_PROCESSING. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  process: string | null;

  /** FACILITY_CLEARANCE: the level held. */
  @Column({ name: 'clearance_level', type: 'varchar', length: 20, nullable: true })
  clearanceLevel: ClearanceLevel | null;

  @Column({ type: 'varchar', length: 200 })
  issuer: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  scope: string | null;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'varchar', length: 10 })
  validUntil: string;

  @Column({ name: 'document_ref', type: 'varchar', length: 300, nullable: true })
  documentRef: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  // Read by GraphQL as plain properties (no field resolver: on the member list a resolver call per
  // certificate and field was most of what these fields cost, docs/BENCHMARKS.md issue 23). They
  // live on the prototype, so TypeORM, spreads and JSON leave them out; the member list's lean
  // rows are made with this prototype (`leanShape(…, { instances: true })`).

  /** e.g. "AQAP 2110", "Facility security clearance (SECRET)", "NADCAP (WELDING)". */
  get label(): string {
    const base = CERTIFICATE_LABELS[this.type];
    if (this.clearanceLevel) return `${base} (${this.clearanceLevel})`;
    if (this.process) return `${base} (${this.process})`;
    return base;
  }

  /** validUntil is before today (Europe/Oslo). */
  get expired(): boolean {
    return this.validUntil < osloDate(new Date());
  }

  /** Days from today (Europe/Oslo) to validUntil; negative when expired. */
  get daysToExpiry(): number {
    return daysBetween(osloDate(new Date()), this.validUntil);
  }
}
