import { describe, expect, it } from 'vitest';
import { requireInData } from '../../../lib/paper/shared/require-in-data.js';

describe('requireInData', () => {
  it('passes a value the data hold', () => {
    expect(() => requireInData('moe', 'P.alpha', 0.8, [1, 0.8, 0.6, 0.8], 'alphas')).not.toThrow();
    expect(() => requireInData('tails', 'P.verifier', 'Qwen3-8B', ['Qwen3-8B'], 'verifiers')).not.toThrow();
  });

  it('fails with the step, the parameter, the value and every value held, sorted and without repeats', () => {
    expect(() => requireInData('moe', 'P.alpha', 0.65, [1, 0.8, 0.6, 0.8], 'alphas')).toThrow(
      new Error('moe: P.alpha 0.65 is not in the data (alphas: 0.6, 0.8, 1)'),
    );
    expect(() => requireInData('tails', 'P.panels[0].verifier', 'Qwen3-9B', ['Qwen3-14B', 'Qwen3-8B', 'Qwen3-0.6B'], 'verifiers', 'of data/x')).toThrow(
      new Error('tails: P.panels[0].verifier "Qwen3-9B" is not in the data of data/x (verifiers: Qwen3-0.6B, Qwen3-8B, Qwen3-14B)'),
    );
    expect(() => requireInData('s', 'P.k', 3, [], 'ks')).toThrow(new Error('s: P.k 3 is not in the data (ks: none)'));
  });

  it('rejects a call without the values held', () => {
    expect(() => requireInData('s', 'P.k', 3, null as unknown as number[], 'ks')).toThrow(/^requireInData requires/);
  });
});
