import type { EngineSpec } from './spec-types.js';

/** One registry row: which model, drafter and hardware make a named system. */
export interface SystemEntry {
  /** Key in MODEL_SPECS. */
  verifier: string;
  /** Key in DRAFTER_SPECS, or null for no speculative decoding. */
  drafter: string | null;
  /** Key in HARDWARE_SPECS. */
  hardware: string;
  /** GPUs (tensor parallelism). */
  gpuCount: number;
  /** Engine settings that differ from vLLM's defaults for this system. */
  engine?: Partial<EngineSpec>;
  notes?: string;
}

/**
 * The speculators-scaling runs: vLLM V1, --max_model_len 768, gpu_memory_utilization 0.9, TP 1.
 * max_num_batched_tokens 8192 is INFERRED from the data, not stated by the run scripts: vLLM's
 * V1 online default on an A100 is 2048, but the runs' saturated (throughput) benchmarks are only
 * consistent with a budget near 8192: e.g. Qwen3-8B, alpha 1, k 10 served 18.6 requests/s with a
 * 42 ms inter-token latency, i.e. about 5,800 verifier tokens per engine step, which a 2048-token
 * step cannot hold (a 2048 budget gives 16 ms ITL and 4.7 s TTFT in simulation, against the
 * measured 42 ms and 1.3 s; 8192 gives 45 ms and 0.9 s).
 */
const SCALING_RUNS: Partial<EngineSpec> = { maxModelLen: 768, maxNumBatchedTokens: 8192 };
/**
 * The paper's other systems (MoE, Llama, draft models): their runs are not published; assumed
 * served like the speculators-scaling runs (same tooling), so the same 8192-token budget, with
 * max_model_len 4096 to fit the paper's longest requests (1024 + 1024 tokens plus drafts).
 */
const PAPER_RUNS: Partial<EngineSpec> = { maxNumBatchedTokens: 8192 };
const PAPER_NOTE = 'Serving settings assumed like the speculators-scaling runs (max_num_batched_tokens 8192), max_model_len 4096.';
const SCALING_NOTE =
  'Settings of the speculators-scaling runs (vLLM V1, chunked prefill, max_model_len 768, gpu_memory_utilization 0.9, TP 1); ' +
  'max_num_batched_tokens 8192 inferred from their saturated benchmarks (vLLM\'s A100 default would be 2048).';

/**
 * The named systems. Naming: `<verifier>[+<draft model>]@<gpu>[x<count>]`. Without `+`, the
 * verifier speculates with its EAGLE head (the EAGLE-1-style head of the speculators-scaling
 * runs for dense Qwen3, an EAGLE-3 head otherwise); `+<model>` names a separate draft model.
 * Systems used only for public step-time checks carry no drafter or the one of that check.
 *
 * @example
 * SYSTEM_ENTRIES['llama-3.1-70b+llama-3.1-8b@a100-80gbx4'].drafter; // 'draft-llama-3.1-8b'
 */
export const SYSTEM_ENTRIES: Readonly<Record<string, SystemEntry>> = {
  'qwen3-0.6b@a100-80gb': { verifier: 'qwen3-0.6b', drafter: 'eagle-qwen3-0.6b', hardware: 'a100-80gb', gpuCount: 1, engine: SCALING_RUNS, notes: SCALING_NOTE },
  'qwen3-1.7b@a100-80gb': { verifier: 'qwen3-1.7b', drafter: 'eagle-qwen3-1.7b', hardware: 'a100-80gb', gpuCount: 1, engine: SCALING_RUNS, notes: SCALING_NOTE },
  'qwen3-8b@a100-80gb': { verifier: 'qwen3-8b', drafter: 'eagle-qwen3-8b', hardware: 'a100-80gb', gpuCount: 1, engine: SCALING_RUNS, notes: SCALING_NOTE },
  'qwen3-14b@a100-80gb': { verifier: 'qwen3-14b', drafter: 'eagle-qwen3-14b', hardware: 'a100-80gb', gpuCount: 1, engine: SCALING_RUNS, notes: SCALING_NOTE },
  'qwen3-32b@a100-80gb': { verifier: 'qwen3-32b', drafter: 'eagle-qwen3-32b', hardware: 'a100-80gb', gpuCount: 1, engine: SCALING_RUNS, notes: SCALING_NOTE },
  'qwen3-8b@h100-80gb': {
    verifier: 'qwen3-8b',
    drafter: 'eagle-qwen3-8b',
    hardware: 'h100-80gb',
    gpuCount: 1,
    engine: SCALING_RUNS,
    notes: 'H100 cross-check of the dense Qwen3 runs, same serving settings as on A100 (vLLM H100 defaults otherwise).',
  },
  'qwen3-14b+qwen3-1.7b@a100-80gb': {
    verifier: 'qwen3-14b',
    drafter: 'draft-qwen3-1.7b',
    hardware: 'a100-80gb',
    gpuCount: 1,
    engine: PAPER_RUNS,
    notes: `Separate draft model Qwen3-1.7B for Qwen3-14B (paper section 4). ${PAPER_NOTE}`,
  },
  'llama-3.1-8b@a100-80gb': { verifier: 'llama-3.1-8b', drafter: 'eagle3-llama-3.1-8b', hardware: 'a100-80gb', gpuCount: 1, engine: PAPER_RUNS, notes: PAPER_NOTE },
  'llama-3.1-8b@h100-80gb': {
    verifier: 'llama-3.1-8b',
    drafter: 'eagle3-llama-3.1-8b',
    hardware: 'h100-80gb',
    gpuCount: 1,
    notes: 'The system of the specdecode-bench step model (arXiv 2601.11580: vLLM 0.10.1, one H100, EAGLE drafter).',
  },
  'llama-3.1-70b@a100-80gbx4': { verifier: 'llama-3.1-70b', drafter: 'eagle3-llama-3.1-70b', hardware: 'a100-80gb', gpuCount: 4, engine: PAPER_RUNS, notes: PAPER_NOTE },
  'llama-3.1-70b+llama-3.1-8b@a100-80gbx4': {
    verifier: 'llama-3.1-70b',
    drafter: 'draft-llama-3.1-8b',
    hardware: 'a100-80gb',
    gpuCount: 4,
    engine: PAPER_RUNS,
    notes: `Separate draft model Llama-3.1-8B for Llama-3.1-70B, both with tensor parallelism 4 (paper section 4). ${PAPER_NOTE}`,
  },
  'gpt-oss-20b@a100-80gb': { verifier: 'gpt-oss-20b', drafter: 'eagle3-gpt-oss-20b', hardware: 'a100-80gb', gpuCount: 1, engine: PAPER_RUNS, notes: PAPER_NOTE },
  'qwen3-30b-a3b@a100-80gb': { verifier: 'qwen3-30b-a3b', drafter: 'eagle3-qwen3-30b-a3b', hardware: 'a100-80gb', gpuCount: 1, engine: PAPER_RUNS, notes: PAPER_NOTE },
  'qwen3-235b-a22b@a100-80gbx8': { verifier: 'qwen3-235b-a22b', drafter: 'eagle3-qwen3-235b-a22b', hardware: 'a100-80gb', gpuCount: 8, engine: PAPER_RUNS, notes: PAPER_NOTE },
  'llama-2-7b@a100-80gb': {
    verifier: 'llama-2-7b',
    drafter: null,
    hardware: 'a100-80gb',
    gpuCount: 1,
    notes: 'The system of the vLLM PR #5691 verification-step timings (only verifier passes are priced).',
  },
};
