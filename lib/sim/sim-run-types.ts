/**
 * Inputs and outputs of the simulator's public API (simulateBenchmark, simulateSweep,
 * simulateRates). The engine/cost seam lives in sim-types.ts.
 */
import type { Rng } from '../random/create-rng.js';
import type { Strategy } from '../data/tidy-schema.js';

/**
 * What every request of a benchmark asks for (GuideLLM synthetic data: fixed lengths), and how
 * speculative decoding behaves.
 *
 * Acceptance: give either `alpha` (every drafted position accepted i.i.d. with probability
 * alpha, as the paper's forced-acceptance runs did) or `acceptanceRates`, one rate per draft
 * position (at least k of them). By default the rates are read the way vLLM reports them
 * (`spec_decode_per_position_acceptance_rates`, `synthetic_acceptance_rates`): rate i is the
 * unconditional probability that position i is accepted, i.e. cumulative and non-increasing.
 * With `acceptanceRatesKind: 'conditional'` rate i is P(position i accepted | positions before
 * it accepted). Either way the engine samples position by position; the first rejection ends
 * the run of accepted drafts and the verifier adds its own (bonus) token.
 */
export interface SimWorkload {
  /** Prompt tokens per request (>= 1). */
  prefillTokens: number;
  /** Output tokens per request (>= 1). */
  decodeTokens: number;
  /** Draft length (tokens proposed per cycle); 0 runs without speculative decoding. */
  k: number;
  /** Per-position acceptance probability in [0, 1] (i.i.d.); required when k > 0 unless acceptanceRates is given. */
  alpha?: number | null;
  /** Per-position acceptance rates (length >= k), see acceptanceRatesKind. */
  acceptanceRates?: readonly number[] | null;
  /** How acceptanceRates are meant: 'cumulative' (vLLM's per-position rates, the default) or 'conditional'. */
  acceptanceRatesKind?: 'cumulative' | 'conditional';
}

/**
 * A GuideLLM load strategy: `synchronous` (one request at a time), `concurrent` (`streams`
 * closed-loop streams), `throughput` (closed loop at the max concurrency), `constant` (evenly
 * spaced sends at `rate` requests/s) or `poisson` (exponential gaps with mean 1/`rate`).
 */
export interface SimStrategy {
  type: Strategy;
  /** Requests/s for constant and poisson. */
  rate?: number;
  /** Number of streams for concurrent. */
  streams?: number;
}

/** Options of one simulated benchmark. */
export interface SimBenchmarkOptions {
  /** Length of the benchmark (s): no request is sent after it, requests in flight then are incomplete. GuideLLM runs in the paper's data: 90. */
  durationS: number;
  /** GuideLLM's max concurrency: requests in flight never exceed it (throughput runs at it; rate strategies queue at the client). Default 128 as in the real runs. */
  maxConcurrency?: number;
  /** Seed of the benchmark's random streams (default 0 when no rng is given). */
  seed?: number;
  /** A generator to use instead of a seed (forked once per random stream). */
  rng?: Rng;
  /**
   * Warm-up fraction of the duration, GuideLLM 0.5 `--warmup` as a percent of max seconds
   * (default 0: the real runs used none). A request counts in the statistics only if it
   * overlaps the measurement window: it ends after warmupFrac * duration and starts before
   * (1 - cooldownFrac) * duration (GuideLLM 0.5.0 behaviour seen in its reports).
   */
  warmupFrac?: number;
  /** Cool-down fraction of the duration (default 0), see warmupFrac. */
  cooldownFrac?: number;
  /** Time (s) the server takes to reject an invalid request (default 0.001). */
  errorLatencyS?: number;
  /** Keep every streamed chunk (request id, time, tokens); costs memory (default false). */
  recordChunks?: boolean;
}

