import { describe, expect, it } from 'vitest';
import { coefficientSurfaceFigure } from '../../../lib/paper/pooled/coefficient-surface-figure.js';
import { axisTitle, expectWellFormedFigure, traceNames } from '../../plot/figure-assertions.js';

describe('coefficientSurfaceFigure (Fig. 4b)', () => {
  const figure = coefficientSurfaceFigure(
    [
      { alpha: 0.9, k: 3, c1: 1.1, c2: 0.12 },
      { alpha: 0.5, k: 2, c1: 2.0, c2: 0.15 },
      { alpha: 0.9, k: 1, c1: 1.5, c2: 0.1 },
      { alpha: 0.5, k: 1, c1: 2.1, c2: 0.12 },
    ],
    { dataLabel: 'simulated' },
  );

  it('draws C1 and C2 against k, one line per alpha sorted by k', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['α = 0.50', 'α = 0.50', 'α = 0.90', 'α = 0.90']);
    const [c1Low, c2Low, c1High] = figure.spec.data as Array<{ x: number[]; y: number[]; xaxis?: string }>;
    expect(c1Low).toMatchObject({ x: [1, 2], y: [2.1, 2.0] });
    expect(c2Low).toMatchObject({ x: [1, 2], y: [0.12, 0.15], xaxis: 'x2' });
    expect(c1High).toMatchObject({ x: [1, 3], y: [1.5, 1.1] });
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('C₁ (s)');
    expect(axisTitle(figure.spec.layout.yaxis2)).toBe('C₂ (s/request)');
    expect(figure.caption).toContain('k ∈ {1, 2, 3}');
  });
});
