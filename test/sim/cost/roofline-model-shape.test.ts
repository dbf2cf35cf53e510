import { describe, expect, it } from 'vitest';
import { rooflineModelShape } from '../../../lib/sim/cost/roofline-model-shape.js';
import { DRAFTER_SPECS } from '../../../lib/sim/specs/drafter-specs.js';
import { MODEL_SPECS } from '../../../lib/sim/specs/model-specs.js';

describe('rooflineModelShape', () => {
  it('gives KV bytes per token = 2 x layers x KV heads x head dim x 2 bytes', () => {
    expect(rooflineModelShape(MODEL_SPECS['qwen3-8b'], 1, null).kvBytesPerToken).toBe(2 * 36 * 8 * 128 * 2);
    expect(rooflineModelShape(MODEL_SPECS['llama-2-7b'], 1, null).kvBytesPerToken).toBe(524288);
    // gpt-oss: only the 12 full-attention layers grow with context.
    expect(rooflineModelShape(MODEL_SPECS['gpt-oss-20b'], 1, null).kvBytesPerToken).toBe(12 * 2 * 8 * 64 * 2);
  });

  it('splits KV heads under tensor parallelism and replicates them when fewer than GPUs', () => {
    expect(rooflineModelShape(MODEL_SPECS['llama-3.1-70b'], 4, null).kvBytesPerToken).toBe(80 * 2 * 2 * 128 * 2);
    expect(rooflineModelShape(MODEL_SPECS['qwen3-235b-a22b'], 8, null).kvBytesPerToken).toBe(94 * 2 * 1 * 128 * 2);
    expect(() => rooflineModelShape(MODEL_SPECS['qwen3-8b'], 3, null)).toThrow('rooflineModelShape requires');
  });

  it('stores the published checkpoint sizes: Qwen3-8B 16.4 GB bf16, gpt-oss-20b 12.8 GiB with MXFP4 experts', () => {
    expect(rooflineModelShape(MODEL_SPECS['qwen3-8b'], 1, null).storedWeightBytes / 1e9).toBeCloseTo(16.38, 1);
    expect(rooflineModelShape(MODEL_SPECS['gpt-oss-20b'], 1, null).storedWeightBytes / 1024 ** 3).toBeCloseTo(12.8, 0);
    // Tied embeddings are stored once: Qwen3-0.6B = 0.596B weights.
    expect(rooflineModelShape(MODEL_SPECS['qwen3-0.6b'], 1, null).storedWeightBytes / 2 / 1e9).toBeCloseTo(0.596, 2);
  });

  it('stores only the EAGLE head\'s own parts', () => {
    const d = DRAFTER_SPECS['eagle-qwen3-8b'];
    const s = rooflineModelShape(d.model, 1, d.eagle);
    // fc 8192 x 4096 + one layer (q/k/v 4096 x 6144, o 4096 x 4096, norms 8192, FFN 3 x 4096 x 12288).
    expect(s.storedWeightBytes).toBe(2 * (8192 * 4096 + 4096 * 6144 + 4096 * 4096 + 8192 + 3 * 4096 * 12288));
    expect(s.kvBytesPerToken).toBe(2 * 8 * 128 * 2);
    const e3 = DRAFTER_SPECS['eagle3-llama-3.1-8b'];
    const s3 = rooflineModelShape(e3.model, 1, e3.eagle);
    // EAGLE-3: fc 3h, q/k/v from 2h, own 32000 x 4096 LM head.
    expect(s3.storedWeightBytes).toBe(
      2 * (12288 * 4096 + 8192 * 6144 + 4096 * 4096 + 8192 + 3 * 4096 * 14336 + 32000 * 4096),
    );
  });
});
