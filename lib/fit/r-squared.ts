import { checkPair } from './check-pair.js';

/**
 * Coefficient of determination R^2 = 1 - SS_res / SS_tot, SS_tot around the mean of the
 * observations (the definition of SciPy/scikit-learn's r2_score). It is 1 for a perfect fit, 0 for
 * a fit no better than the mean, and negative for worse; NaN when all observations are equal
 * (SS_tot = 0) and the fit is not exact.
 *
 * @param observed measured values
 * @param predicted model values, same length
 * @returns R^2 (dimensionless)
 * @throws {Error} `rSquared requires ...` for empty, unequal or non-finite input
 * @example
 * rSquared([1, 2, 3], [1, 2, 4]); // 1 - 1 / 2 = 0.5
 */
export function rSquared(observed: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPair('rSquared', observed, predicted);
  const n = observed.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += observed[i];
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (observed[i] - predicted[i]) ** 2;
    ssTot += (observed[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : Number.NaN;
  return 1 - ssRes / ssTot;
}
