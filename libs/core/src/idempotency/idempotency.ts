import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { ErrorReason } from '../errors/error-reason';
import type { Database, Tx } from '../database/database.service';
import { IdempotencyKey } from './idempotency-key.entity';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

export function payloadHash(payload: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(payload) ?? null))
    .digest('hex');
}

/** The refusals a request that lost a race with its own twin (same key) gets; see below. */
const RACE_REASONS: readonly ErrorReason[] = [ErrorReason.ALREADY_EXISTS, ErrorReason.CHANGED_MEANWHILE];

/**
 * Runs a money mutation at most once per (scope, user, key). A replay with the same payload
 * returns the id of the first result without writing; the same key with another payload is a
 * CONFLICT. Without a key, the work simply runs. The key is stored in the same transaction as
 * the work, so a failed attempt leaves the key free for a retry.
 */
export async function idempotent(
  db: Database,
  actor: Actor,
  scope: string,
  key: string | null | undefined,
  payload: unknown,
  work: (tx: Tx) => Promise<number>,
): Promise<{ id: number; replayed: boolean }> {
  if (!key) return { id: await db.transaction(work), replayed: false };
  if (key.length > 200)
    throw AppError.badInput('An idempotency key is at most 200 characters.', [{ field: 'idempotencyKey', message: 'too long' }]);
  const userId = actor.kind === 'user' ? actor.userId : 0;
  const hash = payloadHash(payload);
  const replay = (found: IdempotencyKey) => {
    if (found.requestHash !== hash) {
      throw AppError.conflict(`Idempotency key "${key}" was already used for a different ${scope}; use a new key for a new request.`, {
        reason: ErrorReason.IDEMPOTENCY_KEY_REUSED,
      });
    }
    return { id: found.resultId, replayed: true };
  };
  try {
    return await db.transaction(async (tx) => {
      const found = await tx.findOneBy(IdempotencyKey, { scope, actorUserId: userId, key });
      if (found) return replay(found);
      const id = await work(tx);
      await tx.insert(IdempotencyKey, { scope, actorUserId: userId, key, requestHash: hash, resultId: id, createdAt: new Date() });
      return { id, replayed: false };
    });
  } catch (e) {
    // A concurrent request with the same key got there first: it won the key's insert (the
    // database's unique violation, ALREADY_EXISTS), wrote the same record (a duplicate the work
    // found), or changed a row this work then found changed (CHANGED_MEANWHILE). Answer like a
    // replay when its key is there; any other refusal (e.g. IDEMPOTENCY_KEY_REUSED) stands.
    const reason = e instanceof AppError ? e.extensions.details?.reason : undefined;
    if (e instanceof AppError && e.code === 'CONFLICT' && (reason === undefined || RACE_REASONS.includes(reason))) {
      const found = await db.read((em) => em.findOneBy(IdempotencyKey, { scope, actorUserId: userId, key }));
      if (found) return replay(found);
    }
    throw e;
  }
}
