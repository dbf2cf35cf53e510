import { describe, expect, it } from 'vitest';
import { closedLoopFigure } from '../../../lib/paper/reality-check/closed-loop-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

describe('closedLoopFigure', () => {
  const figure = closedLoopFigure(
    {
      points: [
        { series: 'SD', concurrency: 32, value: 12.83 },
        { series: 'AR', concurrency: 64, value: 31.49 },
        { series: 'AR', concurrency: 32, value: 16.53 },
      ],
      fits: [{ series: 'AR', intercept: 1.57, slope: 0.4675, r2: 1 }],
    },
    { dataLabel: 'MagicDec (arXiv 2408.11049)', xTitle: 'batch size (requests)', yTitle: 'latency per token (ms)', yUnit: 'ms' },
  );

  it('draws the measurements and the fitted line L = C1 + C2 c', () => {
    expectWellFormedFigure(figure, 'MagicDec (arXiv 2408.11049)');
    expect(traceNames(figure)).toEqual(['AR measured', 'AR fit: 1.57 + 0.468·c, R² = 1', 'SD measured']);
    expect(traceNamed(figure, 'AR measured')).toMatchObject({ x: [32, 64], y: [16.53, 31.49] });
    const line = traceNamed(figure, 'AR fit: 1.57 + 0.468·c, R² = 1') as { x: number[]; y: number[] };
    expect(line.x).toEqual([0, 64 * 1.05]);
    expect(line.y[1]).toBeCloseTo(1.57 + 0.4675 * 67.2, 12);
    expect(axisTitle(figure.spec.layout.xaxis)).toBe('batch size (requests)');
  });

  it('states the coefficients with the caller unit', () => {
    expect(figure.caption).toContain('AR: C1 = 1.57 ms, C2 = 0.468 ms per request, R² = 1');
  });
});
