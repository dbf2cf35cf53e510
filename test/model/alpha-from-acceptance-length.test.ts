import { describe, expect, it } from 'vitest';
import { alphaFromAcceptanceLength } from '../../lib/model/alpha-from-acceptance-length.js';

describe('alphaFromAcceptanceLength', () => {
  it('inverts the geometric sum (1 - a^(k+1)) / (1 - a) for any alpha and k', () => {
    for (const a of [0.05, 0.3, 0.5, 0.72, 0.9, 0.99]) {
      for (const k of [1, 2, 3, 5, 10]) {
        const length = (1 - a ** (k + 1)) / (1 - a); // closed form, not expectedTokens
        expect(alphaFromAcceptanceLength(length, k)).toBeCloseTo(a, 10);
      }
    }
  });

  it('hand values: k = 1 gives alpha = length - 1; the ends of [1, k + 1] give 0 and 1', () => {
    expect(alphaFromAcceptanceLength(1.6, 1)).toBeCloseTo(0.6, 12);
    expect(alphaFromAcceptanceLength(1.75, 2)).toBeCloseTo(0.5, 12);
    expect(alphaFromAcceptanceLength(1, 4)).toBe(0);
    expect(alphaFromAcceptanceLength(5, 4)).toBe(1);
  });

  it('the vLLM 0.25.1 SD fixture: acceptance length 3.16111 at k = 3 (per-position rates 0.85, 0.717, 0.594)', () => {
    // alpha + alpha^2 + alpha^3 = 2.16111: between the first-position rate and the per-position mean.
    const a = alphaFromAcceptanceLength(3.161111111111111, 3);
    expect(a + a * a + a ** 3).toBeCloseTo(2.161111111111111, 10);
    expect(a).toBeGreaterThan(0.72);
    expect(a).toBeLessThan(0.85);
  });

  it('rejects lengths outside [1, k + 1] and bad k', () => {
    expect(() => alphaFromAcceptanceLength(0.5, 3)).toThrow('alphaFromAcceptanceLength requires an acceptance length in [1, k + 1] = [1, 4], got 0.5');
    expect(() => alphaFromAcceptanceLength(4.5, 3)).toThrow('[1, 4], got 4.5');
    expect(() => alphaFromAcceptanceLength(2, 0)).toThrow('alphaFromAcceptanceLength requires k to be an integer >= 1, got 0');
    expect(() => alphaFromAcceptanceLength(Number.NaN, 2)).toThrow('alphaFromAcceptanceLength requires acceptanceLength to be a finite number');
  });
});
