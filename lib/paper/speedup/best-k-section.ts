import type { Report } from '../../io/create-report.js';
import { checkParamRange, checkParamValues } from '../shared/check-param-values.js';
import { bestKFigure } from './best-k-figure.js';
import { bestKPoints } from './best-k-points.js';
import type { SpeedupData, SpeedupSystem } from './load-speedup-data.js';
import type { Params } from './params.js';

const CRITERION = 'lowest Eq. 1 latency (pooled Eq. 3 coefficients)';

/**
 * Notebook 06's best draft length against load: for each simulated workload (id
 * `nb06-best-k-sim-<prefill>-<decode>`, candidates P.simKs) and the real system
 * (nb06-best-k-real, candidates P.realKs), one step line per alpha of P.bestKAlphas, from the
 * pooled Eq. 3 fit (no baseline needed). The alphas must lie inside the range each data set holds
 * (the pooled fit is evaluated there, not extrapolated); the ks must be draft lengths it holds.
 *
 * @param report the notebook's report
 * @param data loadSpeedupData output
 * @param P the notebook's parameters (bestKAlphas, simKs, realKs)
 * @returns nothing (three figures by default)
 * @throws {Error} `speedup: P.bestKAlphas ... is outside the range of ...` or `speedup: P.simKs ... is not in ...`
 * @example
 * await bestKSection(report, data, P);
 */
export async function bestKSection(report: Report, data: SpeedupData, P: Pick<Params, 'bestKAlphas' | 'simKs' | 'realKs'>): Promise<void> {
  const figure = async (s: SpeedupSystem, ks: readonly number[], ksName: string, dataLabel: string, title: string, id: string): Promise<void> => {
    const sd = s.rows.filter((r) => r.k > 0);
    const where = `${s.data} data of ${s.name}`;
    checkParamRange(P.bestKAlphas, sd.map((r) => r.alpha), { step: 'speedup', name: 'bestKAlphas', data: where, plural: 'alphas' });
    checkParamValues(ks, sd.map((r) => r.k), { step: 'speedup', name: ksName, data: where, plural: 'draft lengths' });
    await report.figure(bestKFigure(bestKPoints(s.fit, { alphas: P.bestKAlphas, ks, decodeTokens: s.decodeTokens }), { dataLabel, criterion: CRITERION, title, id }));
  };
  for (const s of data.sim) {
    const lengths = `${s.prefillTokens}/${s.decodeTokens}`;
    await figure(
      s,
      P.simKs,
      'simKs',
      `${s.label}, prefill ${s.prefillTokens} / decode ${s.decodeTokens}, pooled Eq. 3 fit with the ${s.lossPhrase}`,
      `Best draft length against load: SIMULATED ${s.name}`,
      `nb06-best-k-sim-${lengths.replace('/', '-')}`,
    );
  }
  const r = data.real;
  await figure(r, P.realKs, 'realKs', `${r.label}, pooled Eq. 3 fit with the ${r.lossPhrase} (no baseline needed)`, `Best draft length against load: real ${r.name}`, 'nb06-best-k-real');
}
