import { describe, expect, it } from 'vitest';
import { impliedBaselineCheck } from '../../../lib/paper/shared/implied-baseline-check.js';
import type { SdSettingFit } from '../../../lib/fit/fit-sd.js';

function setting(k: number, c1: number, c2: number): SdSettingFit {
  return { k, alpha: k === 0 ? null : 0.5, expectedTokens: 1, decodeTokens: 100, nPoints: 5, c1, c2, r2: 1, error: null, c1Eff: 0, c2Eff: 0, pooledR2: 1 };
}
// Implied: C1 = 0.1 + 100 x 0.01 = 1.1, C2 = 0.01 + 100 x 0.001 = 0.11; measured 1.0 and 0.1.
const fit = { c1_p: 0.1, c1_v: 0.01, c1_d: 0, c2_p: 0.01, c2_v: 0.001, c2_d: 0, settings: [setting(0, 1, 0.1), setting(1, 0.8, 0.12)] };

describe('impliedBaselineCheck', () => {
  it('compares the pooled k = 0 prediction with the measured baseline fit', () => {
    const c = impliedBaselineCheck(fit, null, 'Test');
    expect(c.measured).toEqual({ c1: 1, c2: 0.1 });
    expect(c.implied.c1).toBeCloseTo(1.1, 12);
    expect(c.c1Error).toBeCloseTo(0.1, 12);
    expect(c.c2Error).toBeCloseTo(0.1, 12);
    expect(c.text).toBe(
      'Test: the implied baseline (pooled Eq. 3 at k = 0) has C1_D = 1.1 s and C2_D = 0.11 s/request, the measured baseline sweep\'s own Eq. 1 fit 1 s and 0.1 s/request (+10% and +10%).',
    );
  });

  it('extrapolates from another pooled fit when given', () => {
    const c = impliedBaselineCheck(fit, { ...fit, c1_v: 0.008, c2_v: 0.0008, settings: [setting(1, 0.8, 0.12)] }, 'T');
    expect(c.implied.c1).toBeCloseTo(0.9, 12);
    expect(c.c2Error).toBeCloseTo(0.09 / 0.1 - 1, 12);
    expect(c.text).toContain('(−10% and −10%)');
  });

  it('requires a measured baseline', () => {
    expect(() => impliedBaselineCheck({ ...fit, settings: [setting(1, 1, 1)] }, null, 'T')).toThrow('requires a fitted k = 0 (baseline) sweep');
  });
});
