import { describe, expect, it } from 'vitest';
import { describeRows } from '../../../lib/paper/scaling/describe-rows.js';
import { realSizeReading } from '../../../lib/paper/scaling/size-reading.js';
import { sizeScaling } from '../../../lib/paper/scaling/size-scaling.js';
import { fig5Verdict } from '../../../lib/paper/scaling/scorecard-claims.js';
import { parameterCountB } from '../../../lib/paper/shared/parameter-count-b.js';
import type { IdentifiedSdFit } from '../../../lib/fit/identified-sd-coefficients.js';
import { entry } from '../group-fit-factory.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

const MODELS = ['Qwen3-0.6B', 'Qwen3-1.7B', 'Qwen3-8B', 'Qwen3-14B', 'Qwen3-32B'];
const P = { linearCriteria: { r2Min: 0.9, exponentTolerance: 0.2 } };

/** Pooled fits whose six coefficients are the given functions of the verifier's and drafter's size (billions). */
function fits(of: (c: string, verifierB: number, drafterB: number) => number) {
  return MODELS.map((m) => {
    const v = parameterCountB(m, 'verifier');
    const d = parameterCountB(`EAGLE(${m})`, 'drafter');
    const six = Object.fromEntries(['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d'].map((c) => [c, of(c, v, d)]));
    return entry({ verifier: m, drafter: `EAGLE(${m})`, hardware: 'A100-80GB', prefill_tokens: 512, decode_tokens: 128 }, six as unknown as IdentifiedSdFit);
  });
}

describe('realSizeReading', () => {
  it('says nothing when every coefficient is proportional to its model size', () => {
    const f = fits((c, v, d) => (c.endsWith('_d') ? 1e-4 * d : 1e-3 * v));
    const s = sizeScaling(f, { dataLabel: 'x' });
    expect(s.claims.verdicts.every((v) => v.verdict === 'proportional')).toBe(true);
    expect(realSizeReading(s, f, P)).toBe('');
    expect(fig5Verdict(s, 'Test').verdict).toBe(s.claims.best === 'c1_v' ? 'holds' : 'partly');
  });

  it('explains an offset of c1_v and a fixed drafting cost only when the numbers show them', () => {
    // c1_v = 4 ms + 0.1 ms per billion; c1_d = 1 ms + 0.01 ms per billion: both fixed costs plus a size part.
    const f = fits((c, v, d) => (c === 'c1_v' ? 0.004 + 1e-4 * v : c === 'c1_d' ? 0.001 + 1e-5 * d : c.endsWith('_d') ? 1e-4 * d : 1e-3 * v));
    const s = sizeScaling(f, { dataLabel: 'x' });
    const text = realSizeReading(s, f, P);
    expect(text).toContain('- **c1_v** grows linearly with an offset');
    expect(text).toContain('the line with an intercept puts 4 ms at zero size');
    expect(text).toMatch(/- \*\*c1_d\*\*, one drafting step at batch size 1, varies ×1\.\d+ across the drafters while their sizes vary ×7\.6/);
    expect(text).not.toContain('**c1_p**');
    expect(text).not.toContain('**c2_v**');
    expect(fig5Verdict(s, 'Test').evidence).toContain('c1_v linear with an offset (R² 1)');
  });

  it('explains a slowly growing c2_v by the KV cache only when it grows less than the parameters', () => {
    const f = fits((c, v, d) => (c === 'c2_v' ? 1e-4 * v ** 0.4 : c.endsWith('_d') ? 1e-4 * d : 1e-3 * v));
    const text = realSizeReading(sizeScaling(f, { dataLabel: 'x' }), f, P);
    expect(text).toMatch(/- \*\*c2_v\*\* grows more slowly than the parameter count \(log–log exponent 0\.4\).*from Qwen3-0\.6B to Qwen3-32B the KV cache per token grows ×2\.29, the parameters ×55/);
  });
});

describe('describeRows', () => {
  it('names one family as a size range, the drafter kind, the GPU and the lengths (models by size)', () => {
    const rows = ['Qwen3-8B', 'Qwen3-0.6B'].map((v) => tidyRow({ verifier: v, drafter: `EAGLE(${v})`, k: 2, alpha: 0.5, hardware: 'A100-80GB' }));
    expect(describeRows(rows)).toBe('Qwen3 0.6B–8B + EAGLE, A100-80GB, prefill 512 / decode 128');
    const mixed = [...rows, tidyRow({ verifier: 'Llama-3.1-8B', drafter: 'Llama-3.2-1B', k: 2, hardware: 'A100-80GB', decode_tokens: 256 })];
    expect(describeRows(mixed)).toBe('Qwen3-0.6B, Llama-3.1-8B, Qwen3-8B + EAGLE(Qwen3-0.6B), EAGLE(Qwen3-8B), Llama-3.2-1B, A100-80GB, prefill 512 / decode 128; prefill 512 / decode 256');
    expect(() => describeRows([tidyRow()])).toThrow('describeRows requires rows with speculative runs (k > 0)');
  });
});
