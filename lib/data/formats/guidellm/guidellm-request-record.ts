import type { RunBenchmark } from '../../benchmark-run.js';
import type { RequestMetricArrays } from './request-metric-arrays.js';

/** Where a request record sits: its benchmark, time origin and id stem. */
export interface RequestRecordContext {
  /** Epoch seconds of the benchmark's start. */
  epoch: number;
  /** Stem of the request ids (`<prefix>-<seed hex>-<benchmark index hex>`). */
  idBase: string;
  /** Error text of errored requests. */
  errorMessage: string;
}

const STATUS_TEXT = ['completed', 'cancelled', 'errored'] as const;

/**
 * One sampled request of a GuideLLM 0.5 report (`generative_request_stats`): ids, `info` with
 * the status and `timings` (epoch seconds), token counts and the per-request metrics
 * (TTFT/TPOT null without tokens, ITL null with fewer than 2 tokens). Incomplete requests end
 * at the benchmark's end. Helper of buildGuidellmReport.
 *
 * @param b the benchmark
 * @param m metric arrays of the requests of one status
 * @param j index into m
 * @param status 0 successful, 1 incomplete, 2 errored
 * @param ctx epoch, id stem and error text
 * @returns the record object
 */
export function guidellmRequestRecord(b: RunBenchmark, m: RequestMetricArrays, j: number, status: number, ctx: RequestRecordContext): Record<string, unknown> {
  const id = m.ids[j];
  const log = b.requests;
  const { epoch } = ctx;
  const e = (x: number): number | null => (Number.isNaN(x) ? null : epoch + x);
  const requestId = `${ctx.idBase}-${id.toString(16).padStart(8, '0')}`;
  const out = log.outputTokens[id];
  const prompt = log.promptTokens[id];
  const hasTokens = out > 0;
  const end = status === 1 ? b.durationS : log.endS[id];
  const latency = end - log.startS[id];
  const info = {
    request_id: requestId,
    status: STATUS_TEXT[status],
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
    error: status === 2 ? ctx.errorMessage : null,
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
