import { describe, expect, it } from 'vitest';
import { fitSummaryBy } from '../../../lib/paper/shared/fit-summary-by.js';
import { entry, failedEntry } from '../group-fit-factory.js';

const fit = (r2: number, mape: number, nPoints = 8) => ({ r2, mape, nPoints });

describe('fitSummaryBy', () => {
  const fits = [
    entry({ verifier: 'Qwen3-8B' }, fit(0.99, 0.02)),
    entry({ verifier: 'Qwen3-8B' }, fit(0.95, 0.06)),
    entry({ verifier: 'Qwen3-8B' }, fit(0.97, 0.03)),
    entry({ verifier: 'Qwen3-0.6B' }, fit(0.9, 0.1, 5)),
    failedEntry({ verifier: 'Qwen3-0.6B' }),
  ];

  it('gives per-group counts, median/min/max R² and median/max MAPE in percent, in natural order', () => {
    const s = fitSummaryBy(fits);
    expect(s.groups.map((g) => g.group)).toEqual(['Qwen3-0.6B', 'Qwen3-8B']);
    const q8 = s.groups[1];
    expect(q8).toMatchObject({ nFits: 3, nFailed: 0, nPoints: 24, medianR2: 0.97, minR2: 0.95, maxR2: 0.99 });
    expect(q8.medianMapePct).toBeCloseTo(3, 12);
    expect(q8.maxMapePct).toBeCloseTo(6, 12);
    expect(s.groups[0]).toMatchObject({ nFits: 1, nFailed: 1, nPoints: 5, medianR2: 0.9 });
    // all four successful fits: R² sorted 0.9, 0.95, 0.97, 0.99 -> median 0.96
    expect(s.overall.medianR2).toBeCloseTo(0.96, 12);
    expect(s.overall.nFailed).toBe(1);
  });

  it('writes one Markdown list item per group and one overall', () => {
    const lines = fitSummaryBy(fits, 'verifier', 'settings').text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('- **Qwen3-8B**: 3 settings, R² median 0.97 (min 0.95), MAPE median 3% (max 6%).');
    expect(lines[0]).toContain('(1 failed)');
    expect(lines[2]).toMatch(/^- All together: 4 settings \(1 failed\)/);
  });

  it('rejects no fits or a column missing from a key', () => {
    expect(() => fitSummaryBy([])).toThrow('fitSummaryBy requires a non-empty array of group fits');
    expect(() => fitSummaryBy([entry({ k: 1 }, fit(1, 0))])).toThrow('fitSummaryBy requires fits[0].key.verifier');
  });
});
