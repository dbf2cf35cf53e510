import type { ForwardPass, PassCost } from '../sim-types.js';
import { rooflineModelShape, type RooflineModelShape } from './roofline-model-shape.js';
import { expertHitStats, expertInclusionProbabilities } from './roofline-expert-hits.js';
import type { HardwareSpec, RooflineEfficiency, SystemSpec } from '../specs/spec-types.js';
import { checkPass } from './check-pass.js';

/**
 * A query of at most this many tokens is a decode or verification query, whose every position
 * is sampled (vLLM computes logits only at sampled positions); a longer query is a prefill chunk,
 * which needs logits at its last position only.
 */
export const MAX_SAMPLED_QUERY_TOKENS = 16;

/** The roofline of one forward pass, term by term (all times in seconds, per GPU). */
export interface RooflineTerms extends PassCost {
  /** Linear layers (dense weights): max(compute, weight + activation traffic). */
  linearS: number;
  /** Routed experts (MoE): max(compute, traffic of the experts hit). */
  expertS: number;
  /** Attention: max(matrix work, KV-cache traffic). */
  attentionS: number;
  /** LM head over the sampled positions. */
  lmHeadS: number;
  /** Fixed GPU time: layers x layerOverheadS + passOverheadS. */
  fixedGpuS: number;
  /** GPU time of the pass: linear + expert + attention + LM head + fixed + communication. */
  gpuS: number;
  /** CPU time before the pass (verifier passes: seqCpuS per sequence + sampledTokenCpuS per sampled position). */
  cpuPrepS: number;
  /** Real tokens (sum of queryTokens). */
  tokens: number;
  /** Tokens whose logits are computed. */
  logitsTokens: number;
  /** Distinct routed experts hit, summed over MoE layers (0 for dense). */
  expertsHit: number;
}

/** What pricing one pass needs, precomputed per model role. */
export interface RooflineContext {
  role: 'verifier' | 'drafter';
  shape: RooflineModelShape;
  hardware: HardwareSpec;
  efficiency: RooflineEfficiency;
  /** Per-token inclusion probabilities of the routed experts (empty for dense). */
  inclusion: readonly number[];
  /** Effective weight-streaming bandwidth, bytes/s: memBandwidthBps x memoryEff. */
  memoryBps: number;
  /** Effective GEMM rate, FLOP/s: peakFlops x computeEff. */
  gemmFlops: number;
  /** Fixed GPU time of a pass, s: layers x layerOverheadS + passOverheadS. */
  fixedGpuS: number;
}

/**
 * Builds the pricing context of the verifier or the drafter of a system.
 *
 * @param spec the system
 * @param role which model
 * @returns the context
 * @throws {Error} when the system has no drafter and role is 'drafter', or the model cannot be split over gpuCount
 * @example
 * rooflineContext(getSystemSpec('qwen3-8b@a100-80gb'), 'verifier').shape.layers; // 36
 */
export function rooflineContext(spec: SystemSpec, role: 'verifier' | 'drafter'): RooflineContext {
  if (role === 'drafter' && spec.drafter === null) {
    throw new Error(`rooflineContext requires a drafter for role 'drafter' (system ${spec.name} has none)`);
  }
  const model = role === 'verifier' ? spec.verifier : spec.drafter!.model;
  const eagle = role === 'verifier' ? null : spec.drafter!.eagle;
  const shape = rooflineModelShape(model, spec.gpuCount, eagle);
  const inclusion =
    model.moe !== null
      ? expertInclusionProbabilities(model.moe.numExperts, model.moe.activeExperts, spec.routingZipfS)
      : [];
  const e = spec.efficiency;
  return {
    role,
    shape,
    hardware: spec.hardware,
    efficiency: e,
    inclusion,
    memoryBps: spec.hardware.memBandwidthBps * e.memoryEff,
    gemmFlops: spec.hardware.peakFlops * e.computeEff,
    fixedGpuS: shape.layers * e.layerOverheadS + e.passOverheadS,
  };
}

