import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../lib/util/student-t-quantile.js';

describe('studentTQuantile', () => {
  it.each([
    // Published t-table values (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    [0.975, 1, 12.706],
    [0.975, 13, 2.16],
    [0.95, 30, 1.697],
    [0.995, 2, 9.925],
    [0.9, 10, 1.372],
    [0.975, 1000, 1.962],
  ])('P(T <= t) = %s with %s degrees of freedom gives %s', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
  });

  it.each([
    // scipy.stats.t.ppf(p, df), SciPy 1.17.1
    [0.975, 13, 2.1603686564627913],
    [0.995, 2.5, 7.163728138948783],
    [1e-6, 3, -103.29946778041935],
    [0.9, 1000, 1.2823987214609247],
  ])('matches SciPy t.ppf(%s, %s) = %s to 1e-13 relative', (p, df, t) => {
    expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThan(1e-13 * Math.abs(t));
  });

  it('is symmetric and 0 at the median', () => {
    expect(studentTQuantile(0.025, 13)).toBeCloseTo(-studentTQuantile(0.975, 13), 12);
    expect(Math.abs(studentTQuantile(0.5, 7))).toBeLessThan(1e-9);
  });

  it('rejects probabilities outside (0, 1) and non-positive df', () => {
    expect(() => studentTQuantile(1, 5)).toThrow('studentTQuantile requires prob in (0, 1), got 1');
    expect(() => studentTQuantile(0.9, 0)).toThrow('studentTQuantile requires df > 0, got 0');
  });
});
