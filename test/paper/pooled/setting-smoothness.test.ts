import { describe, expect, it } from 'vitest';
import { settingSmoothness } from '../../../lib/paper/pooled/setting-smoothness.js';

// c1: U-shaped in k at α 0.5 (minimum at k 2), falling to k 4 at α 1, where C1_eff is smallest at k 3; c2 zig-zags at α 0.5.
const s = (alpha: number, k: number, c1: number, c2: number, c1Eff = c1, c2Eff = c2) => ({ alpha, k, decodeTokens: 128, c1, c2, r2: 0.99, c1Eff, c2Eff });
const settings = [
  s(0.5, 1, 1.2, 0.10), s(0.5, 2, 1.0, 0.12), s(0.5, 3, 1.1, 0.11), s(0.5, 4, 1.3, 0.13, 1.3, 0.14),
  s(1, 1, 1.0, 0.09), s(1, 2, 0.8, 0.08), s(1, 3, 0.7, 0.085), s(1, 4, 0.6, 0.09, 0.75, 0.09),
];

describe('settingSmoothness', () => {
  it('counts falls with α, single minima along k, and where the minima lie', () => {
    const r = settingSmoothness(settings);
    expect(r).toMatchObject({ nAlphaSteps: 4, c1FallsWithAlpha: 4, c2FallsWithAlpha: 4, nAlphas: 2, c1OneMinimum: 2, c2OneMinimum: 1, c2ShorterThanC1: 2, c1EffSameK: 1, c2EffSameK: 2 });
    expect(r.text).toBe(
      'Along k, the per-setting C1 has a single minimum (no zig-zag) at 2 of 2 α and C2 at 1 of 2; ' +
        "C1's minimum lies inside the measured k range (a U shape) at α = 0.5 and at an end of it at α = 1. " +
        "The k minimising C2 is shorter than C1's at 2 of 2 α. Eq. 3's pooled values put the minimum at the same k as the per-setting fits at 1 of 2 α for C1 and 2 of 2 for C2.",
    );
  });
  it('rejects an empty grid', () => {
    expect(() => settingSmoothness([])).toThrow('settingTrends requires a non-empty array of settings');
  });
});
