import { describe, expect, it } from 'vitest';
import { modelLabels } from '../../../lib/paper/shared/model-labels.js';

describe('modelLabels', () => {
  it('names the verifier, a separate draft model, and the hardware only where labels would clash', () => {
    expect(
      modelLabels([
        { verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', prefill_tokens: 256 },
        { verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'A100-80GB', prefill_tokens: 512 },
        { verifier: 'Qwen3-14B', drafter: 'Qwen3-1.7B', hardware: 'A100-80GB' },
        { verifier: 'Qwen3-8B', drafter: 'EAGLE(Qwen3-8B)', hardware: 'H100-80GB' },
        { verifier: 'Llama-3.1-8B', drafter: 'EAGLE3(Llama-3.1-8B)', hardware: 'A100-80GB' },
        { verifier: 'Qwen3-32B', drafter: '', hardware: 'A100-80GB' },
      ]),
    ).toEqual(['Qwen3-8B, A100-80GB', 'Qwen3-8B, A100-80GB', 'Qwen3-14B + Qwen3-1.7B', 'Qwen3-8B, H100-80GB', 'Llama-3.1-8B', 'Qwen3-32B']);
  });

  it('rejects keys without a verifier', () => {
    expect(() => modelLabels([{ drafter: 'x' }])).toThrow('modelLabels requires keys[0].verifier to be a model name');
    expect(() => modelLabels('x' as never)).toThrow('modelLabels requires an array of group keys');
  });
});
