import { describe, expect, it } from 'vitest';
import { breakEvenLoad } from '../../lib/model/break-even-load.js';
import { eq1Latency } from '../../lib/model/eq1-latency.js';

const base = { c1: 2, c2: 0.1 };
const sd = { c1: 1, c2: 0.15 };

describe('breakEvenLoad', () => {
  it('finds r* = (C1R - 1) / (C1R - C2R) where the latencies are equal', () => {
    const be = breakEvenLoad(base, sd)!;
    expect(be.r).toBeCloseTo(0.5, 12);
    expect(be.rps).toBeCloseTo(5, 12);
    expect(be.sdFasterBelow).toBe(true);
    expect(eq1Latency(be.rps, base).latencyS).toBeCloseTo(eq1Latency(be.rps, sd).latencyS, 10);
  });

  it('returns null when SD wins (or loses) at every stable load', () => {
    expect(breakEvenLoad(base, { c1: 1, c2: 0.08 })).toBeNull();
    expect(breakEvenLoad(base, { c1: 3, c2: 0.2 })).toBeNull();
  });
});
