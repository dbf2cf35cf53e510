import { describe, expect, it } from 'vitest';
import { pooledVsSingleFigure } from '../../../lib/paper/pooled/pooled-vs-single-figure.js';
import { expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

describe('pooledVsSingleFigure (Fig. 4a)', () => {
  const figure = pooledVsSingleFigure(
    {
      points: [
        { series: 'k = 1', rps: 1, latencyS: 2.2 },
        { series: 'k = 4', rps: 2, latencyS: 1.6 },
        { series: 'k = 4', rps: 5, latencyS: 3 },
      ],
      fit: { c1: 1.8, c2: 0.1, r2: 0.61, mapePct: 18.5 },
    },
    { dataLabel: 'simulated', system: 'Qwen3-8B' },
  );

  it('draws every setting and one shared Eq. 1 curve', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['k = 1', 'k = 4', 'one Eq. 1 pair for all settings']);
    const curve = traceNamed(figure, 'one Eq. 1 pair for all settings') as { x: number[]; y: number[] };
    expect(curve.x[curve.x.length - 1]).toBeCloseTo(5.25, 12); // 1.05 x the highest rate, below 0.98 / C2 = 9.8
    curve.x.forEach((x, i) => expect(curve.y[i]).toBeCloseTo(1.8 / (1 - 0.1 * x), 12));
  });

  it('states the single pair and its fit quality', () => {
    expect(figure.caption).toContain('C1 = 1.8 s, C2 = 0.1 s/request; R² = 0.61, MAPE = 18.5%');
    expect(figure.caption).toContain('2 setting(s) of Qwen3-8B');
  });

  it('rejects a bad fit', () => {
    expect(() => pooledVsSingleFigure({ points: [{ series: 'a', rps: 1, latencyS: 1 }], fit: { c1: -1, c2: 0.1 } }, { dataLabel: 'd' })).toThrow(
      'pooledVsSingleFigure requires fit.c1 > 0 and fit.c2 >= 0',
    );
  });
});
