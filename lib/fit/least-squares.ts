import { levenbergMarquardt } from 'ml-levenberg-marquardt';

/**
 * A bounded, weighted non-linear least-squares problem: minimise
 * sum_i (w_i (predicted_i(p) - observed_i))^2, w_i = 1 unless `weights` are given.
 */
export interface LeastSquaresProblem {
  /** Observations y_i (finite). */
  observed: ArrayLike<number>;
  /**
   * Writes the model's prediction for every observation at `params` into `out`. Must be finite
   * for every parameter vector inside the bounds (use a smooth barrier rather than Infinity).
   */
  predict: (params: readonly number[], out: Float64Array) => void;
  /**
   * The analytic Jacobian: writes d predicted_i / d params_j into out[j * n + i] (column-major,
   * n observations). When given, every Jacobian is analytic and the ml-levenberg-marquardt stage
   * (which differentiates numerically) is skipped. Optional: central differences otherwise.
   */
  jacobian?: (params: readonly number[], out: Float64Array) => void;
  /** Residual weights w_i (finite, >= 0), e.g. lossWeights(observed, 'relative'); default 1 each. */
  weights?: ArrayLike<number>;
  /** Starting parameters (clamped into the bounds). Scale parameters to order 1. */
  initial: readonly number[];
  /** Lower bounds (default -Infinity each). */
  lower?: readonly number[];
  /** Upper bounds (default +Infinity each). */
  upper?: readonly number[];
  /** Iterations of the ml-levenberg-marquardt stage (default 40; 0 skips it; skipped with `jacobian`). */
  maxIterations?: number;
  /** Iterations of the projected Levenberg-Marquardt stage (default 100, 200 with `jacobian`). */
  polishIterations?: number;
  /**
   * Convergence tolerance on the scaled gradient: for every parameter not held at a bound,
   * |J_j . r| / (||J_j|| ||r||) (the cosine between the weighted residual vector and the weighted
   * Jacobian column, MINPACK's gtol test) must not exceed it. Default 1e-6.
   */
  gradientTolerance?: number;
}

/** The solution of a {@link LeastSquaresProblem}. */
export interface LeastSquaresResult {
  params: number[];
  /** Weighted sum of squared residuals at `params`. */
  sse: number;
  /** Iterations used (both stages). */
  iterations: number;
  /** True when the first-order optimality test (gradientTolerance, with bounds) holds. */
  converged: boolean;
  /** The largest scaled gradient over the free parameters (0 for an exact fit). */
  gradientCosine: number;
  /** Per parameter: true when it ended on a bound that the gradient pushes against. */
  atBound: boolean[];
  /** J^T W^2 J at `params` (m x m, row-major; J weighted like the residuals), e.g. for identifiability. */
  jtj: Float64Array;
}

/**
 * Bounded, weighted non-linear least squares in two stages:
 * 1. ml-levenberg-marquardt (box bounds by clipping, central-difference Jacobian), which runs a
 *    fixed number of iterations because its only stopping test is an absolute error level;
 *    skipped when the problem has an analytic `jacobian`;
 * 2. a projected Levenberg-Marquardt with Marquardt scaling (analytic Jacobian, or relative-step
 *    central differences), which stops at a verified first-order minimum: the scaled gradient
 *    (cosine between weighted residuals and each free weighted Jacobian column) is below
 *    `gradientTolerance`, parameters on a bound excepted when the gradient pushes outward.
 * The result is a true local least-squares minimum whenever `converged` is true.
 *
 * @param problem observations, weights, prediction (and Jacobian) function, start and bounds
 * @returns the parameters, their weighted SSE, iterations, the convergence verdict and J^T J
 * @throws {Error} `leastSquares requires ...` on mismatched lengths, an empty problem, bad
 *   weights, or a non-finite prediction at the start
 * @example
 * // fit y = a * x^2 at x = 1, 2, 3
 * const x = [1, 2, 3];
 * leastSquares({
 *   observed: [2, 8, 18],
 *   predict: (p, out) => x.forEach((xi, i) => (out[i] = p[0] * xi * xi)),
 *   initial: [1],
 * }).params; // [2] (to ~1e-12)
 */
