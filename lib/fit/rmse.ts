import { checkPair } from './check-pair.js';

/**
 * Root mean squared error sqrt(mean((observed - predicted)^2)), in the unit of the inputs.
 *
 * @param observed measured values
 * @param predicted model values, same length
 * @returns the RMSE
 * @throws {Error} `rmse requires ...` for empty, unequal or non-finite input
 * @example
 * rmse([0, 0], [3, 4]); // sqrt(12.5) ≈ 3.5355
 */
export function rmse(observed: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkPair('rmse', observed, predicted);
  let s = 0;
  for (let i = 0; i < observed.length; i++) s += (observed[i] - predicted[i]) ** 2;
  return Math.sqrt(s / observed.length);
}
