/**
 * The distributions of a GuideLLM 0.5 report that are not plain per-request values: request
 * rate, concurrency, tokens per second and tokens per iteration. Each mean is the exact
 * run-level figure; the spread comes from the per-request or per-interval values. Helpers of
 * buildGuidellmReport.
 */
import type { DistributionSummary } from './distribution-summary.js';
import { distributionSummary } from './distribution-summary.js';
import type { RequestMetricArrays } from './request-metric-arrays.js';

/** Overrides a summary's mean (and total_sum, count) keeping the spread of the samples. */
function withMean(d: DistributionSummary, mean: number, count: number): DistributionSummary {
  return { ...d, mean, count, total_sum: mean * count };
}

/**
 * Requests per second: mean = events / window (s); spread = 1 / gap between successive events,
 * weighted by the gap.
 *
 * @param times event times (s), any order
 * @param windowStartS start of the measurement window (s)
 * @param windowEndS end of the measurement window (s)
 * @returns the summary (all zeros without events)
 */
export function rateSummary(times: number[], windowStartS: number, windowEndS: number): DistributionSummary {
  const n = times.length;
  if (n === 0) return distributionSummary([]);
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

/**
 * Requests in flight: mean = the requests' time in flight / (last end - first start);
 * spread = the concurrency levels weighted by how long each lasted.
 *
 * @param m the requests' metric arrays
 * @returns the summary (all zeros without requests)
 */
export function concurrencySummary(m: RequestMetricArrays): DistributionSummary {
  const n = m.startS.length;
  if (n === 0) return distributionSummary([]);
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
  // the mean in the same summation order as the simulator's benchmark statistics: time in flight / span
  let latSum = 0;
  for (let i = 0; i < n; i++) latSum += m.latencyS[i];
  const span = times[order[order.length - 1]] - times[order[0]];
  return withMean(distributionSummary(values, weights), span > 0 ? latSum / span : 0, n);
}

/**
 * Tokens per second: mean = all tokens / window (s); spread = each request's tokens / latency,
 * weighted by its tokens.
 *
 * @param tokens tokens of each request
 * @param m the requests' metric arrays (latencies)
 * @param windowS length of the measurement window (s)
 * @returns the summary (all zeros without tokens)
 */
export function perSecondSummary(tokens: Float64Array, m: RequestMetricArrays, windowS: number): DistributionSummary {
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
  if (total === 0) return distributionSummary([]);
  return withMean(distributionSummary(v, w), total / windowS, total);
}

/**
 * (num - offset) / (den - offset) per request, weighted by den - offset (requests with
 * den <= offset left out): output tokens per iteration (offset 0) or per later iteration (1).
 *
 * @param num numerators (e.g. output tokens)
 * @param den denominators (e.g. iterations)
 * @param offset subtracted from both
 * @returns the summary
 */
export function ratioSummary(num: Float64Array, den: Float64Array, offset: number): DistributionSummary {
  const v: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < num.length; i++) {
    const d = den[i] - offset;
    if (d > 0) {
      v.push((num[i] - offset) / d);
      w.push(d);
    }
  }
  return distributionSummary(v, w);
}
