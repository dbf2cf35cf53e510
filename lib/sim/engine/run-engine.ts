import type { Rng } from '../../random/create-rng.js';
import { sampleAcceptedDrafts } from '../acceptance/sample-accepted-drafts.js';
import { createLoadClient } from '../load/create-load-client.js';
import type { SimEngineStats, SimStrategy } from '../sim-run-types.js';
import type { SeqWork, SimSystem, StepCostModel } from '../sim-types.js';
import { cudaGraphPadder } from './cuda-graph-padder.js';
import { EventQueue } from './event-queue.js';
import { IntDeque } from './int-deque.js';
import * as req from './request-table.js';
import { RequestTable } from './request-table.js';

// Local copies of imported constants and hot functions: module bindings compiled to CommonJS
// are property getters, too slow inside the per-sequence loops.
const REQ_WAITING = req.REQ_WAITING;
const REQ_PREFILL = req.REQ_PREFILL;
const REQ_DECODE = req.REQ_DECODE;
const REQ_DONE = req.REQ_DONE;
const REQ_ERROR_PENDING = req.REQ_ERROR_PENDING;
const REQ_ERRORED = req.REQ_ERRORED;
const sampleAccepted = sampleAcceptedDrafts;

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
 * Runs one benchmark through a vLLM-V1-like engine as a discrete-event simulation.
 *
 * Events: load-generator ticks (open-loop sends), request arrivals at the engine (after the
 * optional requestOverheadS), engine step start, engine step end, error replies, end of
 * benchmark. Each handler schedules its follow-on events in the queue.
 *
 * Scheduler (per step, as vLLM V1 with chunked prefill and FCFS): first the running requests in
 * admission order (a decode asks for 1 + d tokens, d = drafts to verify = min(k, tokens left - 1,
 * budget - 1); a request still prefilling asks for the rest of its prompt, cut to the budget),
 * then, if nothing was preempted this step, waiting requests while fewer than maxNumSeqs run and
 * budget is left (their first prefill chunk). KV blocks are allocated as a request's context
 * grows (context + scheduled tokens + k lookahead slots when speculating). When blocks run out
 * the most recently admitted running request is preempted (recompute: its blocks are freed, it
 * goes back to the front of the waiting queue and later re-prefills prompt + generated tokens).
 *
 * One step = one verifier forward pass over all scheduled tokens (prefill chunks and
 * decode/verify tokens mixed; decode-only passes padded to the CUDA-graph sizes), then, when
 * speculating, the drafter: pass 1 over the tokens each sequence just committed (or its prefill
 * chunk), passes 2..d over one token per sequence that still needs drafts. Step time = sum of
 * the cost model's pass times + stepOverheadS (+ specOverheadS when speculating), times
 * lognormal noise with mean 1 and relative standard deviation noiseRel. Tokens committed by a
 * step reach the client as one streamed chunk at the step's end.
 *
 * Passes go to the cost model's passTimeS when it has one (query and context tokens as arrays),
 * else to passCost; the arrays and pass objects are reused between calls: a cost model must not
 * keep references to them.
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
  const { system, k, conditional, durationS } = input;
  const eng = system.engine;
  const sd = k > 0;
  const lookahead = sd ? k : 0;
  const blockSize = eng.blockSize;
  const kvCap = eng.kvCacheBlocks;
  const draftKv = sd && system.drafterKvCacheBlocks !== null;
  const draftKvCap = draftKv ? (system.drafterKvCacheBlocks as number) : 0;
  const maxSeqs = eng.maxNumSeqs;
  const budgetMax = eng.maxNumBatchedTokens;
  const pad = cudaGraphPadder(eng.cudaGraphSizes);
  const overheadS = eng.stepOverheadS + (sd ? eng.specOverheadS : 0);
  const noiseSigma = eng.noiseRel > 0 ? Math.sqrt(Math.log(1 + eng.noiseRel * eng.noiseRel)) : 0;
  const tooLong = input.prefillTokens + input.decodeTokens > eng.maxModelLen;
  const requestOverheadS = eng.requestOverheadS ?? 0;

  // Independent random streams, forked in a fixed order.
  const loadRng = input.rng.fork();
  const acceptRng = input.rng.fork();
  const costRng = input.rng.fork();
  const noiseRng = input.rng.fork();

  const t = new RequestTable(256);
  const running = new Int32Array(maxSeqs);
  let nRunning = 0;
  const waiting = new IntDeque(64);
  let usedBlocks = 0;
  let usedDraftBlocks = 0;

  // Participants of the current step.
  const pId = new Int32Array(maxSeqs);
  const pQuery = new Float64Array(maxSeqs);
  const pDrafts = new Int32Array(maxSeqs);
  const pCommitted = new Int32Array(maxSeqs);
  const pPrefill = new Uint8Array(maxSeqs);
  const pNext = new Int32Array(maxSeqs);
  /** Context (tokens in KV) of each participant when the step was scheduled. */
  const pCtx = new Float64Array(maxSeqs);
  /** Output tokens each participant still needs when the step was scheduled. */
  const pLeft = new Int32Array(maxSeqs);
  /** draftCount[d]: sequences of the step that will propose d drafts next. */
  const draftCount = new Int32Array(k + 1);
  let nPart = 0;
  let stepDurS = 0;

  // Drafter passes as arrays (the verifier pass is pQuery, pCtx): query and context tokens of
  // each sequence, handed to the cost model's allocation-free passTimeS.
  const dQuery = new Float64Array(maxSeqs);
  const dCtx = new Float64Array(maxSeqs);
  const passTime = passTimer(system.cost);

  // Chunk log.
  let chunkN = 0;
  let chunkId = new Int32Array(input.recordChunks ? 1024 : 0);
  let chunkT = new Float64Array(input.recordChunks ? 1024 : 0);
  let chunkTok = new Int32Array(input.recordChunks ? 1024 : 0);
  const logChunk = (id: number, timeS: number, tokens: number): void => {
    if (chunkN === chunkId.length) {
      const c = chunkId.length * 2;
      const a = new Int32Array(c);
      a.set(chunkId);
      chunkId = a;
      const b = new Float64Array(c);
      b.set(chunkT);
      chunkT = b;
      const d = new Int32Array(c);
      d.set(chunkTok);
      chunkTok = d;
    }
    chunkId[chunkN] = id;
    chunkT[chunkN] = timeS;
    chunkTok[chunkN] = tokens;
    chunkN++;
  };

  // Counters.
  let steps = 0;
  let preemptions = 0;
  let busyS = 0;
  let batchTimeS = 0;
  let drafts = 0;
  let draftTokens = 0;
  let acceptedTokens = 0;
  const acceptedAtPos = new Float64Array(k);
  let atServer = 0;
  let atServerArea = 0;
  let atServerSince = 0;
  const changeAtServer = (nowS: number, delta: number): void => {
    atServerArea += atServer * (nowS - atServerSince);
    atServerSince = nowS;
    atServer += delta;
  };

  const queue = new EventQueue(64);

  const client = createLoadClient(input.strategy, durationS, input.maxConcurrency, loadRng, {
    send(targetS, nowS) {
      const id = t.add(targetS, nowS, input.prefillTokens, input.decodeTokens);
      changeAtServer(nowS, 1);
      if (tooLong) {
        // vLLM rejects prompt + max_tokens > max_model_len with an immediate error reply.
        t.state[id] = REQ_ERROR_PENDING;
        queue.push(nowS + input.errorLatencyS, EV_ERROR_DONE, id);
      } else if (requestOverheadS > 0) {
        queue.push(nowS + requestOverheadS, EV_ARRIVE, id); // reaches the engine later
      } else {
        waiting.pushBack(id);
      }
    },
    scheduleTick(timeS) {
      queue.push(timeS, EV_TICK, 0);
    },
  });

  const blocksFor = (tokens: number): number => Math.ceil(tokens / blockSize);

  /** Grows a request's blocks to hold `tokens` tokens (both caches); false if they do not fit. */
  const allocate = (id: number, tokens: number): boolean => {
    if (tokens <= t.blocks[id] * blockSize) return true; // fits the blocks it holds (no division)
    const want = blocksFor(tokens);
    const extra = want - t.blocks[id];
    if (extra <= 0) return true;
    if (usedBlocks + extra > kvCap) return false;
    if (draftKv) {
      const dExtra = want - t.draftBlocks[id];
      if (usedDraftBlocks + dExtra > draftKvCap) return false;
      usedDraftBlocks += dExtra;
      t.draftBlocks[id] = want;
    }
    usedBlocks += extra;
    t.blocks[id] = want;
    return true;
  };

  const freeBlocks = (id: number): void => {
    usedBlocks -= t.blocks[id];
    t.blocks[id] = 0;
    usedDraftBlocks -= t.draftBlocks[id];
    t.draftBlocks[id] = 0;
  };

  const preempt = (id: number): void => {
    freeBlocks(id);
    t.state[id] = REQ_WAITING;
    t.computed[id] = 0;
    t.prefillEnd[id] = t.promptTokens[id] + t.generated[id];
    t.preemptions[id]++;
    preemptions++;
    waiting.pushFront(id);
  };

  const addParticipant = (id: number, query: number, nDrafts: number, prefill: boolean): void => {
    const ctx = t.computed[id];
    pId[nPart] = id;
    pQuery[nPart] = query;
    pDrafts[nPart] = nDrafts;
    pPrefill[nPart] = prefill ? 1 : 0;
    pCtx[nPart] = ctx;
    pLeft[nPart] = t.targetOutput[id] - t.generated[id];
    // a prefill chunk that completes the (re)computed context samples one token
    pCommitted[nPart] = prefill ? (ctx + query === t.prefillEnd[id] ? 1 : 0) : 0;
    nPart++;
  };

  /** Admits waiting requests (first prefill chunk) into the step; returns the budget left. */
  const admitWaiting = (budget: number): number => {
    while (waiting.size > 0 && nRunning < maxSeqs && budget > 0) {
      const id = waiting.peek();
      const q = Math.min(t.prefillEnd[id] - t.computed[id], budget);
      if (!allocate(id, t.computed[id] + q + lookahead)) break;
      waiting.shift();
      running[nRunning++] = id;
      t.state[id] = REQ_PREFILL;
      addParticipant(id, q, 0, true);
      budget -= q;
    }
    return budget;
  };

  /** Schedules one step at time `now`; returns false when there is nothing to run. */
  const startStep = (now: number): boolean => {
    nPart = 0;
    let budget = budgetMax;
    let preempted = false;
    let i = 0;
    while (i < nRunning && budget > 0) {
      const id = running[i];
      let q: number;
      let nDrafts = 0;
      const prefill = t.state[id] !== REQ_DECODE;
      if (!prefill) {
        const left = t.targetOutput[id] - t.generated[id];
        nDrafts = Math.max(0, Math.min(k, left - 1, budget - 1));
        q = 1 + nDrafts;
      } else {
        q = Math.min(t.prefillEnd[id] - t.computed[id], budget);
      }
      const need = t.computed[id] + q + lookahead;
      let scheduled = true;
      while (!allocate(id, need)) {
        const victim = running[--nRunning];
        preempt(victim);
        preempted = true;
        if (victim === id) {
          scheduled = false;
          break;
        }
      }
      if (!scheduled) break;
      addParticipant(id, q, nDrafts, prefill);
      budget -= q;
      i++;
    }
    if (!preempted || nPart === 0) budget = admitWaiting(budget);
    if (nPart === 0) {
      if (nRunning > 0 || waiting.size > 0) {
        throw new Error(`runEngine: the scheduler cannot make progress at t=${now} (KV cache ${kvCap} blocks)`);
      }
      return false;
    }

    // Verifier pass: sample acceptance, price the pass.
    let sumQ = 0;
    let hasPrefill = false;
    for (let p = 0; p < nPart; p++) {
      const q = pQuery[p];
      sumQ += q;
      if (pPrefill[p] === 1) hasPrefill = true;
      else pCommitted[p] = 1 + sampleAccepted(conditional, pDrafts[p], acceptRng);
    }
    let costS = passTime('verifier', nPart, pQuery, pCtx, hasPrefill ? sumQ : pad(sumQ), costRng);

    // Drafter passes: pass 1 over every sequence that goes on (the tokens it just committed, or
    // its prefill chunk), pass j >= 2 over the sequences that still need a j-th draft.
    let drafterPasses = 0;
    if (sd) {
      let n1 = 0;
      let maxNext = 0;
      draftCount.fill(0);
      for (let p = 0; p < nPart; p++) {
        const c = pCommitted[p];
        const left = pLeft[p] - c;
        pNext[p] = -1; // finishes: not in any drafter pass
        if (left <= 0) continue;
        n1++;
        const next = c > 0 ? Math.min(k, left - 1) : 0;
        pNext[p] = next;
        draftCount[next]++;
        if (next > maxNext) maxNext = next;
      }
      if (n1 > 0) {
        let n = 0;
        let sum1 = 0;
        for (let p = 0; p < nPart; p++) {
          if (pNext[p] < 0) continue;
          const q1 = pPrefill[p] === 1 ? pQuery[p] : pCommitted[p];
          dQuery[n] = q1;
          dCtx[n] = pCtx[p];
          n++;
          sum1 += q1;
        }
        costS += passTime('drafter', n1, dQuery, dCtx, hasPrefill ? sum1 : pad(sum1), costRng);
        drafterPasses = 1;
        // sequences needing at least j drafts: n1 minus those needing fewer
        let atLeast = n1 - draftCount[0] - draftCount[1];
        for (let j = 2; j <= maxNext; j++) {
          n = 0;
          for (let p = 0; p < nPart; p++) {
            if (pNext[p] < j) continue;
            const q1 = pPrefill[p] === 1 ? pQuery[p] : pCommitted[p];
            dQuery[n] = 1;
            dCtx[n] = pCtx[p] + q1 + j - 2;
            n++;
          }
          costS += passTime('drafter', atLeast, dQuery, dCtx, pad(atLeast), costRng);
          drafterPasses++;
          atLeast -= draftCount[j];
        }
      }
    }

    let dur = costS + overheadS;
    if (noiseSigma > 0) dur *= Math.exp(noiseSigma * noiseRng.normal() - 0.5 * noiseSigma * noiseSigma);
    stepDurS = dur;
    if (input.onStep) {
      input.onStep({
        startS: now,
        durationS: dur,
        numSeqs: nPart,
        scheduledTokens: sumQ,
        usedBlocks,
        usedDraftBlocks,
        running: nRunning,
        waiting: waiting.size,
        preemptions,
        drafterPasses,
      });
    }
    queue.push(now + dur, EV_STEP_END, 0);
    return true;
  };

  const endStep = (now: number): void => {
    steps++;
    busyS += stepDurS;
    batchTimeS += nPart * stepDurS;
    let finished = 0;
    for (let p = 0; p < nPart; p++) {
      const id = pId[p];
      const c = pCommitted[p];
      if (pPrefill[p] === 1) {
        t.computed[id] += pQuery[p];
        if (c > 0) t.state[id] = REQ_DECODE;
      } else {
        t.computed[id] += c;
        const d = pDrafts[p];
        if (d > 0) {
          drafts++;
          draftTokens += d;
          acceptedTokens += c - 1;
          for (let pos = 0; pos < c - 1; pos++) acceptedAtPos[pos]++;
        }
      }
      if (c > 0) {
        t.generated[id] += c;
        t.iterations[id]++;
        if (Number.isNaN(t.firstTokenS[id])) t.firstTokenS[id] = now;
        t.lastTokenS[id] = now;
        if (input.recordChunks) logChunk(id, now, c);
        if (t.generated[id] >= t.targetOutput[id]) {
          t.state[id] = REQ_DONE;
          t.endS[id] = now;
          freeBlocks(id);
          finished++;
        }
      }
    }
    if (finished > 0) {
      let w = 0;
      for (let r = 0; r < nRunning; r++) {
        const id = running[r];
        if (t.state[id] !== REQ_DONE) running[w++] = id;
      }
      nRunning = w;
      for (let f = 0; f < finished; f++) {
        changeAtServer(now, -1);
        client.requestDone(now);
      }
    }
    nPart = 0;
  };

  queue.push(durationS, EV_END, 0);
  client.begin();
  let busy = false;
  let stepPending = false;
  if (waiting.size > 0) {
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
        if (queue.peekTime() > now && (waiting.size > 0 || nRunning > 0)) busy = startStep(now);
        break;
      case EV_ERROR_DONE:
        t.state[payload] = REQ_ERRORED;
        t.endS[payload] = now;
        changeAtServer(now, -1);
        client.requestDone(now);
        break;
      case EV_ARRIVE:
        waiting.pushBack(payload);
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
    if (!busy && !stepPending && (waiting.size > 0 || nRunning > 0)) {
      queue.push(now, EV_STEP_START, 0);
      stepPending = true;
    }
  }
  // A step still running at the end delivers nothing: its requests stay incomplete.
  changeAtServer(durationS, 0);

  const perPositionAcceptance: number[] = [];
  for (let i = 0; i < k; i++) perPositionAcceptance.push(drafts > 0 ? acceptedAtPos[i] / drafts : 0);
  const stats: SimEngineStats = {
    steps,
    preemptions,
    meanBatchSize: busyS > 0 ? batchTimeS / busyS : 0,
    busyFraction: busyS / durationS,
    meanInFlight: atServerArea / durationS,
    drafts,
    draftTokens,
    acceptedTokens,
    perPositionAcceptance: sd ? perPositionAcceptance : [],
    acceptanceLength: drafts > 0 ? 1 + acceptedTokens / drafts : null,
  };
  return {
    table: t,
    chunks: input.recordChunks
      ? { requestId: chunkId.slice(0, chunkN), timeS: chunkT.slice(0, chunkN), tokens: chunkTok.slice(0, chunkN) }
      : null,
    stats,
  };
}

