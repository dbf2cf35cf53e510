import type { Report } from '../../io/create-report.js';
import { speedupFigure } from '../shared/speedup-figure.js';
import type { SpeedupSystem } from './load-speedup-data.js';
import { measuredSpeedups, type MeasuredSpeedups } from './measured-speedups.js';
import type { Params } from './params.js';
import { rpsAxisMax } from './rps-axis-max.js';

/**
 * One simulated workload of notebook 06: a heading, the speedup figure (Eq. 2 lines from the
 * sweeps' own Eq. 1 fits, measured speedups as markers, the axis ending a quarter beyond the
 * highest measured rate) with id `nb06-speedup-sim-<prefill>-<decode>`, and how well Eq. 2 from
 * the own fits and from the pooled Eq. 3 fit predict the measurements; draft lengths without a
 * line are named with the fitter's reason. Called once per workload.
 *
 * @param report the notebook's report
 * @param system one of loadSpeedupData(P).sim
 * @param P the notebook's parameters (alpha, simKs)
 * @returns the computed speedups (for the claim and the advice)
 * @throws {Error} `speedup: ...` for a workload without baseline sweep, or as measuredSpeedups for an alpha or k the data lack
 * @example
 * const speedups = [];
 * for (const s of data.sim) speedups.push(await simulatedSpeedup(report, s, P));
 */
export async function simulatedSpeedup(report: Report, system: SpeedupSystem, P: Pick<Params, 'alpha' | 'simKs'>): Promise<MeasuredSpeedups> {
  if (!system.hasBaseline) throw new Error(`speedup: the simulated ${system.name} holds no baseline sweep (k = 0), which measured speedups need`);
  const m = measuredSpeedups(system, { alpha: P.alpha, ks: P.simKs });
  const a = String(m.alpha);
  report.markdown(`### Simulated ${system.name}`);
  await report.figure(
    speedupFigure(
      { ...m.own, points: m.points },
      {
        dataLabel: `${system.label}, prefill ${system.prefillTokens} / decode ${system.decodeTokens}, α = ${a}; lines: each sweep's own Eq. 1 fit; every fit with the ${system.lossPhrase}`,
        system: `${system.verifier}, α = ${a}`,
        legendTitle: 'draft length',
        rpsMax: rpsAxisMax(m.points),
        title: `Speedup against load (Eq. 2): SIMULATED ${system.name}, α = ${a}`,
        id: `nb06-speedup-sim-${system.prefillTokens}-${system.decodeTokens}`,
      },
    ),
  );
  const missing =
    m.unfitted.length === 0
      ? ''
      : `\n- No line for ${m.unfitted.map((u) => `k = ${u.k}`).join(', ')}: the sweep at α = ${a} could not be fitted alone ` +
        `(${m.unfitted.map((u) => u.reason).join('; ')}); the pooled fit still uses its points.`;
  report.markdown(`- ${m.ownAgreement.text}\n- ${m.pooledAgreement.text}${missing}`);
  return m;
}
