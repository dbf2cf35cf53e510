import { describe, expect, it } from 'vitest';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { simulateRates } from '../../lib/sim/simulate-rates.js';
import type { SimRunResult } from '../../lib/sim/sim-run-types.js';
import { toBenchmarkRun } from '../../lib/sim/to-benchmark-run.js';
import { fakeSystem } from './fake-system.js';

const W = { prefillTokens: 128, decodeTokens: 32, k: 2, alpha: 0.6 };

describe('toBenchmarkRun', () => {
  it('describes a run: the system as the server, the profile, seeds, windows and the request logs', () => {
    const sim = simulateRates(fakeSystem(), W, [2, 5], { durationS: 4, seed: 7, warmupFrac: 0.25 });
    const run = toBenchmarkRun(sim);
    expect(run.server).toEqual({ target: `sim://${sim.benchmarks[0].system.name}`, model: sim.benchmarks[0].system.verifier });
    expect(run.generator.idPrefix).toBe('sim');
    expect([run.promptTokens, run.outputTokens, run.seed]).toEqual([128, 32, 7]);
    expect(run.profile).toBe(sim.profile);
    run.benchmarks.forEach((b, i) => {
      const s = sim.benchmarks[i];
      expect(b.strategy).toEqual({ type: 'constant', rate: [2, 5][i] });
      expect([b.windowStartS, b.windowEndS]).toEqual([s.stats.windowStartS, s.stats.windowEndS]);
      expect(b.windowStartS).toBe(1);
      expect(b.requests).toBe(s.requests);
    });
  });

  it('makes a single benchmark a run with a single profile', () => {
    const one = simulateBenchmark(fakeSystem(), W, { type: 'synchronous' }, { durationS: 2, seed: 3 });
    const run = toBenchmarkRun(one);
    expect(run.profile).toEqual({ type: 'single' });
    expect(run.benchmarks).toHaveLength(1);
    expect(run.seed).toBe(3);
  });

  it('rejects a missing result or a run without benchmarks', () => {
    expect(() => toBenchmarkRun(null as unknown as SimRunResult)).toThrow('toBenchmarkRun requires a simulation result');
    expect(() => toBenchmarkRun({ profile: { type: 'single' }, seed: 0, benchmarks: [] })).toThrow('toBenchmarkRun requires at least one benchmark');
  });
});
