import { describe, expect, it } from 'vitest';
import { withOfferedRates } from '../../../lib/data/verbs/with-offered-rates.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

describe('withOfferedRates', () => {
  it('sets measured_rps of open-loop rows to their offered rate, leaving every other row and the input alone', () => {
    const rows = [
      tidyRow({ strategy: 'synchronous', measured_rps: 0.05 }),
      tidyRow({ strategy: 'throughput', measured_rps: 0.08 }),
      tidyRow({ strategy: 'constant', rate_rps: 0.5, measured_rps: 0.4 }), // ratio 0.8
      tidyRow({ strategy: 'poisson', rate_rps: 1, measured_rps: 0.6 }), // ratio 0.6
      tidyRow({ strategy: 'constant', rate_rps: 2, measured_rps: 1.9 }), // ratio 0.95
      tidyRow({ strategy: 'constant', rate_rps: null, measured_rps: 3 }),
      tidyRow({ strategy: 'concurrent', concurrency: 4, measured_rps: 2 }),
    ];
    const copy = JSON.parse(JSON.stringify(rows));
    const r = withOfferedRates(rows);
    expect(r.rows.map((x) => x.measured_rps)).toEqual([0.05, 0.08, 0.5, 1, 2, 3, 2]);
    expect(r.nChanged).toBe(3);
    expect(r.medianRatio).toBeCloseTo(0.8, 12);
    expect(rows).toEqual(copy);
    expect(r.rows[0]).toBe(rows[0]);
  });

  it('takes the mean of the middle two ratios for an even count, and 1 when nothing changes', () => {
    const rows = [tidyRow({ rate_rps: 1, measured_rps: 0.5 }), tidyRow({ rate_rps: 1, measured_rps: 0.9 })];
    expect(withOfferedRates(rows).medianRatio).toBeCloseTo(0.7, 12);
    expect(withOfferedRates([tidyRow({ strategy: 'synchronous' })])).toMatchObject({ nChanged: 0, medianRatio: 1 });
  });

  it('rejects a non-array', () => {
    expect(() => withOfferedRates({} as unknown as TidyRow[])).toThrow('withOfferedRates requires an array of tidy rows');
  });
});
