/**
 * Rounds a number to `digits` significant decimal digits (JavaScript's toPrecision: the exact
 * binary value rounded to the nearest such decimal) and returns the nearest double to that
 * decimal, so
 * that `String(result)` prints at most `digits` significant digits and parsing that text gives
 * `result` back exactly. Integers with at most `digits` digits and non-finite values are
 * returned unchanged.
 *
 * @param x the number
 * @param digits significant digits, an integer in 1..21
 * @returns the rounded number
 * @throws {Error} `roundSignificant requires digits to be an integer in 1..21` otherwise
 * @example
 * roundSignificant(0.26666666666666666, 6); // 0.266667
 * roundSignificant(3.6256760288589347, 6); // 3.62568
 * roundSignificant(123456789, 6); // 123457000
 */
export function roundSignificant(x: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 1 || digits > 21) {
    throw new Error(`roundSignificant requires digits to be an integer in 1..21, got ${digits}`);
  }
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}