/**
 * The roofline terms of one forward pass of a system's verifier or drafter: a pure function
 * for plotting and tests. MoE passes use the EXPECTED number of experts hit unless
 * `expertsHit` (total over MoE layers) is given; the step-cost model samples it instead.
 *
 * Mechanism (per GPU under tensor parallelism): each kernel group costs
 * max(FLOPs / (peak x efficiency), bytes / (bandwidth x memoryEff)); groups run one after the
 * other, so their times add. Linear layers read every dense weight once and do 2 FLOPs per
 * weight per padded token, their GEMMs priced as if each processed gemmPadTokens more rows
 * (tile padding and pipeline fill make small GEMMs less efficient than large ones); routed experts read only the experts hit; attention does
 * 4 x heads x headDim FLOPs per (query, key) pair under the causal mask (sliding-window layers see
 * at most `window` keys) and reads each sequence's KV cache once; the LM head runs only on sampled
 * positions. Attention kernels reach attentionEff of peak on both FLOPs and KV bytes (paged
 * KV blocks read less efficiently than streamed weights). Tensor parallelism adds two
 * all-reduces per layer (ring over NVLink).
 * time = cpuPrep + max(passCpuFloorS, gpu).
 *
 * @param spec the system
 * @param pass the forward pass
 * @param expertsHit optional total distinct experts hit over the MoE layers
 * @returns the terms, a superset of PassCost
 * @throws {Error} when the pass is malformed (see rooflinePassTermsCore) or the system has no such role
 * @example
 * const t = rooflinePassTerms(getSystemSpec('qwen3-8b@a100-80gb'),
 *   { role: 'verifier', seqs: [{ queryTokens: 1, contextTokens: 512 }], paddedTokens: 1 });
 * t.timeS; // about 0.011 s: 16.4 GB of weights at ~85% of 2039 GB/s, plus fixed costs
 */
export function rooflinePassTerms(spec: SystemSpec, pass: ForwardPass, expertsHit?: number): RooflineTerms {
  const ctx = rooflineContext(spec, pass.role);
  checkPass('rooflinePassTerms', pass);
  let hits = expertsHit;
  if (hits === undefined) {
    let tokens = 0;
    for (const s of pass.seqs) tokens += s.queryTokens;
    hits = ctx.shape.moeLayers > 0 ? ctx.shape.moeLayers * expertHitStats(ctx.inclusion, tokens).mean : 0;
  } else if (!Number.isFinite(hits) || hits < 0) {
    throw new Error(`rooflinePassTerms requires expertsHit >= 0, got ${hits}`);
  }
  return rooflinePassTermsCore(ctx, pass, hits);
}

/**
 * The roofline terms without input checks (for tests and plots of one pass).
 *
 * @param ctx pricing context of the model that runs the pass
 * @param pass a checked forward pass
 * @param expertsHit distinct routed experts hit, summed over the MoE layers
 * @returns the terms
 * @example
 * rooflinePassTermsCore(rooflineContext(spec, 'verifier'), pass, 0).timeS;
 */
export function rooflinePassTermsCore(ctx: RooflineContext, pass: ForwardPass, expertsHit: number): RooflineTerms {
  const out: RooflineTerms = {
    timeS: 0,
    computeS: 0,
    memoryS: 0,
    commS: 0,
    flops: 0,
    weightBytes: 0,
    kvBytes: 0,
    expertFraction: 0,
    linearS: 0,
    expertS: 0,
    attentionS: 0,
    lmHeadS: 0,
    fixedGpuS: 0,
    gpuS: 0,
    cpuPrepS: 0,
    tokens: 0,
    logitsTokens: 0,
    expertsHit: 0,
  };
  const n = pass.seqs.length;
  const query = new Float64Array(n);
  const context = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    query[i] = pass.seqs[i].queryTokens;
    context[i] = pass.seqs[i].contextTokens;
  }
  rooflinePassTimeCore(ctx, n, query, context, pass.paddedTokens, expertsHit, out);
  return out;
}

