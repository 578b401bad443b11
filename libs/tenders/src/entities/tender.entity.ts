import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';
import type { ClearanceLevel } from '@app/members';
import { LossReason, TenderStage } from '../tender-stage';

export enum Market {
  DEFENCE = 'DEFENCE',
  PUBLIC_SECTOR = 'PUBLIC_SECTOR',
  MILITARY_AVIATION = 'MILITARY_AVIATION',
  CIVIL_AVIATION = 'CIVIL_AVIATION',
  OTHER = 'OTHER',
}

/** A tender (anbud/konkurranse) the consortium may bid for. */
@Entity('tender')
@Unique('ux_tender_source_external', ['source', 'externalId'])
@Index('ix_tender_stage_deadline', ['stage', 'deadline'])
@Index('ix_tender_market_stage', ['market', 'stage'])
// covers the pipeline's stage and trend figures: the period's tenders are read from the index alone
@Index('ix_tender_deadline', ['deadline', 'createdAt', 'market', 'stage', 'currency', 'estimatedValueMinor', 'winProbabilityBp'])
export class Tender {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'buyer_name', type: 'varchar', length: 300 })
  buyerName: string;

  @Column({ name: 'buyer_identifier', type: 'varchar', length: 100, nullable: true })
  buyerIdentifier: string | null;

  @Column({ type: 'varchar', length: 20 })
  market: Market;

  /** MANUAL, OCDS, DOFFIN, TED … */
  @Column({ type: 'varchar', length: 20, default: 'MANUAL' })
  source: string;

  /** e.g. the OCDS ocid. */
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;

  @Column({ name: 'reference_url', type: 'varchar', length: 1000, nullable: true })
  referenceUrl: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: instantTransformer })
  deadline: Date | null;

  @Column({ name: 'estimated_value_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  estimatedValueMinor: number | null;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  /** Facility security clearance required, and at which level; null when none. */
  @Column({ name: 'clearance_level', type: 'varchar', length: 20, nullable: true })
  clearanceLevel: ClearanceLevel | null;

  @Column({ name: 'export_controlled', type: 'boolean', default: false })
  exportControlled: boolean;

  @Column({ type: 'varchar', length: 20, default: TenderStage.IDENTIFIED })
  stage: TenderStage;

  @Column({ name: 'stage_changed_at', type: 'bigint', transformer: instantTransformer })
  stageChangedAt: Date;

  /** Overrides the stage's default win probability while the tender is open (basis points). */
  @Column({ name: 'win_probability_bp', type: 'integer', nullable: true })
  winProbabilityBp: number | null;

  @Column({ name: 'loss_reason', type: 'varchar', length: 30, nullable: true })
  lossReason: LossReason | null;

  @Column({ name: 'loss_reason_text', type: 'varchar', length: 2000, nullable: true })
  lossReasonText: string | null;

  @Column({ name: 'responsible_user_id', type: 'integer', nullable: true })
  responsibleUserId: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Date of the newest OCDS release merged in; an older or equal one changes nothing. */
  @Column({ name: 'source_release_date', type: 'varchar', length: 40, nullable: true })
  sourceReleaseDate: string | null;

  /** Hash of the imported fields, so re-importing the same data writes nothing. */
  @Column({ name: 'source_hash', type: 'varchar', length: 64, nullable: true })
  sourceHash: string | null;

  /**
   * Where the process stands at its source (OCDS): the tender status (planning, active, complete,
   * cancelled …), or awarded / contracted; null for tenders registered by hand.
   */
  @Column({ name: 'source_status', type: 'varchar', length: 30, nullable: true })
  sourceStatus: string | null;

  /** The CPV codes the source gives (tender level, additional and item classifications). */
  @Column({ name: 'cpv_codes', type: 'simple-json', nullable: true })
  cpvCodes: string[] | null;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'bigint', transformer: instantTransformer })
  updatedAt: Date;
}

@Entity('tender_lot')
@Unique('ux_tender_lot', ['tenderId', 'lotKey'])
export class TenderLot {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

  /** The lot's id in the source (OCDS lots extension), or a label such as "1". */
  @Column({ name: 'lot_key', type: 'varchar', length: 100 })
  lotKey: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'estimated_value_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  estimatedValueMinor: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency: string | null;
}

/** A required certificate of a requirement, e.g. { type: 'ISO_3834_2' } or { type: 'NADCAP', process: 'WELDING' }. */
export interface RequiredCertificate {
  type: string;
  process?: string | null;
}

