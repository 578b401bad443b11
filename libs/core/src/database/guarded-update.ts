import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error';
import { ErrorReason } from '../errors/error-reason';
import type { Tx } from './database.service';

/**
 * Optimistic concurrency: UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?
 * and insist that exactly one row changed. (TypeORM 1.1.1's @VersionColumn bumps the version
 * without checking it, docs/STACK.md trap 3.) Optional `where` adds state guards, e.g. status = 'OFFERED'.
 * A row that changed meanwhile is CONFLICT with the reason CHANGED_MEANWHILE, whatever the message.
 */
export async function guardedUpdate<E extends ObjectLiteral>(
  tx: Tx,
  entity: EntityTarget<E>,
  key: { id: number; version: number; where?: Record<string, unknown> },
  changes: Partial<E>,
  conflictMessage: string,
): Promise<void> {
  const qb = tx
    .createQueryBuilder()
    .update(entity)
    .set({ ...(changes as object), version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id: key.id, version: key.version });
  for (const [col, value] of Object.entries(key.where ?? {})) {
    qb.andWhere(`${col} = :w_${col}`, { [`w_${col}`]: value });
  }
  const res = await qb.execute();
  if (res.affected !== 1)
    throw AppError.conflict(conflictMessage, { reason: ErrorReason.CHANGED_MEANWHILE, id: key.id, expectedVersion: key.version });
}
