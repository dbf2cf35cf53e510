import { describe, expect, it } from 'vitest';
import { expectedTokens } from '../../lib/model/expected-tokens.js';

describe('expectedTokens', () => {
  it('matches the geometric closed form (1 - a^(k+1)) / (1 - a) and the alpha = 1, k = 0 limits', () => {
    for (const a of [0, 0.3, 0.5, 0.9, 0.99]) {
      for (const k of [0, 1, 3, 10]) {
        expect(expectedTokens(a, k)).toBeCloseTo((1 - a ** (k + 1)) / (1 - a), 12);
      }
    }
    expect(expectedTokens(1, 4)).toBe(5);
    expect(expectedTokens(0.7, 0)).toBe(1);
  });

  it('agrees with a Monte Carlo of the draft-then-verify cycle', () => {
    // Independent check: simulate first-rejection acceptance with a simple LCG.
    let s = 12345;
    const u = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
    const alpha = 0.7;
    const k = 5;
    let total = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      let accepted = 0;
      while (accepted < k && u() < alpha) accepted++;
      total += accepted + 1;
    }
    expect(total / n).toBeCloseTo(expectedTokens(alpha, k), 1);
  });

  it('rejects alpha outside [0, 1] and non-integer k', () => {
    expect(() => expectedTokens(1.2, 3)).toThrow('expectedTokens requires alpha in [0, 1]');
    expect(() => expectedTokens(0.5, 2.5)).toThrow('expectedTokens requires k to be an integer');
  });
});
