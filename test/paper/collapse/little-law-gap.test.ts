import { describe, expect, it } from 'vitest';
import { littleLawGap } from '../../../lib/paper/collapse/little-law-gap.js';

describe('littleLawGap', () => {
  it('compares RPS × L with the measured concurrency', () => {
    // ratios 1, 1.1, 0.96 -> gaps 0%, 10%, 4%
    const g = littleLawGap([
      { group: 'a', rps: 2, latencyS: 3, meanConcurrency: 6 },
      { group: 'a', rps: 1, latencyS: 1.1, meanConcurrency: 1 },
      { group: 'b', rps: 4, latencyS: 0.24, meanConcurrency: 1 },
    ]);
    expect(g.n).toBe(3);
    expect(g.medianRatio).toBeCloseTo(1, 12);
    expect(g.medianAbsGapPct).toBeCloseTo(4, 9);
    expect(g.maxAbsGapPct).toBeCloseTo(10, 9);
    expect(g.within5Pct).toBeCloseTo(2 / 3, 12);
    expect(g.text).toBe("Over 3 runs, RPS × L / measured concurrency has median 1; the median gap is 4%, the largest 10%, and 66.7% of runs are within 5% of Little's Law.");
  });

  it('words gaps of rounding size without spurious digits', () => {
    const g = littleLawGap([{ group: 'a', rps: 3, latencyS: 0.1, meanConcurrency: 0.3 }]);
    expect(g.text).toContain('the median gap is below 0.001%, the largest below 0.001%');
  });

  it('rejects no points and non-positive values', () => {
    expect(() => littleLawGap([])).toThrow('littleLawGap requires a non-empty array of points');
    expect(() => littleLawGap([{ group: 'a', rps: 1, latencyS: 1, meanConcurrency: 0 }])).toThrow('points[0] is not');
  });
});
