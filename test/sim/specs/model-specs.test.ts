import { describe, expect, it } from 'vitest';
import { MODEL_SPECS } from '../../../lib/sim/specs/model-specs.js';
import type { ModelSpec } from '../../../lib/sim/specs/spec-types.js';

/** Parameter count from the architecture, written out here independently of the library. */
function params(m: ModelSpec): { total: number; active: number; nonEmbedding: number; inputEmbedding: number } {
  const h = m.hiddenSize;
  const attn = h * m.numHeads * m.headDim * 2 + h * m.numKvHeads * m.headDim * 2;
  const emb = m.vocabSize * h;
  const head = m.tiedEmbeddings ? 0 : emb;
  let ffnTotal = 0;
  let ffnActive = 0;
  for (let l = 0; l < m.layers; l++) {
    const moe = m.moe !== null && (m.moe.moeLayers === 'all' || m.moe.moeLayers.includes(l));
    if (moe) {
      ffnTotal += m.moe!.numExperts * 3 * h * m.moe!.expertFfnSize + h * m.moe!.numExperts;
      ffnActive += m.moe!.activeExperts * 3 * h * m.moe!.expertFfnSize + h * m.moe!.numExperts;
    } else {
      ffnTotal += 3 * h * m.ffnSize;
      ffnActive += 3 * h * m.ffnSize;
    }
  }
  const body = m.layers * attn;
  return {
    total: body + ffnTotal + emb + head,
    active: body + ffnActive + emb + head,
    nonEmbedding: body + ffnTotal,
    inputEmbedding: emb,
  };
}

// Published sizes (model cards / release notes), in billions. Qwen counts the input embedding
// in its activated parameters; OpenAI's gpt-oss card does not (a lookup, not a matrix product).
const PUBLISHED: Array<[string, number, number | null, number | null, boolean?]> = [
  // key, total, non-embedding, active, active excludes the input embedding
  ['qwen3-0.6b', 0.6, 0.44, null],
  ['qwen3-1.7b', 1.7, 1.4, null],
  ['qwen3-8b', 8.2, 6.95, null],
  ['qwen3-14b', 14.8, 13.2, null],
  ['qwen3-32b', 32.8, 31.2, null],
  ['qwen3-30b-a3b', 30.5, 29.9, 3.3],
  ['qwen3-235b-a22b', 235, 234, 22],
  ['llama-3.1-8b', 8.03, null, null],
  ['llama-3.1-70b', 70.6, null, null],
  ['llama-2-7b', 6.74, null, null],
  ['tinyllama-1.1b', 1.1, null, null],
  ['gpt-oss-20b', 20.9, null, 3.6, true],
];

describe('MODEL_SPECS', () => {
  it.each(PUBLISHED)('%s matches its published parameter count', (key, total, nonEmb, active, noEmb) => {
    const p = params(MODEL_SPECS[key]);
    const rel = (x: number, ref: number) => Math.abs(x / 1e9 - ref) / ref;
    expect(rel(p.total, total)).toBeLessThan(0.04);
    if (nonEmb !== null) expect(rel(p.nonEmbedding, nonEmb)).toBeLessThan(0.04);
    if (active !== null) expect(rel(p.active - (noEmb === true ? p.inputEmbedding : 0), active)).toBeLessThan(0.04);
  });

  it('holds the brief\'s config values for Qwen3-8B and the MoE routing of the paper', () => {
    expect(MODEL_SPECS['qwen3-8b']).toMatchObject({
      layers: 36, hiddenSize: 4096, numHeads: 32, numKvHeads: 8, headDim: 128, ffnSize: 12288, vocabSize: 151936,
    });
    expect(MODEL_SPECS['gpt-oss-20b'].moe).toMatchObject({ numExperts: 32, activeExperts: 4 });
    expect(MODEL_SPECS['qwen3-30b-a3b'].moe).toMatchObject({ numExperts: 128, activeExperts: 8 });
    expect(MODEL_SPECS['qwen3-235b-a22b'].moe).toMatchObject({ numExperts: 128, activeExperts: 8 });
    const oss = MODEL_SPECS['gpt-oss-20b'];
    expect(oss.slidingWindow).toBe(128);
    expect(oss.slidingLayers).toHaveLength(12);
    expect(oss.numHeads * oss.headDim).toBe(4096);
  });

  it('names a source URL for every model and is plain JSON', () => {
    for (const m of Object.values(MODEL_SPECS)) {
      expect(m.source).toMatch(/^https:\/\/huggingface\.co\//);
      expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    }
  });
});