/** A pass's time from a cost model: its allocation-free passTimeS, or passCost over reused pass objects. */
type PassTimer = (
  role: 'verifier' | 'drafter',
  n: number,
  queryTokens: Float64Array,
  contextTokens: Float64Array,
  paddedTokens: number,
  rng: Rng,
) => number;

function passTimer(cost: StepCostModel): PassTimer {
  const fast = cost.passTimeS;
  if (typeof fast === 'function') return (role, n, q, c, padded, rng) => fast.call(cost, role, n, q, c, padded, rng);
  // One array of SeqWork objects per batch size, so that a pass of n sequences is an array of
  // exactly n entries without resizing an array (V8 would reallocate its backing store).
  const seqArrays: SeqWork[][] = [];
  const pass: { role: 'verifier' | 'drafter'; seqs: SeqWork[]; paddedTokens: number } = { role: 'verifier', seqs: [], paddedTokens: 0 };
  return (role, n, q, c, padded, rng) => {
    let arr = seqArrays[n];
    if (arr === undefined) {
      arr = [];
      for (let i = 0; i < n; i++) arr.push({ queryTokens: 0, contextTokens: 0 });
      seqArrays[n] = arr;
    }
    for (let i = 0; i < n; i++) {
      arr[i].queryTokens = q[i];
      arr[i].contextTokens = c[i];
    }
    pass.role = role;
    pass.seqs = arr;
    pass.paddedTokens = padded;
    return cost.passCost(pass, rng).timeS;
  };
}
