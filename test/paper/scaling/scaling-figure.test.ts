import { describe, expect, it } from 'vitest';
import { scalingFigure } from '../../../lib/paper/scaling/scaling-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

const points = [
  { coefficient: 'c1_v' as const, paramsB: 8, valueS: 0.02, label: 'Qwen3-8B' },
  { coefficient: 'c1_v' as const, paramsB: 32, valueS: 0.08, label: 'Qwen3-32B' },
  { coefficient: 'c2_d' as const, paramsB: 0.4, valueS: 0.0002, label: 'EAGLE-8B' },
  { coefficient: 'c2_d' as const, paramsB: 1, valueS: -0.0001, label: 'EAGLE-32B' },
];

describe('scalingFigure (Fig. 5)', () => {
  const figure = scalingFigure({ points, fits: [{ coefficient: 'c1_v', slope: 0.0025, r2: 0.999 }] }, { dataLabel: 'simulated' });

  it('draws one log-log panel per coefficient present, in the model order', () => {
    expectWellFormedFigure(figure, 'simulated');
    const { layout } = figure.spec;
    expect((layout.annotations as Array<{ text: string }>).map((a) => a.text)).toEqual([
      'c<sub>1,v</sub>: proportional fit R² = 0.999',
      'c<sub>2,d</sub>',
    ]);
    expect(layout.xaxis).toMatchObject({ type: 'log' });
    expect(layout.yaxis2).toMatchObject({ type: 'log' });
    expect(axisTitle(layout.xaxis)).toBe('verifier parameters (billions)');
    expect(axisTitle(layout.xaxis2)).toBe('drafter parameters (billions)');
    expect(axisTitle(layout.yaxis)).toBe('c<sub>1,v</sub> (ms)');
    expect(axisTitle(layout.yaxis2)).toBe('c<sub>2,d</sub> (ms/request)');
  });

  it('shows values in ms, drops non-positive ones, and draws the fit with one legend entry', () => {
    expect(traceNames(figure)).toEqual(['Qwen3-8B', 'Qwen3-32B', 'proportional least-squares fit', 'EAGLE-8B']);
    expect(traceNamed(figure, 'Qwen3-32B').y).toEqual([80]);
    expect(traceNamed(figure, 'EAGLE-8B')).toMatchObject({ x: [0.4], y: [0.2], xaxis: 'x2', yaxis: 'y2' });
    const fit = traceNamed(figure, 'proportional least-squares fit') as { x: number[]; y: number[] };
    expect(fit.x[0]).toBeCloseTo(8 / 1.3, 12);
    fit.x.forEach((x, i) => expect(fit.y[i]).toBeCloseTo(2.5 * x, 10)); // 0.0025 s per billion = 2.5 ms per billion
    expect(figure.caption).toContain("(R² in each panel's title): c1_v 0.999");
    expect(figure.caption).toContain('1 non-positive value(s) not shown');
  });

  it('labels log ticks as plain numbers over the panel range: data and line, padded', () => {
    const { layout } = figure.spec;
    // x: the line spans 8 / 1.3 = 6.15 to 32 * 1.3 = 41.6 billion; y: 80 ms and 2.5 ms/B * 41.6 B = 104 ms, padded by 1.15.
    expect(layout.xaxis).toMatchObject({ tickmode: 'array', tickvals: [10, 20, 30], ticktext: ['10', '20', '30'] });
    const yRange = (layout.yaxis as { range: number[] }).range;
    expect(10 ** yRange[0]).toBeCloseTo((2.5 * 8) / 1.3 / 1.15, 9);
    expect(10 ** yRange[1]).toBeCloseTo(2.5 * 32 * 1.3 * 1.15, 9);
    expect(layout.yaxis).toMatchObject({ tickvals: [20, 50, 100] });
  });

  it('draws a proportional and an intercept line of one coefficient, both R² in the title', () => {
    const both = scalingFigure(
      { points, fits: [{ coefficient: 'c1_v', slope: 0.0025, r2: 0.96 }, { coefficient: 'c1_v', slope: 0.002, intercept: 0.004, r2: 0.999 }] },
      { dataLabel: 'simulated' },
    );
    expect(traceNames(both)).toEqual(['Qwen3-8B', 'Qwen3-32B', 'proportional least-squares fit', 'linear least-squares fit', 'EAGLE-8B']);
    const lin = traceNamed(both, 'linear least-squares fit') as { x: number[]; y: number[]; line: { dash: string } };
    expect(lin.line.dash).toBe('dash');
    lin.x.forEach((x, i) => expect(lin.y[i]).toBeCloseTo(2 * x + 4, 10)); // 2 ms per billion + 4 ms
    expect((both.spec.layout.annotations as Array<{ text: string }>)[0].text).toBe('c<sub>1,v</sub>: R² 0.96 proportional, 0.999 linear');
    expect(both.caption).toContain('c1_v 0.96 (proportional) / 0.999 (linear)');
  });

  it('says per GPU in the axis titles and caption when the sizes are per GPU', () => {
    const f = scalingFigure({ points }, { dataLabel: 'simulated', perGpu: true });
    expect(axisTitle(f.spec.layout.xaxis)).toBe('verifier parameters per GPU (billions)');
    expect(axisTitle(f.spec.layout.xaxis2)).toBe('drafter parameters per GPU (billions)');
    expect(f.caption).toContain('against verifier parameters per GPU and c1_d, c2_d against drafter parameters per GPU');
  });

  it('rejects an unknown coefficient', () => {
    expect(() =>
      scalingFigure({ points: [{ coefficient: 'c3' as never, paramsB: 1, valueS: 1, label: 'a' }] }, { dataLabel: 'd' }),
    ).toThrow('scalingFigure requires points[0].coefficient to be one of c1_p, c1_v, c1_d, c2_p, c2_v, c2_d');
  });
});
