import { distributionSummary } from './metrics/distribution-summary.js';
import type { DistributionSummary } from './metrics/distribution-summary.js';
import type { RequestMetricArrays } from './metrics/request-metric-arrays.js';
import { requestMetricArrays } from './metrics/request-metric-arrays.js';
import type { SimBenchmarkResult, SimRunResult, SimStrategy } from './sim-run-types.js';

/** Options of buildGuidellmReport. */
export interface GuidellmReportOptions {
  /** Per-request records kept per status (GuideLLM `--sample-requests`); null keeps all. Default 10. */
  sampleRequests?: number | null;
  /** Epoch seconds of the first benchmark's start (default 0: timestamps are seconds from the start). Later benchmarks follow back to back. */
  startEpochS?: number;
}

type Obj = Record<string, unknown>;

/** The report object: GuideLLM 0.5 layout (metadata.version 1) plus a speclat_simulation block. */
export interface GuidellmReport {
  metadata: { version: 1; guidellm_version: string; python_version: null; platform: string };
  args: Obj;
  /** One entry per benchmark, GuideLLM's generative_benchmark shape (nested JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  benchmarks: Array<Record<string, any>>;
  speclat_simulation: Obj;
}
type StatusDistribution = { successful: DistributionSummary; errored: DistributionSummary; incomplete: DistributionSummary; total: DistributionSummary };

const STATUS_NAMES = ['successful', 'incomplete', 'errored'] as const;
const GROUP_KEYS = ['input', 'input_per_second', 'input_concurrency', 'output', 'output_per_second', 'output_concurrency', 'total', 'total_per_second', 'total_concurrency'];

/**
 * Builds a GuideLLM 0.5-shaped benchmark report (`benchmarks.json`, metadata.version 1) from a
 * simulation: top-level `metadata`, `args`, `benchmarks[]` (each with `config.strategy.type_`,
 * `config.profile`, `scheduler_metrics`, `metrics` distributions split into
 * successful/errored/incomplete/total, `requests` samples with `info.timings`, and
 * start/end/duration of the measurement window), plus a `speclat_simulation` block recording the
 * system, workload and seed (GuideLLM itself does not know the drafter, k or alpha).
 *
 * Definitions follow GuideLLM 0.5: latency = end - start (s); TTFT = first token - start; TPOT
 * = (last token - start) / output tokens (token-weighted); ITL = (last - first token) / (output
 * - 1) (weighted by output - 1); percentiles without interpolation (see distributionSummary).
 * Rate and concurrency distributions: the means are exact (requests / measurement window;
 * successful requests' time in flight / their span), the spreads come from inter-completion
 * rates and time-weighted concurrency levels. *_tokens_per_second means are tokens of the
 * status / measurement window. Timestamps are seconds from startEpochS.
 *
 * @param run a run (sweep or rates) or a single benchmark
 * @param opts sampleRequests (10 per status; null = all), startEpochS (0)
 * @returns the report object (serialise with JSON.stringify; writing files is lib/io's job)
 * @throws {Error} `buildGuidellmReport requires ...` for a missing result or a bad option
 * @example
 * const report = buildGuidellmReport(simulateSweep(system, workload, { seed: 1 }));
 * report.benchmarks[0].config.strategy.type_; // 'synchronous'
 */
export function buildGuidellmReport(run: SimRunResult | SimBenchmarkResult, opts: GuidellmReportOptions = {}): GuidellmReport {
  if (run === null || typeof run !== 'object') throw new Error('buildGuidellmReport requires a simulation result');
  const sample = opts.sampleRequests === undefined ? 10 : opts.sampleRequests;
  if (sample !== null && (!Number.isInteger(sample) || sample < 0)) {
    throw new Error(`buildGuidellmReport requires sampleRequests to be null or an integer >= 0, got ${sample}`);
  }
  const epoch = opts.startEpochS ?? 0;
  if (!Number.isFinite(epoch)) throw new Error(`buildGuidellmReport requires a finite startEpochS, got ${epoch}`);
  const isRun = 'benchmarks' in run;
  const benchmarks = isRun ? run.benchmarks : [run];
  if (benchmarks.length === 0) throw new Error('buildGuidellmReport requires at least one benchmark');
  const profileInfo = isRun ? run.profile : ({ type: 'single' } as const);
  const seed = isRun ? run.seed : run.seed;
  const first = benchmarks[0];
  const data = `prompt_tokens=${first.workload.prefillTokens},output_tokens=${first.workload.decodeTokens}`;
  const strategies = benchmarks.map((b) => strategyJson(b.strategy, b.maxConcurrency, seed));
  const profile = profileJson(profileInfo, benchmarks, strategies, first, seed);
  let offset = epoch;
  const out: Obj[] = benchmarks.map((b, i) => {
    const json = benchmarkJson(b, i, offset, strategies[i], profile, data, sample, seed);
    offset += b.durationS;
    return json;
  });
  return {
    metadata: { version: 1, guidellm_version: '0.5.2', python_version: null, platform: 'speclat simulator' },
    args: {
      target: `sim://${first.system.name}`,
      data: [data],
      profile: profile.type_,
      rate: argsRate(profileInfo, first.strategy),
      backend: 'openai_http',
      backend_kwargs: null,
      request_format: '/v1/chat/completions',
      model: first.system.verifier,
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
    speclat_simulation: {
      system: first.system.name,
      verifier: first.system.verifier,
      drafter: first.workload.k > 0 ? first.system.drafter : '',
      hardware: first.system.hardware,
      prefill_tokens: first.workload.prefillTokens,
      decode_tokens: first.workload.decodeTokens,
      k: first.workload.k,
      alpha: first.workload.k > 0 ? (first.workload.alpha ?? null) : null,
      acceptance_rates: first.workload.acceptanceRates ? [...first.workload.acceptanceRates] : null,
      acceptance_rates_kind: first.workload.acceptanceRates ? (first.workload.acceptanceRatesKind ?? 'cumulative') : null,
      seed,
      benchmark_seeds: benchmarks.map((b) => b.seed),
      engine: benchmarks.map((b) => ({ ...b.engine })),
    },
  };
}

function argsRate(profile: SimRunResult['profile'], s: SimStrategy): number[] | null {
  if (profile.type === 'sweep') return [profile.sweepSize];
  if (profile.type === 'constant') return [...profile.rates];
  if (s.type === 'constant' || s.type === 'poisson') return [s.rate as number];
  if (s.type === 'concurrent') return [s.streams as number];
  return null;
}

function strategyJson(s: SimStrategy, maxConcurrency: number, seed: number | null): Obj {
  switch (s.type) {
    case 'synchronous':
      return { type_: 'synchronous', worker_count: 1, max_concurrency: 1 };
    case 'concurrent':
      return { type_: 'concurrent', worker_count: s.streams as number, max_concurrency: s.streams as number, streams: s.streams as number, rampup_duration: 0.0 };
    case 'throughput':
      return { type_: 'throughput', worker_count: maxConcurrency, max_concurrency: maxConcurrency, rampup_duration: 0.0 };
    case 'constant':
      return { type_: 'constant', worker_count: maxConcurrency, max_concurrency: maxConcurrency, rate: s.rate as number, rampup_duration: 0.0 };
    case 'poisson':
      return { type_: 'poisson', worker_count: maxConcurrency, max_concurrency: maxConcurrency, rate: s.rate as number, random_seed: seed, rampup_duration: 0.0 };
    default:
      throw new Error(`buildGuidellmReport requires a known strategy, got ${String(s.type)}`);
  }
}

function profileJson(
  p: SimRunResult['profile'],
  benchmarks: SimBenchmarkResult[],
  strategies: Array<Obj>,
  first: SimBenchmarkResult,
  seed: number | null,
): Obj & { type_: string } {
  const common = {
    completed_strategies: strategies,
    constraints: { max_seconds: first.durationS },
    rampup_duration: 0.0,
    strategy_types: benchmarks.map((b) => b.strategy.type),
  };
  if (p.type === 'sweep') {
    return {
      type_: 'sweep',
      ...common,
      sweep_size: p.sweepSize,
      strategy_type: 'constant',
      max_concurrency: first.maxConcurrency,
      random_seed: seed,
      synchronous_rate: p.synchronousRate,
      throughput_rate: p.throughputRate,
      async_rates: [...p.asyncRates],
      measured_rates: benchmarks.map((b) => b.stats.measuredRps),
    };
  }
  if (p.type === 'constant') {
    return { type_: 'constant', ...common, strategy_type: 'constant', rate: [...p.rates], max_concurrency: first.maxConcurrency, random_seed: seed };
  }
  const s = first.strategy;
  const extra: Obj = {};
  if (s.type === 'concurrent') extra.streams = [s.streams as number];
  if (s.type === 'constant' || s.type === 'poisson') {
    extra.rate = [s.rate as number];
    extra.strategy_type = s.type;
  }
  return { type_: s.type, ...common, ...extra };
}

function emptySummary(): DistributionSummary {
  return distributionSummary([]);
}

/** Overrides a summary's mean (and total_sum, count) keeping the spread of the samples. */
function withMean(d: DistributionSummary, mean: number, count: number): DistributionSummary {
  return { ...d, mean, count, total_sum: mean * count };
}

function rateSummary(times: number[], windowStartS: number, windowEndS: number): DistributionSummary {
  const n = times.length;
  if (n === 0) return emptySummary();
  const sorted = Float64Array.from(times).sort();
  const values: number[] = [];
  const weights: number[] = [];
  let prev = windowStartS;
  for (let i = 0; i < n; i++) {
    const gap = sorted[i] - prev;
    if (gap > 0) {
      values.push(1 / gap);
      weights.push(gap);
    }
    prev = Math.max(prev, sorted[i]);
  }
  return withMean(distributionSummary(values, weights), n / (windowEndS - windowStartS), n);
}

function concurrencySummary(m: RequestMetricArrays): DistributionSummary {
  const n = m.startS.length;
  if (n === 0) return emptySummary();
  const times = new Float64Array(2 * n);
  const deltas = new Float64Array(2 * n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    times[2 * i] = m.startS[i];
    deltas[2 * i] = 1;
    times[2 * i + 1] = m.endS[i];
    deltas[2 * i + 1] = -1;
    order.push(2 * i, 2 * i + 1);
  }
  order.sort((a, b) => times[a] - times[b] || deltas[a] - deltas[b]);
  const values: number[] = [];
  const weights: number[] = [];
  let level = 0;
  for (let j = 0; j < order.length; j++) {
    level += deltas[order[j]];
    if (j + 1 < order.length) {
      const dt = times[order[j + 1]] - times[order[j]];
      if (dt > 0) {
        values.push(level);
        weights.push(dt);
      }
    }
  }
  // mean as benchmarkStats computes it (same summation order): time in flight / span
  let latSum = 0;
  for (let i = 0; i < n; i++) latSum += m.latencyS[i];
  const span = times[order[order.length - 1]] - times[order[0]];
  return withMean(distributionSummary(values, weights), span > 0 ? latSum / span : 0, n);
}

function ratioArrays(num: Float64Array, den: Float64Array, offset: number): { v: number[]; w: number[] } {
  const v: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < num.length; i++) {
    const d = den[i] - offset;
    if (d > 0) {
      v.push((num[i] - offset) / d);
      w.push(d);
    }
  }
  return { v, w };
}

function perSecond(tokens: Float64Array, m: RequestMetricArrays, windowS: number): DistributionSummary {
  const v: number[] = [];
  const w: number[] = [];
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    total += tokens[i];
    if (tokens[i] > 0 && m.latencyS[i] > 0) {
      v.push(tokens[i] / m.latencyS[i]);
      w.push(tokens[i]);
    }
  }
  if (total === 0) return emptySummary();
  return withMean(distributionSummary(v, w), total / windowS, total);
}

