/**
 * Ordinary linear least squares: the x minimising ||X x - y||^2, by Householder QR (stable for
 * the small, possibly badly scaled designs of the fits' starting values and regressions).
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
  const a: Float64Array[] = [];
  const colNorm0: number[] = [];
  for (let j = 0; j < p; j++) {
    const col = new Float64Array(n);
    let s = 0;
    for (let i = 0; i < n; i++) {
      col[i] = design[i][j];
      s += col[i] * col[i];
    }
    a.push(col);
    colNorm0.push(Math.sqrt(s));
  }
  const b = Float64Array.from(y);
  const diag = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const col = a[j];
    let norm = 0;
    for (let i = j; i < n; i++) norm += col[i] * col[i];
    norm = Math.sqrt(norm);
    // Relative rank test against the column's original size.
    if (!(norm > 1e-12 * (colNorm0[j] || 1)) || colNorm0[j] === 0) return null;
    const alpha = col[j] > 0 ? -norm : norm;
    // v = col[j..] - alpha e_1, stored in place; H = I - 2 v v^T / (v^T v).
    col[j] -= alpha;
    let vtv = 0;
    for (let i = j; i < n; i++) vtv += col[i] * col[i];
    const reflect = (target: Float64Array): void => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += col[i] * target[i];
      const f = (2 * dot) / vtv;
      for (let i = j; i < n; i++) target[i] -= f * col[i];
    };
    for (let k = j + 1; k < p; k++) reflect(a[k]);
    reflect(b);
    diag[j] = alpha;
  }
  // Back substitution on R (diag in `diag`, above-diagonal entries in a[k][j], k > j).
  const x = new Array<number>(p).fill(0);
  for (let j = p - 1; j >= 0; j--) {
    let s = b[j];
    for (let k = j + 1; k < p; k++) s -= a[k][j] * x[k];
    x[j] = s / diag[j];
  }
  return x;
}
