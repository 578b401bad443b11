/**
 * Splits `total` (integer minor units, may be negative) into parts proportional to `weights`
 * using the largest-remainder method. The parts always sum exactly to `total`.
 *
 * - Weights are non-negative safe integers (scale fractional weights first).
 * - A zero weight gets zero. All-zero weights cannot carry a non-zero total: RangeError.
 * - Remainder units go to the largest fractional remainders; ties go to the earliest index,
 *   so the result is deterministic.
 * - A negative total is allocated as the mirror image of the positive one, so a credit note
 *   allocates exactly opposite to the invoice it reverses.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertSafeInteger(total, 'total');
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError('allocate: cannot split a non-zero total among no parties');
  }
  weights.forEach((w, i) => {
    assertSafeInteger(w, `weights[${i}]`);
    if (w < 0) throw new RangeError(`allocate: weights[${i}] is negative (${w})`);
  });
  const sumW = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sumW === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError('allocate: all weights are zero, so a non-zero total has nowhere to go');
  }
  if (total < 0) return allocate(-total, weights).map((p) => (p === 0 ? 0 : -p));

  const t = BigInt(total);
  const parts: bigint[] = [];
  const remainders: { index: number; rem: bigint }[] = [];
  let assigned = 0n;
  weights.forEach((w, index) => {
    const exact = t * BigInt(w);
    const share = exact / sumW;
    parts.push(share);
    assigned += share;
    remainders.push({ index, rem: exact % sumW });
  });
  let left = t - assigned; // always < number of non-zero weights
  remainders.sort((a, b) => (a.rem === b.rem ? a.index - b.index : a.rem > b.rem ? -1 : 1));
  for (const r of remainders) {
    if (left === 0n) break;
    if (weights[r.index] === 0) continue;
    parts[r.index] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

export function assertSafeInteger(v: number, name: string): void {
  if (!Number.isSafeInteger(v)) throw new RangeError(`${name} must be a safe integer (got ${v})`);
}
