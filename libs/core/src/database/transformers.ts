import type { ValueTransformer } from 'typeorm';
import { assertSafeInteger } from '../money/allocate';

/**
 * bigint columns: PostgreSQL's driver returns them as strings, SQLite as numbers. Amounts
 * (øre) and instants (epoch ms) are safe integers in JavaScript; anything beyond refuses to load
 * rather than lose precision.
 */
export const bigintTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => {
    if (v === null || v === undefined) return v;
    const n = typeof v === 'number' ? v : Number(v);
    assertSafeInteger(n, 'bigint column');
    return n;
  },
};

/** Instants are stored as epoch milliseconds (UTC by definition), portable across SQLite and PostgreSQL. */
export const instantTransformer: ValueTransformer = {
  to: (v: Date | null | undefined) => (v instanceof Date ? v.getTime() : v),
  from: (v: string | number | null) => (v === null || v === undefined ? v : new Date(Number(v))),
};
