import { describe, expect, it } from 'vitest';
import { runGridJob } from '../../lib/sim/run-grid-job.js';
import { simulateRates } from '../../lib/sim/simulate-rates.js';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { buildSimTidyRows } from '../../lib/sim/build-sim-tidy-rows.js';
import { deriveSeed } from '../../lib/sim/derive-seed.js';
import type { GridJob } from '../../lib/sim/grid-job.js';
import { fakeSystem } from './fake-system.js';

const W = { prefillTokens: 128, decodeTokens: 16, k: 2, alpha: 0.5 };

describe('runGridJob', () => {
  it('runs rate lists and single benchmarks with the seed derived from the job index', () => {
    const sys = fakeSystem();
    const r = runGridJob(sys, { system: null, workload: W, plan: { type: 'rates', rates: [4, 8] } }, 7, { seed: 5, durationS: 2 }, true);
    const direct = simulateRates(sys, W, [4, 8], { seed: deriveSeed(5, 7), durationS: 2 });
    expect(r.rows).toEqual(buildSimTidyRows(direct));
    expect(r.run?.benchmarks.map((b) => b.stats)).toEqual(direct.benchmarks.map((b) => b.stats));
    const one = runGridJob(sys, { system: null, workload: W, plan: { type: 'benchmark', strategy: { type: 'concurrent', streams: 2 } } }, 0, { seed: 5, durationS: 2 }, false);
    expect(one.run).toBeNull();
    expect(one.rows[0].mean_latency_s).toBe(simulateBenchmark(sys, W, { type: 'concurrent', streams: 2 }, { seed: deriveSeed(5, 0), durationS: 2 }).stats.meanLatencyS);
    expect(one.rows[0].source).toBe(`sim:fake:seed=${deriveSeed(5, 0)}`);
  });

  it('rejects an unknown plan', () => {
    const job = { system: null, workload: W, plan: { type: 'grid' } } as unknown as GridJob;
    expect(() => runGridJob(fakeSystem(), job, 0, { seed: 1 }, false)).toThrow(/plan of type sweep, rates or benchmark/);
  });
});
