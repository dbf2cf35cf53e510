import { describe, expect, it } from 'vitest';
import type { CoefficientSizeFit } from '../../lib/analysis/coefficient-size-fits.js';
import { scalingClaims } from '../../lib/analysis/scaling-claims.js';

const fit = (coefficient: CoefficientSizeFit['coefficient'], r2: number, exponent: number): CoefficientSizeFit => ({
  coefficient,
  slope: 1,
  intercept: 0,
  r2,
  exponent,
  n: 5,
});

describe('scalingClaims', () => {
  it('counts a coefficient as linear only with a high R² and an exponent near 1', () => {
    const c = scalingClaims([fit('c1_p', 0.95, 0.7), fit('c1_v', 0.999, 1.02), fit('c2_p', 0.85, 1), fit('c2_v', 0.97, 1.1), fit('c1_d', 0.99, 0.9)], {
      dataLabel: 'test data',
    });
    expect(c.linear).toEqual(['c1_v', 'c2_v', 'c1_d']);
    expect(c.notLinear).toEqual(['c1_p', 'c2_p']);
    expect(c.best).toBe('c1_v');
    expect(c.text).toContain('On test data (proportional fits');
    expect(c.text).toContain('- c1_p against verifier size: R² = 0.95, log–log exponent 0.7 over 5 models (not linear by this test).');
    expect(c.text).toContain('scale about linearly with verifier size": differs from the paper for c1_p, c2_p.');
    expect(c.text).toContain('scale with drafter size": agrees with the paper.');
    expect(c.text).toContain('c1_v has the highest R² (0.999): agrees with the paper');
  });

  it('honours its thresholds and reports a different best coefficient', () => {
    const c = scalingClaims([fit('c1_v', 0.9, 1), fit('c2_v', 0.95, 1.3)], { dataLabel: 'd', r2Min: 0.8, exponentTolerance: 0.5 });
    expect(c.linear).toEqual(['c1_v', 'c2_v']);
    expect(c.text).toContain("the highest R² is c2_v's, c1_v has 0.9: differs from the paper");
    expect(c.text).toContain('drafter size": not tested');
  });

  it('rejects empty input', () => {
    expect(() => scalingClaims([], { dataLabel: 'd' })).toThrow('scalingClaims requires a non-empty array of size fits');
    expect(() => scalingClaims([fit('c1_v', 1, 1)], {} as never)).toThrow('scalingClaims requires options.dataLabel');
  });
});
