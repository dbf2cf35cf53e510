/**
 * The shapes of the simulator's specification tables: model architectures, drafters,
 * hardware, serving-engine settings and the global roofline efficiency parameters.
 *
 * Every type here is plain JSON (numbers, strings, booleans, arrays, nulls and nested
 * objects), so a whole {@link SystemSpec} can be written to a file, edited by hand and
 * passed back as `--system FILE.json`.
 *
 * Units: sizes are element counts, bytes are bytes, rates are per second, times are seconds.
 */

/** Mixture-of-experts feed-forward block of a model. */
export interface MoeSpec {
  /** Routed experts per MoE layer (M). */
  numExperts: number;
  /** Routed experts each token activates (m, "top-k" / experts_per_tok). */
  activeExperts: number;
  /** Intermediate size of one routed expert's gated FFN. */
  expertFfnSize: number;
  /** Shared (always active) experts per MoE layer; 0 when none. */
  sharedExperts: number;
  /** Intermediate size of one shared expert (ignored when sharedExperts is 0). */
  sharedExpertFfnSize: number;
  /** 0-based indices of the MoE layers, or 'all'. Other layers use the dense FFN (ffnSize). */
  moeLayers: 'all' | number[];
  /**
   * Bytes stored per routed-expert weight (2 for bf16; 0.53125 for MXFP4: 4-bit values plus one
   * 8-bit scale per 32 values). Dense parts use the model's dtypeBytes.
   */
  expertBytesPerParam: number;
}

/** Architecture of one transformer language model (decoder-only, gated-SiLU FFN). */
export interface ModelSpec {
  /** Label used in tidy tables, e.g. 'Qwen3-8B'. */
  name: string;
  /** Where the numbers come from (public config.json / model card URL). */
  source: string;
  /** Decoder layers. */
  layers: number;
  /** Hidden (model) width. */
  hiddenSize: number;
  /** Query heads. */
  numHeads: number;
  /** Key/value heads (grouped-query attention). */
  numKvHeads: number;
  /** Width of one attention head. */
  headDim: number;
  /** Intermediate size of the dense gated FFN (used by non-MoE layers; 0 if every layer is MoE). */
  ffnSize: number;
  /** Vocabulary size (embedding rows, LM-head columns). */
  vocabSize: number;
  /** LM head shares the input-embedding matrix. */
  tiedEmbeddings: boolean;
  /** Bytes per weight / activation / KV element (bf16 = 2). */
  dtypeBytes: number;
  /** Sliding-window length (tokens) of the sliding-window layers; null when none. */
  slidingWindow: number | null;
  /** 0-based indices of the layers using sliding-window attention (empty when none). */
  slidingLayers: number[];
  /** MoE FFN description; null for dense models. */
  moe: MoeSpec | null;
  /** Free-text assumptions (quantisation, what was left out). */
  notes?: string;
}

/**
 * A drafter. An EAGLE head is a small model of the verifier's width: an input projection
 * (fc) fusing the verifier's hidden state(s) with the token embedding, one (or a few) decoder
 * layers, and an LM head (the verifier's shared one, or its own over a reduced vocabulary).
 * A draft model is an ordinary smaller model of the same tokenizer.
 */
export interface DrafterSpec {
  kind: 'eagle' | 'draft_model';
  /** Label used in tidy tables, e.g. 'EAGLE(Qwen3-8B)' or 'Llama-3.1-8B'. */
  name: string;
  /** Where the numbers come from. */
  source: string;
  /**
   * The drafter's transformer. For an EAGLE head: its decoder layer(s) (layers = 1 usually),
   * with vocabSize = the vocabulary its LM head scores.
   */
  model: ModelSpec;
  /** EAGLE heads only (null for draft models). */
  eagle: EagleHeadSpec | null;
  notes?: string;
}

/** The parts of an EAGLE head that differ from a plain decoder layer. */
export interface EagleHeadSpec {
  /** Input width of the fc projection (EAGLE-1: 2 x hidden; EAGLE-3: 3 x hidden). Output width is hiddenSize. */
  fcInputSize: number;
  /** Input width of the head's q/k/v projections (EAGLE-1: hidden; EAGLE-3: 2 x hidden). */
  attentionInputSize: number;
  /** The head reuses the verifier's LM-head weights (EAGLE-1 in vLLM): not stored twice, still read each pass. */
  sharesVerifierLmHead: boolean;
  /** The head reuses the verifier's embedding (vLLM shares it when shapes match). */
  sharesVerifierEmbedding: boolean;
}

