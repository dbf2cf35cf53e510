import type { Rng } from '../random/create-rng.js';
import type { SimWorkload } from './sim-run-types.js';
import type { SimSystem } from './sim-types.js';
import { simulateBenchmark } from './simulate-benchmark.js';

/** Longest pilot benchmark tried (s) before giving up. */
const MAX_PILOT_S = 1e5;

/**
 * The end-to-end latency (s) of one request sent to an idle server: what a user measures with a
 * single request before choosing a benchmark's length. Runs a synchronous benchmark of
 * `startS` seconds and doubles it until the first request completes (so the pilot costs about
 * one to two request latencies of simulated time). attempt i runs with rngFor(i).
 *
 * @param system the server
 * @param workload request lengths, k and acceptance
 * @param rngFor the generator of attempt i (0, 1, ...)
 * @param startS length of the first attempt (default 8 s)
 * @returns the first request's latency (s)
 * @throws {Error} `pilotLatency requires ...` when no request completes within 1e5 s (or it errors); errors of simulateBenchmark
 * @example
 * pilotLatency(system, { prefillTokens: 1024, decodeTokens: 1024, k: 0 }, (i) => createRng(deriveSeed(7, i))); // ~13 s for Qwen3-8B on an A100
 */
export function pilotLatency(system: SimSystem, workload: SimWorkload, rngFor: (attempt: number) => Rng, startS = 8): number {
  if (!Number.isFinite(startS) || startS <= 0) throw new Error(`pilotLatency requires a finite startS > 0, got ${startS}`);
  for (let attempt = 0, durationS = startS; durationS <= MAX_PILOT_S; attempt++, durationS *= 2) {
    const b = simulateBenchmark(system, workload, { type: 'synchronous' }, { durationS, rng: rngFor(attempt) });
    const log = b.requests;
    if (log.count > 0 && log.status[0] === 0) return log.endS[0] - log.startS[0];
    if (log.count > 0 && log.status[0] === 2) throw new Error('pilotLatency requires a request the server accepts (it errored: prompt + output tokens above max_model_len?)');
  }
  throw new Error(`pilotLatency requires a request that completes within ${MAX_PILOT_S} s`);
}
