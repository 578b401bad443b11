import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

export enum BrochureKind {
  NETWORK = 'NETWORK',
  TENDER = 'TENDER',
}

/** A generated capability brochure: metadata plus the PDF bytes, so every instance can serve it. */
@Entity('brochure')
@Index('ix_brochure_created', ['createdAt'])
export class Brochure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  kind: BrochureKind;

  @Column({ type: 'varchar', length: 2 })
  language: 'nb' | 'en';

  @Column({ name: 'tender_id', type: 'integer', nullable: true })
  tenderId: number | null;

  @Column({ name: 'bid_id', type: 'integer', nullable: true })
  bidId: number | null;

  /** The stated date printed on the cover (YYYY-MM-DD); same data + same date = same bytes. */
  @Column({ name: 'stated_date', type: 'varchar', length: 10 })
  statedDate: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ name: 'page_count', type: 'integer' })
  pageCount: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** The PDF itself, base64 (one portable column type for SQLite and PostgreSQL). */
  @Column({ name: 'pdf_base64', type: 'text' })
  pdfBase64: string;

  @Column({ name: 'created_by_user_id', type: 'integer', nullable: true })
  createdByUserId: number | null;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}
