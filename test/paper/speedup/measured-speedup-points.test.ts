import { describe, expect, it } from 'vitest';
import { measuredSpeedupPoints } from '../../../lib/paper/speedup/measured-speedup-points.js';
import { tidyRow } from '../../fit/tidy-row-factory.js';

// Baseline L = 2 + 0.1 RPS measured at 0.5, 1, 2, 3 requests/s; SD (alpha 0.8, k 3) L = 1 + 0.2 RPS at
// 0.75, 1.5, 2.5. Both are linear, so linear interpolation is exact: S(r) = (2 + 0.1 r) / (1 + 0.2 r)
// at every rate of either curve inside [0.75, 2.5]: 0.75, 1, 1.5, 2, 2.5.
const base = [0.5, 1, 2, 3].map((r, i) => tidyRow({ strategy: i === 0 ? 'synchronous' : 'constant', measured_rps: r, mean_latency_s: 2 + 0.1 * r }));
const sd = [0.75, 1.5, 2.5].map((r) => tidyRow({ drafter: 'E', k: 3, alpha: 0.8, measured_rps: r, mean_latency_s: 1 + 0.2 * r }));
const s = (r: number): number => (2 + 0.1 * r) / (1 + 0.2 * r);

describe('measuredSpeedupPoints', () => {
  it('interpolates both measured curves at every rate of either inside the common range', () => {
    const pts = measuredSpeedupPoints([...base, ...sd], { exclusion: false });
    expect(pts.map((p) => p.rps)).toEqual([0.75, 1, 1.5, 2, 2.5]);
    for (const p of pts) {
      expect(p.series).toBe('k = 3');
      expect(p.speedup).toBeCloseTo(s(p.rps), 12);
    }
  });

  it('ignores throughput and concurrent runs, names series by alpha when there are several', () => {
    const burst = tidyRow({ strategy: 'throughput', measured_rps: 2.8, mean_latency_s: 50 });
    const other = [0.75, 2.5].map((r) => tidyRow({ drafter: 'E', k: 1, alpha: 0.6, measured_rps: r, mean_latency_s: 2 }));
    const pts = measuredSpeedupPoints([...base, burst, ...sd, ...other], { exclusion: false });
    expect([...new Set(pts.map((p) => p.series))]).toEqual(['α = 0.6, k = 1', 'α = 0.8, k = 3']);
    expect(pts.find((p) => p.series === 'α = 0.8, k = 3' && p.rps === 2.5)!.speedup).toBeCloseTo(s(2.5), 12);
    expect(pts.find((p) => p.series === 'α = 0.6, k = 1' && p.rps === 2)!.speedup).toBeCloseTo(2.2 / 2, 12);
    expect(measuredSpeedupPoints([...base, ...sd], { exclusion: false, series: ({ k }) => `draft ${k}` })[0].series).toBe('draft 3');
  });

  it('leaves saturated rows out before interpolating', () => {
    // Measured rate well below its target: excludeSaturated drops it (and nothing else here).
    const slow = tidyRow({ drafter: 'E', k: 3, alpha: 0.8, measured_rps: 2.9, rate_rps: 4, mean_latency_s: 40 });
    const pts = measuredSpeedupPoints([...base, ...sd, slow], { exclusion: { backlogRatio: null, jumpFactor: null, throughputFraction: null } });
    expect(Math.max(...pts.map((p) => p.rps))).toBe(2.5);
  });

  it('rejects rows of several systems and a missing baseline', () => {
    expect(() => measuredSpeedupPoints([...base, tidyRow({ prefill_tokens: 1024 })], { exclusion: false })).toThrow(
      'measuredSpeedupPoints requires rows of one system (verifier, hardware, prefill, decode), got 2',
    );
    expect(() => measuredSpeedupPoints(sd, { exclusion: false })).toThrow('measuredSpeedupPoints requires a baseline sweep (k = 0) with at least 2 usable points, got 0');
    expect(() => measuredSpeedupPoints(base, { exclusion: false })).toThrow('measuredSpeedupPoints requires at least one SD sweep');
  });
});
