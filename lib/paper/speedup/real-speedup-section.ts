import type { Report } from '../../io/create-report.js';
import { filterRows } from '../../data/verbs/filter-rows.js';
import { fitGroups } from '../../fit/fit-groups.js';
import { checkParamValues } from '../shared/check-param-values.js';
import { impliedBaselineCheck, type ImpliedBaselineCheck } from '../shared/implied-baseline-check.js';
import { speedupCurveData } from '../shared/speedup-curve-data.js';
import { speedupFigure } from '../shared/speedup-figure.js';
import type { SpeedupData } from './load-speedup-data.js';
import type { Params } from './params.js';

/** What {@link realSpeedupSection} found: the implied-baseline checks on the simulated twin, if any. */
export interface RealSpeedupResult {
  /** The simulated workload with the real data's lengths, fitted without and with its baseline sweep (null: no such workload). */
  withoutBaseline: ImpliedBaselineCheck | null;
  withBaseline: ImpliedBaselineCheck | null;
}

/**
 * Notebook 06's real system: first, how far the baseline a pooled Eq. 3 fit implies at k = 0 lands
 * from a measured one, on the simulated workload with the real data's lengths fitted on the real
 * data's (alpha, k) grid without its baseline sweep (as the real data must be fitted) and with it;
 * then the real speedup curves at P.alpha for P.realKs from the pooled fit (figure
 * nb06-speedup-real-implied), against the implied baseline when the real data hold no run without
 * speculation.
 *
 * @param report the notebook's report
 * @param data loadSpeedupData output
 * @param P the notebook's parameters (alpha, realKs)
 * @returns the implied-baseline checks
 * @throws {Error} `speedup: P.alpha ...` / `speedup: P.realKs ...` listing the values the real data hold
 * @example
 * const implied = await realSpeedupSection(report, data, P);
 */
export async function realSpeedupSection(report: Report, data: SpeedupData, P: Pick<Params, 'alpha' | 'realKs'>): Promise<RealSpeedupResult> {
  const real = data.real;
  const sd = real.rows.filter((r) => r.k > 0);
  const where = `real data of ${real.name}`;
  checkParamValues(P.alpha, sd.map((r) => r.alpha), { step: 'speedup', name: 'alpha', data: where, plural: 'alphas' });
  checkParamValues(P.realKs, filterRows(sd, { alpha: P.alpha }).map((r) => r.k), { step: 'speedup', name: 'realKs', data: `${where} at α = ${P.alpha}`, plural: 'draft lengths' });
  const twin = data.sim.find((s) => s.prefillTokens === real.prefillTokens && s.decodeTokens === real.decodeTokens && s.hasBaseline);
  let result: RealSpeedupResult = { withoutBaseline: null, withBaseline: null };
  if (twin) {
    const grid = { k: [...new Set(sd.map((r) => r.k))], alpha: [...new Set(sd.map((r) => r.alpha))] };
    const noBaseline = fitGroups(filterRows(twin.rows, grid), { model: 'sd', exclusion: twin.exclusion, loss: twin.loss });
    if (noBaseline.length !== 1 || noBaseline[0].fit === null) throw new Error(`speedup: the simulated ${twin.name} without its baseline sweep could not be fitted: ${noBaseline[0]?.error}`);
    const withoutBaseline = impliedBaselineCheck(twin.fit, noBaseline[0].fit, `Simulated ${twin.verifier} ${twin.prefillTokens}/${twin.decodeTokens}, fitted without its baseline sweep (with the ${twin.lossPhrase})`);
    const withBaseline = impliedBaselineCheck(twin.fit, null, 'The same, fitted with it');
    result = { withoutBaseline, withBaseline };
    report.markdown(`- ${withoutBaseline.text}\n- ${withBaseline.text}`);
  } else {
    report.markdown(`No simulated workload with a baseline sweep has the real data's lengths (${real.prefillTokens}/${real.decodeTokens}): the implied baseline is not checked here.`);
  }
  const a = String(P.alpha);
  const baseline = real.hasBaseline ? 'pooled-fit baseline at k = 0 (anchored by the measured baseline sweep)' : 'IMPLIED baseline (pooled fit at k = 0; no run without SD exists)';
  await report.figure(
    speedupFigure(speedupCurveData(real.fit, { alpha: P.alpha, ks: P.realKs }), {
      dataLabel: `${real.label} with the ${baseline}, α = ${a}; lines: Eq. 1 coefficients from the pooled Eq. 3 fit with the ${real.lossPhrase}`,
      system: `${real.verifier}, α = ${a}, ${real.hasBaseline ? 'pooled-fit' : 'implied'} baseline`,
      legendTitle: 'draft length',
      title: `Speedup against load (Eq. 2): real ${real.name}, α = ${a}, ${real.hasBaseline ? 'pooled-fit' : 'IMPLIED'} baseline`,
      id: 'nb06-speedup-real-implied',
    }),
  );
  return result;
}
