import { describe, expect, it } from 'vitest';
import { KvAllocator } from '../../../lib/sim/engine/kv-allocator.js';
import { REQ_DECODE, REQ_PREFILL, REQ_WAITING, RequestTable } from '../../../lib/sim/engine/request-table.js';
import { Scheduler } from '../../../lib/sim/engine/scheduler.js';
import { StepBatch } from '../../../lib/sim/engine/step-batch.js';

function setup(o: { n: number; prompt: number; output: number; budget: number; maxSeqs: number; blocks: number; k?: number }) {
  const t = new RequestTable(8);
  const kv = new KvAllocator(t, 16, o.blocks, null);
  const s = new Scheduler(t, kv, { maxNumSeqs: o.maxSeqs, maxNumBatchedTokens: o.budget, k: o.k ?? 0 });
  for (let i = 0; i < o.n; i++) s.enqueue(t.add(0, 0, o.prompt, o.output));
  return { t, kv, s, batch: new StepBatch(o.maxSeqs) };
}

/** Commits a batch the way the engine does for prefill chunks (enough for these tests). */
function commitPrefill(t: RequestTable, b: StepBatch): void {
  for (let p = 0; p < b.size; p++) {
    const id = b.id[p];
    t.computed[id] += b.query[p];
    if (b.committed[p] > 0) {
      t.state[id] = REQ_DECODE;
      t.generated[id] += 1;
    }
  }
}

describe('Scheduler', () => {
  it('chunks prefills to the token budget and admits FCFS', () => {
    const { t, s, batch } = setup({ n: 3, prompt: 300, output: 10, budget: 512, maxSeqs: 8, blocks: 1000 });
    expect(s.schedule(batch, 0)).toBe(true);
    expect(Array.from(batch.id.subarray(0, batch.size))).toEqual([0, 1]);
    expect(Array.from(batch.query.subarray(0, batch.size))).toEqual([300, 212]);
    expect(Array.from(batch.committed.subarray(0, batch.size))).toEqual([1, 0]);
    expect(t.state[1]).toBe(REQ_PREFILL);
    expect(s.waiting.size).toBe(1);
    commitPrefill(t, batch);
    // next step: request 0 decodes (1 token), request 1 finishes its prompt (88), request 2 fits whole (300 of the 423 left)
    expect(s.schedule(batch, 1)).toBe(true);
    expect(Array.from(batch.id.subarray(0, batch.size))).toEqual([0, 1, 2]);
    expect(Array.from(batch.query.subarray(0, batch.size))).toEqual([1, 88, 300]);
  });

  it('decodes ask for 1 + min(k, left - 1, budget - 1) tokens', () => {
    const { t, s, batch } = setup({ n: 1, prompt: 10, output: 3, budget: 512, maxSeqs: 4, blocks: 100, k: 4 });
    s.schedule(batch, 0);
    commitPrefill(t, batch); // generated 1, left 2
    s.schedule(batch, 1);
    expect(batch.drafts[0]).toBe(1);
    expect(batch.query[0]).toBe(2);
  });

  it('respects max_num_seqs', () => {
    const { s, batch } = setup({ n: 5, prompt: 10, output: 10, budget: 8192, maxSeqs: 2, blocks: 100 });
    s.schedule(batch, 0);
    expect(batch.size).toBe(2);
    expect(s.runningCount).toBe(2);
    expect(s.waiting.size).toBe(3);
  });

  it('preempts the most recently admitted request when blocks run out, and admits nobody that step', () => {
    // two 32-token prompts fill 4 blocks; decoding the 33rd token needs a 5th block
    const { t, kv, s, batch } = setup({ n: 3, prompt: 32, output: 10, budget: 8192, maxSeqs: 8, blocks: 4 });
    s.schedule(batch, 0);
    expect(batch.size).toBe(2);
    commitPrefill(t, batch);
    s.schedule(batch, 1);
    expect(Array.from(batch.id.subarray(0, batch.size))).toEqual([0]);
    expect(s.preemptions).toBe(1);
    expect(t.state[1]).toBe(REQ_WAITING);
    expect(t.computed[1]).toBe(0);
    expect(t.prefillEnd[1]).toBe(33); // re-prefills prompt + the generated token
    expect(s.waiting.peek()).toBe(1); // front of the queue
    expect(kv.used).toBe(3);
  });

  it('drops finished requests keeping the order, and throws when nothing can ever fit', () => {
    const { t, s, batch } = setup({ n: 3, prompt: 10, output: 10, budget: 8192, maxSeqs: 8, blocks: 100 });
    s.schedule(batch, 0);
    t.state[1] = 3; // REQ_DONE
    s.removeFinished();
    expect(Array.from(s.running.subarray(0, s.runningCount))).toEqual([0, 2]);
    const tiny = setup({ n: 1, prompt: 100, output: 10, budget: 8192, maxSeqs: 8, blocks: 2 });
    expect(() => tiny.s.schedule(tiny.batch, 0)).toThrow(/cannot make progress/);
    const idle = setup({ n: 0, prompt: 10, output: 10, budget: 8192, maxSeqs: 8, blocks: 2 });
    expect(idle.s.schedule(idle.batch, 0)).toBe(false);
    expect(idle.s.hasWork()).toBe(false);
  });
});