/**
 * The time of one forward pass without input checks or allocation (the step-cost model's hot
 * loop), the pass given as arrays: sequence i has queryTokens[i] new tokens over
 * contextTokens[i] cached ones. When `out` is given, every roofline term is also written into
 * it. The time is the number rooflinePassTermsCore reports as timeS (it calls this function).
 *
 * @param ctx pricing context of the model that runs the pass
 * @param n sequences in the pass (>= 1)
 * @param queryTokens query tokens of each sequence (first n entries used)
 * @param contextTokens context tokens of each sequence (first n entries used)
 * @param paddedTokens tokens the kernels process (>= the sum of the query tokens)
 * @param expertsHit distinct routed experts hit, summed over the MoE layers
 * @param out object to receive all the terms, or null for the time only
 * @returns the pass time in seconds
 * @example
 * rooflinePassTimeCore(rooflineContext(spec, 'verifier'), 1, new Float64Array([1]), new Float64Array([512]), 1, 0, null);
 */
export function rooflinePassTimeCore(
  ctx: RooflineContext,
  n: number,
  queryTokens: Float64Array,
  contextTokens: Float64Array,
  paddedTokens: number,
  expertsHit: number,
  out: RooflineTerms | null,
): number {
  const s = ctx.shape;
  const hw = ctx.hardware;
  const e = ctx.efficiency;
  const dt = s.dtypeBytes;
  const peak = hw.peakFlops;
  const bw = ctx.memoryBps;
  const padded = paddedTokens;
  const drafter = ctx.role === 'drafter';
  const nSeqs = n;

  let tokens = 0;
  let logitsTokens = 0;
  let attnPairs = 0; // (query, key) pairs summed over layers
  let kvTokenLayers = 0; // KV entries read + written, summed over layers
  const W = s.slidingWindow;
  const fullLayers = s.fullAttentionLayers;
  const slidingLayers = s.slidingAttentionLayers;
  for (let i = 0; i < nSeqs; i++) {
    const q = queryTokens[i];
    const c = contextTokens[i];
    tokens += q;
    logitsTokens += drafter || q > MAX_SAMPLED_QUERY_TOKENS ? 1 : q;
    // Causal attention: query i (0-based) sees c + i + 1 keys.
    const fullPairs = q * c + (q * (q + 1)) / 2;
    attnPairs += fullLayers * fullPairs;
    kvTokenLayers += fullLayers * (c + 2 * q);
    if (slidingLayers > 0) {
      attnPairs += slidingLayers * slidingPairs(c, q, W);
      kvTokenLayers += slidingLayers * (Math.min(c + q, W + q - 1) + q);
    }
  }

  // GEMM compute is priced as if every GEMM processed gemmPadTokens more rows (tile padding,
  // pipeline fill): 2 x weights x (tokens + pad) FLOPs at computeEff of peak.
  const pad = e.gemmPadTokens;
  const gemmRate = ctx.gemmFlops;

  // Linear layers.
  const linearWeightBytes = s.linearParams * dt + padded * s.hiddenSize * dt; // + embedding rows
  const linearBytes = linearWeightBytes + padded * s.activationBytesPerToken;
  const linearS = Math.max((2 * s.linearParams * (padded + pad)) / gemmRate, linearBytes / bw);

  // Routed experts: each expert hit runs one GEMM over the tokens routed to it.
  let expertS = 0;
  if (s.moeLayers > 0) {
    const expertFlops = 2 * s.activeExperts * s.expertParams * s.moeLayers * padded;
    const expertBytes = expertsHit * s.expertBytes;
    const expertComputeS = (expertFlops + 2 * s.expertParams * expertsHit * pad) / gemmRate;
    expertS = Math.max(expertComputeS, expertBytes / bw);
  }

  // Attention: the paged-attention kernels reach attentionEff of both peak FLOP/s and HBM bandwidth.
  const attnFlops = 4 * s.headsPerGpu * s.headDim * attnPairs;
  const kvBytes = kvTokenLayers * s.kvBytesPerTokenLayer;
  const attentionS = Math.max(attnFlops / peak, kvBytes / hw.memBandwidthBps) / e.attentionEff;

  // LM head on sampled positions (fp32 logits written).
  const lmWeightBytes = logitsTokens > 0 ? s.lmHeadParams * dt : 0;
  const lmBytes = lmWeightBytes + (logitsTokens * s.vocabSize * 4) / s.tp;
  const lmHeadS = logitsTokens > 0 ? Math.max((2 * s.lmHeadParams * (logitsTokens + pad)) / gemmRate, lmBytes / bw) : 0;

  // Tensor-parallel communication: 2 all-reduces per layer + 1 for the vocab-parallel embedding,
  // ring all-reduce moves 2 (N-1)/N of the message per GPU; logits gathered for sampling.
  let commS = 0;
  if (s.tp > 1) {
    const n = s.tp;
    const link = hw.interconnectBps;
    const msg = padded * s.hiddenSize * dt;
    const reduces = 2 * s.layers + 1;
    commS = reduces * (hw.allReduceLatencyS + (2 * (n - 1) * msg) / (n * link));
    if (logitsTokens > 0) {
      commS += hw.allReduceLatencyS + ((n - 1) * logitsTokens * (s.vocabSize / n) * 4) / link;
    }
  }

  const fixedGpuS = ctx.fixedGpuS;
  const gpuS = linearS + expertS + attentionS + lmHeadS + fixedGpuS + commS;
  const cpuPrepS = drafter ? 0 : e.seqCpuS * nSeqs + e.sampledTokenCpuS * logitsTokens;
  const timeS = cpuPrepS + Math.max(e.passCpuFloorS, gpuS);
  if (out === null) return timeS;

  const linearFlops = 2 * s.linearParams * padded;
  const expertFlops = 2 * s.activeExperts * s.expertParams * s.moeLayers * padded;
  const expertBytes = expertsHit * s.expertBytes;
  const lmFlops = 2 * s.lmHeadParams * logitsTokens;
  out.timeS = timeS;
  out.computeS = (linearFlops + expertFlops + lmFlops) / gemmRate + attnFlops / (peak * e.attentionEff);
  out.memoryS = (linearBytes + expertBytes + lmBytes) / bw + kvBytes / (hw.memBandwidthBps * e.attentionEff);
  out.commS = commS;
  out.flops = linearFlops + expertFlops + attnFlops + lmFlops;
  out.weightBytes = linearWeightBytes + expertBytes + lmWeightBytes;
  out.kvBytes = kvBytes;
  out.expertFraction = s.moeLayers > 0 ? expertsHit / (s.moeLayers * s.numExperts) : 1;
  out.linearS = linearS;
  out.expertS = expertS;
  out.attentionS = attentionS;
  out.lmHeadS = lmHeadS;
  out.fixedGpuS = fixedGpuS;
  out.gpuS = gpuS;
  out.cpuPrepS = cpuPrepS;
  out.tokens = tokens;
  out.logitsTokens = logitsTokens;
  out.expertsHit = expertsHit;
  return timeS;
}

/** (query, key) pairs of one sliding-window layer: query i sees min(c + i + 1, W) keys. */
function slidingPairs(c: number, q: number, W: number): number {
  // Queries with c + i + 1 <= W, i.e. i <= W - c - 1, see c + i + 1 keys; the rest see W.
  const nGrow = Math.max(0, Math.min(q, W - c));
  const grow = nGrow * c + (nGrow * (nGrow + 1)) / 2;
  return grow + (q - nGrow) * W;
}
