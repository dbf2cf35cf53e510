import { describe, expect, it } from 'vitest';
import { simVsRealFigure } from '../../../lib/paper/reality-check/sim-vs-real-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

describe('simVsRealFigure', () => {
  // errors: +5% and -15% -> MAPE 10%, one of two within ±10%
  const figure = simVsRealFigure(
    [
      { verifier: 'Qwen3-8B', realS: 2, simS: 1.7 },
      { verifier: 'Qwen3-0.6B', realS: 1, simS: 1.05, label: 'α = 0.7, k = 3' },
    ],
    { dataLabel: 'speculators-scaling vs simulator' },
  );

  it('draws the ±10% band, y = x and one trace per verifier on log axes', () => {
    expectWellFormedFigure(figure, 'speculators-scaling vs simulator');
    expect(traceNames(figure)).toEqual(['±10% band', '±10% band', 'y = x', 'Qwen3-0.6B', 'Qwen3-8B']);
    const [lower, upper] = figure.spec.data as Array<{ x: number[]; y: number[]; fill?: string }>;
    lower.x.forEach((x, i) => {
      expect(lower.y[i]).toBeCloseTo(0.9 * x, 12);
      expect(upper.y[i]).toBeCloseTo(1.1 * x, 12);
    });
    expect(upper.fill).toBe('tonexty');
    expect(traceNamed(figure, 'Qwen3-8B')).toMatchObject({ x: [2], y: [1.7] });
    expect(figure.spec.layout.xaxis).toMatchObject({ type: 'log' });
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('simulated mean latency (s)');
  });

  it('reports MAPE and the share inside the band', () => {
    expect(figure.caption).toContain('MAPE 10%; 1/2 runs within ±10%');
  });

  it('rejects non-positive latencies (log axes)', () => {
    expect(() => simVsRealFigure([{ verifier: 'a', realS: 0, simS: 1 }], { dataLabel: 'd' })).toThrow(
      'simVsRealFigure requires points[0] with realS > 0 and simS > 0 (log axes)',
    );
  });
});
