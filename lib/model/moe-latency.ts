import { checkNumber } from './check-number.js';
import type { LatencyPrediction } from './latency-prediction.js';
import type { MoeCoefficients, MoeRouting } from './moe-coefficients.js';
import { MOE_COEFFICIENT_NAMES } from './moe-coefficients.js';
import { checkRouting, moeCoverageCore } from './moe-coverage.js';

/**
 * Mean latency of an MoE server at a steady request rate (Eq. 4):
 * L = (C1_u + phi(T) * C1_s) / (1 - RPS * (C2_u + phi(T) * C2_s)), with T = RPS * L * tokensPerRequest
 * routed tokens per step (Little's Law batch times tokens per request). The equation is implicit
 * in L; the physical solution is the smallest positive root (the fixed point reached as load
 * builds up from an empty server), found by a geometric scan for the first sign change followed
 * by bisection. When no root exists the server is saturated.
 *
 * @param rps request rate (requests/s), >= 0
 * @param c the four coefficients (s and s per concurrent request); c1_u > 0, others >= 0
 * @param routing experts M, active m and routed tokens per in-flight request
 * @returns the latency (s) with an explicit `saturated` flag (latency Infinity); `utilisation` is
 *   RPS * (C2_u + phi * C2_s) at the solution (1 when saturated)
 * @throws {Error} when an input is out of range
 * @example
 * moeLatency(0, { c1_u: 1, c1_s: 0.5, c2_u: 0.01, c2_s: 0.02 }, { experts: 32, active: 4, tokensPerRequest: 1 });
 * // { latencyS: 1, saturated: false, utilisation: 0 }
 */
export function moeLatency(rps: number, c: MoeCoefficients, routing: MoeRouting): LatencyPrediction {
  checkNumber('moeLatency', 'rps', rps);
  for (const name of MOE_COEFFICIENT_NAMES) checkNumber('moeLatency', name, c[name], 0, name === 'c1_u');
  checkRouting('moeLatency', routing.experts, routing.active);
  checkNumber('moeLatency', 'tokensPerRequest', routing.tokensPerRequest, 0, true);
  const latencyS = moeLatencyCore(rps, c, routing);
  if (!Number.isFinite(latencyS)) return { latencyS: Infinity, saturated: true, utilisation: 1 };
  const phi = moeCoverageCore(rps * latencyS * routing.tokensPerRequest, routing.experts, routing.active);
  return { latencyS, saturated: false, utilisation: rps * (c.c2_u + phi * c.c2_s) };
}

/**
 * Eq. 4 solved without input checks, for fitting loops. Returns Infinity when saturated.
 *
 * @param rps request rate (requests/s)
 * @param c the four coefficients
 * @param routing experts, active and tokens per request
 * @returns mean latency (s) or Infinity
 * @example
 * moeLatencyCore(2, { c1_u: 1, c1_s: 0, c2_u: 0.1, c2_s: 0 }, { experts: 8, active: 2, tokensPerRequest: 1 }); // 1.25
 */
export function moeLatencyCore(rps: number, c: MoeCoefficients, routing: MoeRouting): number {
  if (rps === 0) return c.c1_u;
  const tokensPerLatency = rps * routing.tokensPerRequest;
  const { experts, active } = routing;
  // f(L) = L * (1 - rps * C2(phi)) - C1(phi): negative below the physical root, positive just above it.
  const f = (latencyS: number): number => {
    const phi = moeCoverageCore(latencyS * tokensPerLatency, experts, active);
    return latencyS * (1 - rps * (c.c2_u + phi * c.c2_s)) - (c.c1_u + phi * c.c1_s);
  };
  // Coverage is within 1e-12 of 1 beyond this latency; past it f is linear in L.
  const missPerToken = 1 - active / experts;
  const fullCoverageS = missPerToken <= 0 ? 0 : Math.log(1e-12) / Math.log(missPerToken) / tokensPerLatency;
  let lo = c.c1_u;
  if (f(lo) >= 0) return lo; // only when rps * C2 is ~0 and phi(lo) adds nothing
  const ratio = 1.02;
  let hi = lo * ratio;
  while (hi <= fullCoverageS * ratio) {
    if (f(hi) >= 0) return bisect(f, lo, hi);
    lo = hi;
    hi *= ratio;
  }
  // Full coverage: L = (c1_u + c1_s) / (1 - rps * (c2_u + c2_s)) if that is stable.
  const slack = 1 - rps * (c.c2_u + c.c2_s);
  if (slack <= 0) return Infinity;
  const root = (c.c1_u + c.c1_s) / slack;
  if (root <= lo) return bisect(f, lo / ratio, lo);
  return f(root) >= -1e-9 * root ? bisect(f, lo, Math.max(root * 1.000001, lo * ratio)) : Infinity;
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}
