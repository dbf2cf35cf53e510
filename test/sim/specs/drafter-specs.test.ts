import { describe, expect, it } from 'vitest';
import { DRAFTER_SPECS } from '../../../lib/sim/specs/drafter-specs.js';
import { MODEL_SPECS } from '../../../lib/sim/specs/model-specs.js';

describe('DRAFTER_SPECS', () => {
  it('builds EAGLE heads as one decoder layer of the verifier width', () => {
    for (const [key, d] of Object.entries(DRAFTER_SPECS)) {
      if (d.kind !== 'eagle') continue;
      const verifierKey = key.replace(/^eagle3?-/, '');
      const v = MODEL_SPECS[verifierKey];
      expect(v, key).toBeDefined();
      expect(d.model.layers).toBe(1);
      expect(d.model.hiddenSize).toBe(v.hiddenSize);
      expect(d.model.moe).toBeNull();
    }
  });

  it('gives EAGLE-1 heads the shared full-vocabulary LM head and EAGLE-3 heads a 32k draft vocabulary', () => {
    const e1 = DRAFTER_SPECS['eagle-qwen3-8b'];
    expect(e1.name).toBe('EAGLE(Qwen3-8B)');
    expect(e1.model.vocabSize).toBe(151936);
    expect(e1.eagle).toEqual({ fcInputSize: 8192, attentionInputSize: 4096, sharesVerifierLmHead: true, sharesVerifierEmbedding: true });
    const e3 = DRAFTER_SPECS['eagle3-llama-3.1-8b'];
    expect(e3.name).toBe('EAGLE3(Llama-3.1-8B)');
    expect(e3.model.vocabSize).toBe(32000);
    expect(e3.eagle).toEqual({ fcInputSize: 12288, attentionInputSize: 8192, sharesVerifierLmHead: false, sharesVerifierEmbedding: true });
  });

  it('uses the real models as separate draft models', () => {
    expect(DRAFTER_SPECS['draft-llama-3.1-8b'].model).toEqual(MODEL_SPECS['llama-3.1-8b']);
    expect(DRAFTER_SPECS['draft-qwen3-1.7b'].model).toEqual(MODEL_SPECS['qwen3-1.7b']);
    expect(DRAFTER_SPECS['draft-qwen3-1.7b'].eagle).toBeNull();
  });
});
