import { describe, expect, it } from 'vitest';
import { benchmarkStats } from '../../../lib/sim/metrics/benchmark-stats.js';
import { handLog } from './hand-log.js';

describe('benchmarkStats', () => {
  it('summarises the measured successful requests as GuideLLM does', () => {
    const s = benchmarkStats(handLog(), 10, 0, 10);
    expect([s.successful, s.incomplete, s.errored]).toEqual([2, 1, 1]);
    expect(s.measuredRps).toBe(0.2);
    expect(s.meanLatencyS).toBeCloseTo((1.5 + 1.2) / 2, 12);
    expect(s.meanTtftMs).toBeCloseTo(350, 9);
    // token-weighted: ITL (100 ms x 10 + 250 ms x 4) / 14; TPOT (1500/11 x 11 + 1200/5 x 5) / 16
    expect(s.meanItlMs).toBeCloseTo((100 * 10 + 250 * 4) / 14, 9);
    expect(s.meanTpotMs).toBeCloseTo((1500 + 1200) / 16, 9);
    // concurrency: time in flight 1.5 + 1.2 over the span 0 .. 2.2
    expect(s.meanConcurrency).toBeCloseTo(2.7 / 2.2, 12);
    expect(s.meanOutputTokensPerIteration).toBeCloseTo(16 / 9, 12);
    expect(s.p50LatencyS).toBeCloseTo(1.2, 12);
    expect(s.p99LatencyS).toBe(1.5);
  });

  it('divides the completions inside the measurement window by its length and rejects an empty window', () => {
    expect(benchmarkStats(handLog(), 10, 1, 5).measuredRps).toBe(2 / 4);
    // window 1.8 .. 5: request 0 completed at 1.5, before it; request 1 (1 .. 2.2) started in the warm-up and
    // completed inside: the rate counts its completion only (GuideLLM counts completions in the window)
    const warm = benchmarkStats(handLog(), 10, 1.8, 5);
    expect(warm.measuredRps).toBe(1 / 3.2);
    // window 0 .. 2: request 1 overlaps the window's end but completes after it: latency yes, rate no
    const cool = benchmarkStats(handLog(), 10, 0, 2);
    expect([cool.successful, cool.measuredRps]).toEqual([2, 1 / 2]);
    expect(() => benchmarkStats(handLog(), 10, 5, 5)).toThrow(/windowEndS > windowStartS/);
  });
});
