import type { INestApplicationContext } from '@nestjs/common';
import { createHash, type Hash } from 'node:crypto';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Database, LocalDate, Tx } from '@app/core';
import type { Rng } from '../lib/rng';
import type { DbKind, Scale } from '../lib/types';
import type { ScaleSpec } from './scales';

/** What a dataset module gets: the scale, its own random stream, the database and the ids made so far. */
export interface DatasetContext {
  scale: Scale;
  spec: ScaleSpec;
  kind: DbKind;
  /** The day the data is generated around (certificates expire relative to it, deadlines fall after it). */
  anchor: LocalDate;
  app: INestApplicationContext;
  db: Database;
  /** A deterministic random stream per name; a module uses its own name. */
  rng(stream: string): Rng;
  /** Ids and facts modules pass on, e.g. shared.memberIds. */
  shared: SharedFacts;
  /** Chunked multi-row INSERT inside the caller's transaction; rows also feed the dataset checksum. */
  insert<E extends ObjectLiteral>(tx: Tx, entity: EntityTarget<E>, rows: Partial<E>[]): Promise<void>;
  writer: BulkWriter;
  log(msg: string): void;
}

export interface SharedFacts {
  capabilityCodes: string[];
  memberIds: number[];
  activeMemberIds: number[];
  tenderIds: number[];
  [later: string]: unknown;
}

/**
 * One bounded context's part of the dataset. Add one as `bench/dataset/<context>.dataset.ts`
 * and list it in DATASET_MODULES (bench/dataset/index.ts), after the modules it depends on.
 */
export interface DatasetModule {
  name: string;
  /** Tables where the module assigns ids itself; PostgreSQL sequences are moved past them at the end. */
  explicitIdTables: string[];
  /** Returns rows written per table. */
  build(ctx: DatasetContext): Promise<Record<string, number>>;
}

/** SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535; stay well below both. */
const MAX_PARAMS = 30_000;
const MAX_ROWS = 500;

export class BulkWriter {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  async insert<E extends ObjectLiteral>(tx: Tx, entity: EntityTarget<E>, rows: Partial<E>[]): Promise<void> {
    if (!rows.length) return;
    const columns = tx.connection.getMetadata(entity).columns.length;
    const chunk = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns)));
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      for (const r of part) this.hash.update(JSON.stringify(r));
      await tx
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(part as never)
        .updateEntity(false)
        .execute();
    }
    this.rows += rows.length;
  }

  /** sha256 of every generated row, in order: equal for equal seed, scale and anchor. */
  checksum(): string {
    return this.hash.copy().digest('hex').slice(0, 16);
  }
}
