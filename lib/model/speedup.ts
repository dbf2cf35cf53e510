import { checkNumber } from '../util/check-number.js';
import type { Eq1Coefficients } from './latency-prediction.js';

/**
 * Eq. 2 in ratio form: S = (1 / C1R) * [1 + (1 - C2R) * r / (1 - r)], with
 * C1R = C1_SD / C1_D, C2R = C2_SD / C2_D and r = RPS * C2_D the baseline's utilisation.
 * Saturation is explicit: 0 when only SD is saturated (r * C2R >= 1), Infinity when only the
 * baseline is (r >= 1), null when both are (no steady state to compare).
 *
 * @param c1r C1_SD / C1_D, > 0
 * @param c2r C2_SD / C2_D, >= 0
 * @param r baseline utilisation RPS * C2_D, >= 0
 * @returns the speedup L_D / L_SD (dimensionless), or null when both systems are saturated
 * @throws {Error} when an input is negative (or c1r not positive) or not finite
 * @example
 * speedupFromRatios(0.5, 1.5, 0); // 2 (the zero-load speedup 1 / C1R)
 * speedupFromRatios(0.5, 1.5, 0.5); // 2 * (1 - 0.5) = 1
 */
export function speedupFromRatios(c1r: number, c2r: number, r: number): number | null {
  checkNumber('speedupFromRatios', 'c1r', c1r, 0, true);
  checkNumber('speedupFromRatios', 'c2r', c2r);
  checkNumber('speedupFromRatios', 'r', r);
  const baselineSaturated = r >= 1;
  const sdSaturated = r * c2r >= 1;
  if (baselineSaturated && sdSaturated) return null;
  if (baselineSaturated) return Infinity;
  if (sdSaturated) return 0;
  return (1 / c1r) * (1 + ((1 - c2r) * r) / (1 - r));
}

/**
 * Speedup of speculative decoding over the plain baseline at the same request rate (Eq. 2):
 * S = L_D / L_SD, both from Eq. 1.
 *
 * @param rps request rate (requests/s), >= 0
 * @param baseline the baseline's Eq. 1 coefficients (c1 s > 0, c2 s/request > 0)
 * @param sd the SD configuration's Eq. 1 coefficients (c1 s > 0, c2 s/request >= 0)
 * @returns the speedup (> 1 means SD is faster), 0 / Infinity / null at saturation as in {@link speedupFromRatios}
 * @throws {Error} when a coefficient is out of range or rps is negative
 * @example
 * speedup(0, { c1: 2, c2: 0.1 }, { c1: 1, c2: 0.15 }); // 2
 */
export function speedup(rps: number, baseline: Eq1Coefficients, sd: Eq1Coefficients): number | null {
  checkNumber('speedup', 'rps', rps);
  checkNumber('speedup', 'baseline.c1', baseline.c1, 0, true);
  checkNumber('speedup', 'baseline.c2', baseline.c2, 0, true);
  checkNumber('speedup', 'sd.c1', sd.c1, 0, true);
  checkNumber('speedup', 'sd.c2', sd.c2);
  return speedupFromRatios(sd.c1 / baseline.c1, sd.c2 / baseline.c2, rps * baseline.c2);
}
