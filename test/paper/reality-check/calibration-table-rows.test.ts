import { describe, expect, it } from 'vitest';
import { calibrationTableRows } from '../../../lib/paper/reality-check/calibration-table-rows.js';

describe('calibrationTableRows', () => {
  const errors = [
    { verifier: 'Qwen3-8B', n_points: 40, mape_pct: 4.2, max_error_pct: 11, bias_pct: -2, sync_mape_pct: 1 },
    { verifier: 'all', n_points: 90, mape_pct: 5, max_error_pct: 20, bias_pct: 1, sync_mape_pct: NaN },
  ];

  it('renames the calibration report fields for calibrationTable, leaving out the all row', () => {
    expect(calibrationTableRows(errors)).toEqual([{ verifier: 'Qwen3-8B', n: 40, mapePct: 4.2, maxAbsErrorPct: 11, biasPct: -2 }]);
  });

  it('keeps the all row when asked', () => {
    expect(calibrationTableRows(errors, { includeAll: true })).toEqual([
      { verifier: 'Qwen3-8B', n: 40, mapePct: 4.2, maxAbsErrorPct: 11, biasPct: -2 },
      { verifier: 'all', n: 90, mapePct: 5, maxAbsErrorPct: 20, biasPct: 1 },
    ]);
  });

  it('rejects rows without their numbers', () => {
    expect(() => calibrationTableRows([{ verifier: 'x', n_points: 1, mape_pct: NaN, max_error_pct: 1, bias_pct: 1, sync_mape_pct: 1 }])).toThrow(
      'calibrationTableRows requires errors[0].mape_pct to be a finite number',
    );
  });
});
