import { describe, expect, it } from 'vitest';
import { effectiveCoefficients } from '../../lib/model/effective-coefficients.js';

const six = { c1_p: 0.05, c1_v: 0.01, c1_d: 0.002, c2_p: 0.001, c2_v: 0.0002, c2_d: 0.00002 };

describe('effectiveCoefficients', () => {
  it('counts g / E verification cycles, each a verifier pass plus k drafter steps', () => {
    // alpha 0.5, k 2: E = 1 + 0.5 + 0.25 = 1.75; 128 / 1.75 cycles.
    const c = effectiveCoefficients(six, { k: 2, alpha: 0.5, decodeTokens: 128 });
    expect(c.c1).toBeCloseTo(0.05 + (128 / 1.75) * (0.01 + 2 * 0.002), 12);
    expect(c.c2).toBeCloseTo(0.001 + (128 / 1.75) * (0.0002 + 2 * 0.00002), 12);
  });

  it('is plain decoding at k = 0: one verifier pass per token and no drafter', () => {
    const c = effectiveCoefficients(six, { k: 0, decodeTokens: 100 });
    expect(c.c1).toBeCloseTo(0.05 + 100 * 0.01, 12);
    expect(c.c2).toBeCloseTo(0.001 + 100 * 0.0002, 12);
  });

  it('uses a measured acceptance length instead of alpha when given', () => {
    const c = effectiveCoefficients(six, { k: 3, alpha: 0.1, expectedTokens: 3.2, decodeTokens: 64 });
    expect(c.c1).toBeCloseTo(0.05 + 20 * (0.01 + 3 * 0.002), 12);
  });

  it('rejects missing acceptance and negative coefficients', () => {
    expect(() => effectiveCoefficients(six, { k: 2, decodeTokens: 10 })).toThrow('requires alpha or expectedTokens');
    expect(() => effectiveCoefficients({ ...six, c2_d: -1 }, { k: 1, alpha: 0.5, decodeTokens: 10 })).toThrow(
      'effectiveCoefficients requires c2_d',
    );
  });
});
