import { checkNumber } from '../util/check-number.js';
import type { MoeCoefficients, MoeRouting } from './moe-coefficients.js';
import { MOE_COEFFICIENT_NAMES } from './moe-coefficients.js';
import { checkRouting, moeCoverageCore } from './moe-coverage.js';

/**
 * Mean latency of an MoE server in a closed-loop benchmark with a fixed number of streams:
 * the batch is the concurrency, so T = concurrency * tokensPerRequest is known and
 * L = C1_u + phi(T) * C1_s + concurrency * (C2_u + phi(T) * C2_s) is explicit.
 *
 * @param concurrency requests in flight, >= 0
 * @param c the four coefficients (s and s per concurrent request); c1_u > 0, others >= 0
 * @param routing experts M, active m and routed tokens per in-flight request
 * @returns mean latency (s)
 * @throws {Error} when an input is out of range
 * @example
 * moeClosedLoopLatency(8, { c1_u: 1, c1_s: 0.5, c2_u: 0.01, c2_s: 0.02 }, { experts: 2, active: 2, tokensPerRequest: 1 });
 * // 1 + 0.5 + 8 * 0.03 = 1.74
 */
export function moeClosedLoopLatency(concurrency: number, c: MoeCoefficients, routing: MoeRouting): number {
  checkNumber('moeClosedLoopLatency', 'concurrency', concurrency);
  for (const name of MOE_COEFFICIENT_NAMES) checkNumber('moeClosedLoopLatency', name, c[name], 0, name === 'c1_u');
  checkRouting('moeClosedLoopLatency', routing.experts, routing.active);
  checkNumber('moeClosedLoopLatency', 'tokensPerRequest', routing.tokensPerRequest, 0, true);
  const phi = moeCoverageCore(concurrency * routing.tokensPerRequest, routing.experts, routing.active);
  return c.c1_u + phi * c.c1_s + concurrency * (c.c2_u + phi * c.c2_s);
}
