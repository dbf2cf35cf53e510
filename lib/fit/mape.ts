import { checkPair } from './check-pair.js';

/**
 * Mean absolute percentage error as a fraction: mean of |observed - predicted| / |observed|.
 *
 * @param observed measured values, none zero
 * @param predicted model values, same length
 * @returns the MAPE as a fraction (0.05 = 5%)
 * @throws {Error} `mape requires ...` for empty, unequal or non-finite input, or a zero observation
 * @example
 * mape([2, 4], [1, 5]); // (0.5 + 0.25) / 2 = 0.375
 */
export function mape(observed: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPair('mape', observed, predicted);
  let s = 0;
  for (let i = 0; i < observed.length; i++) {
    if (observed[i] === 0) throw new Error(`mape requires non-zero observations, observed[${i}] = 0`);
    s += Math.abs((observed[i] - predicted[i]) / observed[i]);
  }
  return s / observed.length;
}
