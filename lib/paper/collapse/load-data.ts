import { loadMeasurements } from '../../data/load-measurements.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { CONFIG_KEYS } from '../../data/tidy-schema.js';
import { filterRows } from '../../data/verbs/filter-rows.js';
import { checkInData } from '../shared/check-in-data.js';
import { dropNarrowSweeps } from '../shared/drop-narrow-sweeps.js';
import { exclusionChangesText } from '../shared/exclusion-changes-text.js';
import { checkLossParam, fitLossPhrase } from '../shared/fit-loss-param.js';
import { simDatasetFiles } from '../shared/sim-dataset-files.js';
import type { CollapseData } from './collapse-data.js';
import { datasetSummary } from './dataset-summary.js';
import type { Params } from './params.js';
import { simSettingsLabel } from './sim-settings-label.js';

/**
 * Loads the real measurements of notebook 01 and checks the parameters that apply to them.
 *
 * @param P the notebook's parameters (P.real, P.groupBy)
 * @returns the data set with its summary sentence
 * @throws {Error} `collapse: P.groupBy ... is not in the data (...)`, `collapse: P.real.fit.loss ... is
 *   not a loss (...)`, `collapse requires ...` for a bad P.real.collapseXMax, or the loader's error
 *   for a missing folder
 * @example
 * const real = await loadReal(P);
 * report.markdown(real.summary);
 */
export async function loadReal(P: Params): Promise<CollapseData> {
  checkCommon(P);
  checkXMax(P.real?.collapseXMax, 'P.real.collapseXMax');
  const loss = checkLossParam('collapse', 'P.real.fit.loss', P.real.fit?.loss);
  const rows = await loadSpeculatorsScaling(P.real.dir);
  return {
    kind: 'real',
    label: P.real.label,
    rows,
    fit: { ...P.real.fit, loss },
    fitLabel: `per-configuration Eq. 1 fits (one per verifier, α, k) with the ${fitLossPhrase(loss)}`,
    collapseXMax: P.real.collapseXMax,
    summary: datasetSummary(rows, 'the real measurements').text,
  };
}

/**
 * Loads the simulated dense systems of notebook 01, keeps the settings P.sim.settings names
 * (checked against the data) and leaves out the sweeps that never load the server.
 *
 * @param P the notebook's parameters (P.sim, P.groupBy)
 * @param real optional real data set: its sweeps get the same narrow-sweep test, for comparison
 * @returns the data set, its summary naming the sweeps left out and the changed saturation rules
 * @throws {Error} `collapse: P.sim.settings.k 11 is not in the data (k: 0, 1, ...)`, `collapse:
 *   P.sim.fit.loss ... is not a loss (...)` and the like
 * @example
 * const sim = await loadSim(P, real);
 */
export async function loadSim(P: Params, real?: CollapseData): Promise<CollapseData> {
  checkCommon(P);
  checkXMax(P.sim?.collapseXMax, 'P.sim.collapseXMax');
  const loss = checkLossParam('collapse', 'P.sim.fit.loss', P.sim.fit?.loss);
  const all = await loadMeasurements(simDatasetFiles({ dir: P.sim.dir, dense: true }));
  checkInData('collapse', 'P.sim.settings.k', P.sim.settings.k, all.map((r) => r.k), 'k');
  checkInData('collapse', 'P.sim.settings.alpha', P.sim.settings.alpha, all.map((r) => r.alpha), 'α');
  const selected = filterRows(all, { k: P.sim.settings.k, alpha: P.sim.settings.alpha });
  if (selected.length === 0) throw new Error(`collapse: P.sim.settings select no simulated rows (no run has one of its k and one of its α)`);
  const shown = dropNarrowSweeps(selected, P.sim.narrow);
  const realTest = real ? ` (Real data, same test: ${dropNarrowSweeps(real.rows, P.sim.narrow).text})` : '';
  return {
    kind: 'simulated',
    label: P.sim.label,
    rows: shown.rows,
    fit: { ...P.sim.fit, loss },
    fitLabel: `${simSettingsLabel(P.sim.settings)} with the ${fitLossPhrase(loss)}`,
    collapseXMax: P.sim.collapseXMax,
    summary:
      `${datasetSummary(shown.rows, 'the simulated configurations shown').text}\n\n${shown.text}${realTest}\n\n` +
      exclusionChangesText(P.sim.fit.exclusion, 'P.sim.fit.exclusion'),
  };
}

function checkCommon(P: Params): void {
  if (P === null || typeof P !== 'object') throw new Error('collapse requires the parameter object P');
  checkInData('collapse', 'P.groupBy', P.groupBy, CONFIG_KEYS, 'configuration columns');
}

function checkXMax(x: unknown, name: string): void {
  if (typeof x !== 'number' || !(x > 0 && x < 1)) throw new Error(`collapse requires ${name} in (0, 1), got ${String(x)}`);
}
