import { describe, expect, it } from 'vitest';
import { identifiability } from '../../lib/fit/identifiability.js';

/** J^T J of columns given as arrays. */
function gram(cols: number[][]): Float64Array {
  const m = cols.length;
  const out = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) out[a * m + b] = cols[a].reduce((s, v, i) => s + v * cols[b][i], 0);
  return out;
}

describe('identifiability', () => {
  const x = [1, 2, 3, 4, 5, 6];
  const one = x.map(() => 1);

  it('finds nothing to report in a full-rank design, however differently the columns are scaled', () => {
    expect(identifiability(gram([one, x.map((v) => 1e-9 * v), x.map((v) => 1e6 * v * v)]), ['a', 'b', 'c'])).toEqual([]);
    // poorly conditioned but separable (columns 1 and 1 + 1e-3 x): still identified
    expect(identifiability(gram([one, x.map((v) => 1 + 1e-3 * v)]), ['a', 'b'])).toEqual([]);
  });

  it('reports dependent columns as one group, and leaves the others identified', () => {
    // b and c enter only as b + 2 c; a is free of them.
    const out = identifiability(gram([one, x, x.map((v) => 2 * v)]), ['a', 'b', 'c']);
    expect(out.map((u) => u.names)).toEqual([['b', 'c']]);
    expect(out[0].reason).toMatch(/^the data determine only a combination of b, c \(their Jacobian columns are linearly dependent: smallest singular value ratio/);
  });

  it('separates two independent dependencies, and names a parameter without effect', () => {
    const out = identifiability(gram([one, one.map((v) => 3 * v), x, x.map((v) => -v), x.map(() => 0)]), ['a', 'b', 'c', 'd', 'e']);
    expect(out.map((u) => u.names)).toEqual([['e'], ['a', 'b'], ['c', 'd']]);
    expect(out[0].reason).toBe('e has no effect on any predicted latency of these data');
  });

  it('rejects mismatched sizes', () => {
    expect(() => identifiability([1, 0, 0], ['a', 'b'])).toThrow('identifiability requires an m x m J^T J for 2 names, got 3 entries');
  });
});
