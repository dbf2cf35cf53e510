import { describe, expect, it } from 'vitest';
import { ChunkLog } from '../../../lib/sim/engine/chunk-log.js';

describe('ChunkLog', () => {
  it('keeps chunks in order past its initial capacity and returns trimmed copies', () => {
    const log = new ChunkLog(2);
    for (let i = 0; i < 5; i++) log.add(i % 2, i * 0.5, i + 1);
    const a = log.arrays();
    expect(Array.from(a.requestId)).toEqual([0, 1, 0, 1, 0]);
    expect(Array.from(a.timeS)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(Array.from(a.tokens)).toEqual([1, 2, 3, 4, 5]);
    log.add(9, 3, 1);
    expect(a.tokens.length).toBe(5); // a copy
  });

  it('grows from a capacity of 0', () => {
    const log = new ChunkLog(0);
    log.add(3, 1, 2);
    expect(Array.from(log.arrays().requestId)).toEqual([3]);
  });
});
