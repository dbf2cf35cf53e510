import { describe, expect, it } from 'vitest';
import { pooledTrackingFigure } from '../../../lib/paper/pooled/pooled-tracking-figure.js';
import { axisTitle, expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

describe('pooledTrackingFigure (Fig. 4d)', () => {
  const rows = [
    { setting: 'α=0.5,k=1', group: 'k = 1', c1Fit: 2, c2Fit: 0.1, c1Eff: 2.2, c2Eff: 0.1 },
    { setting: 'α=0.9,k=2', group: 'k = 2', c1Fit: 1, c2Fit: 0.2, c1Eff: 1, c2Eff: 0.19 },
    { setting: 'α=0.7,k=2', group: 'k = 2', c1Fit: 1.5, c2Fit: 0.15, c1Eff: 1.53, c2Eff: 0.15 },
  ];
  const figure = pooledTrackingFigure(rows, { dataLabel: 'simulated' });

  it('plots pooled against per-setting values in two panels with y = x in each', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['k = 1', 'k = 1', 'k = 2', 'k = 2', 'y = x', 'y = x']);
    const c1 = figure.spec.data[2] as { x: number[]; y: number[] };
    expect(c1).toMatchObject({ x: [1, 1.5], y: [1, 1.53] });
    const [line1, line2] = figure.spec.data.slice(4) as Array<{ x: number[]; y: number[]; xaxis?: string; showlegend: boolean }>;
    expect(line1.y).toEqual(line1.x);
    expect(line2).toMatchObject({ xaxis: 'x2', showlegend: false });
    expect(axisTitle(figure.spec.layout.xaxis2)).toBe('per-setting fit C₂ (s/request)');
  });

  it('reports the median relative gaps', () => {
    // C1: 10%, 0%, 2% -> 2%; C2: 0%, 5%, 0% -> 0%
    expect(figure.caption).toContain('Median relative gap: C1 2%, C2 0%.');
  });
});
