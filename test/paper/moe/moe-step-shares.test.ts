import { describe, expect, it } from 'vitest';
import { moeStepShares } from '../../../lib/paper/moe/moe-step-shares.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

describe('moeStepShares', () => {
  const rows = moeStepShares([getSystemSpec('qwen3-30b-a3b@a100-80gb'), 'gpt-oss-20b@a100-80gb'], { tokens: [1, 4, 256] }); // a spec or a registry name

  it('gives the coverage of uniform routing, 1 - (1 - m/M)^T', () => {
    expect(rows.map((r) => [r.system, r.tokens])).toEqual([
      ['qwen3-30b-a3b@a100-80gb', 1],
      ['qwen3-30b-a3b@a100-80gb', 4],
      ['qwen3-30b-a3b@a100-80gb', 256],
      ['gpt-oss-20b@a100-80gb', 1],
      ['gpt-oss-20b@a100-80gb', 4],
      ['gpt-oss-20b@a100-80gb', 256],
    ]);
    expect(rows[0].coverage).toBeCloseTo(8 / 128, 12);
    expect(rows[1].coverage).toBeCloseTo(1 - (120 / 128) ** 4, 12);
    expect(rows[4].coverage).toBeCloseTo(1 - (28 / 32) ** 4, 12);
    expect(rows.every((r) => r.routingZipfS === 0)).toBe(true); // the registry routes uniformly
  });

  it('finds the routed experts are ~96% of the weights Qwen3-30B-A3B reads (published shapes)', () => {
    // Experts: 48 layers x 128 x 3 x 2048 x 768 = 28.99e9 parameters; attention 48 x (2 x 2048 x 4096 +
    // 2 x 2048 x 512) = 0.906e9; routers 48 x 2048 x 128 = 0.013e9; LM head 151936 x 2048 = 0.311e9 (all bf16).
    const share = 28.99 / (28.99 + 0.906 + 0.013 + 0.311);
    expect(rows[0].expertWeightShare).toBeCloseTo(share, 2);
    expect(rows[2].expertWeightShare).toBeCloseTo(rows[0].expertWeightShare, 3); // only the embedding rows read grow with T
  });

  it('saves most at one token and nothing once every expert is hit', () => {
    expect(rows[0].savingVsFull).toBeGreaterThan(rows[1].savingVsFull);
    expect(rows[0].stepMs).toBeLessThan(rows[0].fullCoverageStepMs);
    expect(rows[2].savingVsFull).toBeCloseTo(0, 6);
    expect(rows[0].savingVsFull).toBeCloseTo(1 - rows[0].stepMs / rows[0].fullCoverageStepMs, 12);
  });

  it('rejects dense verifiers and bad token counts', () => {
    expect(() => moeStepShares([getSystemSpec('qwen3-8b@a100-80gb')], { tokens: [1] })).toThrow('moeStepShares requires MoE verifiers, qwen3-8b@a100-80gb is dense');
    expect(() => moeStepShares([getSystemSpec('gpt-oss-20b@a100-80gb')], { tokens: [0] })).toThrow('moeStepShares requires options.tokens: positive integers');
    expect(() => moeStepShares([], { tokens: [1] })).toThrow('moeStepShares requires at least one system spec');
  });
});
