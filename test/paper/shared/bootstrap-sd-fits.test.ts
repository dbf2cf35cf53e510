import { describe, expect, it } from 'vitest';
import { bootstrapSdFits } from '../../../lib/paper/shared/bootstrap-sd-fits.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { fitGroups } from '../../../lib/fit/fit-groups.js';
import { createRng } from '../../../lib/random/create-rng.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

// Open-loop sweeps of one system from known Eq. 3 coefficients, with 1% multiplicative noise.
const SIX = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
function sdRows(seed: number): TidyRow[] {
  const rng = createRng(seed);
  return [0.6, 0.8, 1].flatMap((alpha) =>
    [1, 2, 4].flatMap((k) => {
      const e = alpha === 1 ? k + 1 : (1 - alpha ** (k + 1)) / (1 - alpha);
      const c1 = SIX[0] + (128 / e) * (SIX[1] + k * SIX[2]);
      const c2 = SIX[3] + (128 / e) * (SIX[4] + k * SIX[5]);
      return [0.1, 0.25, 0.4, 0.55, 0.7].map((u, i) =>
        tidyRow({ verifier: 'V', drafter: 'D', k, alpha, measured_rps: u / c2, mean_latency_s: (c1 / (1 - u)) * (1 + 0.01 * rng.normal()), source: `a${alpha}k${k}#${i}` }),
      );
    }),
  );
}

describe('bootstrapSdFits', () => {
  const rows = sdRows(1);
  const fits = fitGroups(rows, { model: 'sd' });

  it('gives percentile intervals of the six coefficients that cover the generating values, identical for one seed', () => {
    const a = bootstrapSdFits(rows, fits, { nBoot: 30, seed: 7 });
    expect(a).toHaveLength(1);
    expect(a[0].error).toBeNull();
    const iv = a[0].result!.intervals;
    expect(Object.keys(iv)).toEqual(['c1_p', 'c1_v', 'c1_d', 'c2_p', 'c2_v', 'c2_d']);
    // 1% noise: the load-independent terms are pinned down well; check they bracket the truth (with a small margin).
    expect(iv.c1_v.lower).toBeLessThan(SIX[1] * 1.02);
    expect(iv.c1_v.upper).toBeGreaterThan(SIX[1] * 0.98);
    expect(iv.c2_p.lower).toBeLessThan(SIX[3] * 1.05);
    expect(iv.c2_p.upper).toBeGreaterThan(SIX[3] * 0.95);
    for (const c of Object.values(iv)) expect(c.lower).toBeLessThanOrEqual(c.upper);
    const b = bootstrapSdFits(rows, fits, { nBoot: 30, seed: 7 });
    expect(b[0].result!.intervals).toEqual(iv);
    const c = bootstrapSdFits(rows, fits, { nBoot: 30, seed: 8 });
    expect(c[0].result!.intervals.c1_v).not.toEqual(iv.c1_v);
  });

  it('refits with the given fit options, always without exclusion', () => {
    const plain = bootstrapSdFits(rows, fits, { nBoot: 10, seed: 3 });
    // The fits' own exclusion rules are replaced by none: same intervals as without options.
    expect(bootstrapSdFits(rows, fits, { nBoot: 10, seed: 3, fit: { exclusion: { minRateRatio: 0.99 } } })[0].result!.intervals).toEqual(plain[0].result!.intervals);
    // An unreachable convergence test reaches the refits: every one of them fails.
    const strict = bootstrapSdFits(rows, fits, { nBoot: 10, seed: 3, fit: { gradientTolerance: 1e-300 } });
    expect(strict[0].result).toBeNull();
    expect(strict[0].error).not.toBeNull();
    expect(() => bootstrapSdFits(rows, fits, { nBoot: 10, seed: 3, fit: null as never })).toThrow('bootstrapSdFits requires options.fit to be an options object');
  });

  it('passes failed fits through as errors and checks its options', () => {
    const out = bootstrapSdFits(rows, [{ key: {}, label: 'broken', nRows: 0, fit: null, error: 'fitSd requires at least 7 points' }], { nBoot: 10, seed: 1 });
    expect(out).toEqual([{ label: 'broken', result: null, error: 'fitSd requires at least 7 points' }]);
    expect(() => bootstrapSdFits(rows, fits, { nBoot: 5, seed: 1 })).toThrow('bootstrapSdFits requires options.nBoot to be an integer >= 10');
    expect(() => bootstrapSdFits(rows.slice(0, 3), fits, { nBoot: 10, seed: 1 })).toThrow('is outside 3 rows');
  });
});
