import { rooflineModelShape } from './roofline-model-shape.js';
import type { SystemSpec } from '../specs/spec-types.js';

/** How vLLM's KV-cache capacity comes out for a system (per GPU; bytes unless noted). */
export interface KvCapacity {
  /** gpu_memory_utilization x device memory. */
  budgetBytes: number;
  /** Weights stored on one GPU (verifier plus the drafter's own parts). */
  weightBytes: number;
  /** Memory kept out of the KV cache: activations and sampler buffers of the profiling run, non-torch allocations, sliding-window caches. */
  reserveBytes: number;
  /** What is left for the KV cache. */
  kvBytes: number;
  /** KV bytes per token of context on one GPU (verifier full-attention layers + drafter layers). */
  kvBytesPerToken: number;
  /** Capacity in blocks of blockSize tokens. */
  blocks: number;
}

const GiB = 1024 ** 3;

/**
 * The KV-cache capacity vLLM would allocate for a system: per GPU, the memory budget
 * (gpu_memory_utilization x memory) minus the weights (split by tensor parallelism) minus a
 * reserve, divided by the bytes one token of context needs in every layer that keeps a cache
 * (the verifier's full-attention layers, plus the EAGLE head's layer or the draft model's
 * layers: vLLM allocates them in the same blocks).
 *
 * Reserve (estimated unless engine.reserveBytes is set), after vLLM's memory profiling run:
 * activations of one max_num_batched_tokens forward pass (hidden states and the gate/up
 * intermediates), sampler buffers for max_num_seqs full-vocabulary fp32 logits (x2), 0.75 GiB of
 * non-torch memory (cuBLAS/NCCL workspaces; +0.5 GiB of all-reduce buffers under tensor
 * parallelism), and the bounded caches of sliding-window layers (window + one block per running
 * sequence). CUDA graphs are captured after the KV cache is allocated, outside the budget.
 *
 * @param spec a validated system spec
 * @returns the capacity and its parts
 * @example
 * rooflineKvCapacity(getSystemSpec('qwen3-8b@a100-80gb')).blocks; // 23785 blocks of 16 tokens
 */
export function rooflineKvCapacity(spec: SystemSpec): KvCapacity {
  const tp = spec.gpuCount;
  const e = spec.engine;
  const v = rooflineModelShape(spec.verifier, tp, null);
  const d = spec.drafter !== null ? rooflineModelShape(spec.drafter.model, tp, spec.drafter.eagle) : null;
  const budgetBytes = spec.hardware.memoryBytes * e.gpuMemoryUtilization;
  const weightBytes = v.storedWeightBytes + (d !== null ? d.storedWeightBytes : 0);
  const kvBytesPerToken = v.kvBytesPerToken + (d !== null ? d.kvBytesPerToken : 0);
  let reserveBytes: number;
  if (e.reserveBytes !== null) {
    reserveBytes = e.reserveBytes;
  } else {
    const m = spec.verifier;
    const ffn =
      m.moe !== null
        ? Math.max(m.ffnSize * (m.moe.moeLayers === 'all' ? 0 : 1), m.moe.activeExperts * m.moe.expertFfnSize)
        : m.ffnSize;
    const activations = e.maxNumBatchedTokens * m.dtypeBytes * (4 * m.hiddenSize + (3 * ffn) / tp);
    const sampler = (2 * e.maxNumSeqs * m.vocabSize * 4) / tp;
    const nonTorch = 0.75 * GiB + (tp > 1 ? 0.5 * GiB : 0);
    const slidingTokens =
      v.slidingAttentionLayers > 0 ? e.maxNumSeqs * (Math.min(v.slidingWindow, e.maxModelLen) + e.blockSize) : 0;
    const sliding = slidingTokens * v.slidingAttentionLayers * v.kvBytesPerTokenLayer;
    reserveBytes = activations + sampler + nonTorch + sliding;
  }
  const kvBytes = budgetBytes - weightBytes - reserveBytes;
  const blocks = kvBytes > 0 ? Math.floor(kvBytes / (kvBytesPerToken * e.blockSize)) : 0;
  return { budgetBytes, weightBytes, reserveBytes, kvBytes, kvBytesPerToken, blocks };
}
