import type { SimBenchmarkStats, SimRequestLog } from '../sim-run-types.js';
import { distributionSummary } from '../../data/formats/guidellm/distribution-summary.js';
import { requestMetricArrays } from '../../data/formats/guidellm/request-metric-arrays.js';

/**
 * GuideLLM-style summary of one benchmark from its request log (the `measured` flags must be
 * set): counts per status, rps = successful requests that completed inside the measurement
 * window [windowStartS, windowEndS) / window length (GuideLLM 0.5 counts request completions in
 * the window: a request that started in the warm-up and ended in the window counts in both the
 * latency and the rate; one that overlaps the window's end but completed after it counts in the
 * latency only; without warm-up or cool-down this is successful / duration), latency/TTFT/ITL/TPOT
 * means and percentiles as GuideLLM 0.5 computes them (ITL and TPOT token-weighted;
 * percentiles without interpolation, see distributionSummary), and GuideLLM's concurrency:
 * the successful requests' total time in flight / (last end - first start).
 *
 * @param log the request log with measured flags
 * @param durationS benchmark length (s)
 * @param windowStartS start of the measurement window (s)
 * @param windowEndS end of the measurement window (s), > windowStartS
 * @returns the summary (NaN-free: means of empty sets are 0)
 * @throws {Error} `benchmarkStats requires windowEndS > windowStartS`
 * @example
 * const s = benchmarkStats(log, 90, 0, 90);
 * s.measuredRps; // successful / 90 (no warm-up or cool-down)
 */
export function benchmarkStats(
  log: SimRequestLog,
  durationS: number,
  windowStartS: number,
  windowEndS: number,
): SimBenchmarkStats {
  if (!(windowEndS > windowStartS)) throw new Error(`benchmarkStats requires windowEndS > windowStartS, got ${windowStartS}..${windowEndS}`);
  const ok = requestMetricArrays(log, 0, durationS);
  let incomplete = 0;
  let errored = 0;
  for (let i = 0; i < log.count; i++) {
    if (log.measured[i] !== 1) continue;
    if (log.status[i] === 1) incomplete++;
    else if (log.status[i] === 2) errored++;
  }
  const n = ok.latencyS.length;
  const lat = distributionSummary(ok.latencyS);
  const ttft = distributionSummary(ok.ttftMs);
  const itl = distributionSummary(ok.itlMs, ok.itlWeight);
  const tpot = distributionSummary(ok.tpotMs, ok.tpotWeight);
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  let outTok = 0;
  let iters = 0;
  let latSum = 0;
  let completedInWindow = 0;
  for (let i = 0; i < n; i++) {
    latSum += ok.latencyS[i];
    if (ok.endS[i] >= windowStartS && ok.endS[i] < windowEndS) completedInWindow++;
    if (ok.startS[i] < firstStart) firstStart = ok.startS[i];
    if (ok.endS[i] > lastEnd) lastEnd = ok.endS[i];
    outTok += ok.outputTokens[i];
    iters += ok.iterations[i];
  }
  const span = lastEnd - firstStart;
  return {
    successful: n,
    incomplete,
    errored,
    measuredRps: completedInWindow / (windowEndS - windowStartS),
    meanLatencyS: lat.mean,
    p50LatencyS: lat.percentiles.p50,
    p95LatencyS: lat.percentiles.p95,
    p99LatencyS: lat.percentiles.p99,
    meanTtftMs: ttft.mean,
    p50TtftMs: ttft.percentiles.p50,
    p99TtftMs: ttft.percentiles.p99,
    meanItlMs: itl.mean,
    meanTpotMs: tpot.mean,
    meanConcurrency: n > 0 && span > 0 ? latSum / span : 0,
    meanOutputTokensPerIteration: iters > 0 ? outTok / iters : 0,
    windowStartS,
    windowEndS,
  };
}
