import type { BenchmarkRun } from '../../benchmark-run.js';
import { guidellmBenchmark } from './guidellm-benchmark.js';
import { guidellmArgsRate, guidellmProfile, guidellmStrategy } from './guidellm-run-config.js';
import { requestMetricArrays } from './request-metric-arrays.js';

/** Options of buildGuidellmReport. */
export interface GuidellmReportOptions {
  /** Per-request records kept per status (GuideLLM `--sample-requests`); null keeps all. Default 10. */
  sampleRequests?: number | null;
  /** Epoch seconds of the first benchmark's start (default 0: timestamps are seconds from the start). Later benchmarks follow back to back. */
  startEpochS?: number;
  /** Top-level blocks written after `benchmarks`, in their order (a producer's own record, e.g. `speclat_simulation`). */
  extra?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;

/** The report object: GuideLLM 0.5 layout (metadata.version 1), then the `extra` blocks. */
export interface GuidellmReport {
  metadata: { version: 1; guidellm_version: string; python_version: null; platform: string };
  args: Obj;
  /** One entry per benchmark, GuideLLM's generative_benchmark shape (nested JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  benchmarks: Array<Record<string, any>>;
  [block: string]: unknown;
}

const FN = 'buildGuidellmReport';

/**
 * Writes a benchmark run as a GuideLLM 0.5-shaped report (`benchmarks.json`, metadata.version
 * 1): top-level `metadata`, `args`, `benchmarks[]` (each with `config.strategy.type_`,
 * `config.profile`, `scheduler_metrics`, `metrics` distributions split into
 * successful/errored/incomplete/total, `requests` samples with `info.timings`, and
 * start/end/duration of the measurement window), then the `extra` blocks. GuideLLM's own
 * reports cannot say which drafter, k or alpha ran: a producer that knows them passes them in
 * `extra` (or a sidecar).
 *
 * Definitions follow GuideLLM 0.5: latency = end - start (s); TTFT = first token - start; TPOT
 * = (last token - start) / output tokens (token-weighted); ITL = (last - first token) / (output
 * - 1) (weighted by output - 1); percentiles without interpolation (see distributionSummary).
 * Rate and concurrency distributions: the means are exact (requests / measurement window;
 * successful requests' time in flight / their span), the spreads come from inter-completion
 * rates and time-weighted concurrency levels. *_tokens_per_second means are tokens of the
 * status / measurement window. The profile's measured rates are the successful requests that
 * completed inside the window / window length. Timestamps are seconds from startEpochS.
 *
 * @param run the run (format-neutral, see BenchmarkRun)
 * @param opts sampleRequests (10 per status; null = all), startEpochS (0), extra (none)
 * @returns the report object (serialise with JSON.stringify; writing files is lib/io's job)
 * @throws {Error} `buildGuidellmReport requires ...` for a missing run, no benchmarks, an
 *   unknown strategy, a bad option or an extra block named like a GuideLLM one
 * @example
 * const report = buildGuidellmReport(run, { extra: { my_tool: { version: 2 } } });
 * report.benchmarks[0].config.strategy.type_; // 'synchronous' for a sweep
 */
export function buildGuidellmReport(run: BenchmarkRun, opts: GuidellmReportOptions = {}): GuidellmReport {
  if (run === null || typeof run !== 'object' || !Array.isArray(run.benchmarks)) throw new Error(`${FN} requires a benchmark run`);
  const sample = opts.sampleRequests === undefined ? 10 : opts.sampleRequests;
  if (sample !== null && (!Number.isInteger(sample) || sample < 0)) {
    throw new Error(`${FN} requires sampleRequests to be null or an integer >= 0, got ${sample}`);
  }
  const epoch = opts.startEpochS ?? 0;
  if (!Number.isFinite(epoch)) throw new Error(`${FN} requires a finite startEpochS, got ${epoch}`);
  if (run.benchmarks.length === 0) throw new Error(`${FN} requires at least one benchmark`);
  for (const key of Object.keys(opts.extra ?? {})) {
    if (key === 'metadata' || key === 'args' || key === 'benchmarks') throw new Error(`${FN} requires extra blocks other than metadata, args and benchmarks, got ${key}`);
  }
  return buildGuidellmReportCore(run, sample, epoch, opts.extra ?? {});
}

function buildGuidellmReportCore(run: BenchmarkRun, sample: number | null, epoch: number, extra: Obj): GuidellmReport {
  const { benchmarks, seed } = run;
  const first = benchmarks[0];
  const data = `prompt_tokens=${run.promptTokens},output_tokens=${run.outputTokens}`;
  // metric arrays per status: 0 successful, 1 incomplete, 2 errored (GuideLLM 0.5 definitions)
  const perStatus = benchmarks.map((b) => [0, 1, 2].map((st) => requestMetricArrays(b.requests, st, b.durationS)));
  const strategies = benchmarks.map((b) => guidellmStrategy(b.strategy, b.maxConcurrency, seed));
  const profile = guidellmProfile(run, strategies, perStatus.map((p) => p[0]));
  let offset = epoch;
  const out = benchmarks.map((b, index) => {
    const json = guidellmBenchmark(b, perStatus[index], { run, index, epoch: offset, strategy: strategies[index], profile, data, sample });
    offset += b.durationS;
    return json;
  });
  return {
    metadata: { version: 1, guidellm_version: '0.5.2', python_version: null, platform: run.generator.platform },
    args: {
      target: run.server.target,
      data: [data],
      profile: profile.type_,
      rate: guidellmArgsRate(run.profile, first.strategy),
      backend: 'openai_http',
      backend_kwargs: null,
      request_format: '/v1/chat/completions',
      model: run.server.model,
      processor: null,
      processor_args: null,
      data_args: [],
      data_samples: -1,
      random_seed: seed,
      outputs: ['json'],
      sample_requests: sample,
      warmup: first.warmupFrac > 0 ? first.warmupFrac : null,
      cooldown: first.cooldownFrac > 0 ? first.cooldownFrac : null,
      rampup: 0.0,
      prefer_response_metrics: true,
      max_seconds: first.durationS,
      max_requests: null,
      max_errors: null,
    },
    benchmarks: out,
    ...extra,
  };
}
