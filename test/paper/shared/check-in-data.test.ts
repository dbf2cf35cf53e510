import { describe, expect, it } from 'vitest';
import { checkInData, listValues } from '../../../lib/paper/shared/check-in-data.js';

describe('checkInData', () => {
  it('accepts values the data hold, numbers within 1e-9 and null included', () => {
    expect(() => checkInData('s', 'P.alpha', 0.7000000000000001, [0.5, 0.7, 1], 'alphas')).not.toThrow();
    expect(() => checkInData('s', 'P.alpha', [null, 0.7], [0.7, null], 'alphas')).not.toThrow();
    expect(() => checkInData('s', 'P.verifier', 'Qwen3-8B', ['Qwen3-8B'], 'verifiers')).not.toThrow();
  });
  it('names the first missing value and lists the held values in order', () => {
    expect(() => checkInData('speedup', 'P.alpha', 0.65, [1, 0.5, 0.55, 0.5], 'alphas')).toThrow('speedup: P.alpha 0.65 is not in the data (alphas: 0.5, 0.55, 1)');
    expect(() => checkInData('s', 'P.k', [1, 11, 12], [10, 2, 1], 'k')).toThrow(/^s: P\.k 11 is not in the data \(k: 1, 2, 10\)$/);
    expect(() => checkInData('s', 'P.v', 'Qwen3-9B', ['Qwen3-14B', 'Qwen3-8B'], 'verifiers')).toThrow('s: P.v Qwen3-9B is not in the data (verifiers: Qwen3-8B, Qwen3-14B)');
    expect(() => checkInData('s', 'P.k', [], [1], 'k')).toThrow('s: P.k is empty');
  });
  it('lists null first and numbers without float noise', () => {
    expect(listValues([1, 0.1 + 0.2, null, 1])).toBe('null, 0.3, 1');
  });
});
