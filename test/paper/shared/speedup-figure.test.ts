import { describe, expect, it } from 'vitest';
import { speedupFigure } from '../../../lib/paper/shared/speedup-figure.js';
import { axisTitle, expectWellFormedFigure, traceNamed, traceNames } from '../../plot/figure-assertions.js';

// Baseline C1_D = 2 s, C2_D = 0.1; SD C1 = 1, C2 = 0.15: C1R = 0.5, C2R = 1.5.
// S(r) = 2 (1 - 0.5 r / (1 - r)); S = 1 at r = 0.5, i.e. RPS* = 5; SD saturates at RPS = 6.67.
const baseline = { c1: 2, c2: 0.1 };

describe('speedupFigure (Eq. 2)', () => {
  const figure = speedupFigure(
    {
      baseline,
      curves: [{ series: 'k = 3', c1: 1, c2: 0.15 }],
      points: [{ series: 'k = 3', rps: 2, speedup: 1.7 }],
    },
    { dataLabel: 'simulated', system: 'Qwen3-8B, α = 0.8' },
  );

  it('draws the model curve, the measured markers and the break-even marker', () => {
    expectWellFormedFigure(figure, 'simulated');
    expect(traceNames(figure)).toEqual(['k = 3', 'k = 3 measured', 'break-even load (S = 1)']);
    const curve = traceNamed(figure, 'k = 3') as { x: number[]; y: Array<number | null> };
    expect(curve.y[0]).toBeCloseTo(2, 12); // 1 / C1R
    curve.x.forEach((x, i) => {
      const r = 0.1 * x;
      expect(curve.y[i]).toBeCloseTo(2 * (1 - (0.5 * r) / (1 - r)), 10);
    });
    expect(curve.x[curve.x.length - 1]).toBeCloseTo((0.98 * 1) / 0.15, 10);
    const be = traceNamed(figure, 'break-even load (S = 1)');
    expect(be.x).toEqual([expect.closeTo(5, 10)]);
    expect(be.y).toEqual([1]);
  });

  it('draws S = 1 and explains the baseline and the break-even in the caption', () => {
    expect((figure.spec.layout.shapes as Array<{ y0: number }>)[0].y0).toBe(1);
    expect(axisTitle(figure.spec.layout.yaxis)).toBe('speedup S = L<sub>D</sub> / L<sub>SD</sub> (×)');
    expect(figure.caption).toContain('C1_D = 2 s, C2_D = 0.1 s/request');
    expect(figure.caption).toContain('break-even at k = 3: 5 requests/s');
  });

  it('says in the legend title which traces are model and which measured, only when there are measurements', () => {
    const title = (f: typeof figure) => ((f.spec.layout.legend as { title: { text: string } }).title.text);
    expect(title(figure)).toBe('setting<br><sub>lines: Eq. 2; dots: measured</sub>');
    expect(title(speedupFigure({ baseline, curves: [{ series: 'k = 3', c1: 1, c2: 0.15 }] }, { dataLabel: 'd', legendTitle: 'draft length' }))).toBe('draft length');
  });

  it('cuts the y axis where the baseline saturates first and S runs away', () => {
    const f = speedupFigure({ baseline, curves: [{ series: 'k = 1', c1: 1.5, c2: 0.05 }] }, { dataLabel: 'd' });
    // S(0) = 1.333; the curve runs to 0.98 / 0.1 where S = (1/0.75)(1 + 0.5 * 0.98 / 0.02) = 34; cap at max(1.5, 2.67) = 2.67.
    expect((f.spec.layout.yaxis as { range: number[] }).range[1]).toBeCloseTo(8 / 3, 10);
    expect(f.caption).toContain('y axis cut at S = 2.67');
    expect(traceNames(f)).toEqual(['k = 1']); // no break-even: SD is faster at every load
    expect(f.caption).toContain('no setting breaks even');
  });

  it('rejects a baseline without load-dependent cost', () => {
    expect(() => speedupFigure({ baseline: { c1: 1, c2: 0 }, curves: [{ series: 'a', c1: 1, c2: 0.1 }] }, { dataLabel: 'd' })).toThrow(
      'speedupFigure requires baseline.c1 > 0 and baseline.c2 > 0',
    );
  });
});
