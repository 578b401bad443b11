/**
 * Gini coefficient of non-negative values (0 = perfectly even, → 1 = one takes all), by the
 * sorted-rank formula G = Σ (2i − n − 1)·x_i / (n · Σ x), i = 1…n over ascending x. Zero when
 * everything is zero or there is at most one value.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  if (n <= 1 || total === 0) return 0;
  const sorted = Float64Array.from(values).sort(); // a typed array sorts by number, natively
  let acc = 0;
  for (let i = 0; i < n; i++) acc += (2 * (i + 1) - n - 1) * sorted[i];
  return acc / (n * total);
}
