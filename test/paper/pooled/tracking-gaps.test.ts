import { describe, expect, it } from 'vitest';
import { trackingGaps } from '../../../lib/paper/pooled/tracking-gaps.js';

describe('trackingGaps', () => {
  it('gives the median |C_eff / C_fit − 1| of C1 and of C2 (%), leaving out fitted zeros', () => {
    const g = trackingGaps([
      { c1Fit: 2, c2Fit: 0.1, c1Eff: 2.2, c2Eff: 0.1 },
      { c1Fit: 1, c2Fit: 0, c1Eff: 0.95, c2Eff: 0.01 },
      { c1Fit: 4, c2Fit: 0.2, c1Eff: 4, c2Eff: 0.25 },
    ]);
    expect(g.c1Pct).toBeCloseTo(5, 10);
    expect(g.c2Pct).toBeCloseTo(12.5, 10);
    expect(trackingGaps([]).c1Pct).toBeNaN();
  });
});
