import { describe, expect, it } from 'vitest';
import { ChunkLog } from '../../../lib/sim/engine/chunk-log.js';
import { commitStep } from '../../../lib/sim/engine/commit-step.js';
import { KvAllocator } from '../../../lib/sim/engine/kv-allocator.js';
import { REQ_DECODE, REQ_DONE, REQ_PREFILL, RequestTable } from '../../../lib/sim/engine/request-table.js';
import { StepBatch } from '../../../lib/sim/engine/step-batch.js';
import { EngineCounters } from '../../../lib/sim/metrics/engine-counters.js';

describe('commitStep', () => {
  it('extends contexts, delivers committed tokens as chunks, counts acceptance and finishes requests', () => {
    const t = new RequestTable(4);
    const kv = new KvAllocator(t, 16, 100, null);
    for (let i = 0; i < 3; i++) t.add(0, 0, 32, 5);
    // request 0: completes its prompt; request 1: mid-prompt chunk; request 2: decoding, 4 left
    t.state[0] = REQ_PREFILL;
    t.state[1] = REQ_PREFILL;
    t.state[2] = REQ_DECODE;
    t.computed[2] = 33;
    t.generated[2] = 1;
    for (let i = 0; i < 3; i++) kv.allocate(i, 40);
    const batch = new StepBatch(4);
    batch.add(0, 32, 0, true, 0, 5, 32);
    batch.add(1, 16, 0, true, 0, 5, 32);
    batch.add(2, 4, 3, false, 33, 4, 32);
    batch.committed[2] = 4; // all 3 drafts accepted
    const counters = new EngineCounters(3);
    const log = new ChunkLog(4);
    const finished = commitStep(batch, t, kv, counters, log, 2.5);
    expect(finished).toBe(1);
    expect([t.state[0], t.state[1], t.state[2]]).toEqual([REQ_DECODE, REQ_PREFILL, REQ_DONE]);
    expect([t.computed[0], t.computed[1], t.computed[2]]).toEqual([32, 16, 37]);
    expect([t.generated[0], t.generated[1], t.generated[2]]).toEqual([1, 0, 5]);
    expect(t.firstTokenS[0]).toBe(2.5);
    expect(Number.isNaN(t.firstTokenS[1])).toBe(true);
    expect(t.endS[2]).toBe(2.5);
    expect(t.blocks[2]).toBe(0); // freed
    expect(kv.used).toBe(6);
    const a = log.arrays();
    expect(Array.from(a.requestId)).toEqual([0, 2]);
    expect(Array.from(a.tokens)).toEqual([1, 4]);
    const s = counters.stats(10, 0, true);
    expect([s.drafts, s.draftTokens, s.acceptedTokens]).toEqual([1, 3, 3]);
  });
});
