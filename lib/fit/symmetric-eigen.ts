import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** Eigenvalues and eigenvectors of a small symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues, ascending. */
  values: Float64Array;
  /** Eigenvectors as columns, row-major m x m: vectors[i * m + k] is component i of eigenvector k. */
  vectors: Float64Array;
}

/**
 * Eigen-decomposition of a small symmetric matrix (the m x m normalised J^T J of identifiability,
 * m <= ~10). A thin wrapper over ml-matrix's EigenvalueDecomposition (symmetric path: Householder
 * tridiagonalisation and QL, as in JAMA), already installed with ml-levenberg-marquardt.
 *
 * Why the library (bench/libs.bench.ts, `npm run bench -- libs`; medians, timed side by side): on
 * ten 6 x 6 normalised J^T J, some nearly singular, it matches NumPy's eigh to 9.8e-16 of the
 * largest eigenvalue (the hand-written cyclic Jacobi this replaced, bench/replaced/: 1.8e-15) and
 * takes 11-18 µs per matrix against the Jacobi's 94-165 µs (whose stopping test, off-diagonal mass
 * below 1e-32 of the total, is below what rounding reaches, so it often ran all 100 sweeps). No
 * extra install size.
 *
 * @param a the m x m matrix, row-major (only symmetry is assumed; it is not checked)
 * @param m its order
 * @returns eigenvalues (ascending) and unit eigenvectors (columns; each one's sign is arbitrary)
 * @throws {Error} `symmetricEigen requires an m x m matrix of finite numbers`
 * @example
 * symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2).values; // Float64Array [1, 3]
 */
export function symmetricEigen(a: ArrayLike<number>, m: number): SymmetricEigen {
  if (!Number.isInteger(m) || m < 1 || a.length !== m * m) throw new Error('symmetricEigen requires an m x m matrix of finite numbers');
  for (let i = 0; i < m * m; i++) if (!Number.isFinite(a[i])) throw new Error('symmetricEigen requires an m x m matrix of finite numbers');
  const rows = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => a[i * m + j]));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const raw = evd.realEigenvalues;
  const v = evd.eigenvectorMatrix;
  // ml-matrix returns them ascending already; the sort keeps that a property of this function.
  const order = Array.from({ length: m }, (_, k) => k).sort((x, y) => raw[x] - raw[y]);
  const values = Float64Array.from(order, (k) => raw[k]);
  const vectors = new Float64Array(m * m);
  order.forEach((k, col) => {
    for (let i = 0; i < m; i++) vectors[i * m + col] = v.get(i, k);
  });
  return { values, vectors };
}
