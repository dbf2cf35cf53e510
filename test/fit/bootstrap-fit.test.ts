import { describe, expect, it } from 'vitest';
import { bootstrapFit } from '../../lib/fit/bootstrap-fit.js';
import { fitEq1 } from '../../lib/fit/fit-eq1.js';
import { createRng } from '../../lib/random/create-rng.js';
import { standardErrors } from './asymptotic-covariance.js';
import { eq1Rows } from './tidy-row-factory.js';

describe('bootstrapFit', () => {
  it('gives percentile intervals that cover the truth and a spread near the asymptotic error', () => {
    const rates = [0.5, 1, 2, 3, 4, 5, 6, 7, 7.5, 8];
    const rows = eq1Rows(1, 0.1, rates, createRng(4), 0.02);
    const fitFn = (rs: typeof rows) => {
      const f = fitEq1(rs, { exclusion: false });
      return { c1: f.c1, c2: f.c2 };
    };
    const boot = bootstrapFit(rows, fitFn, { nBoot: 300, rng: createRng(9) });
    expect(boot.estimate).toEqual(fitFn(rows));
    expect(boot.samples.c1.length + boot.nFailed).toBe(300);
    expect(boot.intervals.c1.lower).toBeLessThan(1);
    expect(boot.intervals.c1.upper).toBeGreaterThan(1);
    expect(boot.intervals.c2.lower).toBeLessThan(0.1);
    expect(boot.intervals.c2.upper).toBeGreaterThan(0.1);
    // The bootstrap s.e. of 10 points must be of the order of the asymptotic (sandwich) s.e.
    const model = (t: number[]) => rates.map((r) => t[0] / (1 - r * t[1]));
    const se = standardErrors(model, [1, 0.1], model([1, 0.1]).map((l) => 0.02 * l));
    expect(boot.intervals.c1.se / se[0]).toBeGreaterThan(0.4);
    expect(boot.intervals.c1.se / se[0]).toBeLessThan(2.5);
    expect(boot.intervals.c2.se / se[1]).toBeGreaterThan(0.4);
    expect(boot.intervals.c2.se / se[1]).toBeLessThan(2.5);
    expect(boot.intervals.c1.lower).toBeLessThanOrEqual(boot.intervals.c1.median);
    expect(boot.level).toBe(0.95);
  });

  it('is reproducible for a seed and counts failed resamples', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((x, i) => ({ g: i % 2, x }));
    let calls = 0;
    const fitFn = (rs: typeof rows) => {
      calls++;
      if (calls % 4 === 0) throw new Error('unlucky');
      return { mean: rs.reduce((s, r) => s + r.x, 0) / rs.length };
    };
    const a = bootstrapFit(rows, fitFn, { nBoot: 40, rng: createRng(1), groupBy: ['g'] });
    expect(a.nFailed).toBe(10);
    calls = 0;
    const b = bootstrapFit(rows, fitFn, { nBoot: 40, rng: createRng(1), groupBy: ['g'] });
    expect(b.samples).toEqual(a.samples);
    // Within-group resampling keeps 3 rows of each group: the mean stays between the extremes.
    expect(Math.min(...a.samples.mean)).toBeGreaterThanOrEqual(1.5);
  });

  it('computes type-7 percentiles (NumPy default), checked by hand on a constant fit', () => {
    const rows = [{ x: 1 }, { x: 2 }];
    const boot = bootstrapFit(rows, () => ({ v: 5 }), { nBoot: 10, rng: createRng(2), groupBy: [] });
    expect(boot.intervals.v).toEqual({ lower: 5, upper: 5, median: 5, se: 0 });
  });

  it('rejects bad options', () => {
    expect(() => bootstrapFit([{}], () => ({}), { nBoot: 5, rng: createRng(1) })).toThrow('bootstrapFit requires options.nBoot to be an integer >= 10');
    expect(() => bootstrapFit([], () => ({}), { nBoot: 10, rng: createRng(1) })).toThrow('bootstrapFit requires a non-empty array of rows');
    expect(() => bootstrapFit([{}], () => { throw new Error('x'); }, { nBoot: 10, rng: createRng(1) })).toThrow('x');
  });
});
