import { filterRows } from '../../data/verbs/filter-rows.js';
import { fitGroups } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { impliedBaselineCheck } from '../shared/implied-baseline-check.js';
import { ratioClaims } from '../shared/ratio-claims.js';
import { ratioRows } from '../shared/ratio-rows.js';
import { selectFit } from '../shared/select-fit.js';
import { measuredBaseline } from './measured-baseline.js';
import { BASELINE_WORDS, workloadOf, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';

/**
 * Notebook 02, "How good is an implied baseline?": on the simulated twin of the real system at
 * the real data's lengths, the baseline a pooled fit without the k = 0 sweep implies against the
 * measured one; then the real settings' C1R and C2R over that simulated measured baseline, a
 * second estimate of the real ratios.
 *
 * @param report the notebook's report
 * @param sim loadSim output
 * @param real loadReal output
 * @param P the notebook's parameters (claims.highAlpha)
 * @returns nothing: the sentences go to the report
 * @throws {Error} `per-setting: the simulated data have no ... at the real lengths ...` when they lack them
 * @example
 * impliedBaseline(report, sim, real, P);
 */
export function impliedBaseline(report: Report, sim: PerSettingData, real: PerSettingData, P: Params): void {
  const lengths = workloadOf(real.system.key);
  const { verifier, prefill_tokens: p, decode_tokens: g } = lengths;
  const rows = filterRows(sim.rows, lengths);
  if (!rows.some((r) => r.k === 0)) throw new Error(`per-setting: the simulated data have no run without speculation of ${verifier} at the real lengths ${p}/${g}`);
  const withBaseline = selectFit(sim.sdFits, lengths);
  const without = selectFit(fitGroups(rows.filter((r) => r.k > 0), { ...sim.fit, model: 'sd' }), lengths);
  const simBase = measuredBaseline(sim.sdFits, lengths);
  const realBase = ratioRows(real.sdFits, { baseline: real.baseline, where: real.system.key })[0];
  const realOverSim = ratioRows(real.sdFits, { baseline: simBase, where: real.system.key });
  const coefficients = (c1: number, c2: number): string => `C1_D = ${formatNumber(c1, 4)} s, C2_D = ${formatNumber(c2, 4)} s/request`;
  report.markdown(
    `**How good is an implied baseline?** ${impliedBaselineCheck(withBaseline.fit, without.fit, `Simulated ${verifier} ${p}/${g}, pooled fit without its k = 0 sweep (with the ${sim.lossPhrase})`).text}\n\n` +
      `**Real ${verifier} settings over the simulated ${p}/${g} baseline** (${coefficients(simBase.c1, simBase.c2)}; ` +
      `the real data's ${BASELINE_WORDS[real.baseline].short} above: ${coefficients(realBase.c1Baseline, realBase.c2Baseline)}):\n\n` +
      ratioClaims(realOverSim, P.claims.highAlpha).text,
  );
}
