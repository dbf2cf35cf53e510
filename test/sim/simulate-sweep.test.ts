import { describe, expect, it } from 'vitest';
import { simulateSweep } from '../../lib/sim/simulate-sweep.js';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { deriveSeed } from '../../lib/sim/derive-seed.js';
import { fakeSystem } from './fake-system.js';
import { pilotLatency } from '../../lib/sim/pilot-latency.js';
import { createRng } from '../../lib/random/create-rng.js';

const W = { prefillTokens: 256, decodeTokens: 64, k: 2, alpha: 0.8 };

describe('simulateSweep', () => {
  it('runs synchronous, throughput, then evenly spaced constant rates up to the throughput rate', () => {
    const sweep = simulateSweep(fakeSystem(), W, { sweepSize: 6, durationS: 6, seed: 3 });
    expect(sweep.benchmarks.map((b) => b.strategy.type)).toEqual(['synchronous', 'throughput', 'constant', 'constant', 'constant', 'constant']);
    const p = sweep.profile;
    if (p.type !== 'sweep') throw new Error('expected a sweep profile');
    expect(p.synchronousRate).toBe(sweep.benchmarks[0].stats.measuredRps);
    expect(p.throughputRate).toBe(sweep.benchmarks[1].stats.measuredRps);
    const step = (p.throughputRate - p.synchronousRate) / 4;
    p.asyncRates.forEach((r, i) => expect(r).toBeCloseTo(p.synchronousRate + step * (i + 1), 9));
    expect(sweep.benchmarks.slice(2).map((b) => b.strategy.rate)).toEqual(p.asyncRates);
    // benchmark i is reproducible alone from the derived seed
    const alone = simulateBenchmark(fakeSystem(), W, { type: 'constant', rate: p.asyncRates[1] }, { durationS: 6, seed: deriveSeed(3, 3) });
    expect(alone.stats).toEqual(sweep.benchmarks[3].stats);
    expect(sweep.benchmarks[3].seed).toBe(deriveSeed(3, 3));
  });

  it('defaults to ten benchmarks and rejects a sweep below three', () => {
    expect(simulateSweep(fakeSystem(), W, { durationS: 2 }).benchmarks).toHaveLength(10);
    expect(() => simulateSweep(fakeSystem(), W, { sweepSize: 2 })).toThrow(/sweepSize >= 3/);
  });

  it('spaces rates by token throughput when requests outlast the benchmark, and fails when nothing is delivered', () => {
    // 3000-token outputs take longer than a 2-s benchmark: no request completes
    const long = simulateSweep(fakeSystem(), { ...W, decodeTokens: 3000 }, { durationS: 2, sweepSize: 3 });
    const p = long.profile;
    if (p.type !== 'sweep') throw new Error('expected a sweep profile');
    expect(long.benchmarks[0].stats.successful).toBe(0);
    const delivered = long.benchmarks[1].requests.outputTokens.reduce((a, b) => a + b, 0);
    expect(p.throughputRate).toBeCloseTo(delivered / 3000 / 2, 12);
    expect(() => simulateSweep(fakeSystem(), { ...W, prefillTokens: 4000 }, { durationS: 0.001 })).toThrow(/deliver tokens/);
  });

  it('with a window, runs every benchmark for the latency-scaled length with its warm-up, after a seeded pilot request', () => {
    const window = { minDurationS: 3, latencyMultiple: 20, warmupFrac: 0.4 };
    const sweep = simulateSweep(fakeSystem(), W, { sweepSize: 4, seed: 5, window });
    const p = sweep.profile;
    if (p.type !== 'sweep' || p.pilotLatencyS === undefined) throw new Error('expected a sweep profile with the pilot latency');
    const pilot = pilotLatency(fakeSystem(), W, (i) => createRng(deriveSeed(5, 4, i)));
    expect(p.pilotLatencyS).toBe(pilot);
    const durationS = Math.max(3, Math.ceil(20 * pilot));
    for (const b of sweep.benchmarks) expect([b.durationS, b.warmupFrac, b.stats.windowStartS]).toEqual([durationS, 0.4, 0.4 * durationS]);
    // the benchmarks keep their own seeds: benchmark i alone reproduces it
    const alone = simulateBenchmark(fakeSystem(), W, { type: 'synchronous' }, { durationS, warmupFrac: 0.4, seed: deriveSeed(5, 0) });
    expect(alone.stats).toEqual(sweep.benchmarks[0].stats);
    expect(() => simulateSweep(fakeSystem(), W, { window, durationS: 10 })).toThrow('either a window or durationS');
    expect(() => simulateSweep(fakeSystem(), W, { window: { ...window, warmupFrac: 2 } })).toThrow('simulateSweep requires window.warmupFrac in [0, 1)');
  });

  it('with the data set\'s window rule (22 pilot latencies, 40% warm-up), every benchmark outlasts its longest request and counts the rate it was sent', () => {
    // minDurationS 1 s: the length comes from the latency scaling alone (the fake system's requests take about 0.4 s)
    const window = { minDurationS: 1, latencyMultiple: 22, warmupFrac: 0.4 };
    const w = { ...W, decodeTokens: 128 };
    const sweep = simulateSweep(fakeSystem(), w, { seed: 11, window });
    const p = sweep.profile;
    if (p.type !== 'sweep' || p.pilotLatencyS === undefined) throw new Error('expected a sweep profile with the pilot latency');
    for (const b of sweep.benchmarks) {
      const measuredS = b.stats.windowEndS - b.stats.windowStartS;
      expect(b.durationS).toBeGreaterThanOrEqual(22 * p.pilotLatencyS);
      expect(measuredS).toBeCloseTo(0.6 * b.durationS, 9);
      let longest = 0;
      for (let i = 0; i < b.requests.count; i++) if (b.requests.status[i] === 0) longest = Math.max(longest, b.requests.endS[i] - b.requests.startS[i]);
      // the throughput benchmark, at 128 in flight, has the longest requests (about 6 pilot latencies): still under half the window
      expect(longest, `${b.strategy.type} ${b.strategy.rate ?? ''}`).toBeLessThan(measuredS / 2);
      // and the warm-up outlasts them: the statistics start on a server that has filled up
      expect(longest).toBeLessThan(b.stats.windowStartS);
    }
    // GuideLLM's rate (completions inside the window / its length) is the rate the requests were sent at,
    // for every constant rate below the throughput rate (the top one runs at saturation)
    const constant = sweep.benchmarks.filter((b) => b.strategy.type === 'constant').slice(0, -1);
    expect(constant).toHaveLength(7);
    for (const b of constant) expect(Math.abs(b.stats.measuredRps / (b.strategy.rate as number) - 1), `rate ${b.strategy.rate}`).toBeLessThan(0.02);
    // contrast: benchmarks of 2 pilot latencies without warm-up lose the late requests, and the rate with them
    const short = simulateSweep(fakeSystem(), w, { seed: 11, window: { minDurationS: 0.5, latencyMultiple: 2, warmupFrac: 0 } });
    const lastShort = short.benchmarks[short.benchmarks.length - 2];
    expect(lastShort.stats.measuredRps / (lastShort.strategy.rate as number)).toBeLessThan(0.6);
  });
});
