import { describe, expect, it } from 'vitest';
import { bootstrapSummary } from '../../../lib/paper/pooled/bootstrap-summary.js';

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
    expect(s.atBound).toEqual([]);
    expect(() => bootstrapSummary([])).toThrow('bootstrapSummary requires a non-empty array of bootstraps');
  });

  it('counts coefficients whose estimate or interval sits at the bound 0', () => {
    const iv = (lower: number) => ({ lower, upper: 1, median: 0.5, se: 0.1 });
    const boot = (c2p: number, c2pLower: number, c1p: number) => ({
      estimate: { c1_p: c1p, c2_p: c2p },
      intervals: { c1_p: iv(c1p), c2_p: iv(c2pLower) },
      samples: {},
      nBoot: 20,
      nFailed: 0,
      level: 0.95,
    });
    // A: c2_p at 0 (interval [0, 1]); B: c2_p 3e-3 s but its interval reaches 0; C: nothing at 0; c1_p never at 0
    const s = bootstrapSummary([
      { label: 'A', result: boot(0, 0, 0.1), error: null },
      { label: 'B', result: boot(3e-3, 0, 0.2), error: null },
      { label: 'C', result: boot(4e-3, 1e-3, 0.3), error: null },
    ]);
    expect(s.atBound).toEqual([{ coefficient: 'c2_p', nAtZero: 1, nIntervalAtZero: 2 }]);
    expect(s.text).toBe(
      'Intervals from 60 resamples over 3 system(s); 0 resample fit(s) failed and were left out. ' +
        'At the lower bound 0 (the fit keeps every coefficient non-negative; there the data do not separate that term from the others): ' +
        'c2_p in 1 of 3 system(s), its interval reaching 0 in 2.',
    );
  });
});
