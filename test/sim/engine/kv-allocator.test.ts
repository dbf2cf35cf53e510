import { describe, expect, it } from 'vitest';
import { KvAllocator } from '../../../lib/sim/engine/kv-allocator.js';
import { RequestTable } from '../../../lib/sim/engine/request-table.js';

function table(n: number): RequestTable {
  const t = new RequestTable(8);
  for (let i = 0; i < n; i++) t.add(0, 0, 100, 10);
  return t;
}

describe('KvAllocator', () => {
  it('allocates whole blocks as a request grows and frees them all', () => {
    const t = table(2);
    const kv = new KvAllocator(t, 16, 10, null);
    expect(kv.allocate(0, 17)).toBe(true); // 2 blocks
    expect(t.blocks[0]).toBe(2);
    expect(kv.allocate(0, 32)).toBe(true); // still 2
    expect(kv.used).toBe(2);
    expect(kv.allocate(1, 100)).toBe(true); // 7 blocks
    expect(kv.used).toBe(9);
    expect(t.draftBlocks[1]).toBe(0); // no drafter cache
    kv.free(0);
    expect(kv.used).toBe(7);
    expect(t.blocks[0]).toBe(0);
  });

  it('refuses, changing nothing, when the blocks do not fit', () => {
    const t = table(2);
    const kv = new KvAllocator(t, 16, 4, null);
    expect(kv.allocate(0, 48)).toBe(true); // 3
    expect(kv.allocate(1, 17)).toBe(false); // 2 more > 4
    expect(kv.used).toBe(3);
    expect(t.blocks[1]).toBe(0);
    expect(kv.allocate(1, 16)).toBe(true); // exactly full
    expect(kv.used).toBe(4);
  });

  it('a separate drafter cache holds as many blocks per request and can be the one that runs out', () => {
    const t = table(2);
    const kv = new KvAllocator(t, 16, 100, 5);
    expect(kv.allocate(0, 64)).toBe(true);
    expect([kv.used, kv.usedDraft, t.draftBlocks[0]]).toEqual([4, 4, 4]);
    expect(kv.allocate(1, 32)).toBe(false); // verifier has room, drafter has 1 block left
    expect([kv.used, kv.usedDraft, t.blocks[1]]).toEqual([4, 4, 0]);
    kv.free(0);
    expect([kv.used, kv.usedDraft]).toEqual([0, 0]);
    expect(kv.allocate(1, 32)).toBe(true);
  });
});
