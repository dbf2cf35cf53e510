import { eq1LatencyCore } from '../../model/eq1-latency.js';
import type { LoadKind } from './advice-configurations.js';

/**
 * Mean latency of a configuration at a load: Eq. 1, C1 / (1 − RPS·C2), in open loop;
 * C1 + C2·c in closed loop (Little's Law with B = c).
 *
 * @param kind 'rps' or 'concurrency'
 * @param x the load (requests/s or concurrent requests), >= 0
 * @param c the coefficients (s; s per concurrent request)
 * @returns latency (s), Infinity when saturated (open loop only)
 * @example
 * configLatency('rps', 5, { c1: 1, c2: 0.1 }); // 2
 */
export function configLatency(kind: LoadKind, x: number, c: { c1: number; c2: number }): number {
  return kind === 'rps' ? eq1LatencyCore(x, c.c1, c.c2) : c.c1 + c.c2 * x;
}
