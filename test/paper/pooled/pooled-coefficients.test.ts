import { describe, expect, it } from 'vitest';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import { fitGroups } from '../../../lib/fit/fit-groups.js';
import { createRng } from '../../../lib/random/create-rng.js';
import { pooledCoefficients } from '../../../lib/paper/pooled/pooled-coefficients.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

const SIX = [0.07, 0.0135, 0.0011, 0.035, 0.0002, 0.0001];
function rows(): TidyRow[] {
  const rng = createRng(2);
  return [0.6, 1].flatMap((alpha) =>
    [1, 2, 4].flatMap((k) => {
      const e = alpha === 1 ? k + 1 : (1 - alpha ** (k + 1)) / (1 - alpha);
      const c1 = SIX[0] + (128 / e) * (SIX[1] + k * SIX[2]);
      const c2 = SIX[3] + (128 / e) * (SIX[4] + k * SIX[5]);
      return [0.1, 0.3, 0.5, 0.7].map((u, i) => tidyRow({ drafter: 'D', k, alpha, measured_rps: u / c2, mean_latency_s: (c1 / (1 - u)) * (1 + 0.01 * rng.normal()), source: `a${alpha}k${k}#${i}` }));
    }),
  );
}

describe('pooledCoefficients', () => {
  const r = rows();
  it('fits when no fits are given, reuses given fits, and bootstraps with the same options', () => {
    const made = pooledCoefficients(r, {}, { nBoot: 10, seed: 1, level: 0.9 });
    expect(made.fits).toHaveLength(1);
    expect(made.boots[0].result!.level).toBe(0.9);
    const given = fitGroups(r, { model: 'sd' });
    const reused = pooledCoefficients(r, {}, { nBoot: 10, seed: 1, level: 0.9 }, given);
    expect(reused.fits).toBe(given);
    expect(reused.boots[0].result!.intervals).toEqual(made.boots[0].result!.intervals);
    // The fit options reach the refits: an unreachable convergence test fails every one.
    expect(pooledCoefficients(r, { gradientTolerance: 1e-300 }, { nBoot: 10, seed: 1, level: 0.9 }, given).boots[0].result).toBeNull();
  });
  it('checks the level', () => {
    expect(() => pooledCoefficients(r, {}, { nBoot: 10, seed: 1, level: 1 })).toThrow('pooledCoefficients requires bootstrap.level in (0, 1), got 1');
  });
});
