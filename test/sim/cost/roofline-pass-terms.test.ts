import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rooflinePassTerms } from '../../../lib/sim/cost/roofline-pass-terms.js';
import type { ForwardPass } from '../../../lib/sim/sim-types.js';
import type { RooflineEfficiency, SystemSpec } from '../../../lib/sim/specs/spec-types.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

const EFF: RooflineEfficiency = {
  computeEff: 0.5,
  gemmPadTokens: 0,
  memoryEff: 0.8,
  attentionEff: 0.25,
  layerOverheadS: 0,
  passOverheadS: 0,
  passCpuFloorS: 0,
  seqCpuS: 0,
  sampledTokenCpuS: 0,
};

function spec(name: string, eff: Partial<RooflineEfficiency> = {}): SystemSpec {
  const s = getSystemSpec(name);
  s.efficiency = { ...EFF, ...eff };
  return s;
}

function seqs(n: number, q: number, c: number) {
  return Array.from({ length: n }, () => ({ queryTokens: q, contextTokens: c }));
}

describe('rooflinePassTerms', () => {
  // Qwen3-8B by hand: per layer q/k/v 4096 x (4096 + 2 x 1024), o 4096 x 4096, 2 norms of 4096,
  // FFN 3 x 4096 x 12288 = 192,946,176 weights; 36 layers = 6,946,062,336.
  const P = 6946062336;
  const LM = 151936 * 4096;

  it('prices a batch-1 decode of Qwen3-8B on A100 as a weight read', () => {
    const t = rooflinePassTerms(spec('qwen3-8b@a100-80gb'), { role: 'verifier', seqs: seqs(1, 1, 512), paddedTokens: 1 });
    const attnFlops = 4 * 32 * 128 * 36 * 513;
    expect(t.flops).toBe(2 * P + attnFlops + 2 * LM);
    expect(t.weightBytes).toBe(2 * P + 2 * 4096 + 2 * LM);
    expect(t.kvBytes).toBe(36 * (512 + 2) * 4096);
    expect(t.logitsTokens).toBe(1);
    expect(t.commS).toBe(0);
    expect(t.expertFraction).toBe(1);
    const lower = t.weightBytes / (2039e9 * 0.8) + t.kvBytes / (2039e9 * 0.25);
    expect(t.timeS).toBeGreaterThanOrEqual(lower);
    expect(t.timeS).toBeLessThan(lower * 1.01);
    expect(t.timeS * 1e3).toBeCloseTo(9.43, 1);
  });

  it('prices a 2048-token prefill chunk as compute-bound with one sampled position', () => {
    const t = rooflinePassTerms(spec('qwen3-8b@a100-80gb'), { role: 'verifier', seqs: seqs(1, 2048, 0), paddedTokens: 2048 });
    expect(t.linearS).toBeCloseTo((2 * P * 2048) / (312e12 * 0.5), 9);
    expect(t.attentionS).toBeCloseTo((4 * 32 * 128 * 36 * ((2048 * 2049) / 2)) / (312e12 * 0.25), 9);
    expect(t.logitsTokens).toBe(1);
    expect(t.timeS).toBeCloseTo(t.linearS + t.attentionS + t.lmHeadS, 12);
  });

  it('samples every verified position but one position per sequence in drafter passes', () => {
    const s = spec('qwen3-8b@a100-80gb');
    expect(rooflinePassTerms(s, { role: 'verifier', seqs: seqs(3, 4, 100), paddedTokens: 16 }).logitsTokens).toBe(12);
    const d = rooflinePassTerms(s, { role: 'drafter', seqs: seqs(3, 4, 100), paddedTokens: 16 });
    expect(d.logitsTokens).toBe(3);
    // EAGLE-1 head: fc 2h x h + one layer (192,946,176 incl. norms) + the shared 151936 x 4096 LM head.
    expect(d.weightBytes).toBe(2 * (8192 * 4096 + 192946176) + 2 * 16 * 4096 + 2 * LM);
  });

  it('caps sliding-window attention at the window (gpt-oss-20b)', () => {
    const t = rooflinePassTerms(spec('gpt-oss-20b@a100-80gb'), { role: 'verifier', seqs: seqs(1, 1, 1000), paddedTokens: 1 });
    // 12 full layers see 1001 keys, 12 sliding layers 128; KV entry = 2 x 8 heads x 64 x 2 bytes.
    const pairs = 12 * 1001 + 12 * 128;
    expect(t.attentionS).toBeCloseTo(Math.max((4 * 64 * 64 * pairs) / (312e12 * 0.25), ((12 * 1002 + 12 * 129) * 2048) / (2039e9 * 0.25)), 12);
    expect(t.kvBytes).toBe((12 * 1002 + 12 * 129) * 2048);
  });

  it('reads only the experts hit (Qwen3-30B-A3B), the expected number when not given', () => {
    const s = spec('qwen3-30b-a3b@a100-80gb');
    const one = rooflinePassTerms(s, { role: 'verifier', seqs: seqs(1, 1, 10), paddedTokens: 1 });
    expect(one.expertsHit).toBe(48 * 8);
    expect(one.expertFraction).toBeCloseTo(8 / 128, 12);
    const expertBytes = 3 * 2048 * 768 * 2;
    const given = rooflinePassTerms(s, { role: 'verifier', seqs: seqs(1, 1, 10), paddedTokens: 1 }, 48 * 100);
    expect(given.weightBytes - one.weightBytes).toBe((48 * 100 - 48 * 8) * expertBytes);
    // Many tokens: all 128 experts of every layer (1 - (120/128)^4096 ~ 1).
    const many = rooflinePassTerms(s, { role: 'verifier', seqs: seqs(1, 2048, 0), paddedTokens: 2048 });
    expect(many.expertFraction).toBeCloseTo(1, 9);
  });

  it('adds two ring all-reduces per layer under tensor parallelism', () => {
    const t = rooflinePassTerms(spec('llama-3.1-70b@a100-80gbx4'), { role: 'verifier', seqs: seqs(1, 1, 100), paddedTokens: 1 });
    const msg = 8192 * 2;
    const expected = (2 * 80 + 1) * (10e-6 + (2 * 3 * msg) / (4 * 300e9)) + 10e-6 + (3 * (128256 / 4) * 4) / 300e9;
    expect(t.commS).toBeCloseTo(expected, 12);
    // Per GPU: 2 of 8 KV heads, 16 of 64 query heads.
    expect(t.kvBytes).toBe(80 * (100 + 2) * (2 * 2 * 128 * 2));
  });

  it('applies the CPU floor and the per-sequence and per-sampled-token CPU time', () => {
    const s = spec('qwen3-0.6b@a100-80gb', { passCpuFloorS: 0.05, seqCpuS: 0.001, sampledTokenCpuS: 0.0001 });
    const t = rooflinePassTerms(s, { role: 'verifier', seqs: seqs(4, 3, 10), paddedTokens: 12 });
    expect(t.timeS).toBeCloseTo(0.004 + 12 * 0.0001 + 0.05, 12);
    const d = rooflinePassTerms(s, { role: 'drafter', seqs: seqs(4, 1, 10), paddedTokens: 4 });
    expect(d.timeS).toBeCloseTo(0.05, 12);
  });

  it('is never faster than its compute or memory bound, and grows with context and batch', () => {
    const s = spec('qwen3-8b@a100-80gb', { layerOverheadS: 1e-5, passOverheadS: 1e-4 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ queryTokens: fc.integer({ min: 1, max: 300 }), contextTokens: fc.integer({ min: 0, max: 4000 }) }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 64 }),
        (ss, extraPad) => {
          const tokens = ss.reduce((a, x) => a + x.queryTokens, 0);
          const p: ForwardPass = { role: 'verifier', seqs: ss, paddedTokens: tokens + extraPad };
          const t = rooflinePassTerms(s, p);
          expect(t.timeS).toBeGreaterThanOrEqual(Math.max(t.computeS, t.memoryS) * (1 - 1e-12));
          const longer = rooflinePassTerms(s, { ...p, seqs: ss.map((x) => ({ ...x, contextTokens: x.contextTokens + 100 })) });
          expect(longer.timeS).toBeGreaterThanOrEqual(t.timeS);
          const more = rooflinePassTerms(s, { ...p, seqs: [...ss, { queryTokens: 1, contextTokens: 10 }], paddedTokens: p.paddedTokens + 1 });
          expect(more.timeS).toBeGreaterThanOrEqual(t.timeS);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('prices each GEMM as if it processed gemmPadTokens more rows', () => {
    const p = { role: 'verifier' as const, seqs: seqs(1, 2048, 0), paddedTokens: 2048 };
    const t0 = rooflinePassTerms(spec('qwen3-8b@a100-80gb'), p);
    const t64 = rooflinePassTerms(spec('qwen3-8b@a100-80gb', { gemmPadTokens: 64 }), p);
    expect(t64.linearS).toBeCloseTo((2 * P * (2048 + 64)) / (312e12 * 0.5), 9);
    expect(t64.lmHeadS).toBeCloseTo(Math.max((2 * LM * 65) / (312e12 * 0.5), (2 * LM + 151936 * 4) / (2039e9 * 0.8)), 12);
    expect(t64.flops).toBe(t0.flops);
    // Memory-bound passes are unaffected while T + pad stays below the ridge.
    const d = { role: 'verifier' as const, seqs: seqs(1, 1, 100), paddedTokens: 1 };
    expect(rooflinePassTerms(spec('qwen3-8b@a100-80gb', { gemmPadTokens: 64 }), d).timeS).toBe(rooflinePassTerms(spec('qwen3-8b@a100-80gb'), d).timeS);
  });

  it('rejects malformed passes and a drafter pass without drafter', () => {
    const s = spec('llama-2-7b@a100-80gb');
    expect(() => rooflinePassTerms(s, { role: 'drafter', seqs: seqs(1, 1, 1), paddedTokens: 1 })).toThrow('has none');
    expect(() => rooflinePassTerms(s, { role: 'verifier', seqs: [], paddedTokens: 0 })).toThrow('rooflinePassTerms requires a pass with at least one sequence');
  });
});
