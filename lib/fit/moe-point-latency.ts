import type { MoeCoefficients, MoeRouting } from '../model/moe-coefficients.js';
import { moeCoverageCore } from '../model/moe-coverage.js';
import { moeLatencyCore } from '../model/moe-latency.js';
import type { LoadPoint } from './load-point.js';

/**
 * Eq. 4 latencies of load points: open loop by moeLatencyCore (the implicit L with
 * T = RPS * L * tokensPerRequest), closed loop L = C1(phi) + c * C2(phi) with T = c * tokensPerRequest.
 *
 * @param points the load points
 * @param c the four coefficients
 * @param routing experts, active experts, tokens per request
 * @param out receives one latency (s) per point (Infinity at or past saturation)
 * @example
 * moePointsLatency(points, { c1_u: 0.6, c1_s: 0.5, c2_u: 0.01, c2_s: 0.04 }, { experts: 32, active: 4, tokensPerRequest: 1 }, out);
 */
export function moePointsLatency(points: readonly LoadPoint[], c: MoeCoefficients, routing: MoeRouting, out: Float64Array): void {
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p.kind === 'open') {
      out[i] = moeLatencyCore(p.rps, c, routing);
    } else {
      const phi = moeCoverageCore(p.concurrency * routing.tokensPerRequest, routing.experts, routing.active);
      out[i] = c.c1_u + phi * c.c1_s + p.concurrency * (c.c2_u + phi * c.c2_s);
    }
  }
}

/**
 * Derivatives of the Eq. 4 latencies with respect to the four coefficients (c1_u, c1_s, c2_u,
 * c2_s), at given latencies (from moePointsLatency). Open loop, by implicit differentiation of
 * F(L, c) = L (1 - r C2(phi)) - C1(phi) = 0 with phi = 1 - q^(r L t) (q = 1 - m/M):
 * dL/dc = -(dF/dc) / (dF/dL), dF/dL = 1 - r C2 - (c1_s + r L c2_s) dphi/dL,
 * dphi/dL = -ln(q) q^(r L t) r t, dF/dc = -(1, phi, r L, r L phi). Closed loop: (1, phi, c, c phi).
 *
 * @param points the load points
 * @param c the coefficients
 * @param routing the routing
 * @param latency the points' latencies at c (s)
 * @param out receives out[j * n + i] = dL_i / dc_j (column-major, n points)
 * @example
 * moePointsDerivatives(points, c, routing, latency, new Float64Array(4 * points.length));
 */
export function moePointsDerivatives(points: readonly LoadPoint[], c: MoeCoefficients, routing: MoeRouting, latency: Float64Array, out: Float64Array): void {
  const n = points.length;
  const q = 1 - routing.active / routing.experts;
  const lnQ = q > 0 ? Math.log(q) : 0;
  const t = routing.tokensPerRequest;
  for (let i = 0; i < n; i++) {
    const p = points[i];
    let d: [number, number, number, number];
    if (p.kind === 'closed') {
      const phi = moeCoverageCore(p.concurrency * t, routing.experts, routing.active);
      d = [1, phi, p.concurrency, p.concurrency * phi];
    } else {
      const r = p.rps;
      const L = latency[i];
      if (!Number.isFinite(L)) {
        d = [0, 0, 0, 0];
      } else {
        const qT = q > 0 ? Math.exp(lnQ * r * L * t) : 0;
        const phi = 1 - qT;
        const dPhidL = -lnQ * qT * r * t;
        const dFdL = 1 - r * (c.c2_u + phi * c.c2_s) - (c.c1_s + r * L * c.c2_s) * dPhidL;
        d = [1 / dFdL, phi / dFdL, (r * L) / dFdL, (r * L * phi) / dFdL];
      }
    }
    for (let j = 0; j < 4; j++) out[j * n + i] = d[j];
  }
}
