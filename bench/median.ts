/**
 * Median of a non-empty list of numbers (mean of the two middle values for even lengths).
 * Shared by the bench/*.bench.ts files, which report medians of repeated timings.
 *
 * @throws {Error} `median requires at least one value`
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median requires at least one value');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
