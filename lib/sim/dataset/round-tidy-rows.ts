import type { TidyRow } from '../../data/tidy-schema.js';
import { roundSignificant } from './round-significant.js';

/**
 * Rounds every non-integer number of tidy rows to `digits` significant digits (roundSignificant)
 * to keep the shipped CSVs compact; integers (token counts, k, request counts, engine steps,
 * indices), strings, booleans and nulls are kept as they are. The data-set writer applies it
 * before formatting, so the text of a file is `formatTidyCsv(roundTidyRows(rows, 6))` and the
 * loader reads back exactly the rounded doubles. Returns new row objects (column order kept).
 *
 * @param rows tidy rows
 * @param digits significant digits (1..21)
 * @returns the rounded rows
 * @throws {Error} `roundTidyRows requires an array of rows`; roundSignificant's error for bad digits
 * @example
 * roundTidyRows([{ ...row, mean_latency_s: 3.6256760288589347 }], 6)[0].mean_latency_s; // 3.62568
 */
export function roundTidyRows(rows: readonly TidyRow[], digits: number): TidyRow[] {
  if (!Array.isArray(rows)) throw new Error('roundTidyRows requires an array of rows');
  roundSignificant(1, digits); // checks digits once, also for no rows
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(row)) {
      const v = row[key];
      out[key] = typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v) ? roundSignificant(v, digits) : v;
    }
    return out as TidyRow;
  });
}
