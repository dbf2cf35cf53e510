import type { Rng } from '../../random/create-rng.js';
import { createLoadClient } from '../load/create-load-client.js';
import { EngineCounters } from '../metrics/engine-counters.js';
import type { SimEngineStats, SimStrategy } from '../sim-run-types.js';
import type { SimSystem } from '../sim-types.js';
import { ChunkLog } from './chunk-log.js';
import { commitStep } from './commit-step.js';
import { EventQueue } from './event-queue.js';
import { KvAllocator } from './kv-allocator.js';
import * as req from './request-table.js';
import { RequestTable } from './request-table.js';
import { Scheduler } from './scheduler.js';
import { StepBatch } from './step-batch.js';
import { StepPricer } from './step-pricer.js';

// Local copies of imported constants: module bindings compiled to CommonJS are property getters.
const REQ_ERROR_PENDING = req.REQ_ERROR_PENDING;
const REQ_ERRORED = req.REQ_ERRORED;

/** Event kinds; at equal times the smaller kind is handled first. */
const EV_STEP_END = 0;
const EV_ERROR_DONE = 1;
const EV_ARRIVE = 2;
const EV_TICK = 3;
const EV_STEP_START = 4;
const EV_END = 5;

/** Everything runEngine needs (already validated by the caller). */
export interface EngineInput {
  system: SimSystem;
  prefillTokens: number;
  decodeTokens: number;
  /** Draft length; 0 runs plain decoding. */
  k: number;
  /** Per-position conditional acceptance probabilities (length k). */
  conditional: Float64Array;
  /** A checked strategy. */
  strategy: SimStrategy;
  durationS: number;
  maxConcurrency: number;
  errorLatencyS: number;
  recordChunks: boolean;
  rng: Rng;
  /** Observer called at the start of every engine step (tests); the object is reused between calls. */
  onStep?: (step: EngineStepInfo) => void;
}

/** What one engine step scheduled (for observers and tests). */
export interface EngineStepInfo {
  startS: number;
  durationS: number;
  /** Sequences in the verifier pass. */
  numSeqs: number;
  /** Tokens scheduled (sum of query tokens of the verifier pass). */
  scheduledTokens: number;
  /** Verifier KV blocks in use after scheduling. */
  usedBlocks: number;
  /** Drafter KV blocks in use after scheduling (0 without a separate draft model). */
  usedDraftBlocks: number;
  /** Requests running after scheduling. */
  running: number;
  /** Requests waiting at the server after scheduling. */
  waiting: number;
  /** Preemptions so far. */
  preemptions: number;
  /** Drafter passes run in this step. */
  drafterPasses: number;
}

/** The raw outcome of one engine run. */
export interface EngineOutput {
  table: RequestTable;
  chunks: { requestId: Int32Array; timeS: Float64Array; tokens: Int32Array } | null;
  stats: SimEngineStats;
}

/**
 * Runs one benchmark through a vLLM-V1-like engine as a discrete-event simulation (the event
 * loop; the parts are separate modules, as in vidur).
 *
 * Events: load-generator ticks (open-loop sends), request arrivals at the engine (after the
 * optional requestOverheadS), engine step start, engine step end, error replies, end of
 * benchmark. Each handler schedules its follow-on events in the queue. An engine step is:
 * the Scheduler fills a StepBatch (admission, chunked prefill under the token budget,
 * max_num_seqs, preemption by recompute, KV blocks from the KvAllocator); the StepPricer samples
 * the verification outcome and prices the verifier and drafter passes with the system's cost
 * model; at the step's end commitStep delivers the committed tokens (one streamed chunk per
 * request) and finishes requests. EngineCounters keep the run's statistics.
 *
 * Random streams are forked from input.rng in a fixed order: load, acceptance, cost, noise.
 * The cost model's arrays are reused between calls: a cost model must not keep references to them.
 *
 * @param input validated inputs
 * @returns the request table, optional chunk log and engine counters
 * @throws {Error} `runEngine: ...` if the scheduler cannot make progress (it never should once
 *   one request fits in the KV cache, which the caller checks)
 * @example
 * const out = runEngine({ system, prefillTokens: 512, decodeTokens: 128, k: 3, conditional: new Float64Array([0.8, 0.8, 0.8]),
 *   strategy: { type: 'synchronous' }, durationS: 90, maxConcurrency: 128, errorLatencyS: 0.001, recordChunks: false, rng });
 */
