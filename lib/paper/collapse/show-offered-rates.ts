import type { Eq1Fit } from '../../fit/fit-eq1.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { withOfferedRates } from '../../data/verbs/with-offered-rates.js';
import { formatNumber } from '../../util/format-number.js';
import { fitSummaryBy } from '../shared/fit-summary-by.js';
import { collapseDeviationBins } from './collapse-deviation-bins.js';
import { collapseDeviationFigure } from './collapse-deviation-figure.js';
import { COLLAPSE_VIEWS, type CollapseData } from './collapse-data.js';
import { collapsePoints } from './collapse-points.js';
import { offeredRatesReading } from './offered-rates-reading.js';
import type { Params } from './params.js';

/**
 * Notebook 01, "How much of the deviation is the measurement window?": refits every
 * configuration with each open-loop benchmark's offered rate in place of its measured
 * (completed-request) rate, and shows the binned deviations of that refit (figure) and the fit
 * quality with both rates (sentence), then whether the refit removes the deviations' pattern and,
 * on simulated rows, how the simulator's step cost grows with the batch (offeredRatesReading). A
 * sensitivity check: the measured rate is what a client reports; the offered rate is known only
 * for data that record it (the simulated sweeps).
 *
 * @param report the notebook's report
 * @param data loadSim output (or any data whose open-loop rows carry rate_rps)
 * @param fits eq1Fits output for the same data (measured rates)
 * @param P the notebook's parameters (deviation bins, groupBy)
 * @returns nothing: the figure and the sentences go to the report
 * @throws {Error} `collapse: the <kind> data record no offered rate ...` when no row has one
 * @example
 * await offeredRates(report, sim, simFits, P);
 */
export async function offeredRates(report: Report, data: CollapseData, fits: readonly GroupFit<Eq1Fit>[], P: Params): Promise<void> {
  const view = COLLAPSE_VIEWS[data.kind];
  const offered = withOfferedRates(data.rows);
  if (offered.nChanged === 0) throw new Error(`collapse: the ${view.name} record no offered rate (rate_rps) for any open-loop benchmark`);
  const offeredFits = fitGroups(offered.rows, { ...data.fit, model: 'eq1' });
  const dev = collapseDeviationBins(collapsePoints(offered.rows, offeredFits, { groupBy: P.groupBy }), { binWidth: P.deviation.binWidth, minPoints: P.deviation.minPoints });
  await report.figure(
    collapseDeviationFigure(dev.bins, {
      dataLabel: `${data.label}, refitted with each constant-rate benchmark's offered rate instead of its measured rate`,
      id: `${view.deviationId}-offered`,
      fitLabel: data.fitLabel,
      legendTitle: P.groupBy,
      title: view.offeredTitle,
    }),
  );
  const measured = fitSummaryBy(fits, P.groupBy).overall;
  const withOffered = fitSummaryBy(offeredFits, P.groupBy).overall;
  report.markdown(
    `Over ${offered.nChanged} constant-rate benchmarks of the ${view.name} the measured rate is a median ${formatNumber(100 * offered.medianRatio, 3)}% of the offered rate. ` +
      `With the offered rate the ${data.fitLabel} have median MAPE ${formatNumber(withOffered.medianMapePct, 2)}% (max ${formatNumber(withOffered.maxMapePct, 2)}%) ` +
      `instead of ${formatNumber(measured.medianMapePct, 2)}% (max ${formatNumber(measured.maxMapePct, 2)}%), ` +
      `median R² ${formatNumber(withOffered.medianR2, 4)} instead of ${formatNumber(measured.medianR2, 4)}; binned deviations: ${dev.overallText}\n\n${dev.text}`,
  );
  const measuredDev = collapseDeviationBins(collapsePoints(data.rows, fits, { groupBy: P.groupBy }), { binWidth: P.deviation.binWidth, minPoints: P.deviation.minPoints });
  report.markdown(offeredRatesReading(measuredDev.bins, dev.bins, data.rows));
}
