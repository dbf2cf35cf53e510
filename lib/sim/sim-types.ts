/**
 * The seam between the simulator's engine (scheduler, load, metrics) and its step-cost
 * model (roofline from architecture and hardware). The engine decides which forward passes
 * an engine step runs; the cost model prices each pass. Neither side knows the paper's
 * equations: the simulator models the mechanism only.
 */
import type { Rng } from '../random/create-rng.js';

/** One sequence's share of a forward pass. */
export interface SeqWork {
  /** New tokens this sequence feeds the pass: a prefill chunk's length, 1 for plain decode, k+1 for SD verification. */
  queryTokens: number;
  /** Tokens already in this sequence's KV cache before the pass (attention reads contextTokens + queryTokens). */
  contextTokens: number;
}

/** One forward pass of one model over a batch of sequences. */
export interface ForwardPass {
  /** Which model runs: the verifier (target) or the drafter. */
  role: 'verifier' | 'drafter';
  /** The sequences in the pass (prefill chunks and decodes mixed). */
  seqs: readonly SeqWork[];
  /**
   * Tokens the kernels actually process after CUDA-graph padding (>= the sum of queryTokens).
   * Equal to the sum when the pass runs eagerly (e.g. it holds a prefill chunk or exceeds the largest graph).
   */
  paddedTokens: number;
}

/** Roofline terms of one forward pass (all times in seconds). */
export interface PassCost {
  /** Modelled wall time of the pass: max(compute, memory) + communication. */
  timeS: number;
  /** Time if compute-bound: FLOPs / (peak FLOP/s * efficiency). */
  computeS: number;
  /** Time if memory-bound: bytes moved / (HBM bandwidth * efficiency). */
  memoryS: number;
  /** Tensor-parallel all-reduce time (0 on one GPU). */
  commS: number;
  /** Floating-point operations of the pass. */
  flops: number;
  /** Bytes of weights read (MoE: only the experts hit). */
  weightBytes: number;
  /** Bytes of KV cache read and written. */
  kvBytes: number;
  /** MoE only: mean fraction of routed experts hit per layer in this pass (1 for dense). */
  expertFraction: number;
}

/**
 * The engine's one step-cost seam (vidur's execution-time predictor): prices forward passes for
 * one system (model(s) on hardware). The form is allocation-free, for the engine's inner loop;
 * tests and tools price a ForwardPass object with timePass (lib/sim/cost/time-pass.ts), which
 * checks it first.
 */
export interface StepCostModel {
  /**
   * Time in seconds of one forward pass of `role` over `n` sequences whose query and context
   * tokens are queryTokens[0..n-1] and contextTokens[0..n-1], with `paddedTokens` tokens after
   * CUDA-graph padding. The rng is used only for sampling MoE routing. The input must be a
   * well-formed pass (the engine's are by construction; timePass checks); a malformed one gives
   * an unspecified result. The arrays are reused by the caller: do not keep references to them.
   */
  passTimeS(
    role: 'verifier' | 'drafter',
    n: number,
    queryTokens: Float64Array,
    contextTokens: Float64Array,
    paddedTokens: number,
    rng: Rng,
  ): number;
}

/** Serving-engine settings, as vLLM names them. */
export interface EngineConfig {
  /** Max sequences running at once (vLLM max_num_seqs). */
  maxNumSeqs: number;
  /** Token budget per engine step (vLLM max_num_batched_tokens): prefill chunks + decode/verify tokens. */
  maxNumBatchedTokens: number;
  /** Max context length of one request (vLLM max_model_len). */
  maxModelLen: number;
  /** KV cache block size in tokens (vLLM block_size, 16). */
  blockSize: number;
  /** Verifier KV cache capacity in blocks (from GPU memory minus weights and a reserve). */
  kvCacheBlocks: number;
  /** Batch sizes (in tokens) captured as CUDA graphs, ascending; decode-only passes are padded up to the next one. */
  cudaGraphSizes: readonly number[];
  /** Fixed CPU-side overhead per engine step (scheduling, sampling, detokenising), seconds. */
  stepOverheadS: number;
  /** Extra CPU-side overhead per engine step when speculating (proposal bookkeeping, rejection sampler), seconds. */
  specOverheadS: number;
  /** Relative standard deviation of multiplicative step-time noise (e.g. 0.02). */
  noiseRel: number;
  /**
   * Optional (added by the engine's author): seconds from a request's send to its arrival in
   * the engine's waiting queue (API-server request handling, tokenisation, client); default 0.
   * It adds to TTFT and latency and counts as time in flight.
   */
  requestOverheadS?: number;
}

/** How the drafter is built. */
export type DrafterKind = 'eagle' | 'draft_model';

/** A fully resolved system the engine can run. */
export interface SimSystem {
  /** Registry name, e.g. 'qwen3-8b@a100-80gb'. */
  name: string;
  /** Verifier label for the tidy table, e.g. 'Qwen3-8B'. */
  verifier: string;
  /** Drafter label for the tidy table (e.g. 'EAGLE3(Qwen3-8B)'), '' if the system has none. */
  drafter: string;
  /** Drafter kind, or null if the system has no drafter. */
  drafterKind: DrafterKind | null;
  /** Hardware label for the tidy table, e.g. 'A100-80GB' or 'A100-80GBx4'. */
  hardware: string;
  engine: EngineConfig;
  cost: StepCostModel;
  /** A separate draft model keeps its own KV cache: its capacity in blocks (null for EAGLE heads, whose KV is small and counted in the reserve). */
  drafterKvCacheBlocks: number | null;
}
