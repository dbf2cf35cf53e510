import { describe, expect, it } from 'vitest';
import { simulateBenchmark } from '../../lib/sim/simulate-benchmark.js';
import { buildSimGuidellmReport } from '../../lib/sim/build-sim-guidellm-report.js';
import { createRng } from '../../lib/random/create-rng.js';
import { fakeSystem } from './fake-system.js';

const W = { prefillTokens: 256, decodeTokens: 64, k: 3, alpha: 0.7 };

describe('simulateBenchmark', () => {
  it('is deterministic: the same inputs and seed serialise byte-identically; another seed differs', () => {
    const sys = fakeSystem({ engine: { noiseRel: 0.05 } });
    const once = () => JSON.stringify(buildSimGuidellmReport(simulateBenchmark(sys, W, { type: 'poisson', rate: 20 }, { durationS: 10, seed: 4 })));
    const a = once();
    expect(once()).toBe(a);
    const other = JSON.stringify(buildSimGuidellmReport(simulateBenchmark(sys, W, { type: 'poisson', rate: 20 }, { durationS: 10, seed: 5 })));
    expect(other).not.toBe(a);
    // an rng instead of a seed: the same stream as createRng(seed)
    const viaRng = simulateBenchmark(sys, W, { type: 'poisson', rate: 20 }, { durationS: 10, rng: createRng(4) });
    expect(viaRng.stats).toEqual(simulateBenchmark(sys, W, { type: 'poisson', rate: 20 }, { durationS: 10, seed: 4 }).stats);
    expect(viaRng.seed).toBeNull();
  });

  it('counts successful, incomplete (in flight at the end) and errored requests', () => {
    const r = simulateBenchmark(fakeSystem(), W, { type: 'throughput' }, { durationS: 5, maxConcurrency: 20 });
    expect(r.stats.incomplete).toBe(20); // throughput keeps max concurrency in flight
    expect(r.stats.errored).toBe(0);
    expect(r.stats.successful).toBeGreaterThan(50);
    expect(r.stats.measuredRps).toBe(r.stats.successful / 5);
    const bad = simulateBenchmark(fakeSystem({ engine: { maxModelLen: 300 } }), W, { type: 'concurrent', streams: 2 }, { durationS: 0.5 });
    expect(bad.stats.successful).toBe(0);
    expect(bad.stats.errored).toBeGreaterThan(900);
    expect(bad.stats.meanLatencyS).toBe(0);
  });

  it('excludes requests outside the warm-up / cool-down window (GuideLLM 0.5 overlap rule)', () => {
    const all = simulateBenchmark(fakeSystem(), W, { type: 'constant', rate: 10 }, { durationS: 20, seed: 2 });
    const cut = simulateBenchmark(fakeSystem(), W, { type: 'constant', rate: 10 }, { durationS: 20, seed: 2, warmupFrac: 0.25, cooldownFrac: 0.25 });
    expect(cut.stats.windowStartS).toBe(5);
    expect(cut.stats.windowEndS).toBe(15);
    const log = cut.requests;
    let expected = 0;
    let completedInWindow = 0;
    for (let i = 0; i < log.count; i++) {
      const inWindow = log.endS[i] > 5 && log.startS[i] < 15;
      expect(log.measured[i]).toBe(log.status[i] === 1 ? (log.startS[i] < 15 ? 1 : 0) : inWindow ? 1 : 0);
      if (log.status[i] === 0 && inWindow) expected++;
      if (log.status[i] === 0 && log.endS[i] >= 5 && log.endS[i] < 15) completedInWindow++;
    }
    expect(cut.stats.successful).toBe(expected);
    expect(cut.stats.successful).toBeLessThan(all.stats.successful);
    // the rate counts completions inside the window only (requests overlapping its end count in the latency)
    expect(completedInWindow).toBeLessThan(expected);
    expect(cut.stats.measuredRps).toBeCloseTo(completedInWindow / 10, 12);
  });

  it('straddling requests: the latency counts every success overlapping the window, the rate only completions inside it, and in-flight requests at the end neither', () => {
    // the data set's shape: 40% warm-up, no cool-down (the window ends with the benchmark), requests of about 0.3 s
    const r = simulateBenchmark(fakeSystem(), W, { type: 'constant', rate: 30 }, { durationS: 6, seed: 8, warmupFrac: 0.4 });
    const log = r.requests;
    const [ws, we] = [r.stats.windowStartS, r.stats.windowEndS];
    expect(ws).toBeCloseTo(2.4, 12);
    expect(we).toBe(6);
    const overlap: number[] = [];
    let completedInside = 0;
    let startStraddlers = 0;
    let inFlight = 0;
    for (let i = 0; i < log.count; i++) {
      if (log.status[i] === 1) inFlight++;
      if (log.status[i] !== 0) continue;
      if (log.endS[i] > ws && log.startS[i] < we) overlap.push(log.endS[i] - log.startS[i]);
      if (log.endS[i] >= ws && log.endS[i] < we) completedInside++;
      if (log.startS[i] < ws && log.endS[i] > ws) startStraddlers++;
    }
    // the case exists: requests sent in the warm-up that complete in the window, requests still running at the end
    expect(startStraddlers).toBeGreaterThan(3);
    expect(inFlight).toBeGreaterThan(3);
    expect(r.stats.incomplete).toBe(inFlight);
    expect(r.stats.successful).toBe(overlap.length);
    expect(r.stats.meanLatencyS).toBeCloseTo(overlap.reduce((a, b) => a + b, 0) / overlap.length, 12);
    expect(r.stats.measuredRps).toBeCloseTo(completedInside / (we - ws), 12);

    // with a cool-down, requests that overlap the window's end and complete after it: latency yes, rate no
    const c = simulateBenchmark(fakeSystem(), W, { type: 'constant', rate: 30 }, { durationS: 6, seed: 8, warmupFrac: 0.4, cooldownFrac: 0.25 });
    const ce = c.stats.windowEndS;
    let endStraddlers = 0;
    let inside = 0;
    let inWindowLatency = 0;
    const lat: number[] = [];
    for (let i = 0; i < c.requests.count; i++) {
      if (c.requests.status[i] !== 0) continue;
      const [s, e] = [c.requests.startS[i], c.requests.endS[i]];
      if (e > ws && s < ce) lat.push(e - s);
      if (e >= ws && e < ce) {
        inside++;
        inWindowLatency += e - s;
      }
      if (s < ce && e >= ce) endStraddlers++;
    }
    expect(endStraddlers).toBeGreaterThan(3);
    expect(c.stats.successful).toBe(lat.length);
    expect(c.stats.meanLatencyS).toBeCloseTo(lat.reduce((a, b) => a + b, 0) / lat.length, 12);
    expect(c.stats.measuredRps).toBeCloseTo(inside / (ce - ws), 12);
    // the two rules differ on these data: counting only completions inside the window would change the latency
    expect(Math.abs(inWindowLatency / inside - c.stats.meanLatencyS)).toBeGreaterThan(1e-9);
    expect(inside).toBeLessThan(lat.length);
  });

  it('records streamed chunks on request', () => {
    const r = simulateBenchmark(fakeSystem(), W, { type: 'synchronous' }, { durationS: 2, recordChunks: true });
    expect(r.requests.chunks).not.toBeNull();
    const ch = r.requests.chunks!;
    const tokens0 = Array.from(ch.tokens).filter((_, i) => ch.requestId[i] === 0);
    expect(tokens0.reduce((a, b) => a + b, 0)).toBe(64);
    expect(tokens0.length).toBe(r.requests.iterations[0]);
    expect(simulateBenchmark(fakeSystem(), W, { type: 'synchronous' }, { durationS: 2 }).requests.chunks).toBeNull();
  });

  it('names the problem for invalid inputs', () => {
    const sys = fakeSystem();
    const ok = { durationS: 1 };
    expect(() => simulateBenchmark(sys, W, { type: 'constant' }, ok)).toThrow(/^simulateBenchmark requires a finite rate/);
    expect(() => simulateBenchmark(sys, { ...W, decodeTokens: 0 }, { type: 'synchronous' }, ok)).toThrow(/decodeTokens >= 1/);
    expect(() => simulateBenchmark(fakeSystem({ drafterKind: null }), W, { type: 'synchronous' }, ok)).toThrow(/with a drafter when k > 0/);
    expect(() => simulateBenchmark(sys, { ...W, alpha: undefined }, { type: 'synchronous' }, ok)).toThrow(/^simulateBenchmark: conditionalAcceptance requires exactly one/);
    expect(() => simulateBenchmark(sys, W, { type: 'synchronous' }, { durationS: 0 })).toThrow(/durationS > 0/);
    expect(() => simulateBenchmark(sys, W, { type: 'synchronous' }, { durationS: 1, warmupFrac: 0.6, cooldownFrac: 0.4 })).toThrow(/sum below 1/);
    expect(() => simulateBenchmark(sys, W, { type: 'synchronous' }, { durationS: 1, seed: 1, rng: createRng(1) })).toThrow(/seed or an rng/);
    expect(() => simulateBenchmark(fakeSystem({ engine: { kvCacheBlocks: 10 } }), W, { type: 'synchronous' }, ok)).toThrow(/kvCacheBlocks >= 21/);
  });
});
