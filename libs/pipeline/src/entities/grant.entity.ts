import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, instantTransformer } from '@app/core';

/** Public support the network received (e.g. Innovation Norway, Arena Lettmetall). */
@Entity('grant_received')
export class Grant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  source: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintTransformer })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3, default: 'NOK' })
  currency: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'varchar', length: 1000 })
  purpose: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: instantTransformer })
  createdAt: Date;
}
