import { describe, expect, it } from 'vitest';
import { coefficientSizeFits } from '../../../lib/paper/scaling/coefficient-size-fits.js';
import type { ScalingPoint } from '../../../lib/paper/scaling/scaling-figure.js';

const pt = (coefficient: ScalingPoint['coefficient'], paramsB: number, valueS: number): ScalingPoint => ({ coefficient, paramsB, valueS, label: 'm' });

describe('coefficientSizeFits', () => {
  it('fits a proportional line with slope Σxy/Σx² and R² around the mean', () => {
    // x = 1, 2, 4; y = 2, 4, 9: slope 46/21; residuals 2 - 46/21, 4 - 92/21, 9 - 184/21.
    const [fit] = coefficientSizeFits([pt('c1_v', 1, 2), pt('c1_v', 2, 4), pt('c1_v', 4, 9)]);
    const s = 46 / 21;
    const ssRes = (2 - s) ** 2 + (4 - 2 * s) ** 2 + (9 - 4 * s) ** 2;
    const ssTot = (2 - 5) ** 2 + (4 - 5) ** 2 + (9 - 5) ** 2;
    expect(fit.coefficient).toBe('c1_v');
    expect(fit.form).toBe('proportional');
    expect(fit.slope).toBeCloseTo(s, 12);
    expect(fit.intercept).toBe(0);
    expect(fit.r2).toBeCloseTo(1 - ssRes / ssTot, 12);
    expect(fit.n).toBe(3);
  });

  it('recovers an exact line with an intercept and a power-law exponent', () => {
    const lin = coefficientSizeFits([pt('c2_p', 1, 3), pt('c2_p', 2, 5), pt('c2_p', 5, 11)], { intercept: true })[0];
    expect(lin.form).toBe('linear');
    expect(lin.slope).toBeCloseTo(2, 12);
    expect(lin.intercept).toBeCloseTo(1, 12);
    expect(lin.r2).toBeCloseTo(1, 12);
    const pow = coefficientSizeFits([1, 4, 9].map((x) => pt('c2_v', x, 3 * x ** 1.5)))[0];
    expect(pow.exponent).toBeCloseTo(1.5, 12);
  });

  it('fits each coefficient separately in Eq. 3 order and skips those with too few sizes', () => {
    const fits = coefficientSizeFits([pt('c2_d', 1, 1), pt('c2_d', 2, 2), pt('c1_p', 1, 1), pt('c1_p', 3, 3), pt('c1_d', 1, 1)]);
    expect(fits.map((f) => f.coefficient)).toEqual(['c1_p', 'c2_d']);
    expect(fits[0].exponent).toBeCloseTo(1, 12);
  });

  it('gives NaN for the exponent with fewer than 2 positive sizes', () => {
    expect(coefficientSizeFits([pt('c1_d', 1, 0), pt('c1_d', 2, 1)])[0].exponent).toBeNaN();
  });

  it('rejects non-finite values', () => {
    expect(() => coefficientSizeFits([pt('c1_v', Number.NaN, 1)])).toThrow('coefficientSizeFits requires finite points[0].paramsB and valueS');
    expect(() => coefficientSizeFits(null as never)).toThrow('coefficientSizeFits requires an array of scaling points');
  });
});
