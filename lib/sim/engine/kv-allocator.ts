import type { RequestTable } from './request-table.js';

/**
 * The paged KV cache of one engine run (vLLM's block manager): the verifier's blocks and, for a
 * separate draft model, the drafter's own blocks. A request holds whole blocks of `blockSize`
 * tokens; the blocks each request holds are kept in the request table (`blocks`, `draftBlocks`),
 * the totals here. Both caches grow together: a request holds the same number of blocks in each.
 */
export class KvAllocator {
  /** Verifier blocks in use. */
  used = 0;
  /** Drafter blocks in use (0 without a separate draft-model cache). */
  usedDraft = 0;
  readonly blockSize: number;
  /** Verifier capacity in blocks. */
  readonly capacity: number;
  /** Drafter capacity in blocks (0 when the drafter has no cache of its own). */
  readonly draftCapacity: number;
  /** Whether a separate drafter cache is allocated. */
  readonly hasDraftCache: boolean;
  private readonly table: RequestTable;

  /**
   * @param table the run's request table (its `blocks` and `draftBlocks` columns are updated)
   * @param blockSize tokens per block
   * @param capacity verifier capacity in blocks
   * @param draftCapacity drafter capacity in blocks, or null when the drafter has no cache of its own
   * @example
   * const kv = new KvAllocator(table, 16, 1000, null);
   * kv.allocate(id, 600); // true: 38 blocks
   */
  constructor(table: RequestTable, blockSize: number, capacity: number, draftCapacity: number | null) {
    this.table = table;
    this.blockSize = blockSize;
    this.capacity = capacity;
    this.hasDraftCache = draftCapacity !== null;
    this.draftCapacity = draftCapacity ?? 0;
  }

  /**
   * Grows request `id`'s blocks (in both caches) to hold `tokens` tokens.
   * @returns false, changing nothing, when the new blocks do not fit
   */
  allocate(id: number, tokens: number): boolean {
    const t = this.table;
    const held = t.blocks[id];
    if (tokens <= held * this.blockSize) return true; // fits the blocks it holds (no division)
    const want = Math.ceil(tokens / this.blockSize);
    const extra = want - held;
    if (extra <= 0) return true;
    if (this.used + extra > this.capacity) return false;
    if (this.hasDraftCache) {
      const dExtra = want - t.draftBlocks[id];
      if (this.usedDraft + dExtra > this.draftCapacity) return false;
      this.usedDraft += dExtra;
      t.draftBlocks[id] = want;
    }
    this.used += extra;
    t.blocks[id] = want;
    return true;
  }

  /** Frees every block request `id` holds (finished or preempted). */
  free(id: number): void {
    const t = this.table;
    this.used -= t.blocks[id];
    t.blocks[id] = 0;
    this.usedDraft -= t.draftBlocks[id];
    t.draftBlocks[id] = 0;
  }
}
