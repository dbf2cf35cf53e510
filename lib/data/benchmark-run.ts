/**
 * A format-neutral description of a benchmark run: what a load generator sent, when each
 * request's tokens came back, and how the load was chosen. Writers of measurement formats
 * (buildGuidellmReport) read it; whoever produced the measurements (the simulator, a converter
 * of another tool's logs) builds it. Times are seconds from the start of their benchmark.
 */
import type { Strategy } from './tidy-schema.js';

/** Per-request records of one benchmark, column-wise (index = request id, in send order). */
export interface RequestLog {
  /** Number of requests sent (the length of every column). */
  count: number;
  /** When the load generator meant to send the request (s); never later than startS. */
  targetStartS: ArrayLike<number>;
  /** When the request was sent (s). */
  startS: ArrayLike<number>;
  /** First streamed token (s), NaN if none arrived. */
  firstTokenS: ArrayLike<number>;
  /** Last streamed token (s), NaN if none arrived. */
  lastTokenS: ArrayLike<number>;
  /** Completion or error time (s), NaN if still in flight at the benchmark's end. */
  endS: ArrayLike<number>;
  promptTokens: ArrayLike<number>;
  /** Output tokens delivered to the client. */
  outputTokens: ArrayLike<number>;
  /** Streamed chunks delivered. */
  iterations: ArrayLike<number>;
  /** 0 successful, 1 incomplete (in flight at the end), 2 errored. */
  status: ArrayLike<number>;
  /** 1 when the request counts in the statistics (it overlaps the measurement window), else 0. */
  measured: ArrayLike<number>;
}

/**
 * A load strategy: `synchronous` (one request at a time), `concurrent` (`streams` closed-loop
 * streams), `throughput` (closed loop at the max concurrency), `constant` or `poisson` (`rate`
 * requests/s, evenly spaced or exponential gaps).
 */
export interface LoadStrategy {
  type: Strategy;
  /** Requests/s for constant and poisson. */
  rate?: number;
  /** Number of streams for concurrent. */
  streams?: number;
}

/** One benchmark (one load level) of a run. */
export interface RunBenchmark {
  strategy: LoadStrategy;
  /** Length of the benchmark (s): nothing is sent after it; requests in flight then are incomplete. */
  durationS: number;
  /** Most requests in flight at once. */
  maxConcurrency: number;
  /** Warm-up as a fraction of durationS (0: none). */
  warmupFrac: number;
  /** Cool-down as a fraction of durationS (0: none). */
  cooldownFrac: number;
  /** Measurement window (s from the benchmark's start), windowEndS > windowStartS. */
  windowStartS: number;
  windowEndS: number;
  requests: RequestLog;
}

/**
 * How the benchmarks of a run were chosen: a `sweep` (synchronous, throughput, then constant
 * rates between the two), a list of `constant` rates, or a `single` benchmark.
 */
export type RunProfile =
  | { type: 'sweep'; sweepSize: number; synchronousRate: number; throughputRate: number; asyncRates: readonly number[] }
  | { type: 'constant'; rates: readonly number[] }
  | { type: 'single' };

/** Several benchmarks of one configuration, in the order they ran, and what ran them. */
export interface BenchmarkRun {
  /** The server: its address (e.g. 'http://localhost:8000') and the model it served. */
  server: { target: string; model: string };
  /**
   * What generated the load: a label (e.g. 'speclat simulator'), a module name, and the prefix
   * of the ids the writer makes up for runs, benchmarks and requests (e.g. 'sim').
   */
  generator: { platform: string; module: string; idPrefix: string };
  /** Prompt and output tokens every request asked for (synthetic data of fixed lengths). */
  promptTokens: number;
  outputTokens: number;
  /** Error text recorded for errored requests. */
  errorMessage: string;
  profile: RunProfile;
  /** The load generator's random seed, or null when unknown. */
  seed: number | null;
  benchmarks: readonly RunBenchmark[];
}
