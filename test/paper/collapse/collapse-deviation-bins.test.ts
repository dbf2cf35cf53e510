import { describe, expect, it } from 'vitest';
import { collapseDeviationBins } from '../../../lib/paper/collapse/collapse-deviation-bins.js';

/** A point with relative deviation d (fraction) at x: y = (1 + d) / (1 - x). */
const at = (x: number, d: number, group = 'A') => ({ x, y: (1 + d) / (1 - x), group });

describe('collapseDeviationBins', () => {
  it('bins y(1 − x) − 1 in percent by x and reports median and quartiles per group', () => {
    const points = [at(0.05, 0.1), at(0.06, 0.2), at(0.07, 0.3), at(0.08, 0.4), at(0.09, 0.5), at(0.55, -0.05), at(0.56, -0.05), at(0.57, -0.05)];
    const { bins } = collapseDeviationBins(points, { binWidth: 0.1, minPoints: 3 });
    expect(bins).toHaveLength(2);
    expect(bins[0]).toMatchObject({ group: 'A', xLo: 0, xHi: 0.1, n: 5 });
    expect(bins[0].xMid).toBeCloseTo(0.05, 12);
    expect(bins[0].medianPct).toBeCloseTo(30, 9);
    expect(bins[0].q25Pct).toBeCloseTo(20, 9); // type-7 quartiles of 10, 20, 30, 40, 50
    expect(bins[0].q75Pct).toBeCloseTo(40, 9);
    expect(bins[1].xLo).toBeCloseTo(0.5, 12);
    expect(bins[1].medianPct).toBeCloseTo(-5, 9);
  });

  it('drops sparse bins and points at or past x = 1, and describes the sign pattern', () => {
    const points = [at(0.15, 0.02), at(0.16, 0.02), at(0.35, -0.03), at(0.36, -0.03), at(0.37, 0.001), at(0.65, 0.001), at(0.66, 0.0), at(1.2, 0, 'A')];
    const r = collapseDeviationBins(points, { minPoints: 2 });
    expect(r.bins.map((b) => b.n)).toEqual([2, 3, 2]);
    expect(r.text).toBe('- **A**: median deviation from +2% (x 0.1–0.2) to −3% (x 0.3–0.4); sign by bin, x ascending (0: within ±1%): + − 0.');
    // bins +2%, −3%, +0.05%: two at 1% or more, the largest |median| 3%
    expect(r.nBeyond1Pct).toBe(2);
    expect(r.maxAbsMedianPct).toBeCloseTo(3, 9);
    expect(r.overallText).toBe('2 of 3 bins have a median deviation of 1% or more; the largest is 3%.');
  });

  it('rejects no points and bad options', () => {
    expect(() => collapseDeviationBins([])).toThrow('collapseDeviationBins requires a non-empty array of collapse points');
    expect(() => collapseDeviationBins([at(0.1, 0)], { binWidth: 0 })).toThrow('collapseDeviationBins requires options.binWidth in (0, 1]');
    expect(() => collapseDeviationBins([{ x: NaN, y: 1, group: 'a' }])).toThrow('points[0] is not');
  });
});
