/**
 * Checks that observed and predicted are equally long, non-empty arrays of finite numbers.
 * Shared by the fit-quality functions so that they reject bad input the same way.
 *
 * @param fn the calling function's name, for messages
 * @param observed measured values
 * @param predicted model values
 * @throws {Error} `<fn> requires ...` naming the problem
 * @example
 * checkPair('rSquared', [1, 2], [1, 2]); // passes
 */
export function checkPair(fn: string, observed: ArrayLike<number>, predicted: ArrayLike<number>): void {
  if (observed == null || predicted == null || typeof observed.length !== 'number' || typeof predicted.length !== 'number') {
    throw new Error(`${fn} requires two arrays of numbers`);
  }
  if (observed.length !== predicted.length) {
    throw new Error(`${fn} requires arrays of equal length, got ${observed.length} and ${predicted.length}`);
  }
  if (observed.length === 0) throw new Error(`${fn} requires at least one value`);
  for (let i = 0; i < observed.length; i++) {
    if (!Number.isFinite(observed[i]) || !Number.isFinite(predicted[i])) {
      throw new Error(`${fn} requires finite numbers, got observed[${i}] = ${observed[i]}, predicted[${i}] = ${predicted[i]}`);
    }
  }
}
