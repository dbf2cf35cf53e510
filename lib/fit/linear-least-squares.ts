/**
 * Ordinary linear least squares: the x minimising ||X x - y||^2, by Householder QR (stable for
 * the small, possibly badly scaled designs of the fits' starting values and regressions).
 *
 * Why hand-written (bench/libs.bench.ts, `npm run bench -- libs`): ml-matrix's QR (installed) is as
 * fast on the 9 x 2 Eq. 1 starts (about 4-8 µs each) and as accurate (3.2e-14 against NumPy's
 * lstsq, this code 1.2e-14), but takes 57-62 ms on a 16,000 x 6 design where this takes 6-7 ms,
 * and has no counterpart of {@link qrReduce}, which fitSd's start needs.
 *
 * @param design the n x p design matrix X as rows (n >= p >= 1), finite numbers
 * @param y the n observations
 * @returns the p coefficients
 * @throws {Error} `linearLeastSquares requires ...` when the shapes disagree, a value is not finite,
 *   there are fewer rows than columns, or X is rank-deficient (a column is a combination of others)
 * @example
 * linearLeastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5]); // [1, 2] (intercept 1, slope 2)
 */
export function linearLeastSquares(design: readonly (readonly number[])[], y: readonly number[]): number[] {
  const n = design.length;
  if (n === 0) throw new Error('linearLeastSquares requires at least one row');
  const p = design[0].length;
  if (p === 0) throw new Error('linearLeastSquares requires at least one column');
  if (y.length !== n) throw new Error(`linearLeastSquares requires y of length ${n}, got ${y.length}`);
  if (n < p) throw new Error(`linearLeastSquares requires at least as many rows (${n}) as columns (${p})`);
  for (let i = 0; i < n; i++) {
    if (design[i].length !== p) throw new Error(`linearLeastSquares requires rows of length ${p}, row ${i} has ${design[i].length}`);
    if (!Number.isFinite(y[i])) throw new Error(`linearLeastSquares requires finite y, y[${i}] = ${y[i]}`);
    for (let j = 0; j < p; j++) {
      if (!Number.isFinite(design[i][j])) throw new Error(`linearLeastSquares requires a finite design, X[${i}][${j}] = ${design[i][j]}`);
    }
  }
  const x = linearLeastSquaresCore(design, y);
  if (x === null) throw new Error('linearLeastSquares requires a full-rank design matrix');
  return x;
}

/**
 * {@link linearLeastSquares} without input checks.
 *
 * @param design n x p rows
 * @param y n observations
 * @returns the coefficients, or null when the design is rank-deficient
 * @example
 * linearLeastSquaresCore([[1], [1]], [1, 3]); // [2]
 */
export function linearLeastSquaresCore(design: readonly (readonly number[])[], y: readonly number[]): number[] | null {
  const n = design.length;
  const p = design[0].length;
  // Column-major copy so that Householder reflections walk contiguous memory.
  const columns: Float64Array[] = [];
  for (let j = 0; j < p; j++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = design[i][j];
    columns.push(col);
  }
  const { r, qty, fullRank } = qrReduce(columns, Float64Array.from(y));
  if (!fullRank) return null;
  // Back substitution on R.
  const x = new Array<number>(p).fill(0);
  for (let j = p - 1; j >= 0; j--) {
    let s = qty[j];
    for (let k = j + 1; k < p; k++) s -= r[j][k] * x[k];
    x[j] = s / r[j][j];
  }
  return x;
}

/**
 * Householder QR of a tall design given as columns: X = Q R. Returns the p x p upper-triangular
 * R and the first p entries of Q^T y, so that ||X x - y||^2 = ||R x - Q^T y||^2 + a constant: any
 * least-squares problem on X (ordinary, or non-negative with nnls) can be solved on the small
 * (R, Q^T y) instead. The columns and y are overwritten.
 *
 * @param columns the p columns of X (n >= p entries each), overwritten
 * @param y the n observations, overwritten
 * @returns R as p rows, Q^T y (first p entries), and fullRank: false when a column is
 *   (numerically) a combination of the earlier ones (relative test 1e-12 against its original
 *   norm) or zero; R then has a (near-)zero diagonal entry there, which nnls copes with
 * @example
 * qrReduce([Float64Array.from([1, 1, 1]), Float64Array.from([0, 1, 2])], Float64Array.from([1, 3, 5]));
 * // { r: [[-1.732, -1.732], [0, -1.414]], qty: [-5.196, -2.828], fullRank: true } (signs from the reflections)
 */
export function qrReduce(columns: Float64Array[], y: Float64Array): { r: number[][]; qty: number[]; fullRank: boolean } {
  const p = columns.length;
  const n = y.length;
  const colNorm0 = columns.map((col) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += col[i] * col[i];
    return Math.sqrt(s);
  });
  const diag = new Float64Array(p);
  let fullRank = true;
  for (let j = 0; j < p; j++) {
    const col = columns[j];
    let norm = 0;
    for (let i = j; i < n; i++) norm += col[i] * col[i];
    norm = Math.sqrt(norm);
    // Relative rank test against the column's original size.
    if (!(norm > 1e-12 * (colNorm0[j] || 1)) || colNorm0[j] === 0) fullRank = false;
    if (norm === 0) continue; // nothing left to reflect: R[j][j] = 0
    const alpha = col[j] > 0 ? -norm : norm;
    // v = col[j..] - alpha e_1, stored in place; H = I - 2 v v^T / (v^T v).
    col[j] -= alpha;
    let vtv = 0;
    for (let i = j; i < n; i++) vtv += col[i] * col[i];
    for (let k = j + 1; k <= p; k++) reflect(col, k < p ? columns[k] : y, j, n, vtv);
    diag[j] = alpha;
  }
  // R: diag in `diag`, above-diagonal entries in columns[k][j], k > j.
  const r = Array.from({ length: p }, (_, j) => Array.from({ length: p }, (_, k) => (k < j ? 0 : k === j ? diag[j] : columns[k][j])));
  return { r, qty: Array.from(y.subarray(0, p)), fullRank };
}

/** Applies H = I - 2 v v^T / (v^T v), v = col[j..n), to target[j..n). */
function reflect(col: Float64Array, target: Float64Array, j: number, n: number, vtv: number): void {
  let dot = 0;
  for (let i = j; i < n; i++) dot += col[i] * target[i];
  const f = (2 * dot) / vtv;
  for (let i = j; i < n; i++) target[i] -= f * col[i];
}
