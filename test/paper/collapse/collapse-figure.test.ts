import { describe, expect, it } from 'vitest';
import { collapseFigure } from '../../../lib/paper/collapse/collapse-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

const points = [
  { x: 0.2, y: 1.25, group: 'Qwen3-14B' },
  { x: 0.5, y: 2, group: 'Qwen3-1.7B', label: 'p512/d128' },
  { x: 0.8, y: 5.5, group: 'Qwen3-8B' },
  { x: 0.6, y: 2.5, group: 'Qwen3-1.7B' },
];

describe('collapseFigure (Fig. 1)', () => {
  const figure = collapseFigure(points, { dataLabel: 'real vLLM (speculators-scaling)' });

  it('draws one trace per verifier in natural order and the reference curve last', () => {
    expectWellFormedFigure(figure, 'real vLLM (speculators-scaling)');
    expect(traceNames(figure)).toEqual(['Qwen3-1.7B', 'Qwen3-8B', 'Qwen3-14B', 'y = 1/(1 − x) (Eq. 1)']);
    expect(traceNamed(figure, 'Qwen3-1.7B').x).toEqual([0.5, 0.6]);
    expect(axisTitle(figure.spec.layout.xaxis)).toBe('utilisation x = RPS · C₂ (dimensionless)');
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('normalised latency y = L / C₁ (dimensionless)');
  });

  it('samples y = 1/(1 − x) on [0, 0.95]', () => {
    const curve = traceNamed(figure, 'y = 1/(1 − x) (Eq. 1)') as { x: number[]; y: number[] };
    expect(curve.x[0]).toBe(0);
    expect(curve.x[curve.x.length - 1]).toBe(0.95);
    expect(curve.y[curve.y.length - 1]).toBeCloseTo(20, 10);
    curve.x.forEach((x, i) => expect(curve.y[i]).toBeCloseTo(1 / (1 - x), 12));
  });

  it('names data and fit in the caption with the median deviation', () => {
    // deviations |y(1 - x) - 1|: 0, 0, 0.1, 0 -> median 0
    expect(figure.caption).toContain('per-configuration Eq. 1 fits');
    expect(figure.caption).toContain('4 load points of 3 group(s)');
    expect(figure.caption).toContain('Median deviation from the curve: 0%');
    const custom = collapseFigure(points, { dataLabel: 'simulated', fitLabel: 'SciPy-style curve_fit', caption: undefined, xMax: 0.9 });
    expect(custom.caption).toContain('SciPy-style curve_fit');
  });

  it('lets the caller replace id, title and caption', () => {
    const f = collapseFigure(points, { dataLabel: 'd', id: 'fig01-sim', title: '', caption: 'Mine.' });
    expect(f.id).toBe('fig01-sim');
    expect(f.caption).toBe('Mine.');
    expect(f.spec.layout.title).toBeUndefined();
  });

  it('rejects no points', () => {
    expect(() => collapseFigure([], { dataLabel: 'd' })).toThrow('collapseFigure requires at least 1 row(s) in points');
  });
});
