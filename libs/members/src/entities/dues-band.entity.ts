import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { bigintTransformer } from '@app/core';

/** One band of a year's dues table: membership fee plus service fee, by number of employees. */
@Entity('dues_band')
@Unique('ux_dues_band', ['year', 'employeesMin'])
export class DuesBand {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'employees_min', type: 'integer' })
  employeesMin: number;

  /** null: open-ended ("51 or more"). */
  @Column({ name: 'employees_max', type: 'integer', nullable: true })
  employeesMax: number | null;

  @Column({ name: 'membership_fee_ore', type: 'bigint', transformer: bigintTransformer })
  membershipFeeOre: number;

  @Column({ name: 'service_fee_ore', type: 'bigint', transformer: bigintTransformer })
  serviceFeeOre: number;
}
