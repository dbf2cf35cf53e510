import { describe, expect, it } from 'vitest';
import { leastSquares } from '../../lib/fit/least-squares.js';

describe('leastSquares', () => {
  it('finds an exact fit', () => {
    const x = [1, 2, 3];
    const r = leastSquares({
      observed: [2, 8, 18],
      predict: (p, out) => x.forEach((xi, i) => (out[i] = p[0] * xi * xi)),
      initial: [1],
    });
    expect(r.params[0]).toBeCloseTo(2, 10);
    expect(r.converged).toBe(true);
  });

  it('reaches the minimum of the Rosenbrock problem as residuals (a hard valley)', () => {
    // r1 = 10 (b - a^2), r2 = 1 - a: minimum (1, 1) with SSE 0.
    const r = leastSquares({
      observed: [0, 0],
      predict: (p, out) => {
        out[0] = 10 * (p[1] - p[0] * p[0]);
        out[1] = 1 - p[0];
      },
      initial: [-1.2, 1],
    });
    expect(r.params[0]).toBeCloseTo(1, 6);
    expect(r.params[1]).toBeCloseTo(1, 6);
    expect(r.converged).toBe(true);
  });

  it('matches an exponential-decay fit checked by its normal equations', () => {
    const t = [0, 1, 2, 3, 4, 5, 6];
    const y = [5.1, 3.0, 1.9, 1.05, 0.7, 0.38, 0.26];
    const r = leastSquares({
      observed: y,
      predict: (p, out) => t.forEach((ti, i) => (out[i] = p[0] * Math.exp(-p[1] * ti))),
      initial: [1, 1],
    });
    const [a, b] = r.params;
    // Analytic gradient of SSE must vanish at the minimum.
    let ga = 0;
    let gb = 0;
    t.forEach((ti, i) => {
      const e = Math.exp(-b * ti);
      const res = a * e - y[i];
      ga += res * e;
      gb += res * -a * ti * e;
    });
    expect(Math.abs(ga)).toBeLessThan(1e-7);
    expect(Math.abs(gb)).toBeLessThan(1e-7);
  });

  it('respects bounds and reports the active one', () => {
    // Best unconstrained slope is -1; with p >= 0 the minimum is at 0.
    const x = [0, 1, 2];
    const r = leastSquares({
      observed: [0, -1, -2],
      predict: (p, out) => x.forEach((xi, i) => (out[i] = p[0] * xi)),
      initial: [1],
      lower: [0],
      upper: [10],
    });
    expect(r.params[0]).toBe(0);
    expect(r.atBound[0]).toBe(true);
    expect(r.converged).toBe(true);
  });

  it('reports non-convergence when the iterations run out', () => {
    const r = leastSquares({
      observed: [0, 0],
      predict: (p, out) => {
        out[0] = 10 * (p[1] - p[0] * p[0]);
        out[1] = 1 - p[0];
      },
      initial: [-1.2, 1],
      maxIterations: 0,
      polishIterations: 1,
    });
    expect(r.converged).toBe(false);
  });

  it('minimises the weighted sum of squares, and returns J^T W^2 J at the solution', () => {
    // y = a x with residual weights w: a = sum w^2 x y / sum w^2 x^2 (weighted normal equation).
    const x = [1, 2, 3, 4];
    const y = [1.1, 1.9, 3.3, 3.9];
    const w = [1, 0.5, 2, 0.25];
    const r = leastSquares({ observed: y, weights: w, predict: (p, out) => x.forEach((xi, i) => (out[i] = p[0] * xi)), initial: [0.3] });
    const sw = (f: (i: number) => number) => x.reduce((s, _, i) => s + w[i] ** 2 * f(i), 0);
    expect(r.params[0]).toBeCloseTo(sw((i) => x[i] * y[i]) / sw((i) => x[i] ** 2), 12);
    expect(r.jtj[0]).toBeCloseTo(sw((i) => x[i] ** 2), 8);
    expect(r.sse).toBeCloseTo(sw((i) => (r.params[0] * x[i] - y[i]) ** 2), 12);
  });

  it('gives the same minimum with an analytic Jacobian as with central differences', () => {
    const t = [0, 1, 2, 3, 4, 5, 6];
    const y = [5.1, 3.0, 1.9, 1.05, 0.7, 0.38, 0.26];
    const predict = (p: readonly number[], out: Float64Array) => t.forEach((ti, i) => (out[i] = p[0] * Math.exp(-p[1] * ti)));
    const jacobian = (p: readonly number[], out: Float64Array) =>
      t.forEach((ti, i) => {
        out[i] = Math.exp(-p[1] * ti);
        out[t.length + i] = -p[0] * ti * Math.exp(-p[1] * ti);
      });
    const weights = y.map((v) => 1 / v);
    const numeric = leastSquares({ observed: y, weights, predict, initial: [1, 1] });
    const analytic = leastSquares({ observed: y, weights, predict, jacobian, initial: [1, 1] });
    expect(analytic.converged).toBe(true);
    expect(analytic.params[0]).toBeCloseTo(numeric.params[0], 7);
    expect(analytic.params[1]).toBeCloseTo(numeric.params[1], 7);
  });

  it('rejects bad input', () => {
    expect(() => leastSquares({ observed: [1], predict: () => {}, initial: [] })).toThrow('leastSquares requires at least one parameter');
    expect(() => leastSquares({ observed: [Number.NaN], predict: () => {}, initial: [1] })).toThrow('leastSquares requires finite observations');
    expect(() => leastSquares({ observed: [1], predict: (_p, out) => (out[0] = Infinity), initial: [1] })).toThrow(
      'leastSquares requires a finite prediction at the start',
    );
    expect(() => leastSquares({ observed: [1, 2], weights: [1], predict: () => {}, initial: [1] })).toThrow('leastSquares requires 2 weights, got 1');
    expect(() => leastSquares({ observed: [1], weights: [-1], predict: () => {}, initial: [1] })).toThrow('leastSquares requires finite weights >= 0');
  });
});
