import { describe, expect, it } from 'vitest';
import { createRng } from '../../../lib/random/create-rng.js';
import { expertHitSampler, expertHitStats, expertInclusionProbabilities, sampleExpertHits } from '../../../lib/sim/cost/roofline-expert-hits.js';

/** Independent Monte Carlo: each token picks m distinct experts by weighted draws without replacement. */
function monteCarlo(M: number, m: number, T: number, weights: number[], runs: number, seed: number) {
  const rng = createRng(seed);
  let sum = 0;
  let sq = 0;
  for (let r = 0; r < runs; r++) {
    const hit = new Set<number>();
    for (let t = 0; t < T; t++) {
      const chosen = new Set<number>();
      while (chosen.size < m) {
        let total = 0;
        for (let j = 0; j < M; j++) if (!chosen.has(j)) total += weights[j];
        let u = rng.next() * total;
        for (let j = 0; j < M; j++) {
          if (chosen.has(j)) continue;
          u -= weights[j];
          if (u <= 0) { chosen.add(j); break; }
        }
      }
      for (const j of chosen) hit.add(j);
    }
    sum += hit.size;
    sq += hit.size * hit.size;
  }
  const mean = sum / runs;
  return { mean, variance: sq / runs - mean * mean };
}

describe('expert hits', () => {
  it('uniform: exact occupancy moments match a routing simulation', () => {
    const p = expertInclusionProbabilities(32, 4, 0);
    expect(p.every((x) => x === 4 / 32)).toBe(true);
    for (const T of [1, 3, 10]) {
      const s = expertHitStats(p, T);
      const mc = monteCarlo(32, 4, T, new Array(32).fill(1), 20000, T);
      expect(s.mean).toBeCloseTo(32 * (1 - Math.pow(28 / 32, T)), 10);
      expect(Math.abs(s.mean - mc.mean)).toBeLessThan(0.05);
      expect(Math.abs(s.variance - mc.variance)).toBeLessThan(0.05 + 0.05 * mc.variance);
    }
    expect(expertHitStats(p, 1)).toEqual({ mean: 4, variance: 0 });
  });

  it('skewed routing touches fewer distinct experts, close to a routing simulation', () => {
    const M = 16;
    const p = expertInclusionProbabilities(M, 2, 1);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 12);
    expect(p[0]).toBeGreaterThan(p[M - 1]);
    const w = Array.from({ length: M }, (_, j) => 1 / (j + 1));
    const s = expertHitStats(p, 6);
    const mc = monteCarlo(M, 2, 6, w, 20000, 9);
    expect(s.mean).toBeLessThan(expertHitStats(expertInclusionProbabilities(M, 2, 0), 6).mean);
    expect(Math.abs(s.mean - mc.mean) / mc.mean).toBeLessThan(0.05);
  });

  it('samples totals within [m, min(M, mT)] per layer with the right mean', () => {
    const p = expertInclusionProbabilities(128, 8, 0);
    const rng = createRng(3);
    expect(sampleExpertHits(p, 8, 1, 48, rng)).toBe(48 * 8);
    expect(sampleExpertHits(p, 8, 0, 48, rng)).toBe(0);
    let sum = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const x = sampleExpertHits(p, 8, 12, 10, rng);
      expect(x).toBeGreaterThanOrEqual(80);
      expect(x).toBeLessThanOrEqual(960);
      sum += x;
    }
    expect(sum / n / 10).toBeCloseTo(128 * (1 - Math.pow(120 / 128, 12)), 0);
  });

  it('rejects impossible routing', () => {
    expect(() => expertInclusionProbabilities(4, 5, 0)).toThrow('expertInclusionProbabilities requires');
    expect(() => expertInclusionProbabilities(4, 2, -1)).toThrow('zipfS');
  });
});

describe('expertHitSampler', () => {
  it('gives exactly sampleExpertHits, draw for draw, whatever order the token counts come in', () => {
    for (const zipf of [0, 1.1]) {
      const inclusion = expertInclusionProbabilities(128, 8, zipf);
      const sampler = expertHitSampler(inclusion, 8, 48);
      const a = createRng(5);
      const b = createRng(5);
      for (const tokens of [1, 7, 200, 7, 0, 64, 1, 513, 200]) {
        expect(sampler(tokens, a)).toBe(sampleExpertHits(inclusion, 8, tokens, 48, b));
      }
    }
  });
});
