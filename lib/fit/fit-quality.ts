import { mape } from './mape.js';
import { residuals } from './residuals.js';
import { rmse } from './rmse.js';
import { rSquared } from './r-squared.js';

/** Goodness of fit of latencies. */
export interface FitQuality {
  /** Coefficient of determination (dimensionless). */
  r2: number;
  /** Mean absolute percentage error as a fraction. */
  mape: number;
  /** Root mean squared error (s). */
  rmseS: number;
  /** observed - predicted (s), one per point. */
  residuals: number[];
}

/**
 * R^2, MAPE, RMSE and residuals of predicted against observed latencies in one call.
 *
 * @param observedS measured latencies (s), none zero
 * @param predictedS fitted latencies (s)
 * @returns the four measures
 * @throws {Error} as rSquared and mape
 * @example
 * fitQuality([1, 2, 3], [1, 2, 4]); // { r2: 0.5, mape: 1 / 9, rmseS: sqrt(1 / 3), residuals: [0, 0, -1] }
 */
export function fitQuality(observedS: ArrayLike<number>, predictedS: ArrayLike<number>): FitQuality {
  return {
    r2: rSquared(observedS, predictedS),
    mape: mape(observedS, predictedS),
    rmseS: rmse(observedS, predictedS),
    residuals: residuals(observedS, predictedS),
  };
}
