import { describe, expect, it } from 'vitest';
import { createRng } from '../../../lib/random/create-rng.js';
import { rooflinePassTerms } from '../../../lib/sim/cost/roofline-pass-terms.js';
import { createRooflineStepCost } from '../../../lib/sim/cost/roofline-step-cost.js';
import type { ForwardPass } from '../../../lib/sim/sim-types.js';
import { getSystemSpec } from '../../../lib/sim/system-registry.js';

const decode = (n: number, ctx: number): ForwardPass => ({
  role: 'verifier',
  seqs: Array.from({ length: n }, () => ({ queryTokens: 1, contextTokens: ctx })),
  paddedTokens: n,
});

describe('createRooflineStepCost', () => {
  it('prices a dense pass exactly as rooflinePassTerms', () => {
    const spec = getSystemSpec('qwen3-8b@a100-80gb');
    const cost = createRooflineStepCost(spec);
    const p = decode(8, 700);
    const c = cost.passCost(p, createRng(1));
    const t = rooflinePassTerms(spec, p);
    expect(c.timeS).toBe(t.timeS);
    expect(c.kvBytes).toBe(t.kvBytes);
    expect(c.expertFraction).toBe(1);
  });

  it('samples MoE routing: deterministic per seed, mean fraction 1 - (1 - m/M)^T', () => {
    const cost = createRooflineStepCost(getSystemSpec('qwen3-30b-a3b@a100-80gb'));
    const p = decode(6, 100);
    expect(cost.passCost(p, createRng(5)).timeS).toBe(cost.passCost(p, createRng(5)).timeS);
    const rng = createRng(11);
    let sum = 0;
    const n = 500;
    for (let i = 0; i < n; i++) sum += cost.passCost(p, rng).expertFraction;
    expect(sum / n).toBeCloseTo(1 - Math.pow(1 - 8 / 128, 6), 2);
    // More tokens touch more experts and cost more.
    const big = cost.passCost(decode(64, 100), createRng(2));
    expect(big.expertFraction).toBeGreaterThan(0.95);
    expect(big.timeS).toBeGreaterThan(cost.passCost(decode(1, 100), createRng(2)).timeS);
  });

  it('prices drafter passes with the drafter and refuses them without one', () => {
    const cost = createRooflineStepCost(getSystemSpec('llama-3.1-70b+llama-3.1-8b@a100-80gbx4'));
    const v = cost.passCost(decode(4, 100), createRng(1));
    const d = cost.passCost({ ...decode(4, 100), role: 'drafter' }, createRng(1));
    expect(d.weightBytes).toBeLessThan(v.weightBytes / 5);
    expect(d.commS).toBeGreaterThan(0);
    const plain = createRooflineStepCost(getSystemSpec('llama-2-7b@a100-80gb'));
    expect(() => plain.passCost({ ...decode(1, 1), role: 'drafter' }, createRng(1))).toThrow('passCost requires a drafter');
    expect(() => plain.passCost({ role: 'verifier', seqs: [], paddedTokens: 0 }, createRng(1))).toThrow('passCost requires');
  });

  it('validates the spec', () => {
    const s: any = getSystemSpec('qwen3-8b@a100-80gb');
    s.hardware.peakFlops = -1;
    expect(() => createRooflineStepCost(s)).toThrow('createRooflineStepCost: system spec: hardware.peakFlops: must be > 0');
  });
});

describe('passTimeS (the engine fast path)', () => {
  it('equals passCost(...).timeS with the same random draws, for dense, MoE, EAGLE and draft-model passes', () => {
    const systems = ['qwen3-8b@a100-80gb', 'gpt-oss-20b@a100-80gb', 'llama-3.1-70b+llama-3.1-8b@a100-80gbx4'];
    const shapes = [
      { q: [1, 1, 1], c: [512, 700, 90] },
      { q: [4, 4], c: [1024, 10] },
      { q: [2048], c: [0] },
      { q: [300, 1, 6, 6], c: [212, 64, 800, 3000] },
    ];
    for (const name of systems) {
      const cost = createRooflineStepCost(getSystemSpec(name));
      expect(cost.passTimeS).toBeDefined();
      for (const role of ['verifier', 'drafter'] as const) {
        for (const { q, c } of shapes) {
          const padded = q.reduce((a, b) => a + b, 0) + (q.length > 1 ? 2 : 0);
          const pass: ForwardPass = { role, seqs: q.map((queryTokens, i) => ({ queryTokens, contextTokens: c[i] })), paddedTokens: padded };
          const slow = cost.passCost(pass, createRng(11)).timeS;
          const fast = cost.passTimeS!(role, q.length, Float64Array.from(q), Float64Array.from(c), padded, createRng(11));
          expect(fast).toBe(slow);
        }
      }
    }
  });
});