/** What a bid must cover: a capability, hours in a delivery window, certificates. */
@Entity('requirement')
@Index('ix_requirement_tender', ['tenderId', 'id'])
export class Requirement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

  @Column({ name: 'lot_id', type: 'integer', nullable: true })
  lotId: number | null;

  @Column({ name: 'capability_code', type: 'varchar', length: 40 })
  capabilityCode: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  /** Estimated hours. A draft imported from OCDS may have 0 until the project leader sets it. */
  @Column({ type: 'integer' })
  hours: number;

  /** Optional quantity with its unit, e.g. 2000 pieces. */
  @Column({ type: 'integer', nullable: true })
  quantity: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;

  @Column({ name: 'window_start', type: 'varchar', length: 10 })
  windowStart: string;

  @Column({ name: 'window_end', type: 'varchar', length: 10 })
  windowEnd: string;

  @Column({ name: 'required_certificates', type: 'simple-json' })
  requiredCertificates: RequiredCertificate[];

  @Column({ type: 'boolean', default: true })
  mandatory: boolean;

  /** All hours must go to one firm. */
  @Column({ type: 'boolean', default: false })
  indivisible: boolean;

  /** Created from an import and not yet confirmed by the project leader. */
  @Column({ type: 'boolean', default: false })
  draft: boolean;

  /** The OCDS item this draft came from, so a re-import updates rather than duplicates it. */
  @Column({ name: 'source_item_id', type: 'varchar', length: 200, nullable: true })
  sourceItemId: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}

/** Every stage move, with who, when and why. */
@Entity('tender_stage_transition')
// both cover what the pipeline's time-in-stage reads: the transitions of a period, each with its predecessor
@Index('ix_tst_tender_at', ['tenderId', 'id', 'at'])
// time in stage: per stage left, the period's transitions in time order, no sorting
@Index('ix_tst_from_stage_at', ['fromStage', 'at', 'enteredAt', 'tenderId'])
// the pipeline's outcomes in a period, by the outcome's own date, covering what it reads
@Index('ix_tst_outcome', ['toStage', 'outcomeDate', 'tenderId', 'lossReason'])
export class TenderStageTransition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

  @Column({ name: 'from_stage', type: 'varchar', length: 20, nullable: true })
  fromStage: TenderStage | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 20 })
  toStage: TenderStage;

  @Column({ type: 'bigint', transformer: instantTransformer })
  at: Date;

  /**
   * When the tender entered `fromStage` (the previous transition's `at`), so that time in stage is
   * read without looking for the predecessor. Set by the database on insert (a trigger; see the
   * migration PipelineUpkeep), never by the application.
   */
  @Column({ name: 'entered_at', type: 'bigint', nullable: true, insert: false, update: false, transformer: instantTransformer })
  enteredAt: Date | null;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId: number | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 200 })
  actorEmail: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  @Column({ name: 'loss_reason', type: 'varchar', length: 30, nullable: true })
  lossReason: LossReason | null;

  /**
   * For a move to WON or LOST: the outcome's own date (the award or the notice of loss, as
   * recorded with the bid's outcome or given with the move; Europe/Oslo), which can be days or
   * weeks before the move was registered (`at`). The pipeline counts outcomes by it.
   */
  @Column({ name: 'outcome_date', type: 'varchar', length: 10, nullable: true })
  outcomeDate: string | null;

  /** The closed steering decision that set this stage (GO and NO_GO are set in no other way). */
  @Column({ name: 'steering_decision_id', type: 'integer', nullable: true })
  steeringDecisionId: number | null;
}

/** Maps a CPV code prefix to a catalogue capability, for drafting requirements from imports. */
@Entity('cpv_mapping')
export class CpvMapping {
  @Column({ name: 'cpv_prefix', type: 'varchar', length: 8, primary: true })
  cpvPrefix: string;

  @Column({ name: 'capability_code', type: 'varchar', length: 40 })
  capabilityCode: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;
}

/** Every OCDS release imported, so a tender's compiled release can be rebuilt from all of them. */
@Entity('ocds_release')
@Unique('ux_ocds_release', ['ocid', 'releaseId'])
export class OcdsRelease {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  ocid: string;

  @Column({ name: 'release_id', type: 'varchar', length: 200 })
  releaseId: string;

  @Column({ type: 'varchar', length: 40 })
  date: string;

  @Column({ type: 'text' })
  json: string;

  /** The zone its date-times without a UTC offset were read in; null when it has none. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;
}

/** A document of an imported tender (OCDS tender, planning, award and contract documents), in display order. */
@Entity('tender_document')
@Index('ix_tender_document_tender', ['tenderId', 'position'])
export class TenderDocument {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'tender_id', type: 'integer' })
  tenderId: number;

  /** 0 first: the tender notice, then the other tender documents, planning, award and contract documents. */
  @Column({ type: 'integer' })
  position: number;

  /** tender, planning, award or contract: where in the process it was published. */
  @Column({ type: 'varchar', length: 20 })
  section: string;

  /** The document's id at the source. */
  @Column({ name: 'document_key', type: 'varchar', length: 200, nullable: true })
  documentKey: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** The OCDS documentType, e.g. tenderNotice, biddingDocuments, awardNotice. */
  @Column({ name: 'document_type', type: 'varchar', length: 100, nullable: true })
  documentType: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** When it was published (or last modified). */
  @Column({ type: 'bigint', nullable: true, transformer: instantTransformer })
  date: Date | null;
}
