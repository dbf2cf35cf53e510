import { checkNumber } from '../util/check-number.js';
import type { Eq1Coefficients } from './latency-prediction.js';

/** Where SD and the baseline are equally fast. */
export interface BreakEven {
  /** Baseline utilisation r* = RPS* * C2_D at break-even (dimensionless, in (0, 1)). */
  r: number;
  /** Break-even request rate RPS* (requests/s). */
  rps: number;
  /** True when SD is faster below the break-even load (C1R < 1 < C2R, the common case). */
  sdFasterBelow: boolean;
}

/**
 * Break-even load of speculative decoding (S = 1 in Eq. 2): r* = (C1R - 1) / (C1R - C2R),
 * RPS* = r* / C2_D. Only a crossing inside the stable range of both systems counts.
 *
 * @param baseline the baseline's Eq. 1 coefficients (c1 s > 0, c2 s/request > 0)
 * @param sd the SD configuration's Eq. 1 coefficients (c1 s > 0, c2 s/request >= 0)
 * @returns the break-even point, or null when one system is faster at every stable load
 * @throws {Error} when a coefficient is out of range
 * @example
 * breakEvenLoad({ c1: 2, c2: 0.1 }, { c1: 1, c2: 0.15 }); // { r: 0.5, rps: 5, sdFasterBelow: true }
 */
export function breakEvenLoad(baseline: Eq1Coefficients, sd: Eq1Coefficients): BreakEven | null {
  checkNumber('breakEvenLoad', 'baseline.c1', baseline.c1, 0, true);
  checkNumber('breakEvenLoad', 'baseline.c2', baseline.c2, 0, true);
  checkNumber('breakEvenLoad', 'sd.c1', sd.c1, 0, true);
  checkNumber('breakEvenLoad', 'sd.c2', sd.c2);
  const c1r = sd.c1 / baseline.c1;
  const c2r = sd.c2 / baseline.c2;
  if (c1r === c2r) return null;
  const r = (c1r - 1) / (c1r - c2r);
  if (!(r > 0 && r < 1 && r * c2r < 1)) return null;
  return { r, rps: r / baseline.c2, sdFasterBelow: c1r < 1 };
}
