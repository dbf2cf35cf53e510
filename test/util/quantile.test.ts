import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../lib/util/median.js';
import { quantile, quantileSorted } from '../../lib/util/quantile.js';

// Expected values from NumPy 2.4.6 (default method 'linear'), computed with:
// python3 -c "import numpy as np; print([float(np.quantile(v, p)) for p in ps])"
// for each (v, ps) below.
const NUMPY: Array<[number[], number[], number[]]> = [
  [[1, 2, 3, 4], [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1], [1.0, 1.3, 1.75, 2.5, 3.25, 3.7, 4.0]],
  [[7], [0, 0.3, 1], [7.0, 7.0, 7.0]],
  [[-2.5, 4], [0.25, 0.5], [-0.875, 0.75]],
  [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3], [0.025, 0.2, 0.5, 0.8, 0.975], [1.0, 1.8, 3.5, 5.2, 8.325000000000001]],
  [[0.1, 0.2, 0.3], [1 / 3, 2 / 3], [0.16666666666666669, 0.23333333333333334]],
];

describe('quantile', () => {
  it.each(NUMPY)('matches numpy.quantile on %j', (values, ps, expected) => {
    ps.forEach((p, i) => {
      // NumPy evaluates the interpolation from the upper neighbour when t >= 0.5: last-bit differences.
      expect(quantile(values, p)).toBeCloseTo(expected[i], 12);
      expect(quantileSorted([...values].sort((a, b) => a - b), p)).toBe(quantile(values, p));
    });
  });

  it('gives the minimum, the median and the maximum at p = 0, 0.5, 1, and does not reorder its input', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        const before = [...values];
        // === rather than toBe: -0 + 0 * (b - a) is +0, which toBe (Object.is) would tell from -0.
        expect(quantile(values, 0) === Math.min(...values)).toBe(true);
        expect(quantile(values, 1) === Math.max(...values)).toBe(true);
        // a + (b - a) / 2 against (a + b) / 2: equal up to rounding.
        const m = median(values);
        expect(Math.abs(quantile(values, 0.5) - m)).toBeLessThanOrEqual(1e-15 * Math.max(1, ...values.map(Math.abs)));
        expect(values).toEqual(before);
      }),
    );
  });

  it('rejects no values, non-finite values, p outside [0, 1] and (quantileSorted) unsorted values', () => {
    expect(() => quantile([], 0.5)).toThrow('quantile requires at least one value');
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow('quantile requires finite values, values[1] is NaN');
    expect(() => quantile([1, 2], 1.5)).toThrow('quantile requires p in [0, 1], got 1.5');
    expect(() => quantile([1, 2], Number.NaN)).toThrow('quantile requires p in [0, 1], got NaN');
    expect(() => quantileSorted([2, 1], 0.5)).toThrow('quantileSorted requires values sorted ascending, sorted[1] < sorted[0]');
  });
});