/** Per-request records of one benchmark, column-wise (index = request id in send order). */
export interface SimRequestLog {
  /** Number of requests sent. */
  count: number;
  /** When the load generator wanted to send (s from the benchmark start; later than startS never). */
  targetStartS: Float64Array;
  /** When the request was sent and reached the server (s): GuideLLM request_start_time. */
  startS: Float64Array;
  /** First streamed token (s), NaN if none arrived. */
  firstTokenS: Float64Array;
  /** Last streamed token (s), NaN if none arrived. */
  lastTokenS: Float64Array;
  /** Completion or error time (s), NaN if still in flight at the end. */
  endS: Float64Array;
  promptTokens: Int32Array;
  /** Output tokens delivered to the client. */
  outputTokens: Int32Array;
  /** Streamed chunks delivered (one per engine step that produced tokens for the request). */
  iterations: Int32Array;
  /** Times the request was preempted (recompute). */
  preemptions: Int32Array;
  /** 0 successful, 1 incomplete (in flight at the end), 2 errored. */
  status: Uint8Array;
  /** 1 when the request counts in the statistics (inside the warm-up/cool-down window). */
  measured: Uint8Array;
  /** Every streamed chunk, when recordChunks was set. */
  chunks: { requestId: Int32Array; timeS: Float64Array; tokens: Int32Array } | null;
}

/** Engine-side counters of one benchmark (over the whole run, not only the window). */
export interface SimEngineStats {
  /** Engine steps completed. */
  steps: number;
  /** Preemptions (recompute) during the run. */
  preemptions: number;
  /** Mean number of sequences in the verifier pass, weighted by step time (busy time only). */
  meanBatchSize: number;
  /** Fraction of the duration the engine was busy. */
  busyFraction: number;
  /** Time-weighted mean number of requests at the server (waiting + running) over the duration. */
  meanInFlight: number;
  /** Verifications that carried at least one draft token (vLLM num_drafts). */
  drafts: number;
  /** Draft tokens verified (vLLM num_draft_tokens). */
  draftTokens: number;
  /** Draft tokens accepted (vLLM num_accepted_tokens). */
  acceptedTokens: number;
  /** Accepted drafts per position / drafts (vLLM per-position acceptance rates, cumulative); [] without SD. */
  perPositionAcceptance: number[];
  /** Mean tokens per verification with drafts: 1 + acceptedTokens / drafts (vLLM mean acceptance length); null without drafts. */
  acceptanceLength: number | null;
}

/** GuideLLM-style summary statistics over the measured successful requests. */
export interface SimBenchmarkStats {
  successful: number;
  /** Requests still in flight at the end. */
  incomplete: number;
  errored: number;
  /** Successful measured requests / measurement window (requests/s). */
  measuredRps: number;
  meanLatencyS: number;
  p50LatencyS: number;
  p95LatencyS: number;
  p99LatencyS: number;
  meanTtftMs: number;
  p50TtftMs: number;
  p99TtftMs: number;
  /** GuideLLM 0.5 ITL: (last - first token) / (output - 1), token-weighted mean (ms). */
  meanItlMs: number;
  /** GuideLLM 0.5 TPOT: (last token - start) / output tokens, token-weighted mean (ms). */
  meanTpotMs: number;
  /** GuideLLM-style concurrency: successful requests' time in flight / (last end - first start). */
  meanConcurrency: number;
  /** Output tokens per streamed chunk (client-visible acceptance length). */
  meanOutputTokensPerIteration: number;
  /** Measurement window (s from the benchmark start). */
  windowStartS: number;
  windowEndS: number;
}

/** One simulated benchmark (one load level). */
export interface SimBenchmarkResult {
  system: { name: string; verifier: string; drafter: string; hardware: string };
  workload: SimWorkload;
  strategy: SimStrategy;
  durationS: number;
  maxConcurrency: number;
  warmupFrac: number;
  cooldownFrac: number;
  /** The seed used, or null when an rng was passed. */
  seed: number | null;
  requests: SimRequestLog;
  engine: SimEngineStats;
  stats: SimBenchmarkStats;
}

/** How a list of benchmarks was chosen (GuideLLM profile). */
export type SimProfile =
  | {
      type: 'sweep';
      sweepSize: number;
      synchronousRate: number;
      throughputRate: number;
      /** The constant rates run after synchronous and throughput. */
      asyncRates: number[];
      /** Latency of the pilot request (s) when the benchmarks' length was scaled with it (simulateSweep's window). */
      pilotLatencyS?: number;
    }
  | { type: 'constant'; rates: number[] }
  | { type: 'single' };

/** Several benchmarks of one configuration, in the order they ran. */
export interface SimRunResult {
  profile: SimProfile;
  /** The base seed (benchmark i used deriveSeed(seed, i)), or null when an rng was passed. */
  seed: number | null;
  benchmarks: SimBenchmarkResult[];
}
