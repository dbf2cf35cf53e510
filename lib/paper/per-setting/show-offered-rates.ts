import { filterRows } from '../../data/verbs/filter-rows.js';
import { withOfferedRates } from '../../data/verbs/with-offered-rates.js';
import { fitGroups } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { formatNumber } from '../../util/format-number.js';
import { ratioClaims } from '../shared/ratio-claims.js';
import { ratioRows } from '../shared/ratio-rows.js';
import { measuredBaseline } from './measured-baseline.js';
import { workloadOf, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';

/**
 * Notebook 02, "Sensitivity to the measured rate": refits the simulated Fig. 2b system with each
 * open-loop benchmark's offered rate in place of its measured rate and recounts the Fig. 2b
 * claims, with the baseline's C1_D and C2_D under both rates.
 *
 * @param report the notebook's report
 * @param sim loadSim output (its rows carry the offered rates)
 * @param P the notebook's parameters (claims.highAlpha)
 * @returns nothing: the sentences go to the report
 * @throws {Error} `per-setting: the <kind> data record no offered rate ...` when no row has one
 * @example
 * offeredRates(report, sim, P);
 */
export function offeredRates(report: Report, sim: PerSettingData, P: Params): void {
  const where = workloadOf(sim.system.key);
  const { verifier, prefill_tokens: p, decode_tokens: g } = where;
  const offered = withOfferedRates(filterRows(sim.rows, where));
  if (offered.nChanged === 0) throw new Error(`per-setting: the ${sim.kind} data record no offered rate (rate_rps) for ${verifier} ${p}/${g}`);
  const offeredFits = fitGroups(offered.rows, { ...sim.fit, model: 'sd' });
  const ratios = ratioRows(offeredFits, { baseline: 'measured', where });
  const withOffered = measuredBaseline(offeredFits, where);
  const withMeasured = measuredBaseline(sim.sdFits, where);
  report.markdown(
    `Measured rate a median ${formatNumber(100 * offered.medianRatio, 3)}% of the offered rate over ${offered.nChanged} constant-rate benchmarks at ${p}/${g}. ` +
      `Refitted with the ${sim.lossPhrase}, baseline C2_D ${formatNumber(withOffered.c2, 4)} s/request with offered rates against ${formatNumber(withMeasured.c2, 4)} with measured rates ` +
      `(C1_D ${formatNumber(withOffered.c1, 4)} s against ${formatNumber(withMeasured.c1, 4)} s).\n\n` +
      `**Simulated ${verifier}, ${p}/${g}, offered rates:**\n\n${ratioClaims(ratios, P.claims.highAlpha).text}`,
  );
}
