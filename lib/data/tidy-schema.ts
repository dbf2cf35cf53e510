/**
 * The tidy measurement schema: one row per benchmark run (one load level of one
 * configuration). These column names are the project's public contract: every loader
 * produces them, the simulator writes them, and the fitters read them.
 *
 * Conventions:
 * - `drafter` is '' and `k` is 0 for runs without speculative decoding.
 * - `alpha` is null when the acceptance rate is unknown.
 * - Latencies ending in `_s` are seconds, in `_ms` milliseconds; rates are requests/s.
 * - Optional numbers are null when the source file does not hold them (never NaN).
 * Extra columns are allowed (loaders may add e.g. `acceptance_length`, `benchmark_index`).
 */

/** GuideLLM / vLLM load strategies, as GuideLLM names them. */
export type Strategy = 'synchronous' | 'concurrent' | 'throughput' | 'constant' | 'poisson';

export const STRATEGIES: readonly Strategy[] = [
  'synchronous',
  'concurrent',
  'throughput',
  'constant',
  'poisson',
];

/** One benchmark run in the tidy schema. */
export interface TidyRow {
  /** Verifier (target) model name, e.g. 'Qwen3-8B'. */
  verifier: string;
  /** Drafter name; '' without speculative decoding. */
  drafter: string;
  /** Hardware label, e.g. 'A100-80GB' or 'A100-80GBx4'; '' when unknown. */
  hardware: string;
  /** Prompt (prefill) tokens per request. */
  prefill_tokens: number;
  /** Output (decode) tokens per request. */
  decode_tokens: number;
  /** Draft length (tokens proposed per cycle); 0 without SD. */
  k: number;
  /** Per-token acceptance probability in [0, 1]; null when unknown. */
  alpha: number | null;
  strategy: Strategy;
  /** Target request rate (requests/s) for constant/poisson; null otherwise. */
  rate_rps: number | null;
  /** Fixed number of streams for concurrent (closed-loop) runs; null otherwise. */
  concurrency: number | null;
  /** Measured completed-request throughput (requests/s). */
  measured_rps: number;
  /** Mean end-to-end request latency (s). */
  mean_latency_s: number;
  p50_latency_s: number | null;
  p95_latency_s: number | null;
  p99_latency_s: number | null;
  /** Mean time to first token (ms). */
  mean_ttft_ms: number | null;
  /** Mean inter-token latency (ms): GuideLLM's ITL, vLLM's TPOT. */
  mean_itl_ms: number | null;
  /** Mean time per output token (ms) as GuideLLM defines it (includes TTFT). */
  mean_tpot_ms: number | null;
  /** Time-weighted mean number of requests in flight, when measured. */
  mean_concurrency: number | null;
  /** Successful requests; null when unknown (a CSV without counts). */
  completed: number | null;
  /** Errored requests; null when unknown (a CSV without counts). */
  errored: number | null;
  /** Where the row came from: file path (and benchmark index), or 'sim:<system>@seed'. */
  source: string;
  [extra: string]: unknown;
}

/** The public column order of the tidy table (CSV header). */
export const TIDY_COLUMNS = [
  'verifier',
  'drafter',
  'hardware',
  'prefill_tokens',
  'decode_tokens',
  'k',
  'alpha',
  'strategy',
  'rate_rps',
  'concurrency',
  'measured_rps',
  'mean_latency_s',
  'p50_latency_s',
  'p95_latency_s',
  'p99_latency_s',
  'mean_ttft_ms',
  'mean_itl_ms',
  'mean_tpot_ms',
  'mean_concurrency',
  'completed',
  'errored',
  'source',
] as const;

export type TidyColumn = (typeof TIDY_COLUMNS)[number];

/** Columns that identify one configuration (a sweep) for Eq. 1 fits. */
export const CONFIG_KEYS = [
  'verifier',
  'drafter',
  'hardware',
  'prefill_tokens',
  'decode_tokens',
  'k',
  'alpha',
] as const;

/** Columns that identify one system (pooled SD and MoE fits). */
export const SYSTEM_KEYS = ['verifier', 'drafter', 'hardware', 'prefill_tokens', 'decode_tokens'] as const;
