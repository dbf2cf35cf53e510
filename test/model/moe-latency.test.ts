import { describe, expect, it } from 'vitest';
import { moeCoverage } from '../../lib/model/moe-coverage.js';
import { moeLatency } from '../../lib/model/moe-latency.js';
import { eq1Latency } from '../../lib/model/eq1-latency.js';

const routing = { experts: 128, active: 8, tokensPerRequest: 1 };
const c = { c1_u: 0.8, c1_s: 0.6, c2_u: 0.01, c2_s: 0.02 };

describe('moeLatency (Eq. 4, implicit)', () => {
  it('satisfies the implicit equation at its solution', () => {
    for (const rps of [0.5, 5, 15, 25]) {
      const p = moeLatency(rps, c, routing);
      expect(p.saturated).toBe(false);
      const phi = moeCoverage(rps * p.latencyS, 128, 8);
      const rhs = (c.c1_u + phi * c.c1_s) / (1 - rps * (c.c2_u + phi * c.c2_s));
      expect(p.latencyS).toBeCloseTo(rhs, 9);
    }
  });

  it('is the smallest root: a brute-force scan finds no earlier sign change', () => {
    const rps = 20;
    const p = moeLatency(rps, c, routing);
    const f = (l: number) => {
      const phi = moeCoverage(rps * l, 128, 8);
      return l * (1 - rps * (c.c2_u + phi * c.c2_s)) - (c.c1_u + phi * c.c1_s);
    };
    for (let l = c.c1_u; l < p.latencyS * 0.999; l += 1e-4) expect(f(l)).toBeLessThan(0);
  });

  it('reduces to Eq. 1 without a saturation increment and lies between the u and u+s dense curves', () => {
    const plain = moeLatency(10, { c1_u: 1, c1_s: 0, c2_u: 0.05, c2_s: 0 }, routing);
    expect(plain.latencyS).toBeCloseTo(eq1Latency(10, { c1: 1, c2: 0.05 }).latencyS, 9);
    const l = moeLatency(10, c, routing).latencyS;
    expect(l).toBeGreaterThan(eq1Latency(10, { c1: c.c1_u, c2: c.c2_u }).latencyS);
    expect(l).toBeLessThan(eq1Latency(10, { c1: c.c1_u + c.c1_s, c2: c.c2_u + c.c2_s }).latencyS);
  });

  it('reports saturation when no steady state exists', () => {
    const p = moeLatency(40, c, routing); // 40 * 0.03 > 1 at full coverage
    expect(p.saturated).toBe(true);
    expect(p.latencyS).toBe(Infinity);
  });

  it('covers more experts, so costs more, with more tokens per request (SD verification)', () => {
    const one = moeLatency(5, c, routing).latencyS;
    const six = moeLatency(5, c, { ...routing, tokensPerRequest: 6 }).latencyS;
    expect(six).toBeGreaterThan(one);
  });

  it('is saturated as soon as the low-coverage load alone fills the server (rps * c2_u >= 1)', () => {
    expect(moeLatency(100, c, routing).saturated).toBe(true); // 100 * 0.01 = 1
    expect(moeLatency(99, { ...c, c2_s: 0 }, routing).latencyS).toBeCloseTo(1.4 / 0.01, 6); // full coverage: (0.8 + 0.6) / (1 - 0.99)
  });

  it('agrees with plain fixed-point iteration from an empty server on a steep coverage curve', () => {
    const steep = { c1_u: 0.3, c1_s: 1.2, c2_u: 0.005, c2_s: 0.02 };
    for (const [rps, tpr] of [[2, 3], [8, 11], [20, 1]]) {
      let l = steep.c1_u;
      for (let i = 0; i < 20000; i++) {
        const phi = 1 - (120 / 128) ** (rps * l * tpr);
        l = (steep.c1_u + phi * steep.c1_s) / (1 - rps * (steep.c2_u + phi * steep.c2_s));
      }
      expect(moeLatency(rps, steep, { experts: 128, active: 8, tokensPerRequest: tpr }).latencyS).toBeCloseTo(l, 9);
    }
  });
});
