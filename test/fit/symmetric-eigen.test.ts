import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../lib/fit/symmetric-eigen.js';

describe('symmetricEigen', () => {
  it('decomposes a 2 x 2 matrix (eigenvalues 1 and 3)', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    // (1, -1) / sqrt 2 for 1, (1, 1) / sqrt 2 for 3, up to sign
    expect(Math.abs(vectors[0] * vectors[2])).toBeCloseTo(0.5, 14);
    expect(vectors[0] * vectors[2]).toBeLessThan(0);
    expect(vectors[1] * vectors[3]).toBeGreaterThan(0);
  });

  it('reconstructs a random symmetric 6 x 6 matrix as V diag(values) V^T with orthonormal V', () => {
    const m = 6;
    const a = new Float64Array(m * m);
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let i = 0; i < m; i++) for (let j = i; j < m; j++) a[i * m + j] = a[j * m + i] = next();
    const { values, vectors } = symmetricEigen(a, m);
    for (let i = 1; i < m; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        let rebuilt = 0;
        let dot = 0;
        for (let k = 0; k < m; k++) {
          rebuilt += vectors[i * m + k] * values[k] * vectors[j * m + k];
          dot += vectors[k * m + i] * vectors[k * m + j];
        }
        expect(rebuilt).toBeCloseTo(a[i * m + j], 12);
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });

  it('rejects a matrix of the wrong size or with non-finite entries', () => {
    expect(() => symmetricEigen([1, 2, 3], 2)).toThrow('symmetricEigen requires an m x m matrix of finite numbers');
    expect(() => symmetricEigen([1, NaN, NaN, 1], 2)).toThrow('symmetricEigen requires an m x m matrix of finite numbers');
  });
});
