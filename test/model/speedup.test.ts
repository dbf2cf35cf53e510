import { describe, expect, it } from 'vitest';
import { speedup, speedupFromRatios } from '../../lib/model/speedup.js';
import { eq1Latency } from '../../lib/model/eq1-latency.js';

const base = { c1: 2, c2: 0.1 };
const sd = { c1: 1, c2: 0.15 };

describe('speedup (Eq. 2)', () => {
  it('equals the ratio of the two Eq. 1 latencies at every stable load', () => {
    for (const rps of [0, 1, 3, 5, 6]) {
      const ratio = eq1Latency(rps, base).latencyS / eq1Latency(rps, sd).latencyS;
      expect(speedup(rps, base, sd)).toBeCloseTo(ratio, 12);
    }
  });

  it('starts at 1 / C1R and shrinks with load when C2R > 1, grows when C2R < 1', () => {
    expect(speedupFromRatios(0.5, 1.5, 0)).toBeCloseTo(2, 12);
    expect(speedupFromRatios(0.5, 1.5, 0.3)!).toBeLessThan(2);
    expect(speedupFromRatios(0.5, 0.8, 0.3)!).toBeGreaterThan(2);
  });

  it('is explicit at saturation: 0 when only SD saturates, Infinity when only the baseline does', () => {
    expect(speedup(8, base, sd)).toBe(0); // r = 0.8, r * C2R = 1.2
    expect(speedup(12, base, { c1: 1, c2: 0.05 })).toBe(Infinity);
    expect(speedup(30, base, sd)).toBeNull();
  });
});
