import { AppError } from '../errors/app-error';
import { ErrorReason } from '../errors/error-reason';
import type { Database } from '../database/database.service';
import type { Actor } from '../auth/actor';
import { idempotent, payloadHash } from './idempotency';

const actor = { kind: 'user', userId: 4, email: 'leder@totalfly.example', role: 'PROJECT_LEADER', firmId: null } as unknown as Actor;
const payload = { orderLineId: 6, amount: 1_000_000 };

/**
 * A database on which this request's transaction fails with `error` while its twin (the same key
 * and payload) committed the key for result 77: what a request sees when it loses the race.
 */
function losingTo(error: unknown): Database {
  const key = { requestHash: payloadHash(payload), resultId: 77 };
  return {
    transaction: async () => {
      throw error;
    },
    read: async (fn: (em: { findOneBy: () => Promise<unknown> }) => Promise<unknown>) => fn({ findOneBy: async () => key }),
  } as unknown as Database;
}

describe('idempotent: a request that loses the race with its own twin', () => {
  const run = (error: unknown) => idempotent(losingTo(error), actor, 'invoice', 'two-0', payload, async () => 1);

  it.each([
    [
      'a unique value the database refused',
      AppError.conflict('A record with the same unique value already exists; nothing was saved.', { reason: ErrorReason.ALREADY_EXISTS }),
    ],
    [
      'a row the twin changed first',
      AppError.conflict('Order line 6 changed at the same time; try again.', {
        reason: ErrorReason.CHANGED_MEANWHILE,
        id: 6,
        expectedVersion: 1,
      }),
    ],
    ['a conflict without a reason', AppError.conflict('The firm already has a document numbered 7.')],
  ])('is answered as a replay of the twin when it meets %s', async (_what, error) => {
    await expect(run(error)).resolves.toEqual({ id: 77, replayed: true });
  });

  it('keeps any other refusal', async () => {
    const wrong = AppError.conflict('Order 3 is cancelled.', { reason: ErrorReason.WRONG_STATUS, status: 'CANCELLED' });
    await expect(run(wrong)).rejects.toBe(wrong);
    const bad = AppError.badInput('The invoice is not valid.');
    await expect(run(bad)).rejects.toBe(bad);
  });
});
