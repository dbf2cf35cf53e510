import { describe, expect, it } from 'vitest';
import { groupRows } from '../../../lib/data/verbs/group-rows.js';

describe('groupRows', () => {
  it('groups by exact key values in first-seen order', () => {
    const rows = [
      { a: 1, b: 'x', v: 1 },
      { a: 2, b: 'x', v: 2 },
      { a: 1, b: 'x', v: 3 },
      { a: 1, b: 'y', v: 4 },
    ];
    const g = groupRows(rows, ['a', 'b']);
    expect(g.map((x) => x.indices)).toEqual([[0, 2], [1], [3]]);
    expect(g[0].key).toEqual({ a: 1, b: 'x' });
    expect(g[0].label).toBe('a=1 b=x');
    expect(g[0].rows.map((r) => r.v)).toEqual([1, 3]);
  });

  it('distinguishes null, 0 and the empty string, and treats a missing column as null', () => {
    const g = groupRows([{ a: null }, { a: 0 }, { a: '' }, {}], ['a']);
    expect(g.map((x) => x.indices)).toEqual([[0, 3], [1], [2]]);
  });

  it('puts everything in one group without keys, and rejects non-arrays', () => {
    expect(groupRows([{ a: 1 }, { a: 2 }], [])[0].indices).toEqual([0, 1]);
    expect(() => groupRows('x' as never, [])).toThrow('groupRows requires an array of rows');
  });
});
