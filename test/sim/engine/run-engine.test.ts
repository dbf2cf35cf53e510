import { describe, expect, it } from 'vitest';
import { conditionalAcceptance } from '../../../lib/sim/acceptance/conditional-acceptance.js';
import { cudaGraphPadder } from '../../../lib/sim/engine/cuda-graph-padder.js';
import { REQ_DONE } from '../../../lib/sim/engine/request-table.js';
import type { EngineInput, EngineOutput, EngineStepInfo } from '../../../lib/sim/engine/run-engine.js';
import { runEngine } from '../../../lib/sim/engine/run-engine.js';
import type { SimStrategy, SimWorkload } from '../../../lib/sim/sim-run-types.js';
import type { ForwardPass } from '../../../lib/sim/sim-types.js';
import { createRng } from '../../../lib/random/create-rng.js';
import type { FakeSystemOptions } from '../fake-system.js';
import { DEFAULT_FAKE_COST, DEFAULT_FAKE_ENGINE, fakeSystem } from '../fake-system.js';

const { a, b, c, ad, bd } = DEFAULT_FAKE_COST;
const OVH = DEFAULT_FAKE_ENGINE.stepOverheadS;
const SPEC_OVH = DEFAULT_FAKE_ENGINE.specOverheadS;

/** Hand-written fake costs: verifier a + b*padded + c*attended, drafter ad + bd*padded. */
const V = (padded: number, attended: number): number => a + b * padded + c * attended;
const D = (padded: number): number => ad + bd * padded;

function run(
  workload: SimWorkload,
  strategy: SimStrategy,
  o: { durationS?: number; maxConcurrency?: number; seed?: number; system?: FakeSystemOptions; steps?: EngineStepInfo[] } = {},
): EngineOutput {
  const input: EngineInput = {
    system: fakeSystem(o.system),
    prefillTokens: workload.prefillTokens,
    decodeTokens: workload.decodeTokens,
    k: workload.k,
    conditional: conditionalAcceptance(workload),
    strategy,
    durationS: o.durationS ?? 30,
    maxConcurrency: o.maxConcurrency ?? 128,
    errorLatencyS: 0.001,
    recordChunks: true,
    rng: createRng(o.seed ?? 1),
    onStep: o.steps ? (s) => o.steps?.push({ ...s }) : undefined,
  };
  return runEngine(input);
}

/** Tokens per streamed chunk of request `id`. */
function chunksOf(out: EngineOutput, id: number): number[] {
  const ch = out.chunks!;
  const tokens: number[] = [];
  for (let i = 0; i < ch.requestId.length; i++) if (ch.requestId[i] === id) tokens.push(ch.tokens[i]);
  return tokens;
}

