import { describe, expect, it } from 'vitest';
import { withCalibrationParameters } from '../../../lib/sim/calibration/calibration-parameters.js';
import type { CalibrationSweep } from '../../../lib/sim/calibration/calibration-sweeps.js';
import { calibrationObjective, compareCalibration, fitCalibration } from '../../../lib/sim/calibration/fit-calibration.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';

const shape = (k: number): CalibrationSweep => ({
  verifier: 'Qwen3-8B', hardware: 'A100-80GB', drafter: 'EAGLE(Qwen3-8B)', alpha: 0.8, k, prefillTokens: 520, decodeTokens: 128,
  points: [
    { strategy: 'synchronous', rps: 1, realLatencyS: 1, source: 's' },
    { strategy: 'constant', rps: 3, realLatencyS: 1, source: 'c1' },
    { strategy: 'constant', rps: 6, realLatencyS: 1, source: 'c2' },
  ],
  excluded: [],
});

describe('fitCalibration', () => {
  it('recovers a known compute efficiency and request overhead from simulated "measurements"', () => {
    const truth = withCalibrationParameters(defaultCalibration(), { computeEff: 0.5, requestOverheadS: 0.03 });
    const opts = { durationS: 12, seed: 4 };
    // Synthetic truth: the simulator's own latencies with known parameters, same seeds.
    const sweeps = [shape(1), shape(4)].map((s) => {
      const sim = compareCalibration([s], truth, opts);
      return { ...s, points: s.points.map((p, i) => ({ ...p, realLatencyS: sim[i].sim_latency_s })) };
    });
    expect(calibrationObjective(compareCalibration(sweeps, truth, opts))).toBe(0);
    const start = withCalibrationParameters(defaultCalibration(), { computeEff: 0.8, requestOverheadS: 0.005 });
    const fit = fitCalibration(sweeps, start, { parameters: ['computeEff', 'requestOverheadS'], ...opts, maxEvaluations: 120 });
    expect(fit.values.computeEff).toBeCloseTo(0.5, 1);
    expect(fit.values.requestOverheadS).toBeCloseTo(0.03, 2);
    expect(fit.calibration.status).toBe('fitted');
    expect(fit.objective).toBeLessThan(1e-4);
  });

  it('rejects an empty subset and unknown parameters', () => {
    expect(() => fitCalibration([], defaultCalibration())).toThrow('fitCalibration requires at least one sweep');
    expect(() => fitCalibration([shape(1)], defaultCalibration(), { parameters: ['nope'] })).toThrow('fitCalibration requires known parameter names');
  });
});
