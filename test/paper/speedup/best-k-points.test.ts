import { describe, expect, it } from 'vitest';
import { bestKPoints } from '../../../lib/paper/speedup/best-k-points.js';

// g = 1, alpha = 0.5: E(1) = 1.5, E(2) = 1.75, E(3) = 1.875.
// C1 = (1 + 0.1 k) / E: k1 0.7333, k2 0.6857, k3 0.6933 -> argmin C1 = 2.
// C2 = (1 + 0.5 k) / E: k1 1, k2 1.1429, k3 1.3333 -> argmin C2 = 1; highest sustainable rate 1 / 1 = 1.
const six = { c1_p: 0, c1_v: 1, c1_d: 0.1, c2_p: 0, c2_v: 1, c2_d: 0.5 };

describe('bestKPoints', () => {
  const pts = bestKPoints(six, { alphas: [0.5], ks: [3, 1, 2], decodeTokens: 1, nRates: 50 });

  it('picks argmin C1 at zero load and argmin C2 near saturation', () => {
    expect(pts).toHaveLength(50);
    expect(pts[0]).toEqual({ series: 'α = 0.50', rps: 0, bestK: 2 });
    expect(pts[49].rps).toBeCloseTo(0.98, 12);
    expect(pts[49].bestK).toBe(1);
  });

  it('switches where the two latencies cross', () => {
    // L1 = 0.7333 / (1 - r), L2 = 0.6857 / (1 - 1.1429 r): equal at r = (1 - 0.6857/0.7333) / (1.1429 - 0.6857/0.7333).
    const a = (1 + 0.1) / 1.5;
    const b = (1 + 0.2) / 1.75;
    const c2 = 2 / 1.75;
    const cross = (1 - b / a) / (c2 - b / a);
    for (const p of pts) expect(p.bestK).toBe(p.rps < cross ? 2 : 1);
  });

  it('lets the baseline win when k = 0 is a candidate', () => {
    // k = 0: C1 = 1, C2 = 1; never better than k = 1 here (same C2, higher C1) -> k = 0 never chosen.
    expect(bestKPoints(six, { alphas: [0.5], ks: [0, 1], decodeTokens: 1, nRates: 5 }).every((p) => p.bestK === 1)).toBe(true);
    // With a cheap baseline (alpha 0: E = 1, SD only adds drafter work), k = 0 always wins.
    expect(bestKPoints(six, { alphas: [0], ks: [0, 1, 2], decodeTokens: 1, nRates: 5 }).every((p) => p.bestK === 0)).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => bestKPoints({ ...six, c2_d: -1 }, { alphas: [0.5], ks: [1], decodeTokens: 1 })).toThrow('bestKPoints requires non-negative c2_d, got -1');
    expect(() => bestKPoints(six, { alphas: [2], ks: [1], decodeTokens: 1 })).toThrow('bestKPoints requires options.alphas in [0, 1]');
    expect(() => bestKPoints(six, { alphas: [0.5], ks: [1.5], decodeTokens: 1 })).toThrow('bestKPoints requires options.ks to be integers >= 0');
    expect(() => bestKPoints({ ...six, c2_v: 0, c2_d: 0 }, { alphas: [0.5], ks: [1], decodeTokens: 1 })).toThrow('bestKPoints requires a positive C2_eff');
  });
});
