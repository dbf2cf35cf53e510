import type { BenchmarkRun, RunBenchmark } from '../../benchmark-run.js';
import { distributionSummary } from './distribution-summary.js';
import { guidellmMetrics } from './guidellm-metrics.js';
import { guidellmRequestRecord } from './guidellm-request-record.js';
import type { RequestRecordContext } from './guidellm-request-record.js';
import type { RequestMetricArrays } from './request-metric-arrays.js';
import { concatMetricArrays } from './request-metric-arrays.js';

type Obj = Record<string, unknown>;

/** What a benchmark's block shares with its run. */
export interface BenchmarkContext {
  run: BenchmarkRun;
  /** Position of the benchmark in the run. */
  index: number;
  /** Epoch seconds of the benchmark's start. */
  epoch: number;
  /** Its `config.strategy` (guidellmStrategy). */
  strategy: Obj;
  /** The run's `config.profile` (guidellmProfile). */
  profile: Obj;
  /** GuideLLM's data argument (`prompt_tokens=...,output_tokens=...`). */
  data: string;
  /** Request records kept per status (null: all). */
  sample: number | null;
}

const hex = (x: number, width: number): string => x.toString(16).padStart(width, '0');

/**
 * One benchmark of a GuideLLM 0.5 report (`generative_benchmark`): `config` (ids, strategy,
 * constraints, warm-up/cool-down, profile, request and backend settings), `scheduler_state`,
 * `scheduler_metrics` (epoch seconds), `metrics` (guidellmMetrics), sampled `requests` per status
 * (evenly spread over each status' requests), and the measurement window. Helper of
 * buildGuidellmReport.
 *
 * @param b the benchmark
 * @param perStatus metric arrays of its measured requests with status 0 (successful),
 *   1 (incomplete) and 2 (errored)
 * @param ctx the run, index, epoch, strategy, profile, data argument and sample size
 * @returns the benchmark object
 */
export function guidellmBenchmark(b: RunBenchmark, perStatus: readonly RequestMetricArrays[], ctx: BenchmarkContext): Obj {
  const { run, index, epoch, sample } = ctx;
  const [ok, inc, err] = perStatus;
  const all = concatMetricArrays(perStatus);
  const windowS = b.windowEndS - b.windowStartS;
  const seedHex = hex(run.seed ?? 0, 8);
  const records: RequestRecordContext = { epoch, idBase: `${run.generator.idPrefix}-${seedHex}-${hex(index, 4)}`, errorMessage: run.errorMessage };
  const sampled = (st: number): unknown[] => {
    const m = perStatus[st];
    const n = m.ids.length;
    const keep = sample === null || sample >= n ? n : sample;
    const out: unknown[] = [];
    for (let j = 0; j < keep; j++) out.push(guidellmRequestRecord(b, m, keep === n ? j : Math.floor((j * n) / keep), st, records));
    return out;
  };
  let queuedSum = 0;
  for (let i = 0; i < b.requests.count; i++) queuedSum += b.requests.startS[i] - b.requests.targetStartS[i];
  const e = (x: number): number => epoch + x;
  const totals = { successful: ok.ids.length, errored: err.ids.length, incomplete: inc.ids.length, total: all.ids.length };
  return {
    type_: 'generative_benchmark',
    config: {
      id_: `${records.idBase}-bench`,
      run_id: `${run.generator.idPrefix}-${seedHex}-run`,
      run_index: index,
      strategy: ctx.strategy,
      constraints: { max_seconds: { type_: 'max_duration', max_duration: b.durationS, current_index: index } },
      sample_requests: sample,
      warmup: { percent: b.warmupFrac > 0 ? b.warmupFrac : null, value: null, mode: 'prefer_duration' },
      cooldown: { percent: b.cooldownFrac > 0 ? b.cooldownFrac : null, value: null, mode: 'prefer_duration' },
      prefer_response_metrics: true,
      profile: ctx.profile,
      requests: {
        data: `['${ctx.data}']`,
        data_args: '[]',
        data_samples: -1,
        preprocessors: [],
        finalizer: 'GenerativeRequestFinalizer',
        collator: 'GenerativeRequestCollator',
        sampler: 'None',
        num_workers: 1,
        random_seed: run.seed,
      },
      backend: { target: run.server.target, model: run.server.model, timeout: null },
      environment: { type: 'NonDistributedEnvironment', class: 'NonDistributedEnvironment', module: run.generator.module, attributes: { run_errors: [] } },
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
      measure_start_time: e(b.windowStartS),
      measure_end_time: e(b.windowEndS),
      request_end_time: e(b.durationS),
      end_time: e(b.durationS),
      requests_made: totals,
      queued_time_avg: b.requests.count > 0 ? queuedSum / b.requests.count : 0,
      request_time_avg: ok.ids.length > 0 ? distributionSummary(ok.latencyS).mean : 0,
    },
    metrics: guidellmMetrics(b, { successful: ok, errored: err, incomplete: inc, total: all }),
    requests: { successful: sampled(0), errored: sampled(2), incomplete: sampled(1), total: null },
    start_time: e(b.windowStartS),
    end_time: e(b.windowEndS),
    duration: windowS,
    warmup_duration: b.windowStartS,
    cooldown_duration: b.durationS - b.windowEndS,
  };
}
