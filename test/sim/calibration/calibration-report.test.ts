import { describe, expect, it } from 'vitest';
import { calibrationErrors } from '../../../lib/sim/calibration/calibration-report.js';
import type { CalibrationComparison } from '../../../lib/sim/calibration/simulate-calibration-sweep.js';

const pt = (verifier: string, strategy: 'synchronous' | 'constant', real: number, sim: number): CalibrationComparison => ({
  verifier, alpha: 0.5, k: 1, strategy, rps: 1, real_latency_s: real, sim_latency_s: sim, rel_error: sim / real - 1,
});

describe('calibrationErrors', () => {
  it('computes MAPE, max and signed error per verifier and overall', () => {
    const rows = calibrationErrors([pt('A', 'synchronous', 1, 1.1), pt('A', 'constant', 2, 1.8), pt('B', 'constant', 1, 1.05)]);
    expect(rows.map((r) => r.verifier)).toEqual(['A', 'B', 'all']);
    expect(rows[0].n_points).toBe(2);
    expect(rows[0].mape_pct).toBeCloseTo(10, 9);
    expect(rows[0].max_error_pct).toBeCloseTo(10, 9);
    expect(rows[0].bias_pct).toBeCloseTo(0, 9);
    expect(rows[0].sync_mape_pct).toBeCloseTo(10, 9);
    expect(Number.isNaN(rows[1].sync_mape_pct)).toBe(true);
    expect(rows[2].mape_pct).toBeCloseTo(25 / 3, 9);
    expect(() => calibrationErrors([])).toThrow('calibrationErrors requires');
  });
});