export function leastSquares(problem: LeastSquaresProblem): LeastSquaresResult {
  const m = problem.initial.length;
  const n = problem.observed.length;
  if (m === 0) throw new Error('leastSquares requires at least one parameter');
  if (n === 0) throw new Error('leastSquares requires at least one observation');
  const lower = problem.lower ?? new Array<number>(m).fill(-Infinity);
  const upper = problem.upper ?? new Array<number>(m).fill(Infinity);
  if (lower.length !== m || upper.length !== m) throw new Error(`leastSquares requires ${m} lower and upper bounds`);
  for (let j = 0; j < m; j++) {
    if (!(lower[j] <= upper[j])) throw new Error(`leastSquares requires lower[${j}] <= upper[${j}]`);
    if (!Number.isFinite(problem.initial[j])) throw new Error(`leastSquares requires a finite start, initial[${j}] = ${problem.initial[j]}`);
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(problem.observed[i])) throw new Error(`leastSquares requires finite observations, observed[${i}] = ${problem.observed[i]}`);
  }
  const w = problem.weights;
  if (w !== undefined) {
    if (w.length !== n) throw new Error(`leastSquares requires ${n} weights, got ${w.length}`);
    for (let i = 0; i < n; i++) if (!(w[i] >= 0) || !Number.isFinite(w[i])) throw new Error(`leastSquares requires finite weights >= 0, weights[${i}] = ${w[i]}`);
  }
  return leastSquaresCore(problem, lower, upper);
}

/** Working buffers and the weighted objective of one problem. */
class Objective {
  readonly n: number;
  readonly m: number;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly jac: Float64Array;
  /** Weighted residuals at the last optimality test. */
  readonly r: Float64Array;
  constructor(readonly problem: LeastSquaresProblem) {
    this.m = problem.initial.length;
    this.y = Float64Array.from(problem.observed as ArrayLike<number>);
    this.n = this.y.length;
    this.w = problem.weights === undefined ? new Float64Array(this.n).fill(1) : Float64Array.from(problem.weights as ArrayLike<number>);
    this.jac = new Float64Array(this.n * this.m);
    this.r = new Float64Array(this.n);
  }
  /** Predicts into `out` and returns the weighted SSE. */
  sse(p: readonly number[], out: Float64Array): number {
    this.problem.predict(p, out);
    const { y, w, n } = this;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = w[i] * (out[i] - y[i]);
      s += d * d;
    }
    return s;
  }
}

