import { levenbergMarquardt } from 'ml-levenberg-marquardt';

/** A bounded non-linear least-squares problem: minimise sum_i (predicted_i(p) - observed_i)^2. */
export interface LeastSquaresProblem {
  /** Observations y_i (finite). */
  observed: ArrayLike<number>;
  /**
   * Writes the model's prediction for every observation at `params` into `out`. Must be finite
   * for every parameter vector inside the bounds (use a smooth barrier rather than Infinity).
   */
  predict: (params: readonly number[], out: Float64Array) => void;
  /** Starting parameters (clamped into the bounds). Scale parameters to order 1. */
  initial: readonly number[];
  /** Lower bounds (default -Infinity each). */
  lower?: readonly number[];
  /** Upper bounds (default +Infinity each). */
  upper?: readonly number[];
  /** Iterations of the ml-levenberg-marquardt stage (default 40; 0 skips it). */
  maxIterations?: number;
  /** Iterations of the polishing stage (default 100). */
  polishIterations?: number;
  /**
   * Convergence tolerance on the scaled gradient: for every parameter not held at a bound,
   * |J_j . r| / (||J_j|| ||r||) (the cosine between the residual vector and the Jacobian column,
   * MINPACK's gtol test) must not exceed it. Default 1e-6.
   */
  gradientTolerance?: number;
}

/** The solution of a {@link LeastSquaresProblem}. */
export interface LeastSquaresResult {
  params: number[];
  /** Sum of squared residuals at `params`. */
  sse: number;
  /** Iterations used (both stages). */
  iterations: number;
  /** True when the first-order optimality test (gradientTolerance, with bounds) holds. */
  converged: boolean;
  /** The largest scaled gradient over the free parameters (0 for an exact fit). */
  gradientCosine: number;
  /** Per parameter: true when it ended on a bound that the gradient pushes against. */
  atBound: boolean[];
}

