import type { TidyRow } from '../../data/tidy-schema.js';

/**
 * The measured rate of rows[index], checked.
 *
 * @param rows tidy rows
 * @param index a fit point's index
 * @param fn caller, for messages
 * @returns measured completed requests/s (> 0)
 * @throws {Error} `<fn> requires ...` for an index outside rows or a row without a positive rate
 * @example
 * measuredRps(rows, 3, 'collapsePoints'); // 4.11
 */
export function measuredRps(rows: readonly TidyRow[], index: number, fn: string): number {
  const row = rows[index];
  if (row === undefined) throw new Error(`${fn} requires the rows the fits were made from: point index ${index} is outside ${rows.length} rows`);
  const rps = row.measured_rps;
  if (typeof rps !== 'number' || !(rps > 0) || !Number.isFinite(rps)) {
    throw new Error(`${fn} requires a positive measured_rps, row ${index} has ${String(rps)}`);
  }
  return rps;
}
