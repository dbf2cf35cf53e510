import { checkNumber } from '../util/check-number.js';

/**
 * Effective batch size by Little's Law: the mean number of requests in flight equals the
 * arrival rate times the mean time each spends in the system, B = RPS * L.
 *
 * @param rps request rate (requests/s), >= 0
 * @param latencyS mean end-to-end latency (s), >= 0
 * @returns mean requests in flight (dimensionless)
 * @throws {Error} when an input is negative or not finite
 * @example
 * littleBatch(4, 2.5); // 10
 */
export function littleBatch(rps: number, latencyS: number): number {
  checkNumber('littleBatch', 'rps', rps);
  checkNumber('littleBatch', 'latencyS', latencyS);
  return rps * latencyS;
}
