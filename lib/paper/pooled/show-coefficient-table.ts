import type { Report } from '../../io/create-report.js';
import { sdCoefficientRows } from '../shared/sd-coefficient-rows.js';
import { sdCoefficientsTable } from '../shared/sd-coefficients-table.js';
import { bootstrapSummary } from './bootstrap-summary.js';
import type { Params } from './params.js';
import { pooledCoefficients } from './pooled-coefficients.js';
import { POOLED_VIEWS, type PooledData } from './pooled-data.js';
import { fittedLabel } from './fitted-label.js';

/**
 * Notebook 03, the six coefficients per system: the pooled fits' coefficients with percentile
 * bootstrap intervals (seeded, so identical on every run), R² and MAPE (table), and what the
 * bootstrap found (sentence). The data set's fit options reach the fits and every refit.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (bootstrap seed and level)
 * @returns nothing: table and sentence go to the report
 * @throws {Error} as pooledCoefficients for bad bootstrap parameters
 * @example
 * coefficientTable(report, real, P);
 */
export function coefficientTable(report: Report, data: PooledData, P: Params): void {
  const { seed, level } = P.bootstrap;
  const { fits, boots } = pooledCoefficients(data.rows, data.fit, { nBoot: data.nBoot, seed, level }, data.sdFits);
  const pct = Math.round(level * 100);
  const key = data.system.key;
  const caption =
    data.kind === 'real'
      ? `Pooled Eq. 3 coefficients per system on ${fittedLabel(data)}, in ms (c2_*: ms per concurrent request), with ${pct}% percentile bootstrap intervals ` +
        `(${data.nBoot} resamples of the used load points within each (α, k) sweep, seed ${seed}), R² and MAPE of the pooled fit.`
      : `Pooled Eq. 3 coefficients per simulated dense system at ${key.prefill_tokens}/${key.decode_tokens} tokens (${fittedLabel(data)}; baseline k = 0 sweeps included in each pooled fit), ` +
        `in ms (c2_*: ms per concurrent request), with ${pct}% bootstrap intervals from ${data.nBoot} resamples, R² and MAPE.`;
  const suffix = data.kind === 'real' ? '' : ' (simulated)';
  report.table(sdCoefficientsTable(sdCoefficientRows(fits, boots, suffix), { dataLabel: fittedLabel(data), id: POOLED_VIEWS[data.kind].tableId, caption }));
  report.markdown(bootstrapSummary(boots).text);
}
