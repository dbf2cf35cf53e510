import { IntDeque } from './int-deque.js';
import type { KvAllocator } from './kv-allocator.js';
import * as req from './request-table.js';
import type { RequestTable } from './request-table.js';
import type { StepBatch } from './step-batch.js';

// Local copies of imported constants: module bindings compiled to CommonJS are property
// getters, too slow inside the per-sequence loops.
const REQ_WAITING = req.REQ_WAITING;
const REQ_PREFILL = req.REQ_PREFILL;
const REQ_DECODE = req.REQ_DECODE;
const REQ_DONE = req.REQ_DONE;

/** Scheduler limits, as vLLM names them. */
export interface SchedulerConfig {
  /** Max sequences running at once (max_num_seqs). */
  maxNumSeqs: number;
  /** Token budget per step (max_num_batched_tokens). */
  maxNumBatchedTokens: number;
  /** Draft length; 0 for plain decoding. A decode verifies at most k drafts and reserves k lookahead KV slots. */
  k: number;
}

/**
 * vLLM V1's scheduler with chunked prefill, FCFS (vidur's replica scheduler). Per step: first the
 * running requests in admission order (a decode asks for 1 + d tokens, d = drafts to verify =
 * min(k, tokens left - 1, budget - 1); a request still prefilling asks for the rest of its prompt,
 * cut to the budget), then, if nothing was preempted this step, waiting requests while fewer than
 * maxNumSeqs run and budget is left (their first prefill chunk). KV blocks are allocated as a
 * request's context grows (context + scheduled tokens + k lookahead slots when speculating).
 * When blocks run out the most recently admitted running request is preempted (recompute: its
 * blocks are freed, it goes back to the front of the waiting queue and later re-prefills prompt
 * + generated tokens).
 */
export class Scheduler {
  /** Requests admitted, in admission order: running[0..runningCount-1]. */
  readonly running: Int32Array;
  runningCount = 0;
  /** Requests at the engine not yet admitted (FCFS; preempted requests go to the front). */
  readonly waiting = new IntDeque(64);
  /** Preemptions so far. */
  preemptions = 0;
  private readonly table: RequestTable;
  private readonly kv: KvAllocator;
  private readonly maxSeqs: number;
  private readonly budgetMax: number;
  private readonly k: number;
  private readonly lookahead: number;

  /**
   * @param table the run's request table
   * @param kv the run's KV cache
   * @param config limits (already checked)
   * @example
   * const s = new Scheduler(table, kv, { maxNumSeqs: 256, maxNumBatchedTokens: 8192, k: 3 });
   * s.enqueue(id);
   * s.schedule(batch, 0); // true: the request's first prefill chunk is in the batch
   */
  constructor(table: RequestTable, kv: KvAllocator, config: SchedulerConfig) {
    this.table = table;
    this.kv = kv;
    this.maxSeqs = config.maxNumSeqs;
    this.budgetMax = config.maxNumBatchedTokens;
    this.k = config.k;
    this.lookahead = config.k > 0 ? config.k : 0;
    this.running = new Int32Array(config.maxNumSeqs);
  }

  /** Whether any request is running or waiting. */
  hasWork(): boolean {
    return this.waiting.size > 0 || this.runningCount > 0;
  }

  /** A request reached the engine: it waits for admission. */
  enqueue(id: number): void {
    this.waiting.pushBack(id);
  }

  /**
   * Fills `batch` (emptied first) with the next step's sequences.
   * @returns false when there is nothing to run
   * @throws {Error} `runEngine: the scheduler cannot make progress ...` when requests wait but none fits the KV cache
   */
  schedule(batch: StepBatch, nowS: number): boolean {
    const t = this.table;
    batch.size = 0;
    let budget = this.budgetMax;
    let preempted = false;
    let i = 0;
    while (i < this.runningCount && budget > 0) {
      const id = this.running[i];
      let q: number;
      let nDrafts = 0;
      const prefill = t.state[id] !== REQ_DECODE;
      if (!prefill) {
        const left = t.targetOutput[id] - t.generated[id];
        nDrafts = Math.max(0, Math.min(this.k, left - 1, budget - 1));
        q = 1 + nDrafts;
      } else {
        q = Math.min(t.prefillEnd[id] - t.computed[id], budget);
      }
      const need = t.computed[id] + q + this.lookahead;
      let scheduled = true;
      while (!this.kv.allocate(id, need)) {
        const victim = this.running[--this.runningCount];
        this.preempt(victim);
        preempted = true;
        if (victim === id) {
          scheduled = false;
          break;
        }
      }
      if (!scheduled) break;
      this.add(batch, id, q, nDrafts, prefill);
      budget -= q;
      i++;
    }
    if (!preempted || batch.size === 0) budget = this.admitWaiting(batch, budget);
    if (batch.size === 0) {
      if (this.hasWork()) {
        throw new Error(`runEngine: the scheduler cannot make progress at t=${nowS} (KV cache ${this.kv.capacity} blocks)`);
      }
      return false;
    }
    return true;
  }

  /** Drops finished requests (state REQ_DONE) from the running list, keeping the order. */
  removeFinished(): void {
    const t = this.table;
    let w = 0;
    for (let r = 0; r < this.runningCount; r++) {
      const id = this.running[r];
      if (t.state[id] !== REQ_DONE) this.running[w++] = id;
    }
    this.runningCount = w;
  }

  /** Admits waiting requests (first prefill chunk) into the step; returns the budget left. */
  private admitWaiting(batch: StepBatch, budget: number): number {
    const t = this.table;
    const waiting = this.waiting;
    while (waiting.size > 0 && this.runningCount < this.maxSeqs && budget > 0) {
      const id = waiting.peek();
      const q = Math.min(t.prefillEnd[id] - t.computed[id], budget);
      if (!this.kv.allocate(id, t.computed[id] + q + this.lookahead)) break;
      waiting.shift();
      this.running[this.runningCount++] = id;
      t.state[id] = REQ_PREFILL;
      this.add(batch, id, q, 0, true);
      budget -= q;
    }
    return budget;
  }

  /** Preempts a running request (recompute): frees its blocks and puts it at the front of the queue. */
  private preempt(id: number): void {
    const t = this.table;
    this.kv.free(id);
    t.state[id] = REQ_WAITING;
    t.computed[id] = 0;
    t.prefillEnd[id] = t.promptTokens[id] + t.generated[id];
    t.preemptions[id]++;
    this.preemptions++;
    this.waiting.pushFront(id);
  }

  private add(batch: StepBatch, id: number, query: number, nDrafts: number, prefill: boolean): void {
    const t = this.table;
    batch.add(id, query, nDrafts, prefill, t.computed[id], t.targetOutput[id] - t.generated[id], t.prefillEnd[id]);
  }
}