/**
 * Bounded non-linear least squares in two stages:
 * 1. ml-levenberg-marquardt (box bounds by clipping, central-difference Jacobian), which runs a
 *    fixed number of iterations because its only stopping test is an absolute error level;
 * 2. a projected Levenberg-Marquardt polish with Marquardt scaling and a relative-step
 *    central-difference Jacobian, which stops at a verified first-order minimum: the scaled
 *    gradient (cosine between residuals and each free Jacobian column) is below
 *    `gradientTolerance`, parameters on a bound excepted when the gradient pushes outward.
 * The result is a true local least-squares minimum whenever `converged` is true.
 *
 * @param problem observations, prediction function, start and bounds (see {@link LeastSquaresProblem})
 * @returns the parameters, their SSE, iterations and the convergence verdict
 * @throws {Error} `leastSquares requires ...` on mismatched lengths, an empty problem, or a
 *   non-finite prediction at the start
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
  return leastSquaresCore(problem, lower, upper);
}

function leastSquaresCore(problem: LeastSquaresProblem, lower: readonly number[], upper: readonly number[]): LeastSquaresResult {
  const m = problem.initial.length;
  const y = Float64Array.from(problem.observed as ArrayLike<number>);
  const n = y.length;
  const clamp = (p: readonly number[]): number[] => p.map((v, j) => Math.min(upper[j], Math.max(lower[j], v)));
  const sseAt = (p: readonly number[], out: Float64Array): number => {
    problem.predict(p, out);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = out[i] - y[i];
      s += d * d;
    }
    return s;
  };

  let params = clamp(problem.initial);
  const pred = new Float64Array(n);
  let sse = sseAt(params, pred);
  if (!Number.isFinite(sse)) throw new Error('leastSquares requires a finite prediction at the start');
  let iterations = 0;

  // Stage 1: ml-levenberg-marquardt.
  const libIterations = problem.maxIterations ?? 40;
  if (libIterations > 0 && n >= 2) {
    const index = Array.from({ length: n }, (_, i) => i);
    const finiteBound = (b: number, sign: number): number => (Number.isFinite(b) ? b : sign * Number.MAX_SAFE_INTEGER);
    try {
      const lib = levenbergMarquardt(
        { x: index, y: Array.from(y) },
        (p: number[]) => {
          const out = new Float64Array(n);
          problem.predict(clamp(p), out);
          return (i: number) => out[i];
        },
        {
          initialValues: params.slice(),
          minValues: lower.map((b) => finiteBound(b, -1)),
          maxValues: upper.map((b) => finiteBound(b, 1)),
          gradientDifference: params.map((v) => 1e-6 * Math.max(1, Math.abs(v))),
          centralDifference: true,
          maxIterations: libIterations,
          errorTolerance: 0,
        },
      );
      const candidate = clamp(lib.parameterValues);
      const candidateSse = sseAt(candidate, pred);
      iterations += lib.iterations;
      if (candidateSse < sse) {
        params = candidate;
        sse = candidateSse;
      }
    } catch {
      // A singular step inside the library: the polish below starts from the initial values.
    }
  }

  // Stage 2: projected Levenberg-Marquardt polish with an optimality test.
  sse = sseAt(params, pred);
  const trial = new Float64Array(n);
  const gtol = problem.gradientTolerance ?? 1e-6;
  const polishIterations = problem.polishIterations ?? 100;
  let lambda = 1e-3;
  let state = optimality(problem, params, pred, y, lower, upper);
  // Polish beyond the test's tolerance (100x tighter) while steps still lower the SSE.
  for (let it = 0; it < polishIterations && !state.optimal(gtol * 1e-2); it++) {
    iterations++;
    const { jtj, grad, free } = state;
    const freeIdx = free.flatMap((f, j) => (f ? [j] : []));
    let accepted = false;
    while (lambda <= 1e12) {
      const k = freeIdx.length;
      const a = freeIdx.map((r) => freeIdx.map((c) => jtj[r * m + c] + (r === c ? lambda * (jtj[r * m + r] || 1) : 0)));
      const delta = solveSymmetric(a, freeIdx.map((j) => -grad[j]));
      if (delta !== null) {
        const next = params.slice();
        for (let f = 0; f < k; f++) next[freeIdx[f]] += delta[f];
        const clamped = clamp(next);
        const s = sseAt(clamped, trial);
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
    state = optimality(problem, params, pred, y, lower, upper);
  }
  sse = sseAt(params, pred);
  state = optimality(problem, params, pred, y, lower, upper);
  return {
    params,
    sse,
    iterations,
    converged: state.optimal(gtol),
    gradientCosine: state.cosine,
    atBound: state.free.map((f) => !f),
  };
}

interface Optimality {
  jtj: Float64Array;
  grad: Float64Array;
  free: boolean[];
  cosine: number;
  optimal: (gtol: number) => boolean;
}

/** Jacobian products, free set and the scaled-gradient test at `params`. */
function optimality(
  problem: LeastSquaresProblem,
  params: number[],
  pred: Float64Array,
  y: Float64Array,
  lower: readonly number[],
  upper: readonly number[],
): Optimality {
  const m = params.length;
  const n = y.length;
  const cols: Float64Array[] = [];
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
    const col = new Float64Array(n);
    const width = up - down;
    if (width > 0) for (let i = 0; i < n; i++) col[i] = (plus[i] - minus[i]) / width;
    cols.push(col);
  }
  let rNorm2 = 0;
  let yNorm2 = 0;
  for (let i = 0; i < n; i++) {
    const r = pred[i] - y[i];
    rNorm2 += r * r;
    yNorm2 += y[i] * y[i];
  }
  const jtj = new Float64Array(m * m);
  const grad = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    let g = 0;
    for (let i = 0; i < n; i++) g += cols[a][i] * (pred[i] - y[i]);
    grad[a] = g;
    for (let b = a; b < m; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += cols[a][i] * cols[b][i];
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
  const exact = rNorm2 <= 1e-28 * Math.max(yNorm2, 1e-300);
  return { jtj, grad, free, cosine, optimal: (gtol) => exact || cosine <= gtol };
}

/** Solves a small symmetric positive (semi)definite system by Gaussian elimination with pivoting. */
function solveSymmetric(a: number[][], b: number[]): number[] | null {
  const k = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    if (!(Math.abs(m[piv][c]) > 1e-300)) return null;
    [m[c], m[piv]] = [m[piv], m[c]];
    for (let r = c + 1; r < k; r++) {
      const f = m[r][c] / m[c][c];
      for (let cc = c; cc <= k; cc++) m[r][cc] -= f * m[c][cc];
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let s = m[r][k];
    for (let cc = r + 1; cc < k; cc++) s -= m[r][cc] * x[cc];
    x[r] = s / m[r][r];
  }
  return x.every(Number.isFinite) ? x : null;
}
