import { describe, expect, it } from 'vitest';
import { regressSdCoefficients } from '../../lib/fit/regress-sd-coefficients.js';

describe('regressSdCoefficients', () => {
  it('recovers Eq. 3 coefficients from exact per-setting coefficients', () => {
    const six = { c1_p: 0.1, c1_v: 0.01, c1_d: 0.002, c2_p: 0.03, c2_v: 0.0002, c2_d: 0.00005 };
    const settings = [
      { k: 0, e: 1 },
      { k: 2, e: 1.75 },
      { k: 4, e: 1.9375 },
      { k: 3, e: 3.439 },
    ].map(({ k, e }) => {
      const cyc = 128 / e;
      return { k, expectedTokens: e, decodeTokens: 128, c1: six.c1_p + cyc * (six.c1_v + k * six.c1_d), c2: six.c2_p + cyc * (six.c2_v + k * six.c2_d) };
    });
    const r = regressSdCoefficients(settings);
    for (const [name, v] of Object.entries(six)) expect(r.coefficients[name as keyof typeof six]).toBeCloseTo(v, 10);
    expect(r.r2C1).toBeCloseTo(1, 12);
    expect(r.nSettings).toBe(4);
  });

  it('keeps coefficients non-negative (NNLS) and reports a poor R^2 when Eq. 3 does not hold', () => {
    // A negative drafting cost (impossible under Eq. 3): unconstrained least squares would give
    // c1_d = -0.002 exactly; NNLS must hold it at 0 and the fit can no longer be exact.
    const settings = [
      { k: 1, e: 1.5 },
      { k: 2, e: 1.75 },
      { k: 4, e: 2.2 },
      { k: 6, e: 4 },
      { k: 8, e: 3 },
    ].map(({ k, e }) => ({ k, expectedTokens: e, decodeTokens: 100, c1: 1 + (0.01 * 100) / e - (0.002 * 100 * k) / e, c2: 0.1 }));
    const r = regressSdCoefficients(settings);
    expect(r.coefficients.c1_d).toBe(0);
    expect(r.coefficients.c1_p).toBeGreaterThanOrEqual(0);
    expect(r.coefficients.c1_v).toBeGreaterThanOrEqual(0);
    expect(r.r2C1).toBeLessThan(0.999);
  });

  it('needs 3 settings', () => {
    expect(() => regressSdCoefficients([])).toThrow('regressSdCoefficients requires at least 3 settings, got 0');
  });
});
