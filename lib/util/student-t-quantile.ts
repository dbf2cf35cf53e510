import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Quantile of Student's t distribution: the t with P(T <= t) = prob for df degrees of freedom. A
 * thin wrapper: the input checks are speclat's, the number is @stdlib/stats-base-dists-t-quantile's.
 *
 * Why the library (bench/libs.bench.ts, `npm run bench -- libs`; medians, timed side by side):
 * against SciPy's t.ppf on 357 (p, df) pairs (p from 1e-9 to 1 - 1e-9, df from 0.5 to 1e5) its
 * largest relative error is 3.0e-15, where the hand-written bisection this replaced
 * (bench/replaced/) reached 1.1e-7 in the far tails (2e-10 for p in [0.001, 0.999]) and jstat
 * 1.9.6 5.7e-8. It takes 1.3-1.8 µs per call against the bisection's 12-13 µs (jstat: 1.0 µs).
 * Its cost is install size: 25.7 MB in 223 small @stdlib packages (jstat: 1.2 MB in one), for a
 * function the notebooks call a few times per confidence interval.
 *
 * @param prob probability in (0, 1)
 * @param df degrees of freedom, > 0 (need not be an integer)
 * @returns the quantile (dimensionless)
 * @throws {Error} `studentTQuantile requires ...` for prob outside (0, 1) or df <= 0
 * @example
 * studentTQuantile(0.975, 13); // 2.1604
 */
export function studentTQuantile(prob: number, df: number): number {
  if (!(prob > 0 && prob < 1)) throw new Error(`studentTQuantile requires prob in (0, 1), got ${prob}`);
  if (!(df > 0 && Number.isFinite(df))) throw new Error(`studentTQuantile requires df > 0, got ${df}`);
  return tQuantile(prob, df);
}
