import { describe, expect, it } from 'vitest';
import { simulateRates } from '../../lib/sim/simulate-rates.js';
import { fakeSystem } from './fake-system.js';

const W = { prefillTokens: 128, decodeTokens: 32, k: 0 };

describe('simulateRates', () => {
  it('runs one constant-rate benchmark per rate, in order, with throughput close to the rate below saturation', () => {
    const run = simulateRates(fakeSystem({ drafterKind: null }), W, [2, 5, 10], { durationS: 20, seed: 1 });
    expect(run.profile).toEqual({ type: 'constant', rates: [2, 5, 10] });
    expect(run.benchmarks.map((b) => b.strategy)).toEqual([
      { type: 'constant', rate: 2 },
      { type: 'constant', rate: 5 },
      { type: 'constant', rate: 10 },
    ]);
    for (const b of run.benchmarks) expect(Math.abs(b.stats.measuredRps - (b.strategy.rate as number)) / (b.strategy.rate as number)).toBeLessThan(0.05);
    // latency grows with load
    const lat = run.benchmarks.map((b) => b.stats.meanLatencyS);
    expect(lat[2]).toBeGreaterThan(lat[0]);
  });

  it('rejects empty or non-positive rate lists', () => {
    expect(() => simulateRates(fakeSystem(), W, [])).toThrow(/non-empty list/);
    expect(() => simulateRates(fakeSystem(), W, [1, 0])).toThrow(/rates > 0/);
  });
});