describe('runEngine: timing against hand-computed step sums', () => {
  it('synchronous plain decoding: latency = prefill step + one step per further token', () => {
    const P = 512;
    const G = 128;
    const out = run({ prefillTokens: P, decodeTokens: G, k: 0 }, { type: 'synchronous' }, { system: { drafterKind: null } });
    let expected = V(P, P) + OVH; // prefill runs eagerly on P tokens, attends P
    const ttft = expected;
    for (let i = 1; i < G; i++) expected += V(1, P + i) + OVH; // decode: 1 token padded to graph 1, context P + i - 1
    const t = out.table;
    expect(t.count).toBeGreaterThan(3);
    for (let id = 0; id < 3; id++) {
      expect(t.endS[id] - t.startS[id]).toBeCloseTo(expected, 12);
      expect(t.firstTokenS[id] - t.startS[id]).toBeCloseTo(ttft, 12);
      expect(t.iterations[id]).toBe(G);
    }
    expect(t.startS[1]).toBeCloseTo(t.endS[0], 12); // back to back
  });

  it('a request overhead delays the arrival at the engine: TTFT and latency grow by exactly that much', () => {
    const w = { prefillTokens: 100, decodeTokens: 20, k: 0 };
    const base = run(w, { type: 'synchronous' }, { system: { drafterKind: null } });
    const slow = run(w, { type: 'synchronous' }, { system: { drafterKind: null, engine: { requestOverheadS: 0.05 } } });
    const lat = (o: EngineOutput) => o.table.endS[0] - o.table.startS[0];
    const ttft = (o: EngineOutput) => o.table.firstTokenS[0] - o.table.startS[0];
    expect(lat(slow) - lat(base)).toBeCloseTo(0.05, 12);
    expect(ttft(slow) - ttft(base)).toBeCloseTo(0.05, 12);
    // the next synchronous request is sent when the previous one ends
    expect(slow.table.startS[1]).toBeCloseTo(slow.table.endS[0], 12);
  });

  it('chunked prefill: a prompt longer than the token budget takes several steps before its first token', () => {
    const P = 600;
    const out = run(
      { prefillTokens: P, decodeTokens: 3, k: 0 },
      { type: 'synchronous' },
      { system: { drafterKind: null, engine: { maxNumBatchedTokens: 256 } } },
    );
    const ttft = V(256, 256) + OVH + (V(256, 512) + OVH) + (V(88, 600) + OVH);
    const latency = ttft + (V(1, 601) + OVH) + (V(1, 602) + OVH);
    expect(out.table.firstTokenS[0] - out.table.startS[0]).toBeCloseTo(ttft, 12);
    expect(out.table.endS[0] - out.table.startS[0]).toBeCloseTo(latency, 12);
  });

  it('speculative decoding at alpha = 1: prefill + drafter, then k+1 tokens per cycle, drafts clipped at the end', () => {
    const P = 512;
    const out = run({ prefillTokens: P, decodeTokens: 10, k: 3, alpha: 1 }, { type: 'synchronous' });
    const ovh = OVH + SPEC_OVH;
    // step 1: verifier prefill (eager 512); drafter pass 1 over the prompt (eager 512), passes 2-3 one token each
    const s1 = V(512, 512) + D(512) + D(1) + D(1) + ovh;
    // step 2: verify 1 + 3 drafts (graph 4, attends 512 + 4): 4 tokens; drafter pass 1 over 4 tokens, passes 2-3
    const s2 = V(4, 516) + D(4) + D(1) + D(1) + ovh;
    // step 3: same at context 516: 4 more tokens (9 in all); 1 token left, so no further drafts (drafter pass 1 only)
    const s3 = V(4, 520) + D(4) + ovh;
    // step 4: plain verification of the last token, nothing to draft after it
    const s4 = V(1, 521) + ovh;
    expect(out.table.endS[0] - out.table.startS[0]).toBeCloseTo(s1 + s2 + s3 + s4, 12);
    expect(chunksOf(out, 0)).toEqual([1, 4, 4, 1]);
    expect(out.stats.acceptanceLength).toBe(4); // both verifications with drafts accepted all 3
  });
});

