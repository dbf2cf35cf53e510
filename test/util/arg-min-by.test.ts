import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argMinBy } from '../../lib/util/arg-min-by.js';

describe('argMinBy', () => {
  it('returns the item of the smallest key, ties to the smallest tie key, then to the first', () => {
    const items = [
      { k: 4, l: 1, id: 'a' },
      { k: 2, l: 1, id: 'b' },
      { k: 3, l: 2, id: 'c' },
      { k: 2, l: 1, id: 'd' },
    ];
    expect(argMinBy(items, (c) => c.l, (c) => c.k).id).toBe('b');
    expect(argMinBy(items, (c) => c.l).id).toBe('a');
    expect(argMinBy(items, (c) => -c.l).id).toBe('c');
  });

  it('lets +Infinity keys lose to finite ones and NaN keys lose unless first', () => {
    expect(argMinBy([Infinity, 5, Infinity], (v) => v)).toBe(5);
    expect(argMinBy([{ k: 3, v: Infinity }, { k: 1, v: Infinity }], (c) => c.v, (c) => c.k).k).toBe(1);
    expect(argMinBy([1, Number.NaN, 0], (v) => v)).toBe(0);
    expect(argMinBy([Number.NaN, 2, 1], (v) => v)).toBeNaN();
  });

  it('agrees with the reduce it replaced, (b.key < a.key || (b.key === a.key && b.k < a.k)) ? b : a', () => {
    const item = fc.record({ k: fc.integer({ min: 0, max: 8 }), v: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const old = items.reduce((a, b) => (b.v < a.v || (b.v === a.v && b.k < a.k) ? b : a));
        expect(argMinBy(items, (c) => c.v, (c) => c.k)).toBe(old);
      }),
    );
  });

  it('rejects no items', () => {
    expect(() => argMinBy([], (v: number) => v)).toThrow('argMinBy requires at least one item');
  });
});
