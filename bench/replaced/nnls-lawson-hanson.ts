// The hand-written version that lib/ used before it adopted a library (see README, "Dependencies: what we
// use and why"), kept only so that bench/libs.bench.ts can time and check it beside the library. Not used by lib/.
import { linearLeastSquaresCore } from '../../lib/fit/linear-least-squares.js';

/**
 * Non-negative least squares: the x >= 0 minimising ||X x - y||^2 (Lawson & Hanson 1974,
 * active-set algorithm), as lib/fit/nnls.ts computed it before; without its input checks (the
 * bench passes valid problems), which only makes this side of the comparison a little faster.
 *
 * @example
 * nnls([[1, 0], [0, 1]], [2, -1]); // [2, 0]
 */
export function nnls(design: readonly (readonly number[])[], y: readonly number[], maxIterations = 3 * design[0].length + 10): number[] {
  return nnlsCore(design, y, maxIterations);
}

/**
 * The algorithm.
 * @example nnlsCore([[1]], [-3], 10); // [0]
 */
export function nnlsCore(design: readonly (readonly number[])[], y: readonly number[], maxIterations: number): number[] {
  const n = design.length;
  const p = design[0].length;
  const x = new Array<number>(p).fill(0);
  const passive = new Array<boolean>(p).fill(false);
  let yMax = 1e-300;
  let xMax = 1e-300;
  for (let i = 0; i < n; i++) {
    yMax = Math.max(yMax, Math.abs(y[i]));
    for (let j = 0; j < p; j++) xMax = Math.max(xMax, Math.abs(design[i][j]));
  }
  // Gradient entries below this are rounding noise (scale of X^T y).
  const tol = 1e-12 * yMax * xMax * n;
  const gradient = (): number[] => {
    // w = X^T (y - X x)
    const r = y.map((yi, i) => yi - design[i].reduce((s, v, j) => s + v * x[j], 0));
    return Array.from({ length: p }, (_, j) => design.reduce((s, row, i) => s + row[j] * r[i], 0));
  };
  const solvePassive = (): number[] | null => {
    const cols = passive.flatMap((on, j) => (on ? [j] : []));
    const sub = design.map((row) => cols.map((j) => row[j]));
    const z = linearLeastSquaresCore(sub, y);
    if (z === null) return null;
    const full = new Array<number>(p).fill(0);
    cols.forEach((j, c) => (full[j] = z[c]));
    return full;
  };
  for (let outer = 0; outer < maxIterations; outer++) {
    const w = gradient();
    let best = -1;
    for (let j = 0; j < p; j++) if (!passive[j] && w[j] > tol && (best < 0 || w[j] > w[best])) best = j;
    if (best < 0) break;
    passive[best] = true;
    for (let inner = 0; inner < 3 * p + 10; inner++) {
      const z = solvePassive();
      if (z === null) {
        // Column dependent on the passive set: it cannot improve the fit.
        passive[best] = false;
        break;
      }
      if (passive.every((on, j) => !on || z[j] > 0)) {
        for (let j = 0; j < p; j++) x[j] = z[j];
        break;
      }
      // Step from x towards z until the first passive coefficient hits zero.
      let step = 1;
      for (let j = 0; j < p; j++) {
        if (passive[j] && z[j] <= 0) step = Math.min(step, x[j] / (x[j] - z[j]));
      }
      for (let j = 0; j < p; j++) {
        x[j] += step * (z[j] - x[j]);
        if (passive[j] && x[j] <= 1e-15 * (Math.abs(z[j]) + 1e-300)) {
          passive[j] = false;
          x[j] = 0;
        }
      }
    }
  }
  return x;
}
