import { describe, expect, it } from 'vitest';
import { eq1Latency, eq1LatencyCore } from '../../lib/model/eq1-latency.js';
import { littleBatch } from '../../lib/model/little-batch.js';

describe('eq1Latency', () => {
  it('gives C1 at zero load and doubles at half utilisation', () => {
    expect(eq1Latency(0, { c1: 1.3, c2: 0.04 })).toEqual({ latencyS: 1.3, saturated: false, utilisation: 0 });
    const half = eq1Latency(12.5, { c1: 1.3, c2: 0.04 });
    expect(half.latencyS).toBeCloseTo(2.6, 12);
    expect(half.utilisation).toBeCloseTo(0.5, 12);
  });

  it('is the fixed point of L = C1 + B * C2 with Little-law batch B = RPS * L', () => {
    const c = { c1: 0.8, c2: 0.03 };
    const rps = 20;
    const { latencyS } = eq1Latency(rps, c);
    expect(c.c1 + littleBatch(rps, latencyS) * c.c2).toBeCloseTo(latencyS, 12);
  });

  it('reports saturation explicitly, never a negative or NaN latency', () => {
    for (const rps of [25, 30, 1e6]) {
      const p = eq1Latency(rps, { c1: 1, c2: 0.04 });
      expect(p.saturated).toBe(true);
      expect(p.latencyS).toBe(Infinity);
    }
    expect(eq1LatencyCore(50, 1, 0.04)).toBe(Infinity);
  });

  it('rejects bad coefficients with the function name in the message', () => {
    expect(() => eq1Latency(-1, { c1: 1, c2: 0.1 })).toThrow('eq1Latency requires rps');
    expect(() => eq1Latency(1, { c1: 0, c2: 0.1 })).toThrow('eq1Latency requires c1');
    expect(() => eq1Latency(1, { c1: 1, c2: Number.NaN })).toThrow('eq1Latency requires c2');
  });
});
