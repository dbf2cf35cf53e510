// The hand-written version that lib/ used before it adopted a library (see README, "Dependencies: what we
// use and why"), kept only so that bench/libs.bench.ts can time and check it beside the library. Not used by lib/.
import type { SymmetricEigen } from '../../lib/fit/symmetric-eigen.js';

/**
 * Eigen-decomposition of a small symmetric matrix by the cyclic Jacobi method (accurate to a few
 * units of rounding relative to the largest eigenvalue; meant for the m x m normal matrices of
 * fits, m <= ~10), as lib/fit/symmetric-eigen.ts computed it before; without its input checks.
 *
 * @param a the m x m matrix, row-major (only symmetry is assumed; it is not checked)
 * @param m its order
 * @returns eigenvalues (ascending) and unit eigenvectors (columns)
 * @example
 * symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2).values; // Float64Array [1, 3]
 */
export function symmetricEigen(a: ArrayLike<number>, m: number): SymmetricEigen {
  const s = Float64Array.from(a);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let p = 0; p < m; p++) {
      for (let q = 0; q < m; q++) {
        total += s[p * m + q] ** 2;
        if (p !== q) off += s[p * m + q] ** 2;
      }
    }
    if (off <= 1e-32 * total || off === 0) break;
    for (let p = 0; p < m - 1; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = s[p * m + q];
        if (apq === 0) continue;
        const theta = (s[q * m + q] - s[p * m + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < m; k++) {
          // columns p, q of s
          const skp = s[k * m + p];
          const skq = s[k * m + q];
          s[k * m + p] = c * skp - sn * skq;
          s[k * m + q] = sn * skp + c * skq;
        }
        for (let k = 0; k < m; k++) {
          // rows p, q of s
          const spk = s[p * m + k];
          const sqk = s[q * m + k];
          s[p * m + k] = c * spk - sn * sqk;
          s[q * m + k] = sn * spk + c * sqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p];
          const vkq = v[k * m + q];
          v[k * m + p] = c * vkp - sn * vkq;
          v[k * m + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: m }, (_, i) => i).sort((x, y) => s[x * m + x] - s[y * m + y]);
  const values = Float64Array.from(order, (k) => s[k * m + k]);
  const vectors = new Float64Array(m * m);
  order.forEach((k, col) => {
    for (let i = 0; i < m; i++) vectors[i * m + col] = v[i * m + k];
  });
  return { values, vectors };
}
