import { checkNumber } from '../util/check-number.js';
import type { Eq1Coefficients, LatencyPrediction } from './latency-prediction.js';

/**
 * Eq. 1 without checks: L = C1 / (1 - RPS * C2), Infinity once RPS * C2 >= 1.
 * For hot loops (fitting) that have already validated their inputs.
 *
 * @param rps request rate (requests/s)
 * @param c1 load-independent demand (s)
 * @param c2 load-dependent demand (s per concurrent request)
 * @returns mean latency (s), or Infinity when saturated
 * @example
 * eq1LatencyCore(5, 1, 0.1); // 2
 */
export function eq1LatencyCore(rps: number, c1: number, c2: number): number {
  const slack = 1 - rps * c2;
  return slack > 0 ? c1 / slack : Infinity;
}

/**
 * Mean latency at a steady request rate by Eq. 1: L = C1 / (1 - RPS * C2).
 * Obtained from L = C1 + B * C2 with Little's Law B = RPS * L.
 *
 * @param rps request rate (requests/s), >= 0
 * @param c the coefficients: c1 (s) > 0, c2 (s per concurrent request) >= 0
 * @returns the latency (s) with an explicit `saturated` flag (latency Infinity) when RPS * C2 >= 1
 * @throws {Error} when rps is negative, c1 is not positive, or c2 is negative (or any is not finite)
 * @example
 * eq1Latency(5, { c1: 1, c2: 0.1 }); // { latencyS: 2, saturated: false, utilisation: 0.5 }
 * eq1Latency(10, { c1: 1, c2: 0.1 }).saturated; // true
 */
export function eq1Latency(rps: number, c: Eq1Coefficients): LatencyPrediction {
  checkNumber('eq1Latency', 'rps', rps);
  checkNumber('eq1Latency', 'c1', c.c1, 0, true);
  checkNumber('eq1Latency', 'c2', c.c2);
  const utilisation = rps * c.c2;
  const latencyS = eq1LatencyCore(rps, c.c1, c.c2);
  return { latencyS, saturated: !Number.isFinite(latencyS), utilisation };
}
