import { describe, expect, it } from 'vitest';
import { countWord } from '../../../lib/paper/pooled/count-words.js';

describe('countWord', () => {
  it('writes counts up to ten as words, larger ones as digits', () => {
    expect([0, 1, 5, 10, 11, 240].map(countWord)).toEqual(['zero', 'one', 'five', 'ten', '11', '240']);
    expect(() => countWord(2.5)).toThrow('countWord requires a non-negative integer, got 2.5');
  });
});
