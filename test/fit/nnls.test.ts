import { describe, expect, it } from 'vitest';
import { nnls } from '../../lib/fit/nnls.js';

describe('nnls', () => {
  it('equals ordinary least squares when that is already non-negative', () => {
    const x = nnls([[1, 0], [1, 1], [1, 2]], [1, 3, 5]);
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(2, 10);
  });

  it('clips a coefficient that would be negative and refits the rest', () => {
    // y = 3 - x: OLS slope -1; with slope >= 0 the best is slope 0, intercept mean(y) = 2.
    const x = nnls([[1, 0], [1, 1], [1, 2]], [3, 2, 1]);
    expect(x[1]).toBe(0);
    expect(x[0]).toBeCloseTo(2, 10);
  });

  it('satisfies the KKT conditions on a random-looking problem', () => {
    const design = [
      [1, 0.3, 2.1],
      [1, 1.7, 0.4],
      [1, 2.2, 1.9],
      [1, 0.1, 0.2],
      [1, 3.1, 2.8],
    ];
    const y = [1.1, -0.5, 0.7, 2.0, 0.4];
    const x = nnls(design, y);
    const r = y.map((yi, i) => yi - design[i].reduce((s, v, j) => s + v * x[j], 0));
    const w = [0, 1, 2].map((j) => design.reduce((s, row, i) => s + row[j] * r[i], 0));
    for (let j = 0; j < 3; j++) {
      expect(x[j]).toBeGreaterThanOrEqual(0);
      if (x[j] > 0) expect(Math.abs(w[j])).toBeLessThan(1e-9); // free: zero gradient
      else expect(w[j]).toBeLessThanOrEqual(1e-9); // clipped: gradient points into x < 0
    }
  });

  it('matches SciPy, also in small units (the stopping tolerance is relative, not the absolute 1e-5 of ml-fcnnls)', () => {
    // scipy.optimize.nnls(A, y)[0] with SciPy 1.17.1; with y x 1e-6 the solution scales by 1e-6.
    // ml-fcnnls with its default tolerance stops at [0, 4.47e-7, 0, 0] on the small-unit problem.
    const a = [
      [-0.65, -0.17, 1.66, 0.66],
      [-1.64, -0.01, -0.62, 0.15],
      [-1.61, 0.24, 0.24, 1.58],
      [0.32, 0.51, -1.49, 2.25],
      [-1.92, 1.1, -0.33, -0.88],
      [-0.66, -0.67, 0.38, -0.11],
      [1.48, -1.83, -0.0, -0.89],
      [0.78, -2.12, -0.34, 0.21],
    ];
    const y = [-1.48, 0.99, 0.18, 1.01, 0.96, -0.98, -0.8, -0.2];
    const scipy = [0, 0.43014794189386424, 0, 0.09641401426478663];
    for (const unit of [1, 1e-6]) {
      const x = nnls(a, y.map((v) => v * unit));
      x.forEach((v, j) => expect(v).toBeCloseTo(scipy[j] * unit, 12 + Math.log10(1 / unit)));
      expect(x[0]).toBe(0);
      expect(x[2]).toBe(0);
    }
  });

  it('rejects malformed input', () => {
    expect(() => nnls([], [])).toThrow('nnls requires at least one row');
    expect(() => nnls([[1]], [Number.NaN])).toThrow('nnls requires finite numbers');
  });
});
