import { describe, expect, it } from 'vitest';
import { lengthScalingFits } from '../../../lib/paper/scaling/length-scaling-fits.js';
import type { LengthScalingPoint } from '../../../lib/paper/scaling/length-scaling-figure.js';

const LENGTHS = [256, 512, 1024].flatMap((p) => [256, 768].map((g) => ({ p, g })));

describe('lengthScalingFits', () => {
  // c2_p = 1e-3 + 2e-6 p; c2_v = 1e-5 + 3e-8 (p + 0.5 g), exactly.
  const points: LengthScalingPoint[] = LENGTHS.flatMap(({ p, g }) => [
    { model: 'M', coefficient: 'c2_p' as const, prefillTokens: p, decodeTokens: g, valueS: 1e-3 + 2e-6 * p },
    { model: 'M', coefficient: 'c2_v' as const, prefillTokens: p, decodeTokens: g, valueS: 1e-5 + 3e-8 * (p + 0.5 * g) },
  ]);

  it('recovers exact lines in p and in p + 0.5 g', () => {
    const [cp, cv] = lengthScalingFits(points);
    expect(cp).toMatchObject({ model: 'M', coefficient: 'c2_p', n: 6, feature: 'p' });
    expect(cp.slope).toBeCloseTo(2e-6, 15);
    expect(cp.intercept).toBeCloseTo(1e-3, 15);
    expect(cp.r2).toBeCloseTo(1, 12);
    expect(cv.slope).toBeCloseTo(3e-8, 18);
    expect(cv.intercept).toBeCloseTo(1e-5, 16);
    expect(cv.feature).toBe('p + 0.5·g');
  });

  it('fits c2_v in the chosen effective length: with w = 0 the decode dependence is unexplained', () => {
    const cv = lengthScalingFits(points, { decodeWeight: 0 })[1];
    // Hand: x = p, y = 1e-5 + 3e-8 p + 1.5e-8 g with g orthogonal to p (balanced design) -> the line
    // explains the p part: R² = var(3e-8 p) / (var(3e-8 p) + var(1.5e-8 g)).
    const varP = LENGTHS.reduce((s, { p }) => s + (p - 597.3333333333334) ** 2, 0) / 6;
    const varG = 256 ** 2;
    expect(cv.r2).toBeCloseTo((9e-16 * varP) / (9e-16 * varP + 2.25e-16 * varG), 9);
    expect(cv.feature).toBe('p + 0·g');
  });

  it('skips models with fewer than 3 points and rejects bad input', () => {
    expect(lengthScalingFits(points.slice(0, 4))).toEqual([]);
    expect(() => lengthScalingFits(points, { decodeWeight: -1 })).toThrow('lengthScalingFits requires options.decodeWeight >= 0, got -1');
    expect(() => lengthScalingFits([{ ...points[0], valueS: Number.NaN }])).toThrow('lengthScalingFits requires finite points[0].valueS');
  });
});
