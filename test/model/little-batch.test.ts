import { describe, expect, it } from 'vitest';
import { littleBatch } from '../../lib/model/little-batch.js';

describe('littleBatch', () => {
  it('is RPS * L', () => {
    expect(littleBatch(4, 2.5)).toBe(10);
    expect(littleBatch(0, 3)).toBe(0);
    expect(() => littleBatch(1, -2)).toThrow('littleBatch requires latencyS');
  });
});
