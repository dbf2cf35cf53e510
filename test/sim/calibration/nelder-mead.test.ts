import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../lib/sim/calibration/nelder-mead.js';

describe('nelderMead', () => {
  it('finds the minimum of a shifted quadratic and of the Rosenbrock function', () => {
    const q = nelderMead(([a, b]) => (a - 1) ** 2 + 3 * (b + 2) ** 2, [0, 0], { fTolerance: 1e-14, maxEvaluations: 2000 });
    expect(q.x[0]).toBeCloseTo(1, 4);
    expect(q.x[1]).toBeCloseTo(-2, 4);
    const r = nelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { fTolerance: 1e-16, maxEvaluations: 5000 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
    expect(r.converged).toBe(true);
  });

  it('treats non-finite values as +Infinity and respects the evaluation budget', () => {
    const r = nelderMead(([x]) => (x < 0 ? NaN : (x - 2) ** 2), [1], { maxEvaluations: 30 });
    expect(r.evaluations).toBeLessThanOrEqual(32);
    expect(r.x[0]).toBeGreaterThan(1);
    expect(() => nelderMead(() => 0, [])).toThrow('nelderMead requires');
  });
});
