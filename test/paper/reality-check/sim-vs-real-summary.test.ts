import { describe, expect, it } from 'vitest';
import { simVsRealSummary } from '../../../lib/paper/reality-check/sim-vs-real-summary.js';

const c = (verifier: string, rel: number, strategy: 'synchronous' | 'constant' = 'constant') => ({ verifier, alpha: 0.8, k: 3, strategy, rps: 1, real_latency_s: 1, sim_latency_s: 1 + rel, rel_error: rel });
const u = (reason: string) => ({ verifier: 'A', alpha: 0.8, k: 3, strategy: 'constant', rps: 9, reason });

describe('simVsRealSummary', () => {
  const s = simVsRealSummary({
    comparisons: [c('A', -0.2), c('A', 0.05, 'synchronous'), c('B', -0.05, 'synchronous'), c('B', 0.1)],
    unmatched: [u("above the simulated sweep's highest steady rate 6.000 requests/s"), u('no simulated sweep of this configuration'), u('something else')],
  });

  it('computes MAPE, bias, the share within the band and the worst verifier', () => {
    expect(s.n).toBe(4);
    expect(s.mapePct).toBeCloseTo(10, 12); // (20 + 5 + 5 + 10) / 4
    expect(s.biasPct).toBeCloseTo(-2.5, 12); // (-20 + 5 - 5 + 10) / 4
    expect(s.syncMapePct).toBeCloseTo(5, 12);
    expect(s.loadedMapePct).toBeCloseTo(15, 12);
    expect(s.withinBand).toBe(0.75); // |0.1| counts as inside ±10%
    expect(s.worstVerifier).toBe('A');
    expect(s.worstMapePct).toBeCloseTo(12.5, 12);
    expect([s.nUnmatched, s.unmatchedAboveRange, s.unmatchedNoSweep, s.unmatchedOther]).toEqual([3, 1, 1, 1]);
  });

  it('says it in one paragraph', () => {
    expect(s.text).toContain('4 real steady-state points were compared');
    expect(s.text).toContain('3 could not be paired (1 above the simulated sweep\'s highest steady rate, 1 without a simulated sweep of their configuration, 1 other)');
    expect(s.text).toContain('Mean absolute error 10% (synchronous points 5%, constant-rate points 15%), mean signed error -2.5% (the simulation is faster than reality on average)');
    expect(s.text).toContain('75% of the points lie within ±10%. Worst verifier: A (MAPE 12.5%).');
  });

  it('rejects no comparisons and a bad band', () => {
    expect(() => simVsRealSummary({ comparisons: [], unmatched: [] })).toThrow('simVsRealSummary requires at least one comparison');
    expect(() => simVsRealSummary({ comparisons: [c('A', 0)], unmatched: [] }, { band: 1 })).toThrow('simVsRealSummary requires options.band in (0, 1), got 1');
  });
});
