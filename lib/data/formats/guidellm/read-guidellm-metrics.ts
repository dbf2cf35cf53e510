import type { FieldReader, PathSegment } from '../../field-reader.js';

/** The tidy metric columns GuideLLM distributions provide (successful requests only). */
export interface GuidellmMetrics {
  measured_rps: number;
  mean_latency_s: number;
  p50_latency_s: number | null;
  p95_latency_s: number | null;
  p99_latency_s: number | null;
  mean_ttft_ms: number | null;
  mean_itl_ms: number | null;
  mean_tpot_ms: number | null;
  mean_concurrency: number | null;
  /** Measured mean prompt tokens of successful requests (null when absent). */
  mean_prompt_tokens: number | null;
  /** Measured mean output tokens of successful requests (null when absent). */
  mean_output_tokens: number | null;
  /** Mean output tokens per streamed iteration (GuideLLM 0.5+; approximates SD acceptance length). */
  mean_output_tokens_per_iteration: number | null;
}

/**
 * Reads the successful-request statistics of a GuideLLM `metrics` object (any version from
 * 0.2 to 0.8, and the reduced speculators-scaling lists, which share the distribution shape).
 * Rates and concurrency are GuideLLM's time-weighted means; `request_latency` is in seconds,
 * `*_ms` metrics in ms. The median is `percentiles.p50` when present (0.4+), else `median`
 * (0.3 and the reduced files have no p50 percentile).
 *
 * @param r the field reader (names the function and file in errors)
 * @param doc the document root
 * @param metrics the path of the `metrics` object (or of the reduced list entry)
 * @returns the metric columns
 * @throws {Error} when `requests_per_second.successful.mean` or `request_latency.successful.mean`
 *   is missing or not a finite number >= 0, or any optional statistic is present but invalid
 * @example
 * readGuidellmMetrics(reader, doc, ['benchmarks', 0, 'metrics']).mean_latency_s; // 39.60
 */
export function readGuidellmMetrics(r: FieldReader, doc: unknown, metrics: readonly PathSegment[]): GuidellmMetrics {
  const ok = (name: string, ...rest: PathSegment[]) => [...metrics, name, 'successful', ...rest];
  const opt = (name: string, ...rest: PathSegment[]) => r.optionalNumber(doc, ok(name, ...rest), 'nonnegative');
  const p50 = r.has(doc, ok('request_latency', 'percentiles', 'p50'))
    ? opt('request_latency', 'percentiles', 'p50')
    : opt('request_latency', 'median');
  return {
    measured_rps: r.number(doc, ok('requests_per_second', 'mean'), 'nonnegative'),
    mean_latency_s: r.number(doc, ok('request_latency', 'mean'), 'nonnegative'),
    p50_latency_s: p50,
    p95_latency_s: opt('request_latency', 'percentiles', 'p95'),
    p99_latency_s: opt('request_latency', 'percentiles', 'p99'),
    mean_ttft_ms: opt('time_to_first_token_ms', 'mean'),
    mean_itl_ms: opt('inter_token_latency_ms', 'mean'),
    mean_tpot_ms: opt('time_per_output_token_ms', 'mean'),
    mean_concurrency: opt('request_concurrency', 'mean'),
    mean_prompt_tokens: opt('prompt_token_count', 'mean'),
    mean_output_tokens: opt('output_token_count', 'mean'),
    mean_output_tokens_per_iteration: opt('output_tokens_per_iteration', 'mean'),
  };
}
