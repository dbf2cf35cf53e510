import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundSignificant } from '../../../lib/sim/dataset/round-significant.js';

/** Significant digits of a decimal text such as '0.00123', '1.5e-7', '123457000'. */
function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, '').split('e')[0].replace('.', '').replace(/^0+/, '');
  return mantissa.replace(/0+$/, '').length;
}

describe('roundSignificant', () => {
  it('rounds to the given significant digits (hand-derived values)', () => {
    expect(roundSignificant(0.26666666666666666, 6)).toBe(0.266667);
    expect(roundSignificant(3.6256760288589347, 6)).toBe(3.62568);
    expect(roundSignificant(127.34972141652004, 6)).toBe(127.35);
    expect(roundSignificant(-0.000123456789, 3)).toBe(-0.000123);
    expect(roundSignificant(123456789, 6)).toBe(123457000);
    expect(roundSignificant(1.5e-7, 6)).toBe(1.5e-7);
    expect(roundSignificant(2.5, 1)).toBe(3); // toPrecision: ties away from zero
  });

  it('keeps zero, non-finite values and short integers', () => {
    expect(roundSignificant(0, 6)).toBe(0);
    expect(roundSignificant(Number.NaN, 6)).toBeNaN();
    expect(roundSignificant(Number.POSITIVE_INFINITY, 6)).toBe(Number.POSITIVE_INFINITY);
    expect(roundSignificant(8668, 6)).toBe(8668);
  });

  it('prints at most `digits` significant digits, parses back to itself, and stays within half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 15 }), (x, d) => {
        const r = roundSignificant(x, d);
        const text = String(r);
        expect(significantDigits(text)).toBeLessThanOrEqual(d);
        expect(Number(text) === r).toBe(true); // (-0 prints as 0)
        if (x !== 0) expect(Math.abs(r - x) / Math.abs(x)).toBeLessThanOrEqual(5 * 10 ** -d * (1 + 1e-9));
      }),
    );
  });

  it('rejects bad digits', () => {
    expect(() => roundSignificant(1, 0)).toThrow('roundSignificant requires digits to be an integer in 1..21, got 0');
    expect(() => roundSignificant(1, 2.5)).toThrow('roundSignificant requires digits');
  });
});
