/**
 * `count` numbers evenly spaced on a log scale from `start` to `stop`, both included (for
 * model curves on log axes).
 *
 * @param start first value, > 0
 * @param stop last value, > 0
 * @param count how many values, an integer >= 2
 * @returns the values
 * @throws {Error} `geomspace requires positive finite start and stop and an integer count >= 2`
 * @example
 * geomspace(1, 100, 3); // [1, 10, 100]
 */
export function geomspace(start: number, stop: number, count: number): number[] {
  if (!(start > 0) || !(stop > 0) || !Number.isFinite(start) || !Number.isFinite(stop) || !Number.isInteger(count) || count < 2) {
    throw new Error('geomspace requires positive finite start and stop and an integer count >= 2');
  }
  const a = Math.log(start);
  const step = (Math.log(stop) - a) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === 0 ? start : i === count - 1 ? stop : Math.exp(a + i * step)));
}
