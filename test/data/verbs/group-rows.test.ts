import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIndices, groupKeyPart, groupRows } from '../../../lib/data/verbs/group-rows.js';

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

describe('groupIndices', () => {
  it('gives the index lists of groupRows; runs of equal rows and interleaved groups alike', () => {
    const rows = [{ a: 1 }, { a: 1 }, { a: 2 }, { a: 1 }, { a: null }, {}, { a: NaN }, { a: NaN }, { a: -0 }, { a: 0 }];
    expect(groupIndices(rows, ['a'])).toEqual([[0, 1, 3], [2], [4, 5], [6, 7], [8, 9]]);
    expect(groupIndices(rows, ['a'])).toEqual(groupRows(rows, ['a']).map((g) => g.indices));
    expect(() => groupIndices({} as never, [])).toThrow('groupIndices requires an array of rows');
  });

  it('groups exactly as one id per row would (property)', () => {
    const value = fc.oneof(fc.constantFrom(null, undefined, 0, -0, 1, NaN, '', '0', 'a', true, false), fc.integer({ min: 0, max: 3 }));
    const row = fc.record({ a: value, b: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const byId = new Map<string, number[]>();
        rows.forEach((r, i) => {
          const id = groupKeyPart(r.a) + groupKeyPart(r.b);
          byId.set(id, [...(byId.get(id) ?? []), i]);
        });
        expect(groupIndices(rows, ['a', 'b'])).toEqual([...byId.values()]);
      }),
    );
  });
});
