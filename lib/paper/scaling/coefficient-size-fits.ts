import type { ScalingFit, ScalingPoint } from './scaling-figure.js';
import { linearLeastSquaresCore } from '../../fit/linear-least-squares.js';
import { rSquared } from '../../fit/r-squared.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';

/** A coefficient's line against model size, with the size of the data behind it. */
export interface CoefficientSizeFit extends ScalingFit {
  /** 'proportional' (value = slope × size) or 'linear' (with an intercept). */
  form: 'proportional' | 'linear';
  /** Intercept (s); 0 for a proportional fit. */
  intercept: number;
  /** Points fitted. */
  n: number;
  /**
   * Power-law exponent b of value ∝ size^b (least squares on logarithms of the positive points;
   * NaN with fewer than 2 of them): 1 means linear scaling.
   */
  exponent: number;
}

/** Options of {@link coefficientSizeFits}. */
export interface CoefficientSizeFitsOptions {
  /** Fit value = slope × size + intercept instead of the proportional value = slope × size (default false). */
  intercept?: boolean;
}

/**
 * Fig. 5's lines: per coefficient, least squares of the coefficient against model size, either
 * proportional (value = slope × paramsB, slope = Σxy / Σx², the paper's "scales linearly") or
 * with an intercept, with R² = 1 − SS_res / SS_tot around the mean (the same definition for both
 * forms, so a proportional fit can have a lower R² than the linear one, never a higher), and the
 * log–log exponent as a second view of "linear".
 *
 * @param points scalingPoints output (coefficient, paramsB, valueS)
 * @param options intercept
 * @returns one fit per coefficient with at least 2 points (3 with an intercept), in Eq. 3 order
 * @throws {Error} `coefficientSizeFits requires ...` for a non-array or non-finite values
 * @example
 * coefficientSizeFits([
 *   { coefficient: 'c1_v', paramsB: 1, valueS: 0.002, label: 'a' },
 *   { coefficient: 'c1_v', paramsB: 2, valueS: 0.004, label: 'b' },
 * ]); // [{ coefficient: 'c1_v', form: 'proportional', slope: 0.002, intercept: 0, r2: 1, n: 2, exponent: 1 }]
 */
export function coefficientSizeFits(points: readonly ScalingPoint[], options: CoefficientSizeFitsOptions = {}): CoefficientSizeFit[] {
  const fn = 'coefficientSizeFits';
  if (!Array.isArray(points)) throw new Error(`${fn} requires an array of scaling points`);
  points.forEach((p, i) => {
    if (!Number.isFinite(p?.paramsB) || !Number.isFinite(p?.valueS)) throw new Error(`${fn} requires finite points[${i}].paramsB and valueS`);
  });
  const withIntercept = options.intercept === true;
  const out: CoefficientSizeFit[] = [];
  for (const coefficient of SD_COEFFICIENT_NAMES) {
    const mine = points.filter((p) => p.coefficient === coefficient);
    const x = mine.map((p) => p.paramsB);
    const y = mine.map((p) => p.valueS);
    if (mine.length < (withIntercept ? 3 : 2) || new Set(x).size < 2) continue;
    let slope: number;
    let intercept = 0;
    if (withIntercept) {
      const c = linearLeastSquaresCore(x.map((v) => [1, v]), y);
      if (c === null) continue;
      [intercept, slope] = c;
    } else {
      slope = x.reduce((s, v, i) => s + v * y[i], 0) / x.reduce((s, v) => s + v * v, 0);
    }
    const r2 = rSquared(y, x.map((v) => slope * v + intercept));
    const pos = mine.filter((p) => p.paramsB > 0 && p.valueS > 0);
    let exponent = Number.NaN;
    if (new Set(pos.map((p) => p.paramsB)).size >= 2) {
      const c = linearLeastSquaresCore(pos.map((p) => [1, Math.log(p.paramsB)]), pos.map((p) => Math.log(p.valueS)));
      if (c !== null) exponent = c[1];
    }
    out.push({ coefficient, form: withIntercept ? 'linear' : 'proportional', slope, intercept, r2, n: mine.length, exponent });
  }
  return out;
}
