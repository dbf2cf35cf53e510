/**
 * Formats a number for captions and hover text with a few significant digits and no
 * exponent for ordinary magnitudes: 0.99712 -> '0.997', 1234.5 -> '1235', 0.000123 -> '0.000123'.
 * Non-finite values print as '∞', '−∞' or 'n/a' (NaN).
 *
 * @param value the number
 * @param significant significant digits for |value| < 10^significant (default 3, integer 1..15)
 * @returns the text
 * @throws {Error} `formatNumber requires significant to be an integer in 1..15`
 * @example
 * formatNumber(0.99712); // '0.997'
 * formatNumber(2.5, 2); // '2.5'
 */
export function formatNumber(value: number, significant = 3): string {
  if (!Number.isInteger(significant) || significant < 1 || significant > 15) {
    throw new Error('formatNumber requires significant to be an integer in 1..15');
  }
  if (Number.isNaN(value)) return 'n/a';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  if (value === 0) return '0';
  if (Math.abs(value) >= 10 ** significant) return String(Math.round(value));
  const rounded = Number(value.toPrecision(significant));
  if (Math.abs(rounded) >= 1e-6) return String(rounded);
  return rounded.toExponential(significant - 1);
}
