import { describe, expect, it } from 'vitest';
import { buildSimTidyRows } from '../../lib/sim/build-sim-tidy-rows.js';
import { simulateSweep } from '../../lib/sim/simulate-sweep.js';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { checkTidyRow } from '../../lib/data/check-tidy-row.js';
import { createRng } from '../../lib/random/create-rng.js';
import { fakeSystem } from './fake-system.js';

describe('buildSimTidyRows', () => {
  it('gives one valid tidy row per benchmark with the simulator source and extra columns', () => {
    const sweep = simulateSweep(fakeSystem(), { prefillTokens: 128, decodeTokens: 32, k: 2, alpha: 0.6 }, { sweepSize: 4, durationS: 4, seed: 9 });
    const rows = buildSimTidyRows(sweep);
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      checkTidyRow(row, 'test', 'sim', `row ${i}`);
      const b = sweep.benchmarks[i];
      expect(row).toMatchObject({
        verifier: 'FakeLM-1B',
        drafter: 'FakeDraft',
        hardware: 'FakeGPU',
        prefill_tokens: 128,
        decode_tokens: 32,
        k: 2,
        alpha: 0.6,
        strategy: b.strategy.type,
        measured_rps: b.stats.measuredRps,
        mean_latency_s: b.stats.meanLatencyS,
        completed: b.stats.successful,
        source: 'sim:fake:seed=9',
        benchmark_index: i,
        duration_s: 4,
        warmup_s: 0,
        preemptions: b.engine.preemptions,
        mean_batch_size: b.engine.meanBatchSize,
        acceptance_length: b.engine.acceptanceLength,
      });
    });
    expect(rows[0].rate_rps).toBeNull();
    expect(rows[2].rate_rps).toBe(sweep.benchmarks[2].strategy.rate);
  });

  it('writes baseline runs with an empty drafter and null alpha, and per-position rates as a column', () => {
    const base = simulateBenchmark(fakeSystem(), { prefillTokens: 64, decodeTokens: 16, k: 0, alpha: 0.9 }, { type: 'concurrent', streams: 3 }, { durationS: 2, seed: 1 });
    const [row] = buildSimTidyRows(base);
    expect(row).toMatchObject({ drafter: '', k: 0, alpha: null, concurrency: 3, acceptance_length: null, source: 'sim:fake:seed=1' });
    checkTidyRow(row, 'test', 'sim', 'row');
    const per = simulateBenchmark(fakeSystem(), { prefillTokens: 64, decodeTokens: 16, k: 2, acceptanceRates: [0.8, 0.5] }, { type: 'synchronous' }, { durationS: 2, rng: createRng(2) });
    const [r2] = buildSimTidyRows(per);
    expect(r2).toMatchObject({ alpha: null, acceptance_rates: '0.8;0.5', acceptance_rates_kind: 'cumulative', source: 'sim:fake:seed=rng' });
  });

  it('records the warm-up of a benchmark in seconds', () => {
    const b = simulateBenchmark(fakeSystem(), { prefillTokens: 64, decodeTokens: 16, k: 0 }, { type: 'constant', rate: 5 }, { durationS: 10, seed: 1, warmupFrac: 0.25 });
    expect(buildSimTidyRows(b)[0]).toMatchObject({ duration_s: 10, warmup_s: 2.5 });
  });

  it('writes the window the statistics used: a latency-scaled sweep\'s duration_s and warmup_s bound the completions its measured_rps counts', () => {
    const window = { minDurationS: 1, latencyMultiple: 22, warmupFrac: 0.4 };
    const sweep = simulateSweep(fakeSystem(), { prefillTokens: 128, decodeTokens: 64, k: 2, alpha: 0.6 }, { sweepSize: 4, seed: 9, window });
    const p = sweep.profile;
    if (p.type !== 'sweep' || p.pilotLatencyS === undefined) throw new Error('expected a sweep with a pilot latency');
    const durationS = Math.max(1, Math.ceil(22 * p.pilotLatencyS));
    const rows = buildSimTidyRows(sweep);
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const log = sweep.benchmarks[i].requests;
      expect(row.duration_s).toBe(durationS);
      expect(row.warmup_s).toBeCloseTo(0.4 * durationS, 12);
      // completions in [warmup_s, duration_s), counted from the request log, over the window's length
      let inside = 0;
      let before = 0;
      for (let j = 0; j < log.count; j++) {
        if (log.status[j] !== 0) continue;
        if (log.endS[j] >= (row.warmup_s as number) && log.endS[j] < (row.duration_s as number)) inside++;
        else if (log.endS[j] < (row.warmup_s as number)) before++;
      }
      expect(before, `benchmark ${i}: some requests completed in the warm-up`).toBeGreaterThan(0);
      expect(row.measured_rps * ((row.duration_s as number) - (row.warmup_s as number))).toBeCloseTo(inside, 9);
    });
  });

  it('leaves out benchmarks without a successful request', () => {
    const bad = simulateBenchmark(fakeSystem({ engine: { maxModelLen: 50 } }), { prefillTokens: 64, decodeTokens: 16, k: 0 }, { type: 'synchronous' }, { durationS: 0.01 });
    expect(buildSimTidyRows(bad)).toEqual([]);
  });
});