/** One accelerator model. */
export interface HardwareSpec {
  /** Label used in tidy tables, e.g. 'A100-80GB'. */
  name: string;
  /** Where the numbers come from (vendor datasheet URL). */
  source: string;
  /** Dense bf16 tensor-core peak (FLOP/s), without sparsity. */
  peakFlops: number;
  /** HBM bandwidth (bytes/s). */
  memBandwidthBps: number;
  /** Device memory as the CUDA runtime reports it (bytes): what gpu_memory_utilization multiplies. */
  memoryBytes: number;
  /** GPU-to-GPU bandwidth per GPU per direction (bytes/s) over NVLink. */
  interconnectBps: number;
  /** Fixed latency of one small all-reduce (s), independent of its size. */
  allReduceLatencyS: number;
  notes?: string;
}

/** Serving-engine settings (vLLM's names), before the KV capacity is computed. */
export interface EngineSpec {
  /** Fraction of device memory vLLM may use (gpu_memory_utilization). */
  gpuMemoryUtilization: number;
  /** vLLM max_num_seqs. */
  maxNumSeqs: number;
  /** vLLM max_num_batched_tokens. */
  maxNumBatchedTokens: number;
  /** vLLM max_model_len. */
  maxModelLen: number;
  /** vLLM block_size (tokens per KV block). */
  blockSize: number;
  /** Largest batch (tokens) captured as a CUDA graph (vLLM max_cudagraph_capture_size); 0 disables graphs. */
  maxCudaGraphTokens: number;
  /** Explicit CUDA-graph batch sizes (tokens, ascending); null = vLLM's default list up to maxCudaGraphTokens. */
  cudaGraphSizes: number[] | null;
  /** Fixed CPU-side time per engine step (s). */
  stepOverheadS: number;
  /** Extra fixed CPU-side time per speculative engine step (s). */
  specOverheadS: number;
  /** Relative standard deviation of multiplicative step-time noise. */
  noiseRel: number;
  /**
   * Latency outside the engine per request (API server, streaming, benchmark client), s: the
   * request reaches the engine this long after it is sent. Registry systems take the fitted
   * calibration value (client.requestOverheadS).
   */
  requestOverheadS: number;
  /**
   * Memory vLLM keeps out of the KV cache per GPU for activations, sampler buffers and
   * non-torch allocations (bytes); null = estimate it from the model and settings.
   */
  reserveBytes: number | null;
  /** Explicit KV capacity in blocks (overrides the memory computation); null = compute it. */
  kvCacheBlocks: number | null;
}

/**
 * The global efficiency and overhead parameters of the roofline step cost: the only
 * numbers calibration may fit (never per point, never per model).
 */
export interface RooflineEfficiency {
  /** Fraction of peak FLOP/s reached by the linear layers (GEMMs) at large token counts. */
  computeEff: number;
  /**
   * Rows of padding priced per GEMM (tokens): a GEMM over T tokens costs as much compute as
   * T + gemmPadTokens tokens at computeEff (tile quantisation and pipeline fill; ~half a 128-row
   * tile). Makes efficiency grow with the batch: T / (T + pad) of computeEff.
   */
  gemmPadTokens: number;
  /** Fraction of HBM bandwidth reached when streaming weights (and activations). */
  memoryEff: number;
  /** Fraction of peak reached by the attention kernels, on both their FLOPs and their KV-cache reads (paged blocks). */
  attentionEff: number;
  /** Fixed GPU time per decoder layer per pass (kernel launch gaps, small kernels), seconds. */
  layerOverheadS: number;
  /** Fixed GPU time per pass (embedding, final norm, sampling kernels), seconds. */
  passOverheadS: number;
  /**
   * CPU-side floor of one pass (input preparation and launch), seconds: a pass takes at least
   * this long even if the GPU work is shorter (the two overlap, so time = max(cpu, gpu)).
   */
  passCpuFloorS: number;
  /**
   * CPU time per sequence of a verifier pass (building its inputs, bookkeeping its outputs),
   * seconds per sequence; added before the GPU work (not overlapped).
   */
  seqCpuS: number;
  /**
   * CPU time per sampled position of a verifier pass (sampling / rejection sampling and
   * output-token bookkeeping run per token), seconds; added like seqCpuS.
   */
  sampledTokenCpuS: number;
}

/** A complete, self-contained system: what resolveSystem turns into a SimSystem. */
export interface SystemSpec {
  /** Registry name, e.g. 'qwen3-8b@a100-80gb'. */
  name: string;
  verifier: ModelSpec;
  /** Drafter, or null for a system without speculative decoding. */
  drafter: DrafterSpec | null;
  hardware: HardwareSpec;
  /** GPUs used with tensor parallelism (1 = no TP). */
  gpuCount: number;
  engine: EngineSpec;
  efficiency: RooflineEfficiency;
  /**
   * Skew of expert popularity for MoE routing: expert j (1-based rank) is chosen with weight
   * j^-s. 0 = uniform routing.
   */
  routingZipfS: number;
  notes?: string;
}
