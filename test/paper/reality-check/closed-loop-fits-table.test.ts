import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { closedLoopFitsTable } from '../../../lib/paper/reality-check/closed-loop-fits-table.js';

const ROW = { series: 'AR', intercept: 6.24, interceptLow: -5.19, interceptHigh: 17.67, slope: 0.347, slopeLow: 0.199, slopeHigh: 0.495, r2: 0.981, mapePct: 5.72, n: 4 };

describe('closedLoopFitsTable', () => {
  it('gives C1, C2 with their intervals in the unit asked, R², MAPE and points', () => {
    const t = closedLoopFitsTable([ROW, { ...ROW, series: 'SD' }], { dataLabel: 'MagicDec (arXiv 2408.11049)', unit: 'ms per token' });
    checkTableSpec(t, 'test');
    expect(t.id).toBe('tab-closed-loop-fits');
    expect(t.columns.map((c) => [c.key, c.label, c.unit])).toEqual([
      ['series', 'series', undefined],
      ['c1', 'C1', 'ms per token'],
      ['c1_low', 'C1 95% low', 'ms per token'],
      ['c1_high', 'C1 95% high', 'ms per token'],
      ['c2', 'C2', 'ms per token per request'],
      ['c2_low', 'C2 95% low', 'ms per token per request'],
      ['c2_high', 'C2 95% high', 'ms per token per request'],
      ['r2', 'R²', undefined],
      ['mape_pct', 'MAPE', '%'],
      ['n', 'points', undefined],
    ]);
    expect(t.rows[0]).toEqual({ series: 'AR', c1: 6.24, c1_low: -5.19, c1_high: 17.67, c2: 0.347, c2_low: 0.199, c2_high: 0.495, r2: 0.981, mape_pct: 5.72, n: 4 });
    expect(t.rows[1].series).toBe('SD');
    expect(t.caption).toContain('MagicDec (arXiv 2408.11049)');
    expect(t.caption).toContain('95% confidence intervals');
  });

  it('uses seconds and 95% by default, another level when asked, and checks its input', () => {
    expect(closedLoopFitsTable([ROW], { dataLabel: 'd' }).columns[1].unit).toBe('s');
    expect(closedLoopFitsTable([ROW], { dataLabel: 'd', level: 0.9 }).columns[2].label).toBe('C1 90% low');
    expect(() => closedLoopFitsTable([], { dataLabel: 'd' })).toThrow(/closedLoopFitsTable requires/);
    expect(() => closedLoopFitsTable([ROW], { dataLabel: 'd', level: 2 })).toThrow('closedLoopFitsTable requires options.level in (0, 1), got 2');
    expect(() => closedLoopFitsTable([ROW], {} as never)).toThrow('closedLoopFitsTable requires options.dataLabel');
  });
});