describe('runEngine: speculative decoding', () => {
  it('alpha = 1 commits k + 1 tokens per verification and alpha = 0 exactly one', () => {
    const G = 40;
    for (const [alpha, perCycle] of [
      [1, 5],
      [0, 1],
    ] as const) {
      const out = run({ prefillTokens: 64, decodeTokens: G, k: 4, alpha }, { type: 'concurrent', streams: 3 }, { durationS: 5 });
      let checked = 0;
      for (let id = 0; id < out.table.count; id++) {
        if (out.table.state[id] !== REQ_DONE) continue;
        const ch = chunksOf(out, id);
        expect(ch[0]).toBe(1); // the prefill's token
        const body = ch.slice(1);
        // every verification but the clipped last ones commits perCycle tokens
        const full = Math.floor((G - 1) / perCycle);
        expect(body.slice(0, full).every((x) => x === perCycle)).toBe(true);
        expect(ch.reduce((x, y) => x + y, 0)).toBe(G);
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
      if (alpha === 0) expect(out.stats.acceptedTokens).toBe(0);
    }
  });

  it('mean tokens per verification match an exact enumeration of the acceptance process', () => {
    // per-position (cumulative) rates, long outputs so that end-of-request clipping is negligible
    const rates = [0.9, 0.7, 0.45, 0.3];
    const out = run(
      { prefillTokens: 32, decodeTokens: 3000, k: 4, acceptanceRates: rates },
      { type: 'concurrent', streams: 8 },
      { durationS: 60, seed: 5 },
    );
    // E[accepted] = sum_j P(first j positions accepted) = sum_j r_j for cumulative rates
    const cond = [rates[0], rates[1] / rates[0], rates[2] / rates[1], rates[3] / rates[2]];
    let reach = 1;
    let expectedAccepted = 0;
    for (let j = 0; j < 4; j++) {
      reach *= cond[j];
      expectedAccepted += reach;
    }
    expect(out.stats.drafts).toBeGreaterThan(20_000);
    expect(out.stats.acceptanceLength!).toBeCloseTo(1 + expectedAccepted, 1);
    expect(Math.abs(out.stats.acceptanceLength! - (1 + expectedAccepted))).toBeLessThan(0.02);
    rates.forEach((r, i) => expect(Math.abs(out.stats.perPositionAcceptance[i] - r)).toBeLessThan(0.01));
  });

  it('never exceeds a request decode length, and streamed chunks add up to the delivered tokens', () => {
    const G = 37;
    const out = run({ prefillTokens: 100, decodeTokens: G, k: 7, alpha: 0.9 }, { type: 'throughput' }, { durationS: 5, maxConcurrency: 32 });
    const t = out.table;
    const sums = new Map<number, number>();
    for (let i = 0; i < out.chunks!.requestId.length; i++) {
      const id = out.chunks!.requestId[i];
      sums.set(id, (sums.get(id) ?? 0) + out.chunks!.tokens[i]);
    }
    let done = 0;
    for (let id = 0; id < t.count; id++) {
      expect(t.generated[id]).toBeLessThanOrEqual(G);
      expect(sums.get(id) ?? 0).toBe(t.generated[id]);
      if (t.state[id] === REQ_DONE) {
        expect(t.generated[id]).toBe(G);
        done++;
      }
    }
    expect(done).toBeGreaterThan(50);
  });

  it('runs one verifier pass then drafter passes; decode-only passes are padded to CUDA graphs, prefill passes are not', () => {
    const record: ForwardPass[] = [];
    run({ prefillTokens: 300, decodeTokens: 50, k: 3, alpha: 0.6 }, { type: 'constant', rate: 40 }, { durationS: 2, system: { record } });
    const pad = cudaGraphPadder(DEFAULT_FAKE_ENGINE.cudaGraphSizes);
    let verifier = 0;
    let prefillPasses = 0;
    for (let i = 0; i < record.length; i++) {
      const p = record[i];
      const sum = p.seqs.reduce((x, s) => x + s.queryTokens, 0);
      const hasPrefill = p.seqs.some((s) => s.queryTokens > 4); // decodes verify at most k + 1 = 4 tokens
      if (hasPrefill) prefillPasses++;
      expect(p.paddedTokens).toBe(hasPrefill ? sum : pad(sum));
      if (p.role === 'verifier') {
        verifier++;
        // the drafter passes that follow (same step) cover at most the verifier's sequences
        let j = i + 1;
        while (j < record.length && record[j].role === 'drafter') {
          expect(record[j].seqs.length).toBeLessThanOrEqual(p.seqs.length);
          j++;
        }
        expect(j - i - 1).toBeLessThanOrEqual(3);
      }
    }
    expect(verifier).toBeGreaterThan(100);
    expect(prefillPasses).toBeGreaterThan(10);
    expect(record[0].role).toBe('verifier');
  });
});

describe('runEngine: scheduler invariants', () => {
  it('respects max_num_seqs, the token budget and the KV capacity in every step', () => {
    const steps: EngineStepInfo[] = [];
    const out = run(
      { prefillTokens: 700, decodeTokens: 120, k: 2, alpha: 0.7 },
      { type: 'throughput' },
      { durationS: 8, steps, system: { engine: { maxNumSeqs: 24, maxNumBatchedTokens: 1024, kvCacheBlocks: 2000 } } },
    );
    expect(steps.length).toBeGreaterThan(100);
    for (const s of steps) {
      expect(s.numSeqs).toBeLessThanOrEqual(24);
      expect(s.running).toBeLessThanOrEqual(24);
      expect(s.scheduledTokens).toBeLessThanOrEqual(1024);
      expect(s.usedBlocks).toBeLessThanOrEqual(2000);
    }
    expect(Math.max(...steps.map((s) => s.running))).toBe(24);
    expect(out.stats.preemptions).toBe(0);
  });

  it('preempts (recompute) when the KV cache is tiny and still completes requests', () => {
    const steps: EngineStepInfo[] = [];
    // one request needs ceil((300 + 200 + 2) / 16) = 32 blocks; 100 blocks hold about three
    const out = run(
      { prefillTokens: 300, decodeTokens: 200, k: 2, alpha: 0.8 },
      { type: 'throughput' },
      { durationS: 20, steps, maxConcurrency: 16, system: { engine: { kvCacheBlocks: 100 } } },
    );
    expect(out.stats.preemptions).toBeGreaterThan(0);
    for (const s of steps) {
      expect(s.usedBlocks).toBeLessThanOrEqual(100);
      // every sequence in the pass is still running (a preempted one never runs in the step)
      expect(s.numSeqs).toBeLessThanOrEqual(s.running);
    }
    const t = out.table;
    let done = 0;
    let preempted = 0;
    for (let id = 0; id < t.count; id++) {
      if (t.state[id] === REQ_DONE) {
        done++;
        expect(t.generated[id]).toBe(200);
        if (t.preemptions[id] > 0) preempted++;
      }
    }
    expect(done).toBeGreaterThan(20);
    expect(preempted).toBeGreaterThan(0);
  });

  it('preempts when a separate draft model runs out of its own KV blocks', () => {
    const steps: EngineStepInfo[] = [];
    const out = run(
      { prefillTokens: 300, decodeTokens: 200, k: 2, alpha: 0.8 },
      { type: 'throughput' },
      { durationS: 20, steps, maxConcurrency: 16, system: { drafterKind: 'draft_model', drafterKvCacheBlocks: 80 } },
    );
    expect(out.stats.preemptions).toBeGreaterThan(0);
    for (const s of steps) expect(s.usedDraftBlocks).toBeLessThanOrEqual(80);
    expect(Array.from(out.table.state.subarray(0, out.table.count)).filter((s) => s === REQ_DONE).length).toBeGreaterThan(10);
  });

  it('obeys Little\'s law: mean requests at the server = throughput x mean latency', () => {
    const out = run({ prefillTokens: 256, decodeTokens: 64, k: 3, alpha: 0.7 }, { type: 'poisson', rate: 30 }, { durationS: 120, seed: 3 });
    const t = out.table;
    let n = 0;
    let latSum = 0;
    for (let id = 0; id < t.count; id++) {
      if (t.state[id] !== REQ_DONE) continue;
      n++;
      latSum += t.endS[id] - t.startS[id];
    }
    const rps = n / 120;
    const meanLat = latSum / n;
    expect(out.stats.meanInFlight / (rps * meanLat)).toBeGreaterThan(0.98);
    expect(out.stats.meanInFlight / (rps * meanLat)).toBeLessThan(1.02);
  });

  it('applies mean-one multiplicative noise with the configured relative spread', () => {
    const steps: EngineStepInfo[] = [];
    run({ prefillTokens: 64, decodeTokens: 2000, k: 0 }, { type: 'synchronous' }, { durationS: 30, steps, system: { drafterKind: null, engine: { noiseRel: 0.1 } } });
    // decode steps: noiseless time V(1, context) + OVH with context growing by 1 per step
    const ratios: number[] = [];
    let ctx = 64;
    for (const s of steps) {
      if (s.scheduledTokens === 64) {
        ctx = 64;
        continue;
      }
      ctx++;
      ratios.push(s.durationS / (V(1, ctx) + OVH));
    }
    const m = ratios.reduce((x, y) => x + y, 0) / ratios.length;
    const sd = Math.sqrt(ratios.reduce((x, y) => x + (y - m) ** 2, 0) / ratios.length);
    expect(ratios.length).toBeGreaterThan(1000);
    expect(m).toBeCloseTo(1, 2);
    expect(sd).toBeCloseTo(0.1, 2);
  });

  it('rejects requests longer than max_model_len with an error reply and keeps the load going', () => {
    const out = run({ prefillTokens: 500, decodeTokens: 100, k: 0 }, { type: 'synchronous' }, { durationS: 1, system: { drafterKind: null, engine: { maxModelLen: 512 } } });
    expect(out.table.count).toBeGreaterThan(900); // one error per millisecond
    expect(out.stats.steps).toBe(0);
  });
});
