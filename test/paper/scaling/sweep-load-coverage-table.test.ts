import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { sweepLoadCoverageTable } from '../../../lib/paper/scaling/sweep-load-coverage-table.js';

describe('sweepLoadCoverageTable', () => {
  const row = { model: 'Qwen3-8B', decodeTokens: 1024, sweeps: 114, medianUtilisation: 0.47, medianCompletedRatio: 0.9, minCompletedRatio: 0.54, maxLatencyS: 34.4 };

  it('prints one row per (model, decode) with the ratios in percent', () => {
    const table = sweepLoadCoverageTable([row, { ...row, decodeTokens: 128, medianCompletedRatio: Number.NaN, minCompletedRatio: Number.NaN }], {
      dataLabel: 'simulated',
      id: 'tab-x',
    });
    checkTableSpec(table, 'test');
    expect(table.id).toBe('tab-x');
    expect(table.columns.map((c) => c.key)).toEqual(['model', 'decode_tokens', 'sweeps', 'median_u', 'completed_median_pct', 'completed_min_pct', 'max_latency_s']);
    expect(table.rows[0]).toEqual({ model: 'Qwen3-8B', decode_tokens: 1024, sweeps: 114, median_u: 0.47, completed_median_pct: 90, completed_min_pct: 54, max_latency_s: 34.4 });
    expect(table.rows[1].completed_median_pct).toBeNaN();
    expect(table.caption).toContain('on simulated, per model and decode length');
  });

  it('rejects empty or malformed rows', () => {
    expect(() => sweepLoadCoverageTable([], { dataLabel: 'd' })).toThrow('sweepLoadCoverageTable requires');
    expect(() => sweepLoadCoverageTable([{ ...row, minCompletedRatio: undefined as never }], { dataLabel: 'd' })).toThrow(
      'sweepLoadCoverageTable requires rows[0].minCompletedRatio to be a number (NaN when unknown)',
    );
  });
});
