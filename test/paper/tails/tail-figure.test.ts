import { describe, expect, it } from 'vitest';
import { tailFigure } from '../../../lib/paper/tails/tail-figure.js';
import { expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

describe('tailFigure (appendix)', () => {
  const figure = tailFigure(
    {
      points: [
        { statistic: 'p99', rps: 1, latencyS: 5 },
        { statistic: 'mean', rps: 2, latencyS: 2.5 },
        { statistic: 'mean', rps: 1, latencyS: 2 },
      ],
      curves: [
        { statistic: 'mean', name: 'Eq. 1 mean model', rps: [0, 1, 2, 9], latencyS: [1.9, 2, 2.4, 40] },
        { statistic: 'p99', name: 'Eq. 1 × 2.5 (p99)', rps: [0, 2], latencyS: [4.75, Infinity] },
      ],
    },
    { dataLabel: 'simulated' },
  );

  it('colours by statistic, markers measured, solid mean model and dashed percentile models', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['mean measured', 'Eq. 1 mean model', 'p99 measured', 'Eq. 1 × 2.5 (p99)']);
    expect(traceNamed(figure, 'mean measured')).toMatchObject({ x: [1, 2], y: [2, 2.5] });
    const mean = traceNamed(figure, 'Eq. 1 mean model') as { line: { color: string; dash: string } };
    const p99 = traceNamed(figure, 'Eq. 1 × 2.5 (p99)') as { y: unknown[]; line: { color: string; dash: string } };
    expect(mean.line.dash).toBe('solid');
    expect(p99.line.dash).toBe('dash');
    expect(p99.line.color).not.toBe(mean.line.color);
    expect(p99.y).toEqual([4.75, null]);
  });

  it('cuts the y axis at 1.3 x the highest measurement when a curve runs away', () => {
    expect(figure.spec.layout.yaxis).toMatchObject({ range: [0, 6.5] });
    expect(figure.caption).toContain('y axes cut');
  });

  it('rejects an unknown statistic and ragged curves', () => {
    expect(() => tailFigure({ points: [{ statistic: 'p90' as never, rps: 1, latencyS: 1 }], curves: [] }, { dataLabel: 'd' })).toThrow(
      'tailFigure requires points[0].statistic to be one of mean, p50, p95, p99',
    );
    expect(() =>
      tailFigure({ points: [], curves: [{ statistic: 'mean', name: 'm', rps: [0, 1], latencyS: [1] }] }, { dataLabel: 'd' }),
    ).toThrow('tailFigure requires curves[0].rps and .latencyS of the same length >= 2');
  });
});
