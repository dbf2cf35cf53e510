/** Decimal notation: optional sign, digits with an optional point (or a point and digits), optional exponent. */
export const DECIMAL_NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The number a trimmed CSV cell writes in decimal notation (`12`, `-0.5`, `.5`, `5.`, `1e-3`),
 * NaN for any other text. Equals `DECIMAL_NUMBER_TEXT.test(t) ? Number(t) : NaN`, without the
 * regular expression on the common path (Number() alone also reads `0x1f`, `0b1`, `0o7` and
 * `Infinity`, which are excluded). A decimal text too large for a double gives +-Infinity, as
 * Number() does: the caller decides whether that is an error.
 *
 * @param t the cell text, already trimmed and not empty
 * @returns the number, or NaN when the text is not a decimal number
 * @example
 * decimalNumber('1.5e3'); // 1500
 * decimalNumber('0x10'); // NaN
 * decimalNumber('1e400'); // Infinity
 */
export function decimalNumber(t: string): number {
  const n = Number(t);
  if (Number.isFinite(n)) {
    // A finite Number() of text with a letter after a leading 0 other than an exponent: 0x, 0b, 0o.
    if (t.length > 2 && t.charCodeAt(0) === 48 /* 0 */) {
      const c = t.charCodeAt(1) | 32; // lower case
      if (c === 120 /* x */ || c === 98 /* b */ || c === 111 /* o */) return NaN;
    }
    return n;
  }
  // Rare: NaN, 'Infinity' (not decimal notation) or a decimal text beyond the double range.
  return DECIMAL_NUMBER_TEXT.test(t) ? n : NaN;
}
