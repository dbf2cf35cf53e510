import { describe, expect, it } from 'vitest';
import { rmse } from '../../lib/fit/rmse.js';

describe('rmse', () => {
  it('is sqrt(mean squared error)', () => {
    expect(rmse([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(12.5), 15);
    expect(rmse([1, 2], [1, 2])).toBe(0);
  });

  it('rejects empty input', () => {
    expect(() => rmse([], [])).toThrow('rmse requires at least one value');
  });
});
