// Test helper (not a test file): asymptotic covariance of (weighted) least-squares estimates,
// computed independently of lib/fit: central-difference Jacobian of a model function, then the
// sandwich (J^T W J)^-1 J^T W diag(sigma^2) W J (J^T W J)^-1. Used to justify recovery tolerances.

/** Inverse of a small square matrix by Gauss-Jordan elimination with partial pivoting. */
export function invert(a: number[][]): number[][] {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c];
    for (let j = 0; j < 2 * n; j++) m[c][j] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c];
      for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row) => row.slice(n));
}

/**
 * Standard errors of the parameters `theta` of `model(theta) -> predictions` fitted by least
 * squares with residual weights `weights` (default 1: unweighted; 1 / L for relative residuals)
 * to data with independent noise of standard deviations `sigma`:
 * (J^T W J)^-1 J^T W S W J (J^T W J)^-1, W = diag(weights^2), S = diag(sigma^2).
 */
export function standardErrors(model: (theta: number[]) => number[], theta: number[], sigma: number[], weights?: number[]): number[] {
  const p = theta.length;
  const cols = theta.map((t, j) => {
    const h = 1e-6 * Math.max(Math.abs(t), 1e-8);
    const up = theta.slice();
    up[j] += h;
    const down = theta.slice();
    down[j] -= h;
    const a = model(up);
    const b = model(down);
    return a.map((v, i) => (v - b[i]) / (2 * h));
  });
  const n = cols[0].length;
  const w2 = Array.from({ length: n }, (_, i) => (weights ? weights[i] ** 2 : 1));
  const jtj = Array.from({ length: p }, (_, a) => Array.from({ length: p }, (_, b) => cols[a].reduce((s, v, i) => s + v * cols[b][i] * w2[i], 0)));
  const meat = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => cols[a].reduce((s, v, i) => s + v * cols[b][i] * w2[i] ** 2 * sigma[i] ** 2, 0)),
  );
  const inv = invert(jtj);
  const mul = (x: number[][], y: number[][]) => x.map((row) => y[0].map((_, q) => row.reduce((s, v, k) => s + v * y[k][q], 0)));
  const cov = mul(mul(inv, meat), inv);
  void n;
  return cov.map((row, i) => Math.sqrt(row[i]));
}
