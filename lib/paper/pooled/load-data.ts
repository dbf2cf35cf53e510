import { loadMeasurements } from '../../data/load-measurements.js';
import { loadSpeculatorsScaling } from '../../data/load-speculators-scaling.js';
import { SYSTEM_KEYS, type TidyRow } from '../../data/tidy-schema.js';
import { filterRows } from '../../data/verbs/filter-rows.js';
import { fitGroups } from '../../fit/fit-groups.js';
import { checkInData } from '../shared/check-in-data.js';
import { dropNarrowSweeps } from '../shared/drop-narrow-sweeps.js';
import { exclusionChangesText } from '../shared/exclusion-changes-text.js';
import { fitSummaryBy } from '../shared/fit-summary-by.js';
import { selectFit } from '../shared/select-fit.js';
import { simDatasetFiles } from '../shared/sim-dataset-files.js';
import type { PooledFitOptions, Params } from './params.js';
import type { PooledData } from './pooled-data.js';

/**
 * Loads the real measurements of notebook 03, checks P.verifier against them, and fits with
 * P.real.fit: one pooled Eq. 3 fit per verifier and one Eq. 1 pair per verifier for all its
 * settings (Fig. 4a).
 *
 * @param P the notebook's parameters
 * @returns the data set with its fits and the Fig. 4 system
 * @throws {Error} `pooled: P.verifier ... is not in the data (verifiers: ...)`, or a bad nBoot / collapseXMax
 * @example
 * const real = await loadReal(P);
 */
export async function loadReal(P: Params): Promise<PooledData> {
  if (P === null || typeof P !== 'object') throw new Error('pooled requires the parameter object P');
  checkCommon(P.real?.nBoot, P.real?.collapseXMax, 'P.real');
  const rows = await loadSpeculatorsScaling(P.real.dir);
  checkInData('pooled', 'P.verifier', P.verifier, rows.map((r) => r.verifier), 'verifiers');
  return fitted('real', P.real.label, rows, P.real.fit, P.real.nBoot, P.real.collapseXMax, { verifier: P.verifier }, '');
}

/**
 * Loads the simulated dense systems of notebook 03 at P.sim.lengths (checked against the data),
 * leaves out the sweeps that never load the server, and fits them with P.sim.fit; the runs
 * without speculation join each system's pooled fit. The figures' system is the simulated
 * twin of the real one (same verifier, drafter and GPU).
 *
 * @param P the notebook's parameters
 * @param real loadReal output (its system is mirrored)
 * @returns the data set
 * @throws {Error} `pooled: P.sim.lengths ... is not in the data (prefill/decode lengths: ...)`, or
 *   when the simulated data have no fitted twin of the real system
 * @example
 * const sim = await loadSim(P, real);
 */
export async function loadSim(P: Params, real: PooledData): Promise<PooledData> {
  checkCommon(P.sim?.nBoot, P.sim?.collapseXMax, 'P.sim');
  const all = await loadMeasurements(simDatasetFiles({ dir: P.sim.dir, dense: true }));
  const length = `${P.sim.lengths.prefill}/${P.sim.lengths.decode}`;
  checkInData('pooled', 'P.sim.lengths', length, all.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`), 'prefill/decode lengths');
  const narrow = dropNarrowSweeps(filterRows(all, { prefill_tokens: P.sim.lengths.prefill, decode_tokens: P.sim.lengths.decode }), P.sim.narrow);
  const { verifier, drafter, hardware } = real.system.key;
  const data = fitted('simulated', P.sim.label, narrow.rows, P.sim.fit, P.sim.nBoot, P.sim.collapseXMax, { verifier, drafter, hardware }, ' (simulated)');
  data.summary = `${narrow.text}\n\n${exclusionChangesText(P.sim.fit.exclusion, 'P.sim.fit.exclusion')}\n\n${data.summary}`;
  return data;
}

function fitted(
  kind: PooledData['kind'],
  label: string,
  rows: TidyRow[],
  fit: PooledFitOptions,
  nBoot: number,
  collapseXMax: number,
  where: Record<string, unknown>,
  suffix: string,
): PooledData {
  const sdFits = fitGroups(rows, { ...fit, model: 'sd' });
  const singleFits = fitGroups(rows, { ...fit, model: 'eq1', groupBy: SYSTEM_KEYS });
  const system = selectFit(sdFits, where);
  const summary = `Pooled Eq. 3 fits${suffix}, six coefficients for all settings of a system:\n\n${fitSummaryBy(sdFits, 'verifier', 'pooled fit(s)').text}`;
  return { kind, label, rows, fit, nBoot, collapseXMax, sdFits, singleFits, system, summary };
}

function checkCommon(nBoot: unknown, xMax: unknown, name: string): void {
  if (!Number.isInteger(nBoot) || (nBoot as number) < 10) throw new Error(`pooled requires ${name}.nBoot to be an integer >= 10, got ${String(nBoot)}`);
  if (typeof xMax !== 'number' || !(xMax > 0 && xMax < 1)) throw new Error(`pooled requires ${name}.collapseXMax in (0, 1), got ${String(xMax)}`);
}
