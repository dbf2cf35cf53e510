import { fcnnlsVector } from 'ml-fcnnls';

/**
 * Non-negative least squares: the x >= 0 minimising ||X x - y||^2. A thin wrapper: the input
 * checks and the stopping tolerance are speclat's, the solver is ml-fcnnls (fast combinatorial
 * NNLS, Van Benthem & Keenan 2004, an active-set method like Lawson & Hanson's). Columns whose
 * unconstrained coefficient would be negative end at 0.
 *
 * Why the library (bench/libs.bench.ts, `npm run bench -- libs`; medians, timed side by side): on
 * fitSd's hot path, one 6 x 6 problem per pooled fit (the QR-reduced Little start), it takes 6-7 µs
 * where the hand-written Lawson-Hanson this replaced (bench/replaced/) took 37-45 µs; on the
 * per-setting regression (21 x 3) it is a little slower, 33-50 against 27-37 µs; both are
 * microseconds within fitSd's 50 ms budget. Against SciPy's nnls on 99 problems (fitSd's and the
 * regression's shapes, random, badly scaled, small-unit, ill-conditioned, rank-deficient) it
 * reaches SciPy's coefficients to 2.8e-11 where the minimiser is unique (hand-written: 1.6e-13),
 * and SciPy's residual norm to 3e-16 of |y| everywhere. Its default gradient tolerance is
 * absolute (1e-5): on data in small units (y of order 1e-6) that stops early, a coefficient off by
 * 100% and the residual 11% of |y| too large, so this wrapper passes the relative tolerance the
 * hand-written code used, 1e-12 max|X| max|y| n. It solves the normal equations X^T X, which
 * squares the condition number (fine for fitSd's 6 x 6 R, condition ~1e4) and is slower on tall
 * designs (16k x 6: 63-76 ms against 40-50 ms): reduce a tall design by QR first, as fitSd does.
 * On a rank-deficient X it may return another minimiser than SciPy (same residual). Install size
 * 0.7 MB (ml-matrix came already with ml-levenberg-marquardt).
 *
 * @param design the n x p design matrix X as rows, finite numbers
 * @param y the n observations
 * @param maxIterations bound on the solver's iterations (default 3 * p + 10)
 * @returns the p non-negative coefficients
 * @throws {Error} `nnls requires ...` on shape mismatch or non-finite input, or when the solver
 *   does not converge within maxIterations
 * @example
 * nnls([[1, 0], [0, 1]], [2, -1]); // [2, 0]
 */
export function nnls(design: readonly (readonly number[])[], y: readonly number[], maxIterations?: number): number[] {
  const n = design.length;
  if (n === 0) throw new Error('nnls requires at least one row');
  const p = design[0].length;
  if (y.length !== n) throw new Error(`nnls requires y of length ${n}, got ${y.length}`);
  for (let i = 0; i < n; i++) {
    if (design[i].length !== p) throw new Error(`nnls requires rows of length ${p}, row ${i} has ${design[i].length}`);
    if (!Number.isFinite(y[i]) || design[i].some((v) => !Number.isFinite(v))) {
      throw new Error(`nnls requires finite numbers, row ${i} is not`);
    }
  }
  return nnlsCore(design, y, maxIterations ?? 3 * p + 10);
}

/**
 * {@link nnls} without input checks.
 * @example nnlsCore([[1]], [-3], 10); // [0]
 */
export function nnlsCore(design: readonly (readonly number[])[], y: readonly number[], maxIterations: number): number[] {
  const n = design.length;
  let yMax = 1e-300;
  let xMax = 1e-300;
  for (let i = 0; i < n; i++) {
    yMax = Math.max(yMax, Math.abs(y[i]));
    for (const v of design[i]) xMax = Math.max(xMax, Math.abs(v));
  }
  let k: number[];
  try {
    // Gradient entries (X^T (y - X x)) below this are rounding noise.
    const gradientTolerance = 1e-12 * yMax * xMax * n;
    k = fcnnlsVector(design as number[][], [...y], { maxIterations, gradientTolerance }).K.to1DArray();
  } catch (err) {
    throw new Error(`nnls requires a problem that converges within ${maxIterations} iterations (${err instanceof Error ? err.message : String(err)})`);
  }
  // The solver's zeros can come back as -0; a non-negative result has +0 there.
  return k.map((v) => (v > 0 ? v : 0));
}
