import { describe, expect, it } from 'vitest';
import { ratioClaims } from '../../../lib/paper/shared/ratio-claims.js';

const r = (alpha: number, k: number, c1r: number, c2r: number, system?: string) => ({ alpha, k, prefillTokens: 512, decodeTokens: 128, c1r, c2r, system });

describe('ratioClaims', () => {
  it('agrees with the paper when every claim holds', () => {
    const rows = [r(0.5, 1, 0.9, 1.1), r(0.5, 2, 0.8, 1.3), r(0.5, 3, 0.85, 1.6), r(0.9, 1, 0.7, 0.95), r(0.9, 2, 0.5, 0.9), r(0.9, 3, 0.4, 0.92)];
    const c = ratioClaims(rows);
    expect(c).toMatchObject({ n: 6, c1rBelowOne: 6, nLowAlpha: 3, c2rAboveOneLowAlpha: 3, nHighAlpha: 3, c2rBelowOneHighAlpha: 3, argminGreater: 2, argminEqual: 0, argminLess: 0 });
    // alpha 0.5: C1R smallest at k 2, C2R at k 1; alpha 0.9: C1R at k 3, C2R at k 2
    expect(c.argmin.map((a) => [a.alpha, a.kC1, a.kC2])).toEqual([
      [0.5, 2, 1],
      [0.9, 3, 2],
    ]);
    expect(c.text.split('\n')).toHaveLength(3);
    expect(c.text).not.toContain('differs');
    expect(c.bestText).toBe('- 512/128: α 0.50: C1R 0.8 (k 2), C2R 1.1 (k 1); α 0.90: C1R 0.4 (k 3), C2R 0.9 (k 2).');
  });

  it('names every k at which C2R <= 1 below the alpha threshold, in ascending order', () => {
    // below 0.9: (0.5, 3) 0.95 and (0.7, 1) 1.0 are not above 1; (0.9, 2) 0.8 is at the threshold and does not count
    const rows = [r(0.5, 1, 0.9, 1.2), r(0.5, 3, 0.8, 0.95), r(0.7, 1, 0.8, 1.0), r(0.7, 3, 0.7, 1.1), r(0.9, 2, 0.5, 0.8)];
    expect(ratioClaims(rows).text).toContain('2 of 4 settings with α < 0.9 have C2R > 1 (50%; C2R ≤ 1 occurs there at α ∈ {0.50, 0.70} and k ∈ {1, 3}), ');
  });

  it('counts the exceptions, names their alphas, and keeps systems apart for the argmin', () => {
    const rows = [r(0.5, 1, 1.2, 0.9, 'A'), r(0.5, 2, 0.8, 1.3, 'A'), r(0.5, 1, 0.7, 1.2, 'B'), r(0.5, 2, 0.9, 1.1, 'B')];
    const c = ratioClaims(rows);
    expect(c.c1rBelowOne).toBe(3);
    expect(c.c2rAboveOneLowAlpha).toBe(3);
    expect(c.argmin.map((a) => [a.system, a.kC1, a.kC2])).toEqual([
      ['A', 2, 1],
      ['B', 1, 2],
    ]);
    expect([c.argminGreater, c.argminEqual, c.argminLess]).toEqual([1, 0, 1]);
    expect(c.text).toContain('3 of 4 settings (75%) have C1R < 1; C1R ≥ 1 at α ∈ {0.50} and k ∈ {1}, the largest C1R is 1.2 (differs from the paper)');
    expect(c.text).toContain('C2R ≤ 1 occurs there at α ∈ {0.50} and k ∈ {1}');
    expect(c.bestText.split('\n')).toEqual([
      '- A, 512/128: α 0.50: C1R 0.8 (k 2), C2R 0.9 (k 1).',
      '- B, 512/128: α 0.50: C1R 0.7 (k 1), C2R 1.1 (k 2).',
    ]);
  });

  it('breaks ties towards the smaller k and honours another threshold', () => {
    const c = ratioClaims([r(0.8, 4, 0.5, 1), r(0.8, 2, 0.5, 1)], 0.8);
    expect(c.argmin[0]).toMatchObject({ kC1: 2, kC2: 2 });
    expect(c.nHighAlpha).toBe(2);
    expect(() => ratioClaims([])).toThrow('ratioClaims requires a non-empty array of ratio rows');
    expect(() => ratioClaims([r(0.5, 1, NaN, 1)])).toThrow('ratioClaims requires finite rows[0].c1r');
  });
});
