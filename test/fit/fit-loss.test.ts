import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT_LOSS, checkFitLoss, lossWeights } from '../../lib/fit/fit-loss.js';

describe('fit loss', () => {
  it('defaults to relative residuals and checks the option', () => {
    expect(DEFAULT_FIT_LOSS).toBe('relative');
    expect(checkFitLoss('f', undefined)).toBe('relative');
    expect(checkFitLoss('f', 'absolute')).toBe('absolute');
    expect(() => checkFitLoss('f', 'log')).toThrow(`f requires loss 'relative' or 'absolute', got "log"`);
  });

  it('weighs residuals by 1 / observed (relative) or 1 (absolute)', () => {
    expect(Array.from(lossWeights([0.5, 2, 4], 'relative'))).toEqual([2, 0.5, 0.25]);
    expect(Array.from(lossWeights([0.5, 2], 'absolute'))).toEqual([1, 1]);
    expect(() => lossWeights([1, 0], 'relative')).toThrow('lossWeights requires positive observations for the relative loss, observed[1] = 0');
  });
});
