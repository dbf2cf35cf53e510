import { checkNumber } from '../util/check-number.js';

/**
 * The saturation request rate of Eq. 1, 1 / C2: at and beyond it the queue grows without bound.
 *
 * @param c2 load-dependent demand (s per concurrent request), >= 0
 * @returns requests/s; Infinity when c2 is 0 (no load-dependent cost)
 * @throws {Error} when c2 is negative or not finite
 * @example
 * saturationRps(0.05); // 20
 */
export function saturationRps(c2: number): number {
  checkNumber('saturationRps', 'c2', c2);
  return c2 === 0 ? Infinity : 1 / c2;
}