function benchmarkJson(
  b: SimBenchmarkResult,
  index: number,
  epoch: number,
  strategy: Obj,
  profile: Obj,
  data: string,
  sample: number | null,
  seed: number | null,
): Obj {
  const s = b.stats;
  const windowS = s.windowEndS - s.windowStartS;
  const per = STATUS_NAMES.map((_, st) => requestMetricArrays(b.requests, st, b.durationS));
  const [ok, inc, err] = per;
  const all = concatMetrics(per);
  const groups: Array<[string, RequestMetricArrays]> = [
    ['successful', ok],
    ['errored', err],
    ['incomplete', inc],
    ['total', all],
  ];
  const dist = (f: (m: RequestMetricArrays, status: string) => DistributionSummary): StatusDistribution => {
    const o: Record<string, DistributionSummary> = {};
    for (const [name, m] of groups) o[name] = f(m, name);
    return o as StatusDistribution;
  };
  const firstTokens = (m: RequestMetricArrays): number[] => Array.from(m.ttftMs).filter((x) => !Number.isNaN(x));
  const endsOf = (m: RequestMetricArrays, status: string): number[] => {
    if (status === 'incomplete') return Array.from(m.startS);
    if (status === 'total') {
      const t: number[] = [];
      for (let i = 0; i < m.ids.length; i++) t.push(b.requests.status[m.ids[i]] === 1 ? m.startS[i] : m.endS[i]);
      return t;
    }
    return Array.from(m.endS);
  };
  const totalTokens = (m: RequestMetricArrays): Float64Array => m.promptTokens.map((p, i) => p + m.outputTokens[i]);
  const metrics: Obj = {
    request_totals: { successful: ok.ids.length, errored: err.ids.length, incomplete: inc.ids.length, total: all.ids.length },
    requests_per_second: dist((m, st) => rateSummary(endsOf(m, st), s.windowStartS, s.windowEndS)),
    request_concurrency: dist((m) => concurrencySummary(m)),
    request_latency: dist((m) => distributionSummary(m.latencyS)),
    request_streaming_iterations_count: dist((m) => distributionSummary(m.iterations)),
    prompt_token_count: dist((m) => distributionSummary(m.promptTokens)),
    output_token_count: dist((m) => distributionSummary(m.outputTokens)),
    total_token_count: dist((m) => distributionSummary(totalTokens(m))),
    time_to_first_token_ms: dist((m) => distributionSummary(firstTokens(m))),
    time_per_output_token_ms: dist((m) => distributionSummary(m.tpotMs, m.tpotWeight)),
    inter_token_latency_ms: dist((m) => distributionSummary(m.itlMs, m.itlWeight)),
    prompt_tokens_per_second: dist((m) => perSecond(m.promptTokens, m, windowS)),
    output_tokens_per_second: dist((m) => perSecond(m.outputTokens, m, windowS)),
    tokens_per_second: dist((m) => perSecond(totalTokens(m), m, windowS)),
    output_tokens_per_iteration: dist((m) => {
      const r = ratioArrays(m.outputTokens, m.iterations, 0);
      return distributionSummary(r.v, r.w);
    }),
    iter_tokens_per_iteration: dist((m) => {
      const r = ratioArrays(m.outputTokens, m.iterations, 1);
      return distributionSummary(r.v, r.w);
    }),
    text: {
      tokens: {
        ...nullGroup(),
        input: dist((m) => distributionSummary(m.promptTokens)),
        output: dist((m) => distributionSummary(m.outputTokens)),
        total: dist((m) => distributionSummary(totalTokens(m))),
      },
      words: nullGroup(),
      characters: nullGroup(),
    },
    image: { tokens: nullGroup(), images: nullGroup(), pixels: nullGroup(), bytes: nullGroup() },
    video: { tokens: nullGroup(), frames: nullGroup(), seconds: nullGroup(), bytes: nullGroup() },
    audio: { tokens: nullGroup(), samples: nullGroup(), seconds: nullGroup(), bytes: nullGroup() },
  };

  const idBase = `${(seed ?? 0).toString(16).padStart(8, '0')}-${index.toString(16).padStart(4, '0')}`;
  const records = (st: number): unknown[] => {
    const m = per[st];
    const n = m.ids.length;
    const keep = sample === null || sample >= n ? n : sample;
    const out: unknown[] = [];
    for (let j = 0; j < keep; j++) {
      const idx = keep === n ? j : Math.floor((j * n) / keep);
      out.push(requestRecord(b, m, idx, st, epoch, idBase));
    }
    return out;
  };
  let queuedSum = 0;
  for (let i = 0; i < b.requests.count; i++) queuedSum += b.requests.startS[i] - b.requests.targetStartS[i];
  const e = (x: number): number => epoch + x;
  return {
    type_: 'generative_benchmark',
    config: {
      id_: `sim-${idBase}-bench`,
      run_id: `sim-${(seed ?? 0).toString(16).padStart(8, '0')}-run`,
      run_index: index,
      strategy,
      constraints: { max_seconds: { type_: 'max_duration', max_duration: b.durationS, current_index: index } },
      sample_requests: sample,
      warmup: { percent: b.warmupFrac > 0 ? b.warmupFrac : null, value: null, mode: 'prefer_duration' },
      cooldown: { percent: b.cooldownFrac > 0 ? b.cooldownFrac : null, value: null, mode: 'prefer_duration' },
      prefer_response_metrics: true,
      profile,
      requests: {
        data: `['${data}']`,
        data_args: '[]',
        data_samples: -1,
        preprocessors: [],
        finalizer: 'GenerativeRequestFinalizer',
        collator: 'GenerativeRequestCollator',
        sampler: 'None',
        num_workers: 1,
        random_seed: seed,
      },
      backend: { target: `sim://${b.system.name}`, model: b.system.verifier, timeout: null },
      environment: { type: 'NonDistributedEnvironment', class: 'NonDistributedEnvironment', module: 'speclat.sim', attributes: { run_errors: [] } },
    },
    scheduler_state: {
      node_id: 0,
      num_processes: 1,
      start_time: e(0),
      end_time: e(b.durationS),
      created_requests: b.requests.count,
      queued_requests: 0,
      pending_requests: 0,
      processing_requests: inc.ids.length,
      processed_requests: ok.ids.length + err.ids.length,
      successful_requests: ok.ids.length,
      errored_requests: err.ids.length,
      cancelled_requests: inc.ids.length,
    },
    scheduler_metrics: {
      start_time: e(0),
      request_start_time: e(0),
      measure_start_time: e(s.windowStartS),
      measure_end_time: e(s.windowEndS),
      request_end_time: e(b.durationS),
      end_time: e(b.durationS),
      requests_made: { successful: ok.ids.length, errored: err.ids.length, incomplete: inc.ids.length, total: all.ids.length },
      queued_time_avg: b.requests.count > 0 ? queuedSum / b.requests.count : 0,
      request_time_avg: ok.ids.length > 0 ? s.meanLatencyS : 0,
    },
    metrics,
    requests: { successful: records(0), errored: records(2), incomplete: records(1), total: null },
    start_time: e(s.windowStartS),
    end_time: e(s.windowEndS),
    duration: windowS,
    warmup_duration: s.windowStartS,
    cooldown_duration: b.durationS - s.windowEndS,
  };
}

