/**
 * Gini coefficient of non-negative values (0 = perfectly even, → 1 = one takes all), by the
 * sorted-rank formula G = Σ (2i − n − 1)·x_i / (n · Σ x), i = 1…n over ascending x. Zero when
 * everything is zero or there is at most one value.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((a, b) => a + b, 0);
  if (n <= 1 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let acc = 0;
  sorted.forEach((x, i) => (acc += (2 * (i + 1) - n - 1) * x));
  return acc / (n * total);
}
