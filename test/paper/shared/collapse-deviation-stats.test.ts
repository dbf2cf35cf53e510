import { describe, expect, it } from 'vitest';
import { collapseDeviationStats } from '../../../lib/paper/shared/collapse-deviation-stats.js';

describe('collapseDeviationStats', () => {
  it('gives the median |y(1 − x) − 1| overall and per group in natural order, counting points past x = 1 apart', () => {
    const s = collapseDeviationStats([
      { x: 0.5, y: 2.2, group: 'k = 10' }, // +10%
      { x: 0.5, y: 1.9, group: 'k = 2' }, // −5%
      { x: 0, y: 1.02, group: 'k = 2' }, // +2%
      { x: 1.2, y: 3, group: 'k = 2' },
    ]);
    expect(s.n).toBe(3);
    expect(s.medianPct).toBeCloseTo(5, 10);
    expect(s.groups.map((g) => [g.group, g.n])).toEqual([['k = 2', 2], ['k = 10', 1]]);
    expect(s.groups[0].medianPct).toBeCloseTo(3.5, 10);
    expect(s.beyondSaturation).toBe(1);
  });
  it('is NaN without points below saturation', () => {
    expect(collapseDeviationStats([]).medianPct).toBeNaN();
    expect(() => collapseDeviationStats(null as never)).toThrow('collapseDeviationStats requires an array of collapse points');
  });
});
