import type { Rng } from '../../random/create-rng.js';
import { sampleAcceptedDrafts } from '../acceptance/sample-accepted-drafts.js';
import type { SimSystem, StepCostModel } from '../sim-types.js';
import { cudaGraphPadder } from './cuda-graph-padder.js';
import type { StepBatch } from './step-batch.js';

// Local copy of a hot imported function: module bindings compiled to CommonJS are property getters.
const sampleAccepted = sampleAcceptedDrafts;

/** The random streams a pricer draws from (each its own stream, so that one part's draws never shift another's). */
export interface StepPricerStreams {
  /** Acceptance of draft tokens. */
  accept: Rng;
  /** The cost model's draws (MoE routing). */
  cost: Rng;
  /** Step-time noise. */
  noise: Rng;
}

/**
 * Runs one engine step's model work (vidur's execution-time predictor plus the SD verification
 * outcome): samples how many drafts each decode's verification accepts, then prices the step.
 *
 * One step = one verifier forward pass over all scheduled tokens (prefill chunks and
 * decode/verify tokens mixed; decode-only passes padded to the CUDA-graph sizes), then, when
 * speculating, the drafter: pass 1 over the tokens each sequence just committed (or its prefill
 * chunk), passes 2..d over one token per sequence that still needs drafts. Step time = sum of
 * the cost model's pass times + stepOverheadS (+ specOverheadS when speculating), times
 * lognormal noise with mean 1 and relative standard deviation noiseRel.
 */
export class StepPricer {
  /** Tokens scheduled in the last priced step (sum of the verifier pass's query tokens). */
  scheduledTokens = 0;
  /** Drafter passes run in the last priced step. */
  drafterPasses = 0;
  private readonly k: number;
  private readonly conditional: Float64Array;
  private readonly pad: (tokens: number) => number;
  private readonly overheadS: number;
  private readonly noiseSigma: number;
  private readonly streams: StepPricerStreams;
  private readonly cost: StepCostModel;
  /** draftCount[d]: sequences of the step that will propose d drafts next. */
  private readonly draftCount: Int32Array;
  /** Drafter pass as arrays: query and context tokens of each sequence. */
  private readonly dQuery: Float64Array;
  private readonly dCtx: Float64Array;

  /**
   * @param system the system (engine settings and cost model)
   * @param k draft length (0: plain decoding)
   * @param conditional per-position conditional acceptance probabilities (length k)
   * @param streams the random streams
   * @example
   * const pricer = new StepPricer(system, 3, new Float64Array([0.8, 0.8, 0.8]), { accept, cost, noise });
   * const durationS = pricer.price(batch);
   */
  constructor(system: SimSystem, k: number, conditional: Float64Array, streams: StepPricerStreams) {
    const eng = system.engine;
    this.k = k;
    this.conditional = conditional;
    this.pad = cudaGraphPadder(eng.cudaGraphSizes);
    this.overheadS = eng.stepOverheadS + (k > 0 ? eng.specOverheadS : 0);
    this.noiseSigma = eng.noiseRel > 0 ? Math.sqrt(Math.log(1 + eng.noiseRel * eng.noiseRel)) : 0;
    this.streams = streams;
    this.cost = system.cost;
    this.draftCount = new Int32Array(k + 1);
    this.dQuery = new Float64Array(eng.maxNumSeqs);
    this.dCtx = new Float64Array(eng.maxNumSeqs);
  }

  /**
   * Samples the verification outcome of the batch's decodes (sets batch.committed) and returns
   * the step's duration in seconds. Also sets batch.next when speculating.
   */
  price(batch: StepBatch): number {
    const n = batch.size;
    const query = batch.query;
    const prefill = batch.prefill;
    let sumQ = 0;
    let hasPrefill = false;
    for (let p = 0; p < n; p++) {
      sumQ += query[p];
      if (prefill[p] === 1) hasPrefill = true;
      else batch.committed[p] = 1 + sampleAccepted(this.conditional, batch.drafts[p], this.streams.accept);
    }
    let costS = this.cost.passTimeS('verifier', n, query, batch.ctx, hasPrefill ? sumQ : this.pad(sumQ), this.streams.cost);
    this.drafterPasses = 0;
    if (this.k > 0) costS = this.priceDrafter(batch, hasPrefill, costS);
    this.scheduledTokens = sumQ;
    let dur = costS + this.overheadS;
    const sigma = this.noiseSigma;
    if (sigma > 0) dur *= Math.exp(sigma * this.streams.noise.normal() - 0.5 * sigma * sigma);
    return dur;
  }

  /**
   * Drafter passes: pass 1 over every sequence that goes on (the tokens it just committed, or its
   * prefill chunk), pass j >= 2 over the sequences that still need a j-th draft. Adds each pass's
   * time to `costS` in pass order (the same floating-point sums as one running total) and returns it.
   */
  private priceDrafter(batch: StepBatch, hasPrefill: boolean, costS: number): number {
    const nPart = batch.size;
    const { committed, left, next, prefill, query, ctx } = batch;
    const k = this.k;
    const draftCount = this.draftCount;
    const dQuery = this.dQuery;
    const dCtx = this.dCtx;
    let n1 = 0;
    let maxNext = 0;
    draftCount.fill(0);
    for (let p = 0; p < nPart; p++) {
      const c = committed[p];
      const l = left[p] - c;
      next[p] = -1; // finishes: not in any drafter pass
      if (l <= 0) continue;
      n1++;
      const nx = c > 0 ? Math.min(k, l - 1) : 0;
      next[p] = nx;
      draftCount[nx]++;
      if (nx > maxNext) maxNext = nx;
    }
    if (n1 === 0) return costS;
    let n = 0;
    let sum1 = 0;
    for (let p = 0; p < nPart; p++) {
      if (next[p] < 0) continue;
      const q1 = prefill[p] === 1 ? query[p] : committed[p];
      dQuery[n] = q1;
      dCtx[n] = ctx[p];
      n++;
      sum1 += q1;
    }
    costS += this.cost.passTimeS('drafter', n1, dQuery, dCtx, hasPrefill ? sum1 : this.pad(sum1), this.streams.cost);
    this.drafterPasses = 1;
    // sequences needing at least j drafts: n1 minus those needing fewer
    let atLeast = n1 - draftCount[0] - draftCount[1];
    for (let j = 2; j <= maxNext; j++) {
      n = 0;
      for (let p = 0; p < nPart; p++) {
        if (next[p] < j) continue;
        const q1 = prefill[p] === 1 ? query[p] : committed[p];
        dQuery[n] = 1;
        dCtx[n] = ctx[p] + q1 + j - 2;
        n++;
      }
      costS += this.cost.passTimeS('drafter', atLeast, dQuery, dCtx, this.pad(atLeast), this.streams.cost);
      this.drafterPasses++;
      atLeast -= draftCount[j];
    }
    return costS;
  }
}
