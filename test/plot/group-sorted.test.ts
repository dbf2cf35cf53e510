import { describe, expect, it } from 'vitest';
import { groupSorted } from '../../lib/plot/group-sorted.js';

describe('groupSorted', () => {
  it('groups by key in natural key order, keeping input order inside a group', () => {
    const items = [
      { g: 'k = 10', v: 1 },
      { g: 'k = 2', v: 2 },
      { g: 'k = 10', v: 3 },
    ];
    const groups = groupSorted(items, (i) => i.g);
    expect(groups.map((g) => g.key)).toEqual(['k = 2', 'k = 10']);
    expect(groups[1].items.map((i) => i.v)).toEqual([1, 3]);
  });

  it('returns no groups for no items (never an empty group)', () => {
    expect(groupSorted([], (i: { g: string }) => i.g)).toEqual([]);
  });
});
