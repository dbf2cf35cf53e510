import type { EngineCounters } from '../metrics/engine-counters.js';
import type { ChunkLog } from './chunk-log.js';
import type { KvAllocator } from './kv-allocator.js';
import * as req from './request-table.js';
import type { RequestTable } from './request-table.js';
import type { StepBatch } from './step-batch.js';

// Local copies of imported constants: module bindings compiled to CommonJS are property getters.
const REQ_DECODE = req.REQ_DECODE;
const REQ_DONE = req.REQ_DONE;

/**
 * Applies a finished step to its requests (vidur's batch-end event): prefill chunks extend the
 * computed context (and a chunk that completes it moves the request to decoding), decodes add
 * the tokens they committed; every request that received tokens gets them as one streamed chunk
 * at `nowS`; requests that reached their output length finish and free their KV blocks.
 * Finished requests stay in the scheduler's running list until it drops them.
 *
 * @param batch the step's sequences, with `committed` sampled
 * @param t the request table
 * @param kv the KV cache
 * @param counters the run's counters (drafts and acceptance are counted here)
 * @param chunks the chunk log, or null when chunks are not recorded
 * @param nowS the step's end (s)
 * @returns the number of requests that finished
 * @example
 * const finished = commitStep(batch, table, kv, counters, null, 1.25);
 */
export function commitStep(
  batch: StepBatch,
  t: RequestTable,
  kv: KvAllocator,
  counters: EngineCounters,
  chunks: ChunkLog | null,
  nowS: number,
): number {
  let finished = 0;
  for (let p = 0; p < batch.size; p++) {
    const id = batch.id[p];
    const c = batch.committed[p];
    if (batch.prefill[p] === 1) {
      t.computed[id] += batch.query[p];
      if (c > 0) t.state[id] = REQ_DECODE;
    } else {
      t.computed[id] += c;
      const d = batch.drafts[p];
      if (d > 0) counters.verified(d, c - 1);
    }
    if (c > 0) {
      t.generated[id] += c;
      t.iterations[id]++;
      if (Number.isNaN(t.firstTokenS[id])) t.firstTokenS[id] = nowS;
      t.lastTokenS[id] = nowS;
      if (chunks !== null) chunks.add(id, nowS, c);
      if (t.generated[id] >= t.targetOutput[id]) {
        t.state[id] = REQ_DONE;
        t.endS[id] = nowS;
        kv.free(id);
        finished++;
      }
    }
  }
  return finished;
}