function leastSquaresCore(problem: LeastSquaresProblem, lower: readonly number[], upper: readonly number[]): LeastSquaresResult {
  const obj = new Objective(problem);
  const { n } = obj;
  const clamp = (p: readonly number[]): number[] => p.map((v, j) => Math.min(upper[j], Math.max(lower[j], v)));

  let params = clamp(problem.initial);
  const pred = new Float64Array(n);
  let sse = obj.sse(params, pred);
  if (!Number.isFinite(sse)) throw new Error('leastSquares requires a finite prediction at the start');
  let iterations = 0;

  // Stage 1: ml-levenberg-marquardt (numerical Jacobians only).
  const libIterations = problem.jacobian ? 0 : problem.maxIterations ?? 40;
  if (libIterations > 0 && n >= 2) {
    const stage = libraryStage(obj, params, clamp, lower, upper, libIterations);
    if (stage !== null) {
      iterations += stage.iterations;
      const candidateSse = obj.sse(stage.params, pred);
      if (candidateSse < sse) {
        params = stage.params;
        sse = candidateSse;
      }
    }
  }

  // Stage 2: projected Levenberg-Marquardt with an optimality test.
  sse = obj.sse(params, pred);
  const trial = new Float64Array(n);
  const gtol = problem.gradientTolerance ?? 1e-6;
  const polishIterations = problem.polishIterations ?? (problem.jacobian ? 200 : 100);
  let lambda = 1e-3;
  let state = optimality(obj, params, pred, lower, upper);
  // Polish beyond the test's tolerance (100x tighter) while steps still lower the SSE.
  for (let it = 0; it < polishIterations && !state.optimal(gtol * 1e-2); it++) {
    iterations++;
    const m = obj.m;
    const { jtj, grad, free } = state;
    const freeIdx = free.flatMap((f, j) => (f ? [j] : []));
    const k = freeIdx.length;
    let accepted = false;
    while (lambda <= 1e12) {
      const a = new Float64Array(k * k);
      const b = new Float64Array(k);
      for (let r = 0; r < k; r++) {
        const jr = freeIdx[r];
        b[r] = -grad[jr];
        for (let c = 0; c < k; c++) a[r * k + c] = jtj[jr * m + freeIdx[c]];
        a[r * k + r] += lambda * (jtj[jr * m + jr] || 1);
      }
      const delta = solveDense(a, b, k);
      if (delta !== null) {
        const next = params.slice();
        for (let f = 0; f < k; f++) next[freeIdx[f]] += delta[f];
        const clamped = clamp(next);
        const s = obj.sse(clamped, trial);
        if (Number.isFinite(s) && s < sse) {
          params = clamped;
          sse = s;
          pred.set(trial);
          lambda = Math.max(lambda / 10, 1e-12);
          accepted = true;
          break;
        }
      }
      lambda *= 10;
    }
    if (!accepted) break; // no descent step exists at machine precision: stop and report the test
    state = optimality(obj, params, pred, lower, upper);
  }
  // `state`, `pred` and `sse` describe `params` here (every accepted step updates all three).
  return {
    params,
    sse,
    iterations,
    converged: state.optimal(gtol),
    gradientCosine: state.cosine,
    atBound: state.free.map((f) => !f),
    jtj: state.jtj,
  };
}

/** ml-levenberg-marquardt from `start`; null when the library fails on a singular step. */
function libraryStage(
  obj: Objective,
  start: number[],
  clamp: (p: readonly number[]) => number[],
  lower: readonly number[],
  upper: readonly number[],
  maxIterations: number,
): { params: number[]; iterations: number } | null {
  const { n, y, w } = obj;
  const finiteBound = (b: number, sign: number): number => (Number.isFinite(b) ? b : sign * Number.MAX_SAFE_INTEGER);
  // The library weighs squared residuals by 1 / weights_i^2: pass 1 / w_i (a huge value for w_i = 0).
  const sigma = Array.from(w, (v) => (v > 0 ? 1 / v : 1e300));
  try {
    const lib = levenbergMarquardt(
      { x: Array.from({ length: n }, (_, i) => i), y: Array.from(y) },
      (p: number[]) => {
        const out = new Float64Array(n);
        obj.problem.predict(clamp(p), out);
        return (i: number) => out[i];
      },
      {
        initialValues: start.slice(),
        weights: sigma,
        minValues: lower.map((b) => finiteBound(b, -1)),
        maxValues: upper.map((b) => finiteBound(b, 1)),
        gradientDifference: start.map((v) => 1e-6 * Math.max(1, Math.abs(v))),
        centralDifference: true,
        maxIterations,
        errorTolerance: 0,
      },
    );
    return { params: clamp(lib.parameterValues), iterations: lib.iterations };
  } catch {
    return null; // a singular step inside the library: the second stage starts from `start`
  }
}

interface Optimality {
  jtj: Float64Array;
  grad: Float64Array;
  free: boolean[];
  cosine: number;
  optimal: (gtol: number) => boolean;
}

/** Fills obj.jac with the unweighted Jacobian at params (analytic or central differences). */
function fillJacobian(obj: Objective, params: number[], lower: readonly number[], upper: readonly number[]): void {
  const { n, m, jac, problem } = obj;
  if (problem.jacobian) {
    problem.jacobian(params, jac);
    return;
  }
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const h = 1e-6 * Math.max(1, Math.abs(params[j]));
    const up = Math.min(upper[j], params[j] + h);
    const down = Math.max(lower[j], params[j] - h);
    const pu = params.slice();
    pu[j] = up;
    const pd = params.slice();
    pd[j] = down;
    problem.predict(pu, plus);
    problem.predict(pd, minus);
    const width = up - down;
    const base = j * n;
    for (let i = 0; i < n; i++) jac[base + i] = width > 0 ? (plus[i] - minus[i]) / width : 0;
  }
}

