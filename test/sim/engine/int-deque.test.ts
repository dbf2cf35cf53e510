import { describe, expect, it } from 'vitest';
import { IntDeque } from '../../../lib/sim/engine/int-deque.js';

describe('IntDeque', () => {
  it('keeps FIFO order at the back and puts pushFront elements first, across growth', () => {
    const d = new IntDeque(2);
    for (let i = 0; i < 10; i++) d.pushBack(i);
    d.pushFront(-1);
    d.pushFront(-2);
    expect(d.size).toBe(12);
    const out: number[] = [];
    while (d.size > 0) out.push(d.shift());
    expect(out).toEqual([-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('wraps around its ring buffer', () => {
    const d = new IntDeque(4);
    const out: number[] = [];
    for (let i = 0; i < 20; i++) {
      d.pushBack(i);
      if (i % 2 === 1) out.push(d.shift());
    }
    while (d.size > 0) out.push(d.shift());
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('throws when empty', () => {
    const d = new IntDeque();
    expect(() => d.peek()).toThrow(/non-empty/);
    expect(() => d.shift()).toThrow(/non-empty/);
  });
});
