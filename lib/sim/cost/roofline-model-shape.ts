import type { DrafterSpec, ModelSpec } from '../specs/spec-types.js';

/**
 * Per-GPU sizes of one model under tensor parallelism, precomputed once so that pricing a
 * forward pass is a few multiplications. Counts are weight elements; bytes are bytes.
 */
export interface RooflineModelShape {
  /** Tensor-parallel degree the shape is split over. */
  tp: number;
  layers: number;
  hiddenSize: number;
  dtypeBytes: number;
  /** Elements of all per-token dense linear weights on one GPU (q/k/v/o, dense FFNs, shared experts, routers, EAGLE fc). */
  linearParams: number;
  /** Elements of one routed expert on one GPU (0 for dense models). */
  expertParams: number;
  /** Bytes of one routed expert on one GPU. */
  expertBytes: number;
  /** MoE layers (0 for dense models). */
  moeLayers: number;
  /** Routed experts per MoE layer (M); 0 for dense. */
  numExperts: number;
  /** Experts each token activates (m); 0 for dense. */
  activeExperts: number;
  /** Elements of the LM head on one GPU (vocab-parallel). */
  lmHeadParams: number;
  /** Vocabulary the LM head scores. */
  vocabSize: number;
  /** Query heads on one GPU. */
  headsPerGpu: number;
  headDim: number;
  /** KV bytes per token per layer on one GPU (K and V). */
  kvBytesPerTokenLayer: number;
  /** Layers with full attention. */
  fullAttentionLayers: number;
  /** Layers with sliding-window attention. */
  slidingAttentionLayers: number;
  /** Window of the sliding layers (tokens); Infinity when none. */
  slidingWindow: number;
  /** Activation bytes read and written per token over all layers on one GPU (norms, residuals, intermediate tensors). */
  activationBytesPerToken: number;
  /** Weight bytes this model stores on one GPU (shared EAGLE parts excluded). */
  storedWeightBytes: number;
  /** KV-cache bytes per token on one GPU, summed over layers whose cache grows with the context (full attention). */
  kvBytesPerToken: number;
}

/**
 * Computes the per-GPU shape of a model (or of an EAGLE head, when `eagle` is given) under
 * tensor parallelism over `tp` GPUs, the way vLLM shards it: attention heads, FFN columns,
 * experts' FFNs and the vocabulary are split; KV heads are split, or replicated when there are
 * fewer KV heads than GPUs. Gated FFNs (gate, up, down) everywhere.
 *
 * @param model the architecture
 * @param tp tensor-parallel degree (>= 1, dividing the query heads)
 * @param eagle the drafter's EAGLE description when `model` is an EAGLE head, else null
 * @returns the shape
 * @throws {Error} when tp is not a positive integer dividing numHeads
 * @example
 * const s = rooflineModelShape(MODEL_SPECS['qwen3-8b'], 1, null);
 * s.kvBytesPerToken; // 36 layers * 2 * 8 heads * 128 * 2 bytes = 147456
 */
export function rooflineModelShape(
  model: ModelSpec,
  tp: number,
  eagle: DrafterSpec['eagle'],
): RooflineModelShape {
  if (!Number.isInteger(tp) || tp < 1 || model.numHeads % tp !== 0) {
    throw new Error(
      `rooflineModelShape requires a tensor-parallel degree dividing ${model.name}'s ${model.numHeads} heads, got ${tp}`,
    );
  }
  const h = model.hiddenSize;
  const dt = model.dtypeBytes;
  const headsPerGpu = model.numHeads / tp;
  const kvHeadsPerGpu = Math.max(1, model.numKvHeads / tp);
  const qDim = headsPerGpu * model.headDim;
  const kvDim = kvHeadsPerGpu * model.headDim;
  const attnIn = eagle !== null ? eagle.attentionInputSize : h;
  // q, k, v projections from attnIn, o projection back to h (per GPU).
  const attentionParams = attnIn * (qDim + 2 * kvDim) + qDim * h;
  const moe = model.moe;
  const moeLayerSet = new Set<number>();
  if (moe !== null) {
    if (moe.moeLayers === 'all') for (let i = 0; i < model.layers; i += 1) moeLayerSet.add(i);
    else for (const i of moe.moeLayers) moeLayerSet.add(i);
  }
  const moeLayers = moeLayerSet.size;
  const denseLayers = model.layers - moeLayers;
  const denseFfnParams = (3 * h * model.ffnSize) / tp;
  const sharedParams = moe !== null ? (3 * h * moe.sharedExperts * moe.sharedExpertFfnSize) / tp : 0;
  const routerParams = moe !== null ? h * moe.numExperts : 0;
  const fcParams = eagle !== null ? (eagle.fcInputSize * h) / tp : 0;
  const norms = 2 * h;
  const linearParams =
    model.layers * (attentionParams + norms) +
    denseLayers * denseFfnParams +
    moeLayers * (sharedParams + routerParams) +
    fcParams;
  const expertParams = moe !== null ? (3 * h * moe.expertFfnSize) / tp : 0;
  const expertBytes = moe !== null ? expertParams * moe.expertBytesPerParam : 0;
  const lmHeadParams = (model.vocabSize * h) / tp;
  const embeddingParams = (model.vocabSize * h) / tp;
  const sharesHead = eagle !== null && eagle.sharesVerifierLmHead;
  const sharesEmbedding = eagle !== null && eagle.sharesVerifierEmbedding;
  const storedEmbedding = sharesEmbedding ? 0 : embeddingParams;
  const storedHead = sharesHead || (model.tiedEmbeddings && !sharesEmbedding) ? 0 : lmHeadParams;
  const storedWeightBytes =
    (linearParams + storedEmbedding + storedHead) * dt +
    (moe !== null ? moeLayers * moe.numExperts * expertBytes : 0);
  const slidingLayerSet = new Set(model.slidingWindow !== null ? model.slidingLayers : []);
  const slidingAttentionLayers = slidingLayerSet.size;
  const fullAttentionLayers = model.layers - slidingAttentionLayers;
  const kvBytesPerTokenLayer = 2 * kvDim * dt;
  const ffnActive =
    (denseLayers * model.ffnSize +
      (moe !== null ? moeLayers * (moe.activeExperts * moe.expertFfnSize + moe.sharedExperts * moe.sharedExpertFfnSize) : 0)) /
    tp;
  // Per layer: ~8 hidden-sized reads/writes (norms, residual adds, projection inputs/outputs),
  // q/k/v/attention output, and gate/up outputs plus the activated product read by down.
  const activationBytesPerToken = dt * (model.layers * (8 * h + 2 * (qDim + 2 * kvDim)) + 4 * ffnActive);
  return {
    tp,
    layers: model.layers,
    hiddenSize: h,
    dtypeBytes: dt,
    linearParams,
    expertParams,
    expertBytes,
    moeLayers,
    numExperts: moe !== null ? moe.numExperts : 0,
    activeExperts: moe !== null ? moe.activeExperts : 0,
    lmHeadParams,
    vocabSize: model.vocabSize,
    headsPerGpu,
    headDim: model.headDim,
    kvBytesPerTokenLayer,
    fullAttentionLayers,
    slidingAttentionLayers,
    slidingWindow: model.slidingWindow !== null && slidingAttentionLayers > 0 ? model.slidingWindow : Infinity,
    activationBytesPerToken,
    storedWeightBytes,
    kvBytesPerToken: fullAttentionLayers * kvBytesPerTokenLayer,
  };
}
