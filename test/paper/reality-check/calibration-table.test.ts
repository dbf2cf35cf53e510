import { describe, expect, it } from 'vitest';
import { calibrationTable } from '../../../lib/paper/reality-check/calibration-table.js';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';

describe('calibrationTable', () => {
  it('lists runs, MAPE and the largest error per verifier, with a bias column only when given', () => {
    const table = calibrationTable(
      [
        { verifier: 'Qwen3-8B', n: 40, mapePct: 4.2, maxAbsErrorPct: 11 },
        { verifier: 'Qwen3-0.6B', n: 30, mapePct: 6, maxAbsErrorPct: 15, biasPct: -2 },
      ],
      { dataLabel: 'speculators-scaling vs simulator' },
    );
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => [c.key, c.unit])).toEqual([
      ['verifier', undefined],
      ['n', undefined],
      ['mape_pct', '%'],
      ['max_abs_error_pct', '%'],
      ['bias_pct', '%'],
    ]);
    expect(table.rows).toEqual([
      { verifier: 'Qwen3-0.6B', n: 30, mape_pct: 6, max_abs_error_pct: 15, bias_pct: -2 },
      { verifier: 'Qwen3-8B', n: 40, mape_pct: 4.2, max_abs_error_pct: 11, bias_pct: null },
    ]);
    expect(table.caption).toContain('70 paired runs');
  });
});
