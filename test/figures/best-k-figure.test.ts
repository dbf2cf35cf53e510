import { describe, expect, it } from 'vitest';
import { bestKFigure } from '../../lib/figures/best-k-figure.js';
import { axisTitle, expectWellFormedFigure, traceNames } from './figure-assertions.js';

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

  it('draws one step line per series, sorted by load', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['α = 0.60', 'α = 0.80']);
    expect(figure.spec.data[1]).toMatchObject({ x: [0, 2, 4], y: [6, 4, 3], line: { shape: 'hv' } });
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('best draft length k (tokens per cycle)');
  });

  it('summarises the zero-load and highest-load k per series', () => {
    expect(figure.caption).toContain('α = 0.60: k 2 → 2; α = 0.80: k 6 → 3');
  });
});
