import { describe, expect, it } from 'vitest';
import { settingTrends } from '../../../lib/paper/pooled/setting-trends.js';
import type { SettingCoefficients } from '../../../lib/paper/shared/setting-coefficients.js';

const s = (alpha: number, k: number, c1: number, c2: number, c1Eff = c1, c2Eff = c2): SettingCoefficients => ({ alpha, k, decodeTokens: 128, c1, c2, r2: 0.99, c1Eff, c2Eff });

describe('settingTrends', () => {
  it('counts falls along alpha at fixed k and names the minimising k per alpha, data and Eq. 3', () => {
    const settings = [
      // alpha 0.5: C1 U-shaped (smallest at k 2), C2 rising (smallest at k 1); Eq. 3 puts C1_eff lowest at k 4
      s(0.5, 1, 1.3, 0.06, 1.3),
      s(0.5, 2, 1.2, 0.07, 1.25),
      s(0.5, 4, 1.4, 0.09, 1.2),
      // alpha 0.9: C1 keeps falling (k 4); C2 dips at k 2
      s(0.9, 1, 1.1, 0.061),
      s(0.9, 2, 0.8, 0.05),
      s(0.9, 4, 0.6, 0.055),
    ];
    const t = settingTrends(settings);
    // steps 0.5 -> 0.9 at k 1, 2, 4: C1 1.3->1.1, 1.2->0.8, 1.4->0.6 all fall; C2 0.06->0.061 rises, 0.07->0.05, 0.09->0.055 fall
    expect(t).toMatchObject({ nAlphaSteps: 3, c1FallsWithAlpha: 3, c2FallsWithAlpha: 2 });
    expect(t.byAlpha).toEqual([
      { alpha: 0.5, kMinC1: 2, kMinC2: 1, kMinC1Eff: 4, kMinC2Eff: 1 },
      { alpha: 0.9, kMinC1: 4, kMinC2: 2, kMinC1Eff: 4, kMinC2Eff: 2 },
    ]);
    expect(t.text).toBe(
      'From one α to the next at fixed k, the per-setting C1 falls in 3 of 3 steps and C2 in 2 of 3. ' +
        "Along k, for α = 0.5, 0.9: the per-setting C1 is smallest at k = 2, 4 (Eq. 3's pooled C1_eff at k = 4, 4), " +
        'the per-setting C2 at k = 1, 2 (C2_eff at k = 1, 2); k ranges over 1, 2, 4.',
    );
  });

  it('skips alpha steps where a setting is missing and breaks ties toward the smaller k', () => {
    const t = settingTrends([s(0.5, 1, 1, 0.1), s(0.5, 2, 1, 0.1), s(0.7, 2, 0.9, 0.2)]);
    expect(t.nAlphaSteps).toBe(1);
    expect(t.byAlpha[0]).toMatchObject({ kMinC1: 1, kMinC2: 1 });
  });

  it('rejects no settings and non-finite values', () => {
    expect(() => settingTrends([])).toThrow('settingTrends requires a non-empty array of settings');
    expect(() => settingTrends([s(0.5, 1, NaN, 0.1)])).toThrow('settingTrends requires finite settings[0].c1');
  });
});
