import { checkPair } from './check-pair.js';

/**
 * Residuals observed - predicted (same unit as the inputs; positive when the model is too low).
 *
 * @param observed measured values
 * @param predicted model values, same length
 * @returns one residual per point
 * @throws {Error} `residuals requires ...` for empty, unequal or non-finite input
 * @example
 * residuals([1, 2], [1.5, 1.5]); // [-0.5, 0.5]
 */
export function residuals(observed: ArrayLike<number>, predicted: ArrayLike<number>): number[] {
  checkPair('residuals', observed, predicted);
  return Array.from({ length: observed.length }, (_, i) => observed[i] - predicted[i]);
}
