import { describe, expect, it } from 'vitest';
import { decodeWeightFits, type DecodeWeightPoint } from '../../../lib/paper/shared/decode-weight-fits.js';
import { linearLeastSquares } from '../../../lib/fit/linear-least-squares.js';
import { createRng } from '../../../lib/random/create-rng.js';

const GRID = [256, 512, 768, 1024].flatMap((p) => [256, 512, 768, 1024].map((g) => ({ p, g })));

/** SSE of the least-squares line y = a + b (p + w g) (restricted model). */
function sseLine(points: DecodeWeightPoint[], w: number): number {
  const x = points.map((q) => q.prefillTokens + w * q.decodeTokens);
  const [a, b] = linearLeastSquares(x.map((v) => [1, v]), points.map((q) => q.valueS));
  return points.reduce((s, q, i) => s + (q.valueS - a - b * x[i]) ** 2, 0);
}

describe('decodeWeightFits', () => {
  it('finds w = c / b of exact data and compares it with the reference weights', () => {
    const points: DecodeWeightPoint[] = GRID.flatMap(({ p, g }) => [
      { model: 'M', coefficient: 'c2_v' as const, prefillTokens: p, decodeTokens: g, valueS: 1e-4 + 2e-7 * (p + 0.3 * g) },
      { model: 'M', coefficient: 'c2_p' as const, prefillTokens: p, decodeTokens: g, valueS: 1e-3 + 4e-6 * p },
    ]);
    const [cp, cv] = decodeWeightFits(points);
    expect(cv).toMatchObject({ model: 'M', coefficient: 'c2_v', n: 16, referenceWeight: 0.5 });
    expect(cv.weight).toBeCloseTo(0.3, 9);
    expect(cv.r2Best).toBeCloseTo(1, 12);
    expect(cv.r2Reference).toBeLessThan(0.999);
    expect(cv.referenceInside).toBe(false);
    expect(cp.weight).toBeCloseTo(0, 9);
    expect(cp.referenceWeight).toBe(0);
    // The two slopes of value = a + b p + c g: c2_v = 1e-4 + 2e-7 p + 0.6e-7 g, c2_p = 1e-3 + 4e-6 p.
    expect(cv.prefillSlope).toBeCloseTo(2e-7, 15);
    expect(cv.decodeSlope).toBeCloseTo(0.6e-7, 15);
    expect(cp.prefillSlope).toBeCloseTo(4e-6, 15);
    expect(cp.decodeSlope).toBeCloseTo(0, 15);
  });

  it('gives the Fieller interval: the weights where the F test of the restricted line sits at t²(0.975, n - 3)', () => {
    const rng = createRng(7);
    const points: DecodeWeightPoint[] = GRID.map(({ p, g }) => ({
      model: 'M',
      coefficient: 'c2_v' as const,
      prefillTokens: p,
      decodeTokens: g,
      valueS: (1e-4 + 2e-7 * (p + 0.5 * g)) * (1 + 0.03 * rng.normal()),
    }));
    const [fit] = decodeWeightFits(points);
    expect(fit.ciLow).not.toBeNull();
    expect(fit.ciLow! < fit.weight && fit.weight < fit.ciHigh!).toBe(true);
    // Full model: value = a + b p + c g.
    const design = points.map((q) => [1, q.prefillTokens, q.decodeTokens]);
    const beta = linearLeastSquares(design, points.map((q) => q.valueS));
    const sseFull = points.reduce((s, q, i) => s + (q.valueS - design[i].reduce((t, v, j) => t + v * beta[j], 0)) ** 2, 0);
    const f = (w: number): number => (sseLine(points, w) - sseFull) / (sseFull / 13);
    const t2 = 2.160369 ** 2; // t(0.975, 13), published table value
    expect(f(fit.ciLow!)).toBeCloseTo(t2, 3);
    expect(f(fit.ciHigh!)).toBeCloseTo(t2, 3);
    expect(f(fit.weight)).toBeCloseTo(0, 9);
    expect(fit.r2Best).toBeCloseTo(1 - sseFull / points.reduce((s, q, _, a) => s + (q.valueS - a.reduce((t, r) => t + r.valueS, 0) / 16) ** 2, 0), 9);
    expect(fit.referenceInside).toBe(fit.ciLow! <= 0.5 && 0.5 <= fit.ciHigh!);
  });

  it('leaves the interval unbounded when b is not distinguishable from 0', () => {
    const rng = createRng(3);
    const points: DecodeWeightPoint[] = GRID.map(({ p, g }) => ({
      model: 'M',
      coefficient: 'c2_v' as const,
      prefillTokens: p,
      decodeTokens: g,
      valueS: 1e-4 + 1e-7 * g + 1e-5 * rng.normal(),
    }));
    const [fit] = decodeWeightFits(points);
    expect(fit.ciLow).toBeNull();
    expect(fit.ciHigh).toBeNull();
  });

  it('needs 4 points per model and rejects a bad level', () => {
    expect(decodeWeightFits(GRID.slice(0, 3).map(({ p, g }) => ({ model: 'M', coefficient: 'c2_v' as const, prefillTokens: p, decodeTokens: g, valueS: 1 })))).toEqual([]);
    expect(() => decodeWeightFits([], { level: 1 })).toThrow('decodeWeightFits requires options.level in (0, 1), got 1');
  });
});