function nullGroup(): Obj {
  const o: Obj = {};
  for (const k of GROUP_KEYS) o[k] = null;
  return o;
}

function concatMetrics(parts: RequestMetricArrays[]): RequestMetricArrays {
  const keys = Object.keys(parts[0]) as Array<keyof RequestMetricArrays>;
  const out: Partial<Record<keyof RequestMetricArrays, Float64Array | Int32Array>> = {};
  for (const key of keys) {
    const n = parts.reduce((a, p) => a + p[key].length, 0);
    const arr = key === 'ids' ? new Int32Array(n) : new Float64Array(n);
    let o = 0;
    for (const p of parts) {
      arr.set(p[key] as ArrayLike<number>, o);
      o += p[key].length;
    }
    out[key] = arr;
  }
  return out as RequestMetricArrays;
}

function requestRecord(b: SimBenchmarkResult, m: RequestMetricArrays, j: number, status: number, epoch: number, idBase: string): Obj {
  const id = m.ids[j];
  const log = b.requests;
  const e = (x: number): number | null => (Number.isNaN(x) ? null : epoch + x);
  const requestId = `sim-${idBase}-${id.toString(16).padStart(8, '0')}`;
  const out = log.outputTokens[id];
  const prompt = log.promptTokens[id];
  const hasTokens = out > 0;
  const end = status === 1 ? b.durationS : log.endS[id];
  const latency = end - log.startS[id];
  const info = {
    request_id: requestId,
    status: status === 0 ? 'completed' : status === 1 ? 'cancelled' : 'errored',
    scheduler_node_id: 0,
    scheduler_process_id: 0,
    scheduler_start_time: epoch,
    timings: {
      targeted_start: e(log.targetStartS[id]),
      queued: e(log.targetStartS[id]),
      dequeued: e(log.startS[id]),
      scheduled_at: e(log.startS[id]),
      resolve_start: e(log.startS[id]),
      request_start: e(log.startS[id]),
      first_request_iteration: e(log.firstTokenS[id]),
      first_token_iteration: e(log.firstTokenS[id]),
      last_token_iteration: e(log.lastTokenS[id]),
      last_request_iteration: e(log.lastTokenS[id]),
      request_iterations: log.iterations[id],
      token_iterations: log.iterations[id],
      request_end: e(end),
      resolve_end: e(end),
      finalized: e(end),
    },
    error: status === 2 ? 'prompt_tokens + max_tokens exceed the max model length' : null,
    traceback: null,
    started_at: e(log.startS[id]),
    completed_at: e(end),
  };
  return {
    type_: 'generative_request_stats',
    request_id: requestId,
    response_id: status === 2 ? null : `cmpl-${requestId}`,
    request_args: null,
    output: null,
    info,
    input_metrics: { text_tokens: prompt, total_tokens: prompt },
    output_metrics: { text_tokens: out, total_tokens: out },
    request_start_time: e(log.startS[id]),
    request_end_time: e(end),
    request_latency: latency,
    prompt_tokens: prompt,
    output_tokens: out,
    total_tokens: prompt + out,
    time_to_first_token_ms: hasTokens ? m.ttftMs[j] : null,
    time_per_output_token_ms: hasTokens ? m.tpotMs[j] : null,
    inter_token_latency_ms: out >= 2 ? m.itlMs[j] : null,
    tokens_per_second: latency > 0 ? (prompt + out) / latency : null,
    output_tokens_per_second: latency > 0 ? out / latency : null,
    iter_tokens_per_iteration: log.iterations[id] > 1 ? (out - 1) / (log.iterations[id] - 1) : null,
    output_tokens_per_iteration: log.iterations[id] > 0 ? out / log.iterations[id] : null,
  };
}
