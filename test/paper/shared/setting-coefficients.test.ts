import { describe, expect, it } from 'vitest';
import { settingCoefficients } from '../../../lib/paper/shared/setting-coefficients.js';
import { setting } from '../group-fit-factory.js';

describe('settingCoefficients', () => {
  it('keeps fitted speculative settings with a known alpha, sorted by alpha then k', () => {
    const settings = [
      setting(3, 0.7, 1.1, 0.06, { c1Eff: 1.05, c2Eff: 0.061 }),
      setting(1, 0.7, 1.3, 0.05),
      setting(2, 0.5, 1.4, 0.07),
      setting(0, null, 1.8, 0.063), // baseline
      setting(4, null, 1, 0.05), // alpha unknown
      setting(5, 0.9, null, null), // failed own fit
    ];
    const out = settingCoefficients({ settings } as never);
    expect(out.map((s) => [s.alpha, s.k])).toEqual([
      [0.5, 2],
      [0.7, 1],
      [0.7, 3],
    ]);
    expect(out[2]).toEqual({ alpha: 0.7, k: 3, decodeTokens: 128, c1: 1.1, c2: 0.06, r2: 0.99, c1Eff: 1.05, c2Eff: 0.061 });
  });

  it('rejects a fit without settings', () => {
    expect(() => settingCoefficients({} as never)).toThrow('settingCoefficients requires a pooled SD fit with settings');
  });
});
