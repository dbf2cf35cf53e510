import { describe, expect, it } from 'vitest';
import { rooflineKvCapacity } from '../../../lib/sim/cost/roofline-kv-capacity.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

describe('rooflineKvCapacity', () => {
  it('computes Qwen3-8B + EAGLE on A100 by hand', () => {
    const c = rooflineKvCapacity(getSystemSpec('qwen3-8b@a100-80gb'));
    // Verifier 8,190,722,048 weights (6,946,062,336 in layers + 2 x 151936 x 4096) + EAGLE head 226,500,608, bf16.
    const weights = 2 * (8190722048 + 226500608);
    // Reserve: 8192 tokens (the runs' budget) x 2 B x (4 x 4096 + 3 x 12288) + 2 x 256 x 151936 x 4 B + 0.75 GiB.
    const reserve = 8192 * 2 * (4 * 4096 + 3 * 12288) + 2 * 256 * 151936 * 4 + 0.75 * 1024 ** 3;
    const kv = 0.9 * 85e9 - weights - reserve;
    const perToken = 37 * 2 * 8 * 128 * 2; // 36 verifier layers + the head's layer
    expect(c.weightBytes).toBe(weights);
    expect(c.reserveBytes).toBeCloseTo(reserve, 3);
    expect(c.kvBytesPerToken).toBe(perToken);
    expect(c.blocks).toBe(Math.floor(kv / (perToken * 16)));
    expect(c.blocks).toBe(23785);
  });

  it('leaves Qwen3-32B about 31k tokens (fewer than 128 requests of 650 tokens need)', () => {
    const c = rooflineKvCapacity(getSystemSpec('qwen3-32b@a100-80gb'));
    expect(c.blocks * 16).toBeGreaterThan(25000);
    expect(c.blocks * 16).toBeLessThan(40000);
  });

  it('uses an explicit reserve when given', () => {
    const s = getSystemSpec('qwen3-0.6b@a100-80gb');
    s.engine.reserveBytes = 0;
    const c = rooflineKvCapacity(s);
    expect(c.reserveBytes).toBe(0);
    expect(c.kvBytes).toBe(0.9 * 85e9 - c.weightBytes);
  });
});
