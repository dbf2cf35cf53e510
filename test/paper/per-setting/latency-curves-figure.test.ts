import { describe, expect, it } from 'vitest';
import { latencyCurvesFigure } from '../../../lib/paper/per-setting/latency-curves-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

describe('latencyCurvesFigure (Fig. 2a)', () => {
  it('draws measured points and the Eq. 1 curve per setting, sharing a legend entry', () => {
    const figure = latencyCurvesFigure(
      {
        points: [
          { series: 'k = 2', rps: 1, latencyS: 2.3 },
          { series: 'k = 2', rps: 4, latencyS: 3.4 },
          { series: 'k = 10', rps: 2, latencyS: 1.9 },
        ],
        fits: [{ series: 'k = 2', c1: 2, c2: 0.1 }],
      },
      { dataLabel: 'simulated' },
    );
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['k = 2', 'k = 2 Eq. 1 fit', 'k = 10']);
    const curve = traceNamed(figure, 'k = 2 Eq. 1 fit') as { x: number[]; y: number[]; showlegend: boolean; legendgroup: string };
    expect(curve.showlegend).toBe(false);
    expect(curve.legendgroup).toBe('k = 2');
    expect(curve.y[0]).toBe(2); // C1 at RPS = 0
    expect(curve.x[curve.x.length - 1]).toBeCloseTo(4.4, 12); // 1.1 x the highest measured rate (saturation 9.8 is further)
    curve.x.forEach((x, i) => expect(curve.y[i]).toBeCloseTo(2 / (1 - 0.1 * x), 12));
    expect(axisTitle(figure.spec.layout.xaxis)).toBe('request rate RPS (requests/s)');
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('mean latency L (s)');
    expect(figure.caption).toContain('1 fit(s), 3 point(s), 2 series');
  });

  it('stops a curve at 98% of saturation', () => {
    const figure = latencyCurvesFigure(
      { points: [{ series: 'a', rps: 9.5, latencyS: 40 }], fits: [{ series: 'a', c1: 1, c2: 0.1 }] },
      { dataLabel: 'simulated' },
    );
    const curve = traceNamed(figure, 'a Eq. 1 fit') as { x: number[] };
    expect(curve.x[curve.x.length - 1]).toBeCloseTo(9.8, 12);
  });

  it('draws a fit without points up to 98% of saturation', () => {
    const figure = latencyCurvesFigure({ points: [], fits: [{ series: 'a', c1: 1, c2: 0.2 }] }, { dataLabel: 'simulated' });
    const curve = figure.spec.data[0] as { x: number[] };
    expect(curve.x[curve.x.length - 1]).toBeCloseTo(4.9, 12);
  });

  it('facets by alpha with shared axes, panel titles and one legend entry per series', () => {
    const figure = latencyCurvesFigure(
      {
        points: [
          { series: 'k = 1', facet: 'α = 0.90', rps: 1, latencyS: 2 },
          { series: 'k = 1', facet: 'α = 0.50', rps: 1, latencyS: 2.5 },
        ],
        fits: [{ series: 'k = 1', facet: 'α = 0.50', c1: 2.2, c2: 0.1 }],
      },
      { dataLabel: 'simulated' },
    );
    expectWellFormedFigure(figure, 'simulated');
    const { layout, data } = figure.spec;
    expect((layout.annotations as Array<{ text: string }>).map((a) => a.text)).toEqual(['α = 0.50', 'α = 0.90']);
    expect(data.map((t) => [t.name, t.xaxis ?? 'x', t.showlegend])).toEqual([
      ['k = 1', 'x', true],
      ['k = 1 Eq. 1 fit', 'x', false],
      ['k = 1', 'x2', false],
    ]);
    expect(layout.xaxis2).toMatchObject({ matches: 'x' });
    expect(layout.yaxis2).toMatchObject({ matches: 'y' });
  });

  it('rejects an impossible fit', () => {
    expect(() => latencyCurvesFigure({ points: [], fits: [{ series: 'a', c1: 0, c2: 0.1 }] }, { dataLabel: 'd' })).toThrow(
      'latencyCurvesFigure requires fits[0] with c1 > 0 and c2 >= 0',
    );
    expect(() => latencyCurvesFigure({ points: [], fits: [] }, { dataLabel: 'd' })).toThrow('latencyCurvesFigure requires at least one point or fit');
  });
});
