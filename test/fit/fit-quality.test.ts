import { describe, expect, it } from 'vitest';
import { fitQuality } from '../../lib/fit/fit-quality.js';

describe('fitQuality', () => {
  it('bundles R^2, MAPE, RMSE and residuals (hand-computed)', () => {
    const q = fitQuality([1, 2, 3], [1, 2, 4]);
    expect(q.r2).toBeCloseTo(0.5, 15);
    expect(q.mape).toBeCloseTo(1 / 9, 15);
    expect(q.rmseS).toBeCloseTo(Math.sqrt(1 / 3), 15);
    expect(q.residuals).toEqual([0, 0, -1]);
  });

  it('rejects unequal lengths', () => {
    expect(() => fitQuality([1], [1, 2])).toThrow('rSquared requires arrays of equal length');
  });
});
