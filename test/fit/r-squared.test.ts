import { describe, expect, it } from 'vitest';
import { rSquared } from '../../lib/fit/r-squared.js';

describe('rSquared', () => {
  it('follows 1 - SS_res / SS_tot (hand-computed)', () => {
    // mean 2, SS_tot = 2, SS_res = 1
    expect(rSquared([1, 2, 3], [1, 2, 4])).toBeCloseTo(0.5, 15);
    expect(rSquared([1, 2, 3], [2, 2, 2])).toBeCloseTo(0, 15);
    expect(rSquared([1, 2, 3], [3, 2, 1])).toBeCloseTo(-3, 15);
  });

  it('is 1 for constant data fitted exactly and NaN otherwise', () => {
    expect(rSquared([2, 2], [2, 2])).toBe(1);
    expect(rSquared([2, 2], [2, 3])).toBeNaN();
  });

  it('rejects bad input', () => {
    expect(() => rSquared([1], [1, 2])).toThrow('rSquared requires arrays of equal length');
    expect(() => rSquared([], [])).toThrow('rSquared requires at least one value');
  });
});
