import { describe, expect, it } from 'vitest';
import { speedupCurveData } from '../../../lib/paper/shared/speedup-curve-data.js';
import type { SdSettingFit } from '../../../lib/fit/fit-sd.js';

function setting(k: number, c1: number | null, c2: number | null): SdSettingFit {
  return { k, alpha: k === 0 ? null : 0.5, expectedTokens: 1, decodeTokens: 100, nPoints: 5, c1, c2, r2: 1, error: null, c1Eff: 0, c2Eff: 0, pooledR2: 1 };
}
const fit = { c1_p: 0.1, c1_v: 0.01, c1_d: 0.002, c2_p: 0.01, c2_v: 0.001, c2_d: 0.0001, settings: [setting(0, 1.2, 0.12), setting(2, 1, 1)] };

describe('speedupCurveData', () => {
  it('gives the pooled k = 0 baseline and Eq. 3 coefficients per k', () => {
    const d = speedupCurveData(fit, { alpha: 0.5, ks: [1, 2] });
    // Baseline: C1 = 0.1 + 100 x 0.01 = 1.1, C2 = 0.01 + 100 x 0.001 = 0.11.
    expect(d.baseline.c1).toBeCloseTo(1.1, 12);
    expect(d.baseline.c2).toBeCloseTo(0.11, 12);
    // k = 2, alpha 0.5: E = 1.75; C1 = 0.1 + (100 / 1.75)(0.01 + 0.004), C2 = 0.01 + (100 / 1.75)(0.001 + 0.0002).
    expect(d.curves.map((c) => c.series)).toEqual(['k = 1', 'k = 2']);
    expect(d.curves[1].c1).toBeCloseTo(0.1 + (100 / 1.75) * 0.014, 12);
    expect(d.curves[1].c2).toBeCloseTo(0.01 + (100 / 1.75) * 0.0012, 12);
  });

  it("uses the k = 0 sweep's own Eq. 1 fit for baseline 'measured'", () => {
    expect(speedupCurveData(fit, { alpha: 0.5, ks: [1], baseline: 'measured' }).baseline).toEqual({ c1: 1.2, c2: 0.12 });
    expect(() => speedupCurveData({ ...fit, settings: [setting(2, 1, 1)] }, { alpha: 0.5, ks: [1], baseline: 'measured' })).toThrow(
      "speedupCurveData requires a fitted k = 0 (baseline) sweep for baseline 'measured'",
    );
  });

  it("uses the sweeps' own Eq. 1 fits for numerator 'settings'", () => {
    const d = speedupCurveData(fit, { alpha: 0.5, ks: [2], baseline: 'measured', numerator: 'settings' });
    expect(d).toEqual({ baseline: { c1: 1.2, c2: 0.12 }, curves: [{ series: 'k = 2', c1: 1, c2: 1 }] });
    expect(() => speedupCurveData(fit, { alpha: 0.5, ks: [3], numerator: 'settings' })).toThrow(
      "speedupCurveData requires a fitted sweep at alpha 0.5, k 3 for numerator 'settings'",
    );
    expect(() => speedupCurveData(fit, { alpha: 0.6, ks: [2], numerator: 'settings' })).toThrow('requires a fitted sweep at alpha 0.6, k 2');
  });

  it('rejects bad alphas, ks and fits of several decode lengths', () => {
    expect(() => speedupCurveData(fit, { alpha: 1.2, ks: [1] })).toThrow('speedupCurveData requires options.alpha in [0, 1]');
    expect(() => speedupCurveData(fit, { alpha: 0.5, ks: [0] })).toThrow('speedupCurveData requires options.ks to be integers >= 1');
    expect(() => speedupCurveData({ ...fit, settings: [setting(0, 1, 1), { ...setting(1, 1, 1), decodeTokens: 50 }] }, { alpha: 0.5, ks: [1] })).toThrow(
      'speedupCurveData requires a fit of one decode length, got 2',
    );
  });
});
