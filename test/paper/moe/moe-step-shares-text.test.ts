import { describe, expect, it } from 'vitest';
import { moeStepSharesText } from '../../../lib/paper/moe/moe-step-shares-text.js';

const r = (system: string, tokens: number, coverage: number, saving: number) => ({
  system,
  tokens,
  coverage,
  expertWeightShare: 0.96,
  stepMs: 1,
  fullCoverageStepMs: 1 / (1 - saving),
  savingVsFull: saving,
  routingZipfS: system === 'b' ? 0.5 : 0,
});

describe('moeStepSharesText', () => {
  it('writes one bullet per system, token counts ascending', () => {
    const text = moeStepSharesText([r('a', 16, 0.64, 0.31), r('a', 1, 0.0625, 0.87), r('b', 1, 0.125, 0.65)]);
    expect(text.split('\n')).toEqual([
      '- **a** (uniform i.i.d. routing): routed experts are 96% of the weight bytes a fully covered step reads. Decode step of T tokens against the same step reading every expert — T = 1: φ = 0.0625, 87% faster; T = 16: φ = 0.64, 31% faster.',
      '- **b** (routing skewed, Zipf exponent 0.5): routed experts are 96% of the weight bytes a fully covered step reads. Decode step of T tokens against the same step reading every expert — T = 1: φ = 0.125, 65% faster.',
    ]);
  });

  it('rejects no rows', () => {
    expect(() => moeStepSharesText([])).toThrow('moeStepSharesText requires a non-empty array of rows');
  });
});
