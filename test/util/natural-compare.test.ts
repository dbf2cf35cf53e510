import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../lib/util/natural-compare.js';

describe('naturalCompare', () => {
  it('orders embedded numbers by value', () => {
    expect(['Qwen3-14B', 'Qwen3-0.6B', 'Qwen3-8B', 'Qwen3-1.7B', 'Qwen3-32B'].sort(naturalCompare)).toEqual([
      'Qwen3-0.6B',
      'Qwen3-1.7B',
      'Qwen3-8B',
      'Qwen3-14B',
      'Qwen3-32B',
    ]);
    expect(['k = 10', 'k = 2', 'k = 1'].sort(naturalCompare)).toEqual(['k = 1', 'k = 2', 'k = 10']);
  });

  it('is a total order: labels that differ only in case still compare unequal', () => {
    expect(naturalCompare('a', 'A')).not.toBe(0);
    expect(Math.sign(naturalCompare('a', 'A'))).toBe(-Math.sign(naturalCompare('A', 'a')));
    expect(naturalCompare('x', 'x')).toBe(0);
  });
});
