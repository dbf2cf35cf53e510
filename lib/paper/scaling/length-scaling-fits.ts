import type { LengthScalingFit, LengthScalingPoint } from './length-scaling-figure.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { linearLeastSquaresCore } from '../../fit/linear-least-squares.js';
import { rSquared } from '../../fit/r-squared.js';

/** A Fig. 6 line with its R² and point count. */
export interface LengthScalingLine extends LengthScalingFit {
  r2: number;
  /** Systems (lengths) fitted. */
  n: number;
  /** The length the line is in: 'p' for c2_p, 'p + w·g' for c2_v. */
  feature: string;
}

/** Options of {@link lengthScalingFits}. */
export interface LengthScalingFitsOptions {
  /** Weight w of the decode length in c2_v's effective length p + w·g (default 0.5). */
  decodeWeight?: number;
}

/**
 * Fig. 6's lines: per model, least squares c2_p = a + b·p (prefill tokens) and
 * c2_v = a + b·(p + w·g) (w = 0.5: the time-averaged KV-cache length), with R² around the mean.
 * A (model, coefficient) needs at least 3 points over at least 2 distinct lengths.
 *
 * @param points lengthScalingPoints output
 * @param options decodeWeight
 * @returns one line per (model, coefficient), models in natural order, c2_p before c2_v
 * @throws {Error} `lengthScalingFits requires ...` for a non-array, non-finite values or a negative weight
 * @example
 * lengthScalingFits(points).find((f) => f.model === 'Qwen3-8B' && f.coefficient === 'c2_v')?.r2; // 0.99
 */
export function lengthScalingFits(points: readonly LengthScalingPoint[], options: LengthScalingFitsOptions = {}): LengthScalingLine[] {
  const fn = 'lengthScalingFits';
  if (!Array.isArray(points)) throw new Error(`${fn} requires an array of length-scaling points`);
  const w = options.decodeWeight ?? 0.5;
  if (!(Number.isFinite(w) && w >= 0)) throw new Error(`${fn} requires options.decodeWeight >= 0, got ${w}`);
  points.forEach((p, i) => {
    for (const c of ['prefillTokens', 'decodeTokens', 'valueS'] as const) {
      if (!Number.isFinite(p?.[c])) throw new Error(`${fn} requires finite points[${i}].${c}`);
    }
  });
  const models = [...new Set(points.map((p) => p.model))].sort(naturalCompare);
  const out: LengthScalingLine[] = [];
  for (const model of models) {
    for (const coefficient of ['c2_p', 'c2_v'] as const) {
      const mine = points.filter((p) => p.model === model && p.coefficient === coefficient);
      const x = mine.map((p) => (coefficient === 'c2_p' ? p.prefillTokens : p.prefillTokens + w * p.decodeTokens));
      const y = mine.map((p) => p.valueS);
      if (mine.length < 3 || new Set(x).size < 2) continue;
      const c = linearLeastSquaresCore(x.map((v) => [1, v]), y);
      if (c === null) continue;
      out.push({
        model,
        coefficient,
        intercept: c[0],
        slope: c[1],
        r2: rSquared(y, x.map((v) => c[0] + c[1] * v)),
        n: mine.length,
        feature: coefficient === 'c2_p' ? 'p' : `p + ${w}·g`,
      });
    }
  }
  return out;
}
