import { describe, expect, it } from 'vitest';
import { residuals } from '../../lib/fit/residuals.js';

describe('residuals', () => {
  it('are observed minus predicted', () => {
    expect(residuals([1, 2], [1.5, 1.5])).toEqual([-0.5, 0.5]);
  });

  it('rejects non-finite values', () => {
    expect(() => residuals([1], [Infinity])).toThrow('residuals requires finite numbers');
  });
});
