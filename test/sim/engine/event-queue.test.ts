import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../lib/sim/engine/event-queue.js';
import { createRng } from '../../../lib/random/create-rng.js';

function drain(q: EventQueue): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  while (q.size > 0) {
    out.push([q.peekTime(), q.peekKind(), q.peekPayload()]);
    q.pop();
  }
  return out;
}

describe('EventQueue', () => {
  it('orders by time, then kind, then insertion order', () => {
    const q = new EventQueue(2);
    q.push(2, 0, 1);
    q.push(1, 3, 2);
    q.push(1, 1, 3);
    q.push(1, 1, 4);
    q.push(0.5, 9, 5);
    expect(drain(q)).toEqual([
      [0.5, 9, 5],
      [1, 1, 3],
      [1, 1, 4],
      [1, 3, 2],
      [2, 0, 1],
    ]);
  });

  it('matches a sort of random events (grows past its capacity)', () => {
    const rng = createRng(11);
    const q = new EventQueue(2);
    const events: Array<[number, number, number]> = [];
    for (let i = 0; i < 500; i++) {
      const e: [number, number, number] = [rng.int(50), rng.int(4), i];
      events.push(e);
      q.push(...e);
    }
    const expected = [...events].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(drain(q)).toEqual(expected);
  });

  it('reports an empty queue and rejects NaN times and popping empty', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    expect(() => q.pop()).toThrow(/non-empty/);
    expect(() => q.push(NaN, 0, 0)).toThrow(/NaN/);
  });
});
