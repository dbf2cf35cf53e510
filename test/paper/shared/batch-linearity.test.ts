import { describe, expect, it } from 'vitest';
import { batchLinearity } from '../../../lib/paper/shared/batch-linearity.js';
import { decodeStepTimeS } from '../../../lib/sim/decode-step-time.js';
import { datasetSystemSpec } from '../../../lib/sim/dataset/dataset-system-spec.js';
import { resolveSystem } from '../../../lib/sim/resolve-system.js';

describe('batchLinearity', () => {
  it("finds the knee of a GEMM-heavy system's step cost and measures the context's part against the batch's", () => {
    const b = batchLinearity('qwen3-8b@a100-80gb', { k: 3, contexts: [384, 1536] });
    // weight-bandwidth-bound at 1-2 sequences of 4 tokens, compute-bound at 64-128: the added cost per sequence at least doubles
    expect(b.highMsPerSeq / b.lowMsPerSeq).toBeGreaterThan(1.8);
    expect(b.kneeBatch).toBe(16);
    // the context part, from the step times themselves
    const sim = resolveSystem(datasetSystemSpec('qwen3-8b@a100-80gb', 2048));
    const per = (ctx: number): number => (1000 * (decodeStepTimeS(sim, 128, 3, ctx) - decodeStepTimeS(sim, 64, 3, ctx))) / 64;
    expect(b.lengthMsPerSeq).toBeCloseTo(per(1536) - per(384), 12);
    expect(b.lengthMsPerSeq).toBeGreaterThan(0);
    expect(b.lengthMsPerSeq).toBeLessThan(b.highMsPerSeq - b.lowMsPerSeq);
  });

  it('finds no knee where the GEMMs never dominate (a 0.6B model is bound by fixed and CPU costs)', () => {
    const b = batchLinearity('qwen3-0.6b@a100-80gb', { k: 3, contexts: [384, 1536] });
    expect(b.kneeBatch).toBeNull();
    expect(b.highMsPerSeq / b.lowMsPerSeq).toBeLessThan(1.5);
  });

  it('names bad contexts and unknown systems', () => {
    expect(() => batchLinearity('qwen3-8b@a100-80gb', { k: 3, contexts: [500, 500] })).toThrow('batchLinearity requires contexts [shortest, longest]');
    expect(() => batchLinearity('no-such@gpu', { k: 3, contexts: [1, 2] })).toThrow();
  });
});
