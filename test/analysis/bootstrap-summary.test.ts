import { describe, expect, it } from 'vitest';
import { bootstrapSummary } from '../../lib/analysis/bootstrap-summary.js';

const result = (nBoot: number, nFailed: number) => ({ estimate: {}, intervals: {}, samples: {}, nBoot, nFailed, level: 0.95 });

describe('bootstrapSummary', () => {
  it('counts resamples and failures over systems', () => {
    const s = bootstrapSummary([
      { label: 'A', result: result(100, 2), error: null },
      { label: 'B', result: result(100, 0), error: null },
      { label: 'C', result: null, error: 'bootstrapFit requires most resamples to fit: 60 of 100 failed' },
    ]);
    expect(s).toMatchObject({ nSystems: 3, nFailedSystems: 1, nResamples: 200, nFailedResamples: 2 });
    expect(s.text).toBe(
      'Intervals from 200 resamples over 2 system(s); 2 resample fit(s) failed and were left out.\n- C: no intervals (bootstrapFit requires most resamples to fit: 60 of 100 failed).',
    );
    expect(() => bootstrapSummary([])).toThrow('bootstrapSummary requires a non-empty array of bootstraps');
  });
});
