/**
 * The p-quantile of some numbers by linear interpolation between order statistics: R's type 7,
 * NumPy's default (`numpy.quantile(values, p)`, method 'linear'). With the values sorted
 * ascending as s[0..n-1] and h = (n - 1) p, the quantile is s[floor h] + (h - floor h) (s[floor h + 1]
 * - s[floor h]); p = 0 gives the minimum, p = 1 the maximum, p = 0.5 the median.
 *
 * The interpolation is always evaluated as a + t (b - a); NumPy switches to b - (b - a)(1 - t) for
 * t >= 0.5, so the two can differ in the last bit (e.g. 8.325 here, 8.325000000000001 in NumPy).
 *
 * @param values the numbers, finite, in any order (not modified), at least one
 * @param p the probability, in [0, 1]
 * @returns the quantile, in the values' unit
 * @throws {Error} `quantile requires at least one value`, `quantile requires finite values, values[i] is ...`
 *   or `quantile requires p in [0, 1], got ...`
 * @example
 * quantile([4, 1, 3, 2], 0.25); // 1.75
 * quantile([4, 1, 3, 2], 0.5); // 2.5 (the median)
 */
export function quantile(values: readonly number[], p: number): number {
  checkQuantileInput('quantile', values, p);
  return quantileSortedCore([...values].sort((a, b) => a - b), p);
}

/**
 * {@link quantile} of values already sorted ascending: no copy, no sort, so several quantiles of one
 * sample cost one sort (sort once, then call this for each p).
 *
 * @param sorted the numbers, finite and sorted ascending, at least one
 * @param p the probability, in [0, 1]
 * @returns the quantile, in the values' unit
 * @throws {Error} `quantileSorted requires ...` for no values, a non-finite value, values out of
 *   ascending order, or p outside [0, 1]
 * @example
 * quantileSorted([1, 2, 3, 4], 0.75); // 3.25
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  checkQuantileInput('quantileSorted', sorted, p);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] < sorted[i - 1]) throw new Error(`quantileSorted requires values sorted ascending, sorted[${i}] < sorted[${i - 1}]`);
  }
  return quantileSortedCore(sorted, p);
}

/**
 * {@link quantileSorted} without input checks.
 * @example quantileSortedCore([10, 20], 0.5); // 15
 */
export function quantileSortedCore(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function checkQuantileInput(fn: string, values: readonly number[], p: number): void {
  if (!Array.isArray(values as unknown) || values.length === 0) throw new Error(`${fn} requires at least one value`);
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new Error(`${fn} requires p in [0, 1], got ${String(p)}`);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`${fn} requires finite values, values[${i}] is ${String(values[i])}`);
  }
}
