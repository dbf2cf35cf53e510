import type { Report } from '../../io/create-report.js';
import { highestFittedRps } from './highest-fitted-rps.js';
import type { SpeedupData } from './load-speedup-data.js';
import type { MeasuredSpeedups } from './measured-speedups.js';
import type { Params } from './params.js';
import { rpsAxisMax } from './rps-axis-max.js';
import { sdRecommendations } from './sd-recommendations.js';

/**
 * Notebook 06's answer to "at this load, should I speculate, and with which k?": for each simulated
 * workload (candidates P.simKs; loads above the highest rate with a measured speedup marked as
 * extrapolations) and the real system (candidates P.realKs; loads above its highest fitted rate
 * marked), the fastest option at each load of P.utilisations at P.alpha, from the pooled Eq. 3 fit.
 *
 * @param report the notebook's report
 * @param data loadSpeedupData output
 * @param speedups simulatedSpeedup's results, one per data.sim entry, in order
 * @param P the notebook's parameters (alpha, simKs, realKs, utilisations)
 * @returns nothing
 * @throws {Error} `speedup: P.utilisations ...` for a load outside [0, 1), `speedup: recommendations need ...` for a
 *   speedups list that does not match the workloads, or as sdRecommendations
 * @example
 * recommendationsSection(report, data, speedups, P);
 */
export function recommendationsSection(
  report: Report,
  data: SpeedupData,
  speedups: readonly MeasuredSpeedups[],
  P: Pick<Params, 'alpha' | 'simKs' | 'realKs' | 'utilisations'>,
): void {
  if (!Array.isArray(P.utilisations) || P.utilisations.length === 0) throw new Error('speedup: P.utilisations must list at least one load');
  for (const u of P.utilisations) if (!(typeof u === 'number' && u >= 0 && u < 1)) throw new Error(`speedup: P.utilisations ${u} is outside [0, 1) (a fraction of the baseline's capacity)`);
  if (!Array.isArray(speedups) || speedups.length !== data.sim.length) {
    throw new Error(`speedup: recommendations need one simulatedSpeedup result per simulated workload (${data.sim.length}), got ${Array.isArray(speedups) ? speedups.length : typeof speedups}`);
  }
  const sim = data.sim.map(
    (s, i) =>
      sdRecommendations(s.fit, {
        alpha: P.alpha,
        ks: P.simKs,
        decodeTokens: s.decodeTokens,
        utilisations: P.utilisations,
        system: `simulated ${s.name}`,
        measuredMaxRps: rpsAxisMax(speedups[i].points, 1),
      }).text,
  );
  const r = data.real;
  const real = sdRecommendations(r.fit, {
    alpha: P.alpha,
    ks: P.realKs,
    decodeTokens: r.decodeTokens,
    utilisations: P.utilisations,
    system: `real ${r.name}${r.hasBaseline ? '' : ' (implied baseline)'}`,
    measuredMaxRps: highestFittedRps(r.fit),
  }).text;
  report.markdown([...sim, real].join('\n\n'));
}
