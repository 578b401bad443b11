import { BeforeInsert, BeforeUpdate, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { instantTransformer } from '@app/core';

/** A member firm of the association (medlemsbedrift). */
@Entity('member')
export class Member {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('ux_member_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

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
  }

  @BeforeUpdate()
  protected stampUpdate() {
    this.updatedAt = new Date();
  }
}
