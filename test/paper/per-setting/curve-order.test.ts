import { describe, expect, it } from 'vitest';
import { curveOrder } from '../../../lib/paper/per-setting/curve-order.js';

const fit = (series: string, facet: string, c1: number, c2: number) => ({ series, facet, c1, c2 });
const point = (series: string, facet: string, rps: number) => ({ series, facet, rps, latencyS: 1 });

describe('curveOrder', () => {
  it('says whether the longest draft lies above, below or crosses the shortest in each panel', () => {
    const r = curveOrder({
      fits: [fit('k = 10', 'α = 0.50', 2, 0.1), fit('k = 1', 'α = 0.50', 1, 0.05), fit('k = 3', 'α = 0.50', 1.5, 0.05), fit('k = 1', 'α = 0.90', 1, 0.05), fit('k = 10', 'α = 0.90', 0.5, 0.04), fit('k = 1', 'α = 0.70', 1, 0.02), fit('k = 10', 'α = 0.70', 0.8, 0.08)],
      points: [point('k = 1', 'α = 0.50', 5), point('k = 10', 'α = 0.90', 8), point('k = 1', 'α = 0.70', 9)],
    });
    expect(r.facets.map((f) => [f.facet, f.short, f.long, f.relation])).toEqual([
      ['α = 0.50', 'k = 1', 'k = 10', 'above'],
      ['α = 0.90', 'k = 1', 'k = 10', 'below'],
      ['α = 0.70', 'k = 1', 'k = 10', 'crosses'],
    ]);
    // 0.8/(1 − 0.08 r) = 1/(1 − 0.02 r) at r = 0.2 / 0.064 = 3.125
    expect(r.facets[2].crossRps).toBeCloseTo(3.125, 2);
    expect(r.text).toBe(
      "Longest against shortest draft shown, from 0 to each panel's highest measured rate: α = 0.50: k = 10 above k = 1 at every rate; " +
        'α = 0.90: k = 10 below k = 1 at every rate; α = 0.70: k = 10 crosses k = 1 at RPS ≈ 3.12.',
    );
  });
  it('requires draft-length series and two of them per panel', () => {
    expect(() => curveOrder({ fits: [fit('α = 0.5', 'x', 1, 0.1), fit('k = 1', 'x', 1, 0.1)], points: [] })).toThrow("curveOrder requires series named 'k = <n>'");
    expect(() => curveOrder({ fits: [fit('k = 1', 'x', 1, 0.1)], points: [] })).toThrow('curveOrder requires at least two draft lengths per panel, x has 1');
  });
});
