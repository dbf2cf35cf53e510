import { describe, expect, it } from 'vitest';
import { checkPair } from '../../lib/fit/check-pair.js';

describe('checkPair', () => {
  it('accepts equal-length finite arrays and names the caller in errors', () => {
    expect(() => checkPair('f', [1, 2], Float64Array.from([1, 2]))).not.toThrow();
    expect(() => checkPair('f', [1], [1, 2])).toThrow('f requires arrays of equal length, got 1 and 2');
    expect(() => checkPair('f', [], [])).toThrow('f requires at least one value');
    expect(() => checkPair('f', [1, Number.NaN], [1, 2])).toThrow('f requires finite numbers');
  });
});
