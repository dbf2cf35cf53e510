/**
 * The median of some numbers (mean of the middle two for an even count), for caption
 * summaries; NaN for an empty list.
 *
 * @param values the numbers (not modified)
 * @returns the median
 * @example
 * median([3, 1, 2]); // 2
 * median([1, 2, 3, 4]); // 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
