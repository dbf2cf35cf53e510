import { describe, expect, it } from 'vitest';
import { sampleAcceptedDrafts } from '../../../lib/sim/acceptance/sample-accepted-drafts.js';
import { createRng } from '../../../lib/random/create-rng.js';

/** Exact P(accepted = j), j = 0..d, by enumerating the first rejection: a sum of products. */
function exactDistribution(c: number[], d: number): number[] {
  const p: number[] = [];
  let reach = 1; // P(positions 0..j-1 all accepted)
  for (let j = 0; j < d; j++) {
    p.push(reach * (1 - c[j]));
    reach *= c[j];
  }
  p.push(reach);
  return p;
}

describe('sampleAcceptedDrafts', () => {
  it('accepts every draft at rate 1 and none at rate 0', () => {
    const rng = createRng(1);
    expect(sampleAcceptedDrafts(new Float64Array([1, 1, 1, 1]), 4, rng)).toBe(4);
    expect(sampleAcceptedDrafts(new Float64Array([1, 1, 1, 1]), 2, rng)).toBe(2);
    expect(sampleAcceptedDrafts(new Float64Array([0, 1, 1]), 3, rng)).toBe(0);
    expect(sampleAcceptedDrafts(new Float64Array([1, 0, 1]), 3, rng)).toBe(1);
    expect(sampleAcceptedDrafts(new Float64Array([0.5]), 0, rng)).toBe(0);
  });

  it('matches the exact distribution of the first rejection (i.i.d. and per-position rates)', () => {
    for (const c of [
      [0.8, 0.8, 0.8, 0.8, 0.8],
      [0.95, 0.8, 0.6, 0.3, 0.9],
    ]) {
      const d = c.length;
      const rng = createRng(123);
      const n = 200_000;
      const counts = new Array(d + 1).fill(0);
      for (let i = 0; i < n; i++) counts[sampleAcceptedDrafts(new Float64Array(c), d, rng)]++;
      const exact = exactDistribution(c, d);
      for (let j = 0; j <= d; j++) {
        const sd = Math.sqrt((exact[j] * (1 - exact[j])) / n);
        expect(Math.abs(counts[j] / n - exact[j])).toBeLessThan(5 * sd + 1e-9);
      }
    }
  });
});
