import { describe, expect, it } from 'vitest';
import { bestKFigure } from '../../../lib/paper/speedup/best-k-figure.js';
import { axisTitle, expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

describe('bestKFigure', () => {
  const figure = bestKFigure(
    [
      { series: 'α = 0.80', rps: 4, bestK: 3 },
      { series: 'α = 0.80', rps: 0, bestK: 6 },
      { series: 'α = 0.60', rps: 0, bestK: 2 },
      { series: 'α = 0.80', rps: 2, bestK: 4 },
    ],
    { dataLabel: 'simulated' },
  );

  it('draws one step line per series, sorted by load, offset so that shared steps stay visible', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['α = 0.60', 'α = 0.80']);
    // Two series, default dodge 0.12: offsets -0.06 and +0.06 around the true k; one point is a marker.
    expect(figure.spec.data[1]).toMatchObject({ mode: 'lines', x: [0, 2, 4], line: { shape: 'hv' } });
    expect((figure.spec.data[1] as { y: number[] }).y).toEqual([6.06, 4.06, 3.06].map((v) => expect.closeTo(v, 12) as unknown as number));
    expect(figure.spec.data[0]).toMatchObject({ mode: 'markers', x: [0] });
    expect((figure.spec.data[0] as { y: number[] }).y[0]).toBeCloseTo(1.94, 12);
    expect(figure.caption).toContain('offset by up to ±0.06 in k');
    expect(bestKFigure([{ series: 'a', rps: 0, bestK: 2 }, { series: 'a', rps: 1, bestK: 1 }], { dataLabel: 'd', dodge: 0 }).spec.data[0]).toMatchObject({ y: [2, 1] });
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('best draft length k (tokens per cycle)');
  });

  it('summarises the zero-load and highest-load k per series', () => {
    expect(figure.caption).toContain('α = 0.60: k 2 → 2; α = 0.80: k 6 → 3');
  });
});
