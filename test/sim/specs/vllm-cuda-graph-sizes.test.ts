import { describe, expect, it } from 'vitest';
import { vllmCudaGraphSizes } from '../../../lib/sim/specs/vllm-cuda-graph-sizes.js';

describe('vllmCudaGraphSizes', () => {
  it('lists 1, 2, 4, multiples of 8 below 256, then multiples of 16', () => {
    expect(vllmCudaGraphSizes(16)).toEqual([1, 2, 4, 8, 16]);
    const s = vllmCudaGraphSizes(512);
    expect(s).toHaveLength(51);
    expect(s.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
    expect(s).toContain(248);
    expect(s).not.toContain(264);
    expect(s).toContain(272);
    expect(s[s.length - 1]).toBe(512);
    expect(vllmCudaGraphSizes(0)).toEqual([]);
  });

  it('rejects a bad maximum', () => {
    expect(() => vllmCudaGraphSizes(-1)).toThrow('vllmCudaGraphSizes requires');
    expect(() => vllmCudaGraphSizes(2.5)).toThrow('vllmCudaGraphSizes requires');
  });
});
