import type { BreakEvenTableRow } from './break-even-table.js';

/** The fields of a ratio row (ratioRows output) that breakEvenRows reads. */
export interface BreakEvenSource {
  verifier: string;
  prefillTokens: number;
  decodeTokens: number;
  alpha: number;
  k: number;
  /** C1_SD / C1_D and C2_SD / C2_D (dimensionless). */
  c1r: number;
  c2r: number;
  /** The baseline's C2_D (s per concurrent request). */
  c2Baseline: number;
}

/** Options of {@link breakEvenRows}. */
export interface BreakEvenRowsOptions {
  /** Keep only these alphas (default all; compared to 1e-9). */
  alphas?: readonly number[];
  /** Keep only these k (default all). */
  ks?: readonly number[];
  /** Appended to each system label, e.g. ' (implied baseline)'. */
  suffix?: string;
}

/**
 * The rows of breakEvenTable from ratio rows (ratioRows output): system 'verifier, prefill/decode'
 * (+ suffix), alpha, k, C1R, C2R and the baseline's C2_D. breakEvenTable picks the best k per
 * (system, alpha) among the rows it gets, so keep every k of an alpha to make those columns mean
 * "over all k".
 *
 * @param rows ratioRows output
 * @param options alphas, ks, suffix
 * @returns the selected rows, in input order
 * @throws {Error} `breakEvenRows requires ...` for a non-array or a selection that keeps no row
 * @example
 * breakEvenRows(ratioRows(fits, { baseline: 'pooled', numerator: 'pooled' }), { alphas: [0.8] })[0];
 * // { system: 'Qwen3-8B, 512/128', alpha: 0.8, k: 1, c1r: 0.74, c2r: 1.31, c2BaselineS: 0.036 }
 */
export function breakEvenRows(rows: readonly BreakEvenSource[], options: BreakEvenRowsOptions = {}): BreakEvenTableRow[] {
  const fn = 'breakEvenRows';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of ratio rows`);
  const keepAlpha = (a: number): boolean => !options.alphas || options.alphas.some((x) => Math.abs(x - a) < 1e-9);
  const keepK = (k: number): boolean => !options.ks || options.ks.includes(k);
  const out = rows
    .filter((r) => keepAlpha(r.alpha) && keepK(r.k))
    .map((r) => ({
      system: `${r.verifier}, ${r.prefillTokens}/${r.decodeTokens}${options.suffix ?? ''}`,
      alpha: r.alpha,
      k: r.k,
      c1r: r.c1r,
      c2r: r.c2r,
      c2BaselineS: r.c2Baseline,
    }));
  if (out.length === 0) throw new Error(`${fn} requires a selection that keeps at least one row`);
  return out;
}
