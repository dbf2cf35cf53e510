import { describe, expect, it } from 'vitest';
import { bestOverKFigure } from '../../../lib/paper/shared/best-over-k-figure.js';
import { axisTitle, expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

const row = (alpha: number, k: number, p: number, d: number, c1r: number, c2r: number) => ({
  alpha,
  k,
  prefillTokens: p,
  decodeTokens: d,
  c1r,
  c2r,
});

const rows = [
  row(0.9, 1, 512, 128, 0.6, 1.1),
  row(0.9, 4, 512, 128, 0.4, 1.3),
  row(0.5, 1, 512, 128, 0.8, 1.05),
  row(0.5, 4, 512, 128, 0.9, 1.6),
  row(0.5, 1, 256, 256, 0.7, 1.2),
  row(0.5, 2, 256, 256, 0.65, 1.25),
];

describe('bestOverKFigure (Fig. 3)', () => {
  const figure = bestOverKFigure(rows, { dataLabel: 'simulated' });

  it('draws one line per workload in each of the two panels, legend once', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual([
      'prefill 256 / decode 256',
      'prefill 256 / decode 256',
      'prefill 512 / decode 128',
      'prefill 512 / decode 128',
    ]);
    expect(figure.spec.data.map((t) => [t.xaxis ?? 'x', t.showlegend])).toEqual([
      ['x', true],
      ['x2', false],
      ['x', true],
      ['x2', false],
    ]);
    expect(axisTitle(figure.spec.layout.xaxis)).toBe('acceptance probability α (per token)');
  });

  it('takes the minimum over k for each alpha (alpha ascending)', () => {
    const [, , c1Line, c2Line] = figure.spec.data as Array<{ x: number[]; y: number[] }>;
    expect(c1Line.x).toEqual([0.5, 0.9]);
    expect(c1Line.y).toEqual([0.8, 0.4]);
    expect(c2Line.y).toEqual([1.05, 1.1]);
    expect((figure.spec.data[0] as { y: number[] }).y).toEqual([0.65]);
  });

  it('draws the line at 1 in both panels and summarises the minima', () => {
    const shapes = figure.spec.layout.shapes as Array<{ y0: number; yref: string }>;
    expect(shapes.map((s) => [s.yref, s.y0])).toEqual([
      ['y', 1],
      ['y2', 1],
    ]);
    expect(figure.caption).toContain('Lowest C1R 0.4, lowest C2R 1.05');
  });

  it('gives each panel a y range that holds its best-over-k values and the line at 1, with 5% room', () => {
    // C1R minima span 0.4..0.8, with 1: [0.4, 1], pad 0.05 * 0.6 = 0.03; C2R minima 1.05..1.2, with 1: [1, 1.2], pad 0.05 * 0.2 = 0.01
    const y1 = (figure.spec.layout.yaxis as { range: number[] }).range;
    const y2 = (figure.spec.layout.yaxis2 as { range: number[] }).range;
    expect(y1[0]).toBeCloseTo(0.37, 12);
    expect(y1[1]).toBeCloseTo(1.03, 12);
    expect(y2[0]).toBeCloseTo(0.99, 12);
    expect(y2[1]).toBeCloseTo(1.21, 12);
  });
});
