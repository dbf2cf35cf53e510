import type { TidyRow } from '../data/tidy-schema.js';
import type { CheckedExclusionOptions } from './exclusion-options.js';

const fmt = (v: number, digits = 3): string => String(Number(v.toPrecision(digits)));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The low-load reference of a configuration for the TTFT rule. */
export interface TtftReference {
  ttftMs: number;
  latencyS: number;
  source: string;
}

/**
 * Requests in flight at a row's load: the concurrency of a closed-loop row (1 when synchronous),
 * else the measured mean concurrency, else Little's measured rate x mean latency. Null when
 * unknown.
 *
 * @param row a tidy row
 * @returns mean requests in flight, or null
 * @example
 * inFlight({ ...row, strategy: 'poisson', measured_rps: 4, mean_latency_s: 2, mean_concurrency: null }); // 8
 */
export function inFlight(row: TidyRow): number | null {
  if (row.strategy === 'synchronous') return 1;
  if (row.strategy === 'concurrent' && finite(row.concurrency)) return row.concurrency;
  if (finite(row.mean_concurrency)) return row.mean_concurrency;
  if (finite(row.measured_rps) && finite(row.mean_latency_s)) return row.measured_rps * row.mean_latency_s;
  return null;
}

/**
 * The TTFT and latency of a configuration's lowest-load row (fewest requests in flight) among
 * those with a positive TTFT and latency; null when none has them.
 *
 * @param rows the rows of one configuration that may serve (usable ones)
 * @returns the reference
 * @example
 * ttftReference(sweep)?.ttftMs; // 45 (the 1 rps run)
 */
export function ttftReference(rows: readonly TidyRow[]): TtftReference | null {
  let best: { b: number; row: TidyRow } | null = null;
  for (const row of rows) {
    const b = inFlight(row);
    if (b === null || row.strategy === 'throughput') continue;
    if (!(finite(row.mean_ttft_ms) && row.mean_ttft_ms > 0 && finite(row.mean_latency_s) && row.mean_latency_s > 0)) continue;
    if (best === null || b < best.b) best = { b, row };
  }
  if (best === null) return null;
  return { ttftMs: best.row.mean_ttft_ms as number, latencyS: best.row.mean_latency_s, source: best.row.source };
}

/**
 * Queue building shows in the time to first token: requests that wait for a place in the batch
 * wait before their first token, so TTFT grows much faster than the latency the load puts on
 * every step. A row is flagged when its TTFT is at least ttftGrowth times the reference's and
 * its excess wait, TTFT - TTFT_ref x L / L_ref, is more than queueShare of its latency.
 *
 * @param row a usable row
 * @param ref the configuration's low-load reference
 * @param o thresholds (ttftGrowth null: never)
 * @returns the reason, or null
 * @example
 * queueReason(row35rps, { ttftMs: 45, latencyS: 0.89, source: '' }, o);
 * // 'queue building: mean TTFT 8400 ms is 187x the low-load 45 ms while the latency grew 23x ...'
 */
export function queueReason(row: TidyRow, ref: TtftReference | null, o: CheckedExclusionOptions): string | null {
  if (o.ttftGrowth === null || ref === null || !finite(row.mean_ttft_ms)) return null;
  const growth = row.mean_ttft_ms / ref.ttftMs;
  const latencyGrowth = row.mean_latency_s / ref.latencyS;
  const excessS = (row.mean_ttft_ms - ref.ttftMs * latencyGrowth) / 1000;
  if (growth < o.ttftGrowth || !(excessS > o.queueShare * row.mean_latency_s)) return null;
  return (
    `queue building: mean TTFT ${fmt(row.mean_ttft_ms)} ms is ${fmt(growth)}x the low-load ${fmt(ref.ttftMs)} ms while the latency grew ` +
    `${fmt(latencyGrowth)}x (requests waited about ${fmt(excessS)} s before their first token, ${fmt((100 * excessS) / row.mean_latency_s, 2)}% ` +
    `of their latency > ${fmt(100 * o.queueShare)}%)`
  );
}

/**
 * A finite open-loop run (num_prompts requests at a target rate; vLLM bench serve) measures its
 * rate as completed / duration, which includes the drain of the last requests: at 1.5 rps and
 * 300 prompts, a 25 s latency alone makes the measured rate 0.89 of the target while the server
 * keeps up. So the run is judged by its duration instead: the last request arrives about
 * num_prompts / rate after the start (a gamma process with shape num_prompts x burstiness:
 * relative spread 1 / sqrt(num_prompts x burstiness)), and a server that keeps up finishes a
 * drain later: the slowest of the last requests. The run is flagged when its duration exceeds
 * the window (plus arrivalSpread spreads) by more than drainLatencies mean latencies (or the
 * largest request latency, when known and longer).
 *
 * @param row a usable open-loop row
 * @param target the target rate (requests/s)
 * @param o thresholds (drainLatencies null: never)
 * @returns the reason, null when the run kept up, or undefined when the row is not a finite run
 * @example
 * drainReason({ ...row, num_prompts: 200, duration_s: 63, mean_latency_s: 5.8 }, 4, o); // null
 */
export function drainReason(row: TidyRow, target: number, o: CheckedExclusionOptions): string | null | undefined {
  const n = row.num_prompts;
  const duration = row.duration_s;
  if (!finite(n) || n <= 0 || !finite(duration) || duration <= 0) return undefined;
  if (o.drainLatencies === null) return null;
  const shape = n * (finite(row.burstiness) && row.burstiness > 0 ? row.burstiness : 1);
  const window = n / target;
  const lastArrival = window * (1 + o.arrivalSpread / Math.sqrt(shape));
  const longest = finite(row.max_latency_s) ? row.max_latency_s : 0;
  const drain = Math.max(o.drainLatencies * row.mean_latency_s, longest);
  if (duration <= lastArrival + drain) return null;
  return (
    `backlog: the run took ${fmt(duration)} s, more than its arrival window ${fmt(window)} s (${n} prompts at ${fmt(target)} rps; ` +
    `${fmt(lastArrival)} s allowing ${o.arrivalSpread} spreads) plus a drain of ${fmt(drain)} s ` +
    `(${longest > o.drainLatencies * row.mean_latency_s ? 'the longest request' : `${o.drainLatencies} mean latencies`}): the server fell behind the arrivals`
  );
}

/**
 * A closed-loop row whose stated concurrency was never reached: fewer prompts than streams, or
 * vLLM's max_concurrent_requests (requests active in any one-second bucket: never below the true
 * peak) below the concurrency.
 *
 * @param row a usable closed-loop row
 * @param o thresholds (concurrencyReached false: never)
 * @returns the reason, or null
 * @example
 * concurrencyReason({ ...row, strategy: 'concurrent', concurrency: 256, num_prompts: 100 }, o);
 * // 'concurrency 256 never reached: only 100 prompts were sent'
 */
export function concurrencyReason(row: TidyRow, o: CheckedExclusionOptions): string | null {
  if (!o.concurrencyReached || row.strategy !== 'concurrent' || !finite(row.concurrency)) return null;
  if (finite(row.num_prompts) && row.num_prompts < row.concurrency) {
    return `concurrency ${row.concurrency} never reached: only ${row.num_prompts} prompts were sent`;
  }
  if (finite(row.max_concurrent_requests) && row.max_concurrent_requests < row.concurrency) {
    return `concurrency ${row.concurrency} never reached: at most ${row.max_concurrent_requests} requests were in flight (max_concurrent_requests)`;
  }
  return null;
}
