import { checkNumber } from '../util/check-number.js';
import type { Eq1Coefficients } from './latency-prediction.js';

/**
 * Mean latency of a closed-loop benchmark with a fixed number of streams: Little's Law gives
 * B = concurrency, so L = C1 + C2 * concurrency (linear, never saturating).
 * GuideLLM's `concurrent` and `synchronous` (concurrency 1) strategies and
 * `vllm bench serve --max-concurrency` at an unbounded rate are closed-loop.
 *
 * @param concurrency requests in flight, >= 0
 * @param c the coefficients: c1 (s) > 0, c2 (s per concurrent request) >= 0
 * @returns mean latency (s)
 * @throws {Error} when an input is negative or not finite
 * @example
 * closedLoopLatency(8, { c1: 1, c2: 0.1 }); // 1.8
 */
export function closedLoopLatency(concurrency: number, c: Eq1Coefficients): number {
  checkNumber('closedLoopLatency', 'concurrency', concurrency);
  checkNumber('closedLoopLatency', 'c1', c.c1, 0, true);
  checkNumber('closedLoopLatency', 'c2', c.c2);
  return c.c1 + c.c2 * concurrency;
}
