import { useCallback, useState } from 'react';

/** A fresh key for a money write (the API's idempotencyKey): random, never derived from what was typed. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One key per thing being recorded. Every attempt of the same form sends the same key, so a double
 * click or a retry after a lost answer records once (the API answers a replay with the first
 * result). The form takes a new key only after a success: the next record is a new one. A refused
 * attempt stores no key (the person corrects and sends again); after a lost answer the first
 * attempt may have been recorded, and sending something else with the key is refused by the API
 * (IDEMPOTENCY_KEY_REUSED) rather than recorded twice.
 */
export function useIdempotencyKey(): { key: string; renew(): void } {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}
