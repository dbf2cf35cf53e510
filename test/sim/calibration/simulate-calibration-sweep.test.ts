import { describe, expect, it } from 'vitest';
import type { CalibrationSweep } from '../../../lib/sim/calibration/calibration-sweeps.js';
import { calibratedSystem, calibrationSystemName, simulateCalibrationSweep } from '../../../lib/sim/calibration/simulate-calibration-sweep.js';
import { withCalibrationParameters } from '../../../lib/sim/calibration/calibration-parameters.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';

const sweep: CalibrationSweep = {
  verifier: 'Qwen3-8B', hardware: 'A100-80GB', drafter: 'EAGLE(Qwen3-8B)', alpha: 0.7, k: 3, prefillTokens: 520, decodeTokens: 128,
  points: [
    { strategy: 'synchronous', rps: 1, realLatencyS: 1, source: 's' },
    { strategy: 'constant', rps: 2, realLatencyS: 1.2, source: 'c1' },
    { strategy: 'constant', rps: 4, realLatencyS: 1.4, source: 'c2' },
  ],
  excluded: [],
};

describe('simulateCalibrationSweep', () => {
  it('replays each steady point and adds the per-request overhead', () => {
    expect(calibrationSystemName(sweep)).toBe('qwen3-8b@a100-80gb');
    const cal = withCalibrationParameters(defaultCalibration(), { requestOverheadS: 0 });
    const sys = calibratedSystem('qwen3-8b@a100-80gb', cal);
    const a = simulateCalibrationSweep(sys, sweep, 0, { durationS: 15 });
    const b = simulateCalibrationSweep(sys, sweep, 0.05, { durationS: 15 });
    expect(a.map((c) => [c.strategy, c.rps])).toEqual([['synchronous', 1], ['constant', 2], ['constant', 4]]);
    a.forEach((c, i) => {
      expect(b[i].sim_latency_s - c.sim_latency_s).toBeCloseTo(0.05, 12);
      expect(c.rel_error).toBeCloseTo(c.sim_latency_s / c.real_latency_s - 1, 12);
    });
    // More load, longer latency; a synchronous request of 128 tokens takes between 0.3 and 3 s on an A100.
    expect(a[2].sim_latency_s).toBeGreaterThan(a[0].sim_latency_s);
    expect(a[0].sim_latency_s).toBeGreaterThan(0.3);
    expect(a[0].sim_latency_s).toBeLessThan(3);
  });

  it('applies the calibration to the resolved system', () => {
    const cal = withCalibrationParameters(defaultCalibration(), { specOverheadS: 0.0123 });
    expect(calibratedSystem('qwen3-8b@a100-80gb', cal).engine.specOverheadS).toBe(0.0123);
  });
});
