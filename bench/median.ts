import { median as medianOrNaN } from '../lib/util/median.js';

/**
 * Median of a non-empty list of numbers (mean of the two middle values for even lengths): the
 * library's median (lib/util/median.ts), which gives NaN for no values, made to throw instead, since
 * a bench with no timings is a bug. Shared by the bench/*.bench.ts files, which report medians of
 * repeated timings.
 *
 * @throws {Error} `median requires at least one value`
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median requires at least one value');
  return medianOrNaN(values);
}
