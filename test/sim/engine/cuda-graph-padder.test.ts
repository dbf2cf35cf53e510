import { describe, expect, it } from 'vitest';
import { cudaGraphPadder } from '../../../lib/sim/engine/cuda-graph-padder.js';

describe('cudaGraphPadder', () => {
  it('pads up to the next captured size and runs eagerly above the largest', () => {
    const pad = cudaGraphPadder([8, 1, 2, 4, 16]);
    expect([0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 100].map(pad)).toEqual([0, 1, 2, 4, 4, 8, 8, 16, 16, 17, 100]);
  });

  it('is the identity without graphs and rejects bad sizes', () => {
    expect(cudaGraphPadder([])(37)).toBe(37);
    expect(() => cudaGraphPadder([0, 4])).toThrow(/positive integer/);
    expect(() => cudaGraphPadder([2.5])).toThrow(/positive integer/);
  });
});
