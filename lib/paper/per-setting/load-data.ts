import { loadMeasurements } from '../../data/load-measurements.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { filterRows } from '../../data/verbs/filter-rows.js';
import { fitGroups } from '../../fit/fit-groups.js';
import { checkInData } from '../shared/check-in-data.js';
import { dropNarrowSweeps } from '../shared/drop-narrow-sweeps.js';
import { exclusionChangesText } from '../shared/exclusion-changes-text.js';
import { checkLossParam, fitLossPhrase } from '../shared/fit-loss-param.js';
import { fitSummaryBy } from '../shared/fit-summary-by.js';
import { selectFit } from '../shared/select-fit.js';
import { simDatasetFiles } from '../shared/sim-dataset-files.js';
import { systemLabel } from '../shared/system-label.js';
import { workloadOf, type PerSettingData } from './per-setting-data.js';
import type { Params } from './params.js';
import { simSystemName } from './sim-system-name.js';

/**
 * Loads the real measurements of notebook 02, checks P.verifier and P.curves against them, and
 * fits Eq. 1 per setting and the pooled Eq. 3 per verifier (both with P.real.fit).
 *
 * @param P the notebook's parameters
 * @returns the data set, its fits, the Fig. 2 system and a summary of the fits
 * @throws {Error} `per-setting: P.verifier ... is not in the data (verifiers: ...)`, `per-setting:
 *   P.real.fit.loss ... is not a loss (...)` and the like
 * @example
 * const real = await loadReal(P);
 */
export async function loadReal(P: Params): Promise<PerSettingData> {
  if (P === null || typeof P !== 'object') throw new Error('per-setting requires the parameter object P');
  const fit = { ...P.real.fit, loss: checkLossParam('per-setting', 'P.real.fit.loss', P.real.fit?.loss) };
  const rows = await loadSpeculatorsScaling(P.real.dir);
  checkInData('per-setting', 'P.verifier', P.verifier, rows.map((r) => r.verifier), 'verifiers');
  const own = rows.filter((r) => r.verifier === P.verifier);
  checkInData('per-setting', 'P.curves.ks', P.curves.ks, own.map((r) => r.k), `k of ${P.verifier}`);
  checkInData('per-setting', 'P.curves.alphas', P.curves.alphas, own.map((r) => r.alpha), `α of ${P.verifier}`);
  const settingFits = fitGroups(rows, { ...fit, model: 'eq1' });
  const sdFits = fitGroups(rows, { ...fit, model: 'sd' });
  const lossPhrase = fitLossPhrase(fit.loss);
  const system = selectFit(sdFits, { verifier: P.verifier });
  return {
    kind: 'real',
    label: P.real.label,
    rows,
    fit,
    lossPhrase,
    settingFits,
    sdFits,
    system,
    baseline: own.some((r) => r.k === 0) ? 'measured' : 'pooled',
    summary: `System: **${systemLabel(system.key)}**. Per-setting Eq. 1 fits of all verifiers, with the ${lossPhrase}:\n\n${fitSummaryBy(settingFits, 'verifier').text}`,
  };
}

/**
 * Loads the simulated twin of the real Fig. 2 system (same verifier, drafter and GPU), checks
 * P.sim.lengths against it, leaves out sweeps that never load the server and fits the pooled
 * Eq. 3 per length (with P.sim.fit); the runs without speculation give a measured baseline.
 *
 * @param P the notebook's parameters
 * @param real loadReal output (its Fig. 2 system is mirrored)
 * @returns the data set with the system of the simulated Fig. 2b
 * @throws {Error} `per-setting: P.sim.lengths 1000/1000 is not in the data (prefill/decode lengths: ...)`,
 *   `per-setting: P.sim.fit.loss ... is not a loss (...)`, or when the simulated data have no such system or it has no run without speculation
 * @example
 * const sim = await loadSim(P, real);
 */
export async function loadSim(P: Params, real: PerSettingData): Promise<PerSettingData> {
  const fit = { ...P.sim.fit, loss: checkLossParam('per-setting', 'P.sim.fit.loss', P.sim.fit?.loss) };
  const name = simSystemName(real.system.key);
  const loaded = await loadMeasurements(simDatasetFiles({ dir: P.sim.dir, systems: [name] }));
  const length = `${P.sim.lengths.prefill}/${P.sim.lengths.decode}`;
  checkInData('per-setting', 'P.sim.lengths', length, loaded.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`), `prefill/decode lengths of ${name}`);
  const narrow = dropNarrowSweeps(loaded, P.sim.narrow);
  const sdFits = fitGroups(narrow.rows, { ...fit, model: 'sd' });
  const lossPhrase = fitLossPhrase(fit.loss);
  const where = { verifier: real.system.key.verifier, prefill_tokens: P.sim.lengths.prefill, decode_tokens: P.sim.lengths.decode };
  const system = selectFit(sdFits, where);
  if (!filterRows(narrow.rows, { ...workloadOf(system.key), k: 0 }).length) throw new Error(`per-setting: the simulated ${systemLabel(system.key)} has no run without speculation left to measure the baseline`);
  return {
    kind: 'simulated',
    label: P.sim.label,
    rows: narrow.rows,
    fit,
    lossPhrase,
    settingFits: null,
    sdFits,
    system,
    baseline: 'measured',
    summary: `Simulated system ${name}; every fit with the ${lossPhrase}. ${narrow.text}\n\n${exclusionChangesText(P.sim.fit.exclusion, 'P.sim.fit.exclusion')}`,
  };
}
