import { describe, expect, it } from 'vitest';
import type { CoefficientSizeFit } from '../../../lib/paper/scaling/coefficient-size-fits.js';
import { scalingClaims } from '../../../lib/paper/scaling/scaling-claims.js';

const fit = (coefficient: CoefficientSizeFit['coefficient'], r2: number, exponent: number, intercept = 0, slope = 1): CoefficientSizeFit => ({
  coefficient,
  form: intercept === 0 ? 'proportional' : 'linear',
  slope,
  intercept,
  r2,
  exponent,
  n: 5,
});

describe('scalingClaims', () => {
  it('calls a coefficient proportional only with a high R² and an exponent near 1', () => {
    const c = scalingClaims([fit('c1_p', 0.95, 0.7), fit('c1_v', 0.999, 1.02), fit('c2_p', 0.85, 1), fit('c2_v', 0.97, 1.1), fit('c1_d', 0.99, 0.9)], {
      dataLabel: 'test data',
    });
    expect(c.verdicts.map((v) => v.verdict)).toEqual(['not linear', 'proportional', 'not linear', 'proportional', 'proportional']);
    expect(c.best).toBe('c1_v');
    expect(c.text).toContain('On test data (proportional: R² ≥ 0.9 and a log–log exponent within 0.2 of 1');
    expect(c.text).toContain('- c1_p against verifier size (5 models): proportional R² = 0.95, log–log exponent 0.7 → not linear.');
    expect(c.text).toContain('scale about linearly with verifier size": differs from the paper for c1_p, c2_p.');
    expect(c.text).toContain('scale with drafter size": agrees with the paper.');
    expect(c.text).toContain('c1_v has the highest R² (0.999): agrees with the paper');
  });

  it('recognises linear scaling with a fixed offset from the fits with an intercept', () => {
    const c = scalingClaims([fit('c1_v', 0.96, 0.5), fit('c2_v', 0.95, 1.3)], {
      dataLabel: 'd',
      linear: [fit('c1_v', 0.995, 0.5, 0.004), fit('c2_v', 0.99, 1.3, 0.001, -1)],
    });
    expect(c.verdicts).toEqual([
      { coefficient: 'c1_v', verdict: 'linear with an offset' },
      { coefficient: 'c2_v', verdict: 'not linear' },
    ]);
    expect(c.text).toContain('with an intercept R² = 0.995, intercept 4 ms → linear with an offset.');
    expect(c.best).toBe('c1_v');
    expect(c.text).toContain('c1_v has the highest R² (0.995): agrees with the paper');
    expect(c.text).toContain('differs from the paper for c2_v');
    expect(c.text).toContain('drafter size": not tested');
  });

  it('scores "almost exactly" by the better fit of each coefficient', () => {
    // Proportional alone, c2_p (0.99) beats c1_v (0.96); with intercepts c1_v reaches 0.999 > 0.993.
    const prop = [fit('c1_v', 0.96, 0.5), fit('c2_p', 0.99, 0.95)];
    expect(scalingClaims(prop, { dataLabel: 'd' }).text).toContain("the highest R² is c2_p's (0.99), c1_v has 0.96: differs from the paper");
    const withLinear = scalingClaims(prop, { dataLabel: 'd', linear: [fit('c1_v', 0.999, 0.5, 0.004), fit('c2_p', 0.993, 0.95, 0.003)] });
    expect(withLinear.best).toBe('c1_v');
    expect(withLinear.text).toContain('c1_v has the highest R² (0.999): agrees with the paper');
  });

  it('honours its thresholds', () => {
    const c = scalingClaims([fit('c1_v', 0.85, 1.4), fit('c2_v', 0.95, 1.3)], { dataLabel: 'd', r2Min: 0.8, exponentTolerance: 0.5 });
    expect(c.verdicts.map((v) => v.verdict)).toEqual(['proportional', 'proportional']);
    expect(scalingClaims([fit('c1_v', 0.85, 1.4)], { dataLabel: 'd' }).verdicts[0].verdict).toBe('not linear');
  });

  it('says "agrees, with a fixed offset" when no coefficient fails', () => {
    const c = scalingClaims([fit('c1_d', 0.5, 0.2)], { dataLabel: 'd', linear: [fit('c1_d', 0.92, 0.2, 0.001)], r2Min: 0.9 });
    expect(c.text).toContain('scale with drafter size": agrees, with a fixed offset for c1_d.');
  });

  it('rejects empty input', () => {
    expect(() => scalingClaims([], { dataLabel: 'd' })).toThrow('scalingClaims requires a non-empty array of size fits');
    expect(() => scalingClaims([fit('c1_v', 1, 1)], {} as never)).toThrow('scalingClaims requires options.dataLabel');
  });
});
