import { describe, expect, it } from 'vitest';
import { withCalibrationParameters } from '../../../lib/sim/calibration/calibration-parameters.js';
import type { CalibrationSweep } from '../../../lib/sim/calibration/calibration-sweeps.js';
import { compareCalibration } from '../../../lib/sim/calibration/fit-calibration.js';
import { leaveOneVerifierOut } from '../../../lib/sim/calibration/leave-one-verifier-out.js';
import { defaultCalibration } from '../../../lib/sim/specs/default-calibration.js';

const shape = (verifier: string, k: number): CalibrationSweep => ({
  verifier, hardware: 'A100-80GB', drafter: `EAGLE(${verifier})`, alpha: 0.8, k, prefillTokens: 520, decodeTokens: 128,
  points: [
    { strategy: 'synchronous', rps: 1, realLatencyS: 1, source: 's' },
    { strategy: 'constant', rps: 3, realLatencyS: 1, source: 'c' },
  ],
  excluded: [],
});

describe('leaveOneVerifierOut', () => {
  const opts = { durationS: 10, seed: 1 };
  const truth = withCalibrationParameters(defaultCalibration(), { memoryEff: 0.6 });
  // Synthetic "real" sweeps: the simulator's own latencies with a known memoryEff, same seeds.
  const sweeps = [shape('Qwen3-0.6B', 2), shape('Qwen3-8B', 2)].map((s) => {
    const sim = compareCalibration([s], truth, opts);
    return { ...s, points: s.points.map((p, i) => ({ ...p, realLatencyS: sim[i].sim_latency_s })) };
  });

  it('fits each fold without the held-out verifier and replays the held-out verifier with it', () => {
    const start = withCalibrationParameters(defaultCalibration(), { memoryEff: 0.85 });
    const progress: string[] = [];
    const rows = leaveOneVerifierOut(sweeps, sweeps, start, {
      parameters: ['memoryEff'],
      fitDurationS: 10,
      evalDurationS: 10,
      maxEvaluations: 30,
      onProgress: (p) => progress.push(p.verifier),
    });
    expect(rows.map((r) => [r.verifier, r.fitted_on, r.fit_sweeps, r.n_points])).toEqual([
      ['Qwen3-0.6B', 'Qwen3-8B', 1, 2],
      ['Qwen3-8B', 'Qwen3-0.6B', 1, 2],
    ]);
    expect(new Set(progress)).toEqual(new Set(['Qwen3-0.6B', 'Qwen3-8B']));
    // the shared parameter is recovered from the other verifier, so the held-out one is predicted closely
    for (const r of rows) {
      expect(JSON.parse(r.values).memoryEff).toBeCloseTo(0.6, 1);
      expect(r.mape_pct).toBeLessThan(2);
      expect(r.evaluations).toBeLessThanOrEqual(30 + 2);
    }
  });

  it('rejects fewer than two verifiers and a held-out verifier without sweeps', () => {
    expect(() => leaveOneVerifierOut([sweeps[0]], sweeps, defaultCalibration())).toThrow('leaveOneVerifierOut requires fit sweeps of at least two verifiers');
    expect(() => leaveOneVerifierOut(sweeps, sweeps, defaultCalibration(), { verifiers: ['Qwen3-32B'], maxEvaluations: 1 })).toThrow(
      'leaveOneVerifierOut requires sweeps of the held-out verifier Qwen3-32B',
    );
  });
});
