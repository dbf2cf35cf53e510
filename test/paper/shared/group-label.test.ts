import { describe, expect, it } from 'vitest';
import { groupLabel } from '../../../lib/paper/shared/group-label.js';

describe('groupLabel', () => {
  it('labels k, alpha (two decimals) and lengths, and passes other values through', () => {
    expect(groupLabel('k', 3)).toBe('k = 3');
    expect(groupLabel('alpha', 0.7)).toBe('α = 0.70');
    expect(groupLabel('alpha', 1)).toBe('α = 1.00');
    expect(groupLabel('prefill_tokens', 512)).toBe('prefill 512');
    expect(groupLabel('decode_tokens', 1024)).toBe('decode 1024');
    expect(groupLabel('verifier', 'Qwen3-8B')).toBe('Qwen3-8B');
  });

  it('prints missing values as none and rejects an empty column', () => {
    expect(groupLabel('alpha', null)).toBe('α = none');
    expect(groupLabel('verifier', undefined)).toBe('none');
    expect(() => groupLabel('', 1)).toThrow('groupLabel requires a column name');
  });
});
