import { describe, expect, it } from 'vitest';
import { simAtRealRates } from '../../../lib/paper/reality-check/sim-at-real-rates.js';
import type { TidyRow } from '../../../lib/data/tidy-schema.js';
import type { CalibrationSweep } from '../../../lib/sim/calibration/calibration-sweeps.js';

function simRow(strategy: TidyRow['strategy'], rps: number, latencyS: number, over: Partial<TidyRow> = {}): TidyRow {
  return {
    verifier: 'Qwen3-8B',
    drafter: 'EAGLE',
    hardware: 'A100-80GB',
    prefill_tokens: 512,
    decode_tokens: 128,
    k: 3,
    alpha: 0.8,
    strategy,
    rate_rps: strategy === 'constant' ? rps : null,
    concurrency: null,
    measured_rps: rps,
    mean_latency_s: latencyS,
    p50_latency_s: null,
    p95_latency_s: null,
    p99_latency_s: null,
    mean_ttft_ms: null,
    mean_itl_ms: null,
    mean_tpot_ms: null,
    mean_concurrency: rps * latencyS,
    completed: 100,
    errored: 0,
    source: 'sim',
    incomplete: 0,
    ...over,
  };
}

// Simulated sweep: synchronous at 1/1.0 s = 1 rps, constant rates 2, 4, 6 rps.
const SIM = [simRow('synchronous', 1, 1.0), simRow('constant', 2, 1.2), simRow('constant', 4, 1.6), simRow('constant', 6, 2.4)];

const sweep = (over: Partial<CalibrationSweep> = {}): CalibrationSweep => ({
  verifier: 'Qwen3-8B',
  hardware: 'A100-80GB',
  drafter: 'EAGLE(Qwen3-8B)',
  alpha: 0.8,
  k: 3,
  prefillTokens: 520,
  decodeTokens: 128,
  points: [
    { strategy: 'synchronous', rps: 0.9, realLatencyS: 1.1, source: 'a#0' },
    { strategy: 'constant', rps: 3, realLatencyS: 1.5, source: 'a#2' }, // sim: halfway 1.2..1.6 = 1.4
    { strategy: 'constant', rps: 5.5, realLatencyS: 2.0, source: 'a#3' }, // sim: 1.6 + 0.75 * 0.8 = 2.2
    { strategy: 'constant', rps: 0.95, realLatencyS: 1.05, source: 'a#4' }, // below the sim's sync rate: flat at 1.0
    { strategy: 'constant', rps: 7, realLatencyS: 3.0, source: 'a#5' }, // beyond the sim's highest steady rate
  ],
  excluded: [],
  ...over,
});

describe('simAtRealRates', () => {
  it('compares synchronous with synchronous and interpolates the simulated curve at the real rates', () => {
    const r = simAtRealRates([sweep()], SIM);
    expect(r.comparisons.map((c) => [c.strategy, c.rps])).toEqual([
      ['synchronous', 0.9],
      ['constant', 3],
      ['constant', 5.5],
      ['constant', 0.95],
    ]);
    expect(r.comparisons[0].sim_latency_s).toBe(1.0);
    expect(r.comparisons[0].rel_error).toBeCloseTo(1.0 / 1.1 - 1, 12);
    expect(r.comparisons[1].sim_latency_s).toBeCloseTo(1.4, 12);
    expect(r.comparisons[2].sim_latency_s).toBeCloseTo(2.2, 12);
    expect(r.comparisons[2].rel_error).toBeCloseTo(0.1, 12);
    expect(r.comparisons[3].sim_latency_s).toBe(1.0);
    expect(r.comparisons[0]).toMatchObject({ verifier: 'Qwen3-8B', alpha: 0.8, k: 3, real_latency_s: 1.1 });
    expect(r.unmatched).toEqual([
      { verifier: 'Qwen3-8B', alpha: 0.8, k: 3, strategy: 'constant', rps: 7, reason: "above the simulated sweep's highest steady rate 6.000 requests/s" },
    ]);
  });

  it('adds a latency to the simulation when asked', () => {
    const r = simAtRealRates([sweep()], SIM, { addLatencyS: 0.1 });
    expect(r.comparisons[1].sim_latency_s).toBeCloseTo(1.5, 12);
    expect(r.comparisons[1].rel_error).toBeCloseTo(0, 12);
  });

  it('pairs only the same configuration, prefill within the tolerance, ignoring name case', () => {
    const other = [...SIM.map((r) => ({ ...r, k: 4 })), ...SIM.map((r) => ({ ...r, prefill_tokens: 1024 }))];
    const r = simAtRealRates([sweep({ verifier: 'qwen3-8b' })], other);
    expect(r.comparisons).toHaveLength(0);
    expect(r.unmatched).toHaveLength(5);
    expect(r.unmatched[0].reason).toBe('no simulated sweep of this configuration');
    expect(simAtRealRates([sweep({ verifier: 'qwen3-8b' })], SIM).comparisons).toHaveLength(4);
    expect(simAtRealRates([sweep({ prefillTokens: 600 })], SIM).comparisons).toHaveLength(0); // 512 / 600 - 1 = -15%
    expect(simAtRealRates([sweep({ prefillTokens: 600 })], SIM, { prefillTolerance: 0.2 }).comparisons).toHaveLength(4);
  });

  it('leaves out saturated simulated points and baseline sweeps', () => {
    const sim = [...SIM, simRow('throughput', 8, 9), { ...simRow('synchronous', 2, 0.5), k: 0, alpha: null }];
    const r = simAtRealRates([sweep()], sim);
    expect(r.comparisons).toHaveLength(4);
    expect(r.unmatched[0].reason).toContain('6.000 requests/s');
  });

  it('passes the saturation rules on to the simulated sweeps', () => {
    const slow = SIM.map((r) => (r.measured_rps === 6 ? { ...r, rate_rps: 7 } : r)); // 6 < 0.9 x 7: saturated by default
    expect(simAtRealRates([sweep()], slow).unmatched[0].reason).toContain('4.000 requests/s');
    expect(simAtRealRates([sweep()], slow, { exclusion: { minRateRatio: null } }).unmatched[0].reason).toContain('6.000 requests/s');
  });

  it('rejects bad input', () => {
    expect(() => simAtRealRates('x' as never, SIM)).toThrow('simAtRealRates requires an array of real sweeps');
    expect(() => simAtRealRates([], null as never)).toThrow('simAtRealRates requires an array of simulated tidy rows');
    expect(() => simAtRealRates([], SIM, { addLatencyS: NaN })).toThrow('simAtRealRates requires a finite options.addLatencyS');
  });
});