export function runEngine(input: EngineInput): EngineOutput {
  const { system, k, durationS } = input;
  const eng = system.engine;
  const sd = k > 0;
  const tooLong = input.prefillTokens + input.decodeTokens > eng.maxModelLen;
  const requestOverheadS = eng.requestOverheadS ?? 0;

  // Independent random streams, forked in a fixed order.
  const loadRng = input.rng.fork();
  const accept = input.rng.fork();
  const cost = input.rng.fork();
  const noise = input.rng.fork();

  const t = new RequestTable(256);
  const kv = new KvAllocator(t, eng.blockSize, eng.kvCacheBlocks, sd ? system.drafterKvCacheBlocks : null);
  const scheduler = new Scheduler(t, kv, { maxNumSeqs: eng.maxNumSeqs, maxNumBatchedTokens: eng.maxNumBatchedTokens, k });
  const batch = new StepBatch(eng.maxNumSeqs);
  const pricer = new StepPricer(system, k, input.conditional, { accept, cost, noise });
  const counters = new EngineCounters(k);
  const chunks = input.recordChunks ? new ChunkLog(1024) : null;
  const queue = new EventQueue(64);
  let stepDurS = 0;

  const client = createLoadClient(input.strategy, durationS, input.maxConcurrency, loadRng, {
    send(targetS, nowS) {
      const id = t.add(targetS, nowS, input.prefillTokens, input.decodeTokens);
      counters.changeAtServer(nowS, 1);
      if (tooLong) {
        // vLLM rejects prompt + max_tokens > max_model_len with an immediate error reply.
        t.state[id] = REQ_ERROR_PENDING;
        queue.push(nowS + input.errorLatencyS, EV_ERROR_DONE, id);
      } else if (requestOverheadS > 0) {
        queue.push(nowS + requestOverheadS, EV_ARRIVE, id); // reaches the engine later
      } else {
        scheduler.enqueue(id);
      }
    },
    scheduleTick(timeS) {
      queue.push(timeS, EV_TICK, 0);
    },
  });

  /** Schedules and prices one step at `now`; returns false when there is nothing to run. */
  const startStep = (now: number): boolean => {
    if (!scheduler.schedule(batch, now)) return false;
    const dur = pricer.price(batch);
    stepDurS = dur;
    if (input.onStep) {
      input.onStep({
        startS: now,
        durationS: dur,
        numSeqs: batch.size,
        scheduledTokens: pricer.scheduledTokens,
        usedBlocks: kv.used,
        usedDraftBlocks: kv.usedDraft,
        running: scheduler.runningCount,
        waiting: scheduler.waiting.size,
        preemptions: scheduler.preemptions,
        drafterPasses: pricer.drafterPasses,
      });
    }
    queue.push(now + dur, EV_STEP_END, 0);
    return true;
  };

  const endStep = (now: number): void => {
    counters.stepDone(batch.size, stepDurS);
    const finished = commitStep(batch, t, kv, counters, chunks, now);
    if (finished > 0) {
      scheduler.removeFinished();
      for (let f = 0; f < finished; f++) {
        counters.changeAtServer(now, -1);
        client.requestDone(now);
      }
    }
    batch.size = 0;
  };

  queue.push(durationS, EV_END, 0);
  client.begin();
  let busy = false;
  let stepPending = false;
  if (scheduler.waiting.size > 0) {
    queue.push(0, EV_STEP_START, 0);
    stepPending = true;
  }
  for (;;) {
    const now = queue.peekTime();
    const kind = queue.peekKind();
    const payload = queue.peekPayload();
    queue.pop();
    if (kind === EV_END) break;
    switch (kind) {
      case EV_STEP_END:
        endStep(now);
        busy = false;
        // Start the next step at once unless other events share this instant (they go first).
        if (queue.peekTime() > now && scheduler.hasWork()) busy = startStep(now);
        break;
      case EV_ERROR_DONE:
        t.state[payload] = REQ_ERRORED;
        t.endS[payload] = now;
        counters.changeAtServer(now, -1);
        client.requestDone(now);
        break;
      case EV_ARRIVE:
        scheduler.enqueue(payload);
        break;
      case EV_TICK:
        client.tick(now);
        break;
      case EV_STEP_START:
        stepPending = false;
        if (!busy) busy = startStep(now);
        break;
      default:
        throw new Error(`runEngine: unknown event kind ${kind}`);
    }
    if (!busy && !stepPending && scheduler.hasWork()) {
      queue.push(now, EV_STEP_START, 0);
      stepPending = true;
    }
  }
  // A step still running at the end delivers nothing: its requests stay incomplete.
  counters.changeAtServer(durationS, 0);
  return { table: t, chunks: chunks !== null ? chunks.arrays() : null, stats: counters.stats(durationS, scheduler.preemptions, sd) };
}
