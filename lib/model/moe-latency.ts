import { checkNumber } from '../util/check-number.js';
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
  const missPerToken = 1 - active / experts;
  // phi(T) = 1 - missPerToken^T = 1 - exp(T ln missPerToken): one exp per evaluation (hot loop).
  const logMissPerLatency = missPerToken > 0 ? Math.log(missPerToken) * tokensPerLatency : -Infinity;
  // f(L) = L * (1 - rps * C2(phi)) - C1(phi): negative below the physical root, positive just above it.
  const f = (latencyS: number): number => {
    const phi = missPerToken > 0 ? 1 - Math.exp(latencyS * logMissPerLatency) : moeCoverageCore(latencyS * tokensPerLatency, experts, active);
    return latencyS * (1 - rps * (c.c2_u + phi * c.c2_s)) - (c.c1_u + phi * c.c1_s);
  };
  // Coverage is within 1e-12 of 1 beyond this latency; past it f is linear in L.
  const fullCoverageS = missPerToken <= 0 ? 0 : Math.log(1e-12) / Math.log(missPerToken) / tokensPerLatency;
  // C1(phi) >= c1_u and C2(phi) >= c2_u, so f(L) <= L (1 - rps c2_u) - c1_u: no root below
  // c1_u / (1 - rps c2_u), and none at all when rps c2_u >= 1. The scan starts there.
  const slackU = 1 - rps * c.c2_u;
  if (slackU <= 0) return Infinity;
  let lo = c.c1_u / slackU;
  if (f(lo) >= 0) return lo; // only when phi(lo) adds nothing (c1_s = c2_s = 0 or phi = 0)
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

/**
 * The root of f in [lo, hi] (f(lo) < 0 <= f(hi)) to a relative width of 1e-13: the Illinois
 * variant of regula falsi (superlinear on the smooth f of Eq. 4), which keeps the bracket, with a
 * bisection step whenever an interpolation step fails to halve it.
 */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let flo = f(lo);
  let fhi = f(hi);
  if (!(flo < 0)) return lo;
  if (!(fhi >= 0)) return hi;
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const width = hi - lo;
    let x = hi - (fhi * width) / (fhi - flo);
    if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
    const fx = f(x);
    if (fx >= 0) {
      hi = x;
      fhi = fx;
      if (side === 1) flo *= 0.5;
      side = 1;
    } else {
      lo = x;
      flo = fx;
      if (side === -1) fhi *= 0.5;
      side = -1;
    }
    if (hi - lo > 0.5 * width) {
      // Slow progress: bisect once to guarantee the bracket shrinks geometrically.
      const mid = 0.5 * (lo + hi);
      const fm = f(mid);
      if (fm >= 0) {
        hi = mid;
        fhi = fm;
      } else {
        lo = mid;
        flo = fm;
      }
      side = 0;
    }
  }
  return 0.5 * (lo + hi);
}