/** Weighted Jacobian products, free set and the scaled-gradient test at `params`. */
function optimality(obj: Objective, params: number[], pred: Float64Array, lower: readonly number[], upper: readonly number[]): Optimality {
  const { n, m, y, w, jac, r } = obj;
  fillJacobian(obj, params, lower, upper);
  // Weighted residuals and weighted Jacobian (in place: jac is rebuilt at every call).
  let rNorm2 = 0;
  let yNorm2 = 0;
  for (let i = 0; i < n; i++) {
    r[i] = w[i] * (pred[i] - y[i]);
    rNorm2 += r[i] * r[i];
    yNorm2 += w[i] * y[i] * (w[i] * y[i]);
  }
  for (let j = 0; j < m; j++) {
    const base = j * n;
    for (let i = 0; i < n; i++) jac[base + i] *= w[i];
  }
  const jtj = new Float64Array(m * m);
  const grad = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const ba = a * n;
    let g = 0;
    for (let i = 0; i < n; i++) g += jac[ba + i] * r[i];
    grad[a] = g;
    for (let b = a; b < m; b++) {
      const bb = b * n;
      let s = 0;
      for (let i = 0; i < n; i++) s += jac[ba + i] * jac[bb + i];
      jtj[a * m + b] = s;
      jtj[b * m + a] = s;
    }
  }
  const rNorm = Math.sqrt(rNorm2);
  const free: boolean[] = [];
  let cosine = 0;
  for (let j = 0; j < m; j++) {
    const span = Math.max(1, Math.abs(params[j])) * 1e-9;
    const atLower = params[j] <= lower[j] + span && grad[j] > 0;
    const atUpper = params[j] >= upper[j] - span && grad[j] < 0;
    free.push(!(atLower || atUpper));
    if (atLower || atUpper) continue;
    const colNorm = Math.sqrt(jtj[j * m + j]);
    if (colNorm === 0 || rNorm === 0) continue;
    cosine = Math.max(cosine, Math.abs(grad[j]) / (colNorm * rNorm));
  }
  // An exact fit (residuals 1e-12 of the observations: the level of rounding and of implicit models'
  // root finding) passes whatever the cosine, which only measures noise there.
  const exact = rNorm2 <= 1e-24 * Math.max(yNorm2, 1e-300);
  return { jtj, grad, free, cosine, optimal: (gtol) => exact || cosine <= gtol };
}

/** Solves a small dense k x k system (row-major) by Gaussian elimination with partial pivoting. */
function solveDense(a: Float64Array, b: Float64Array, k: number): Float64Array | null {
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r * k + c]) > Math.abs(a[piv * k + c])) piv = r;
    if (!(Math.abs(a[piv * k + c]) > 1e-300)) return null;
    if (piv !== c) {
      for (let cc = 0; cc < k; cc++) {
        const t = a[c * k + cc];
        a[c * k + cc] = a[piv * k + cc];
        a[piv * k + cc] = t;
      }
      const t = b[c];
      b[c] = b[piv];
      b[piv] = t;
    }
    for (let r = c + 1; r < k; r++) {
      const f = a[r * k + c] / a[c * k + c];
      if (f === 0) continue;
      for (let cc = c; cc < k; cc++) a[r * k + cc] -= f * a[c * k + cc];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(k);
  for (let r = k - 1; r >= 0; r--) {
    let s = b[r];
    for (let cc = r + 1; cc < k; cc++) s -= a[r * k + cc] * x[cc];
    x[r] = s / a[r * k + r];
    if (!Number.isFinite(x[r])) return null;
  }
  return x;
}
