import type { Eq1Fit } from '../../fit/fit-eq1.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { fitSummaryBy } from '../shared/fit-summary-by.js';
import type { CollapseData } from './collapse-data.js';
import { eq1FitTableRows } from './eq1-fit-table-rows.js';
import { eq1FitsTable } from './eq1-fits-table.js';
import { exclusionSummary } from './exclusion-summary.js';
import type { Params } from './params.js';

/**
 * Notebook 01, "Eq. 1 fitted to each configuration": one Eq. 1 fit per configuration of the data
 * set (with its fit options, the loss included), then the table of every fit (real data: `tab01-eq1-fits`), the
 * points the saturation rules left out, and the fit quality per P.groupBy.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (groupBy)
 * @returns the fits, one per configuration
 * @throws {Error} `eq1Fits requires ...` when no configuration could be fitted
 * @example
 * const fits = eq1Fits(report, real, P);
 */
export function eq1Fits(report: Report, data: CollapseData, P: Params): GroupFit<Eq1Fit>[] {
  const fits = fitGroups(data.rows, { ...data.fit, model: 'eq1' });
  if (!fits.some((g) => g.fit !== null)) throw new Error(`eq1Fits requires at least one configuration that can be fitted; the first failed: ${fits[0]?.error ?? 'no rows'}`);
  // The simulated configurations are many and listed in data/sim; only the real fits get a table.
  if (data.kind === 'real') report.table(eq1FitsTable(eq1FitTableRows(fits), { dataLabel: data.label, id: 'tab01-eq1-fits', loss: data.fit.loss }));
  report.markdown(`${exclusionSummary(fits).text}\n\nFit quality per ${P.groupBy}, ${data.fitLabel}:\n\n${fitSummaryBy(fits, P.groupBy, 'configuration(s)').text}`);
  return fits;
}
