import { describe, expect, it } from 'vitest';
import { linearLeastSquares } from '../../lib/fit/linear-least-squares.js';

describe('linearLeastSquares', () => {
  it('recovers an exact line', () => {
    const x = linearLeastSquares([[1, 0], [1, 1], [1, 2]], [1, 3, 5]);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(2, 12);
  });

  it('matches the closed-form simple-regression estimates on noisy data', () => {
    // slope = Sxy / Sxx, intercept = mean(y) - slope * mean(x), computed by hand below.
    const xs = [1, 2, 4, 8, 16, 32];
    const ys = [1.02, 1.11, 1.18, 1.45, 1.93, 2.95];
    const mx = xs.reduce((a, b) => a + b) / 6;
    const my = ys.reduce((a, b) => a + b) / 6;
    const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
    const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const [a, b] = linearLeastSquares(xs.map((x) => [1, x]), ys);
    expect(b).toBeCloseTo(sxy / sxx, 12);
    expect(a).toBeCloseTo(my - (sxy / sxx) * mx, 12);
    // numpy.polyfit(c, L, 1) on the same data: [0.06200426, 0.95562189]
    expect(b).toBeCloseTo(0.06200426, 7);
    expect(a).toBeCloseTo(0.95562189, 7);
  });

  it('handles badly scaled columns (1 and 1e6) without losing digits', () => {
    const rows = [0, 1, 2, 3].map((i) => [1, 1e6 * i]);
    const y = [0, 1, 2, 3].map((i) => 5 + 3e-6 * 1e6 * i);
    const [a, b] = linearLeastSquares(rows, y);
    expect(a).toBeCloseTo(5, 9);
    expect(b).toBeCloseTo(3e-6, 15);
  });

  it('rejects rank-deficient and malformed input', () => {
    expect(() => linearLeastSquares([[1, 2], [2, 4], [3, 6]], [1, 2, 3])).toThrow('linearLeastSquares requires a full-rank design matrix');
    expect(() => linearLeastSquares([[1, 2]], [1])).toThrow('linearLeastSquares requires at least as many rows');
    expect(() => linearLeastSquares([[1], [1]], [1])).toThrow('linearLeastSquares requires y of length 2');
    expect(() => linearLeastSquares([[1], [Number.NaN]], [1, 2])).toThrow('linearLeastSquares requires a finite design');
  });
});
