/**
 * `count` evenly spaced numbers from `start` to `stop`, both included (for model curves).
 *
 * @param start first value
 * @param stop last value
 * @param count how many values, an integer >= 2
 * @returns the values
 * @throws {Error} `linspace requires finite start and stop and an integer count >= 2`
 * @example
 * linspace(0, 1, 5); // [0, 0.25, 0.5, 0.75, 1]
 */
export function linspace(start: number, stop: number, count: number): number[] {
  if (!Number.isFinite(start) || !Number.isFinite(stop) || !Number.isInteger(count) || count < 2) {
    throw new Error('linspace requires finite start and stop and an integer count >= 2');
  }
  const step = (stop - start) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? stop : start + i * step));
}
