import { describe, expect, it } from 'vitest';
import { mape } from '../../lib/fit/mape.js';

describe('mape', () => {
  it('is the mean relative error as a fraction', () => {
    expect(mape([2, 4], [1, 5])).toBeCloseTo(0.375, 15);
    expect(mape([-2], [-1])).toBeCloseTo(0.5, 15);
  });

  it('rejects zero observations and non-finite values', () => {
    expect(() => mape([0, 1], [1, 1])).toThrow('mape requires non-zero observations');
    expect(() => mape([1], [Number.NaN])).toThrow('mape requires finite numbers');
  });
});
