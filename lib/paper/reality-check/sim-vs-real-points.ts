import type { SimVsRealPoint } from './sim-vs-real-figure.js';
import { formatNumber } from '../../util/format-number.js';
import type { CalibrationComparison } from '../../sim/calibration/simulate-calibration-sweep.js';

/**
 * simVsRealFigure points from simulated-vs-real comparisons (compareCalibration or
 * simAtRealRates): one point per real benchmark, coloured by verifier, labelled with its
 * setting and load ('α = 0.8, k = 3, 4.46 requests/s' or '..., synchronous').
 *
 * @param comparisons the comparisons (real and simulated mean latency in s)
 * @returns the points, in input order
 * @throws {Error} `simVsRealPoints requires ...` for a non-array or a comparison without positive latencies
 * @example
 * simVsRealPoints([{ verifier: 'Qwen3-8B', alpha: 0.8, k: 3, strategy: 'constant', rps: 4.46, real_latency_s: 1.12, sim_latency_s: 1.04, rel_error: -0.07 }])[0];
 * // { verifier: 'Qwen3-8B', realS: 1.12, simS: 1.04, label: 'α = 0.8, k = 3, 4.46 requests/s' }
 */
export function simVsRealPoints(comparisons: readonly CalibrationComparison[]): SimVsRealPoint[] {
  if (!Array.isArray(comparisons)) throw new Error('simVsRealPoints requires an array of comparisons');
  return comparisons.map((c, i) => {
    if (!(c?.real_latency_s > 0) || !(c.sim_latency_s > 0)) {
      throw new Error(`simVsRealPoints requires comparisons[${i}] with positive real_latency_s and sim_latency_s`);
    }
    const load = c.strategy === 'synchronous' ? 'synchronous' : `${formatNumber(c.rps)} requests/s`;
    return { verifier: c.verifier, realS: c.real_latency_s, simS: c.sim_latency_s, label: `α = ${c.alpha}, k = ${c.k}, ${load}` };
  });
}
