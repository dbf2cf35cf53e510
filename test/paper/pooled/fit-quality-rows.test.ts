import { describe, expect, it } from 'vitest';
import { fitQualityRows } from '../../../lib/paper/pooled/fit-quality-rows.js';
import { entry, failedEntry } from '../group-fit-factory.js';

describe('fitQualityRows', () => {
  it('gives one row per model, with medians where several fits share it', () => {
    const fits = [
      entry({ verifier: 'A' }, { r2: 0.99, mape: 0.01, nPoints: 8 }),
      entry({ verifier: 'A' }, { r2: 0.95, mape: 0.05, nPoints: 8 }),
      entry({ verifier: 'A' }, { r2: 0.97, mape: 0.02, nPoints: 7 }),
      entry({ verifier: 'B' }, { r2: 0.5, mape: 0.4, nPoints: 30 }),
      failedEntry({ verifier: 'C' }),
    ];
    const rows = fitQualityRows('Fig. 2a', fits);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ figure: 'Fig. 2a', model: 'A (median of 3 fits)', r2: 0.97, n: 23 });
    expect(rows[0].mapePct).toBeCloseTo(2, 12);
    expect(rows[1]).toMatchObject({ model: 'B', r2: 0.5, n: 30 });
    expect(rows[1].mapePct).toBeCloseTo(40, 12);
  });

  it('names models by another key column and rejects an empty figure name', () => {
    expect(fitQualityRows('x', [entry({ k: 3 }, { r2: 1, mape: 0, nPoints: 3 })], 'k')[0].model).toBe('k = 3');
    expect(() => fitQualityRows(' ', [])).toThrow('fitQualityRows requires a figure name');
  });
});
