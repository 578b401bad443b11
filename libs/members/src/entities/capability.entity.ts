import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { bigintTransformer } from '@app/core';

export enum CapabilityGroup {
  MACHINING = 'MACHINING',
  WELDING = 'WELDING',
  CASTING_EXTRUSION = 'CASTING_EXTRUSION',
  SHEET_METAL = 'SHEET_METAL',
  SURFACE_TREATMENT = 'SURFACE_TREATMENT',
  ENGINEERING = 'ENGINEERING',
  ASSEMBLY_TEST = 'ASSEMBLY_TEST',
  OTHER = 'OTHER',
}

/** One entry of the managed taxonomy of processes and services. */
@Entity('capability_catalogue')
export class CatalogueEntry {
  /** A stable code such as CNC_5AXIS or WELD_TIG_AL. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'capability_group', type: 'varchar', length: 30 })
  group: CapabilityGroup;

  @Column({ name: 'name_nb', type: 'varchar', length: 200 })
  nameNb: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  /** Indicative hourly rate used by the solver when a firm has not given its own. */
  @Column({ name: 'default_hourly_rate_ore', type: 'bigint', transformer: bigintTransformer })
  defaultHourlyRateOre: number;
}

/** What one firm can do: a catalogue code with level, key equipment, capacity and an optional private rate. */
@Entity('member_capability')
@Unique('ux_member_capability', ['memberId', 'code'])
@Index('ix_member_capability_code', ['code', 'memberId'])
export class MemberCapability {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'member_id', type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  /**
   * Level or notes in Norwegian, e.g. "serieproduksjon, toleranser ned til ±0,01 mm": the Norwegian
   * brochure prints it; `levelEn` is the English one. Neither stands in for the other.
   */
  @Column({ type: 'varchar', length: 500, nullable: true })
  level: string | null;

  @Column({ name: 'level_en', type: 'varchar', length: 500, nullable: true })
  levelEn: string | null;

  /** Key equipment in Norwegian, e.g. "5-akset DMG, 1 000 × 800 × 600 mm"; `keyEquipmentEn` in English. */
  @Column({ name: 'key_equipment', type: 'varchar', length: 500, nullable: true })
  keyEquipment: string | null;

  @Column({ name: 'key_equipment_en', type: 'varchar', length: 500, nullable: true })
  keyEquipmentEn: string | null;

  /** Private: hours per month this firm can give this capability. */
  @Column({ name: 'capacity_hours_per_month', type: 'integer' })
  capacityHoursPerMonth: number;

  /** Private: indicative hourly rate in øre. */
  @Column({ name: 'hourly_rate_ore', type: 'bigint', nullable: true, transformer: bigintTransformer })
  hourlyRateOre: number | null;

  @VersionColumn({ default: 1 })
  version: number;
}
