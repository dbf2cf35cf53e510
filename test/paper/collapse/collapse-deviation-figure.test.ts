import { describe, expect, it } from 'vitest';
import { collapseDeviationFigure } from '../../../lib/paper/collapse/collapse-deviation-figure.js';

const row = (group: string, xMid: number, medianPct: number, n = 10) => ({
  group,
  xMid,
  xLo: xMid - 0.05,
  xHi: xMid + 0.05,
  medianPct,
  q25Pct: medianPct - 1,
  q75Pct: medianPct + 2,
  n,
});

describe('collapseDeviationFigure', () => {
  it('draws one line per group in x order with asymmetric IQR error bars and a zero line', () => {
    const fig = collapseDeviationFigure([row('Qwen3-8B', 0.35, -2), row('Qwen3-8B', 0.15, 7), row('Qwen3-0.6B', 0.15, -4, 5)], { dataLabel: 'real vLLM' });
    expect(fig.id).toBe('nb01-collapse-deviation');
    const data = fig.spec.data as Array<Record<string, unknown>>;
    expect(data.map((t) => t.name)).toEqual(['Qwen3-0.6B', 'Qwen3-8B']);
    expect(data[1].x).toEqual([0.15, 0.35]);
    expect(data[1].y).toEqual([7, -2]);
    expect(data[1].error_y).toMatchObject({ type: 'data', symmetric: false, array: [2, 2], arrayminus: [1, 1] });
    const layout = fig.spec.layout as Record<string, unknown>;
    expect((layout.shapes as Array<Record<string, unknown>>)[0]).toMatchObject({ type: 'line', y0: 0, y1: 0 });
    expect((layout.xaxis as { title: { text: string } }).title.text).toContain('RPS · C₂');
    expect(fig.caption).toContain('on real vLLM, C1 and C2 from per-configuration Eq. 1 fits');
    expect(fig.caption).toContain('25 points in 3 bins of 2 group(s)');
  });

  it('requires a data label and well-formed rows', () => {
    expect(() => collapseDeviationFigure([row('a', 0.1, 1)], {} as never)).toThrow(/collapseDeviationFigure requires options.dataLabel/);
    expect(() => collapseDeviationFigure([{ ...row('a', 0.1, 1), medianPct: 'x' as unknown as number }], { dataLabel: 'x' })).toThrow(/collapseDeviationFigure requires/);
    expect(() => collapseDeviationFigure([], { dataLabel: 'x' })).toThrow(/collapseDeviationFigure requires/);
  });
});
