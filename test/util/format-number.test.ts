import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../lib/util/format-number.js';

describe('formatNumber', () => {
  it('keeps a few significant digits without trailing zeros', () => {
    expect(formatNumber(0.99712)).toBe('0.997');
    expect(formatNumber(2.5, 2)).toBe('2.5');
    expect(formatNumber(2.0)).toBe('2');
    expect(formatNumber(0.000123456)).toBe('0.000123');
    expect(formatNumber(-12.345)).toBe('-12.3');
  });

  it('rounds large values to integers and small ones to exponent form', () => {
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(1.5e-8)).toBe('1.50e-8');
    expect(formatNumber(0)).toBe('0');
  });

  it('names non-finite values and rejects bad precision', () => {
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(NaN)).toBe('n/a');
    expect(() => formatNumber(1, 0)).toThrow('formatNumber requires significant to be an integer in 1..15');
  });
});
