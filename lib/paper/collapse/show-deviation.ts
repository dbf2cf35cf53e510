import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { collapseDeviationBins, type CollapseDeviation } from './collapse-deviation-bins.js';
import { collapseDeviationFigure } from './collapse-deviation-figure.js';
import { COLLAPSE_VIEWS, type CollapseData } from './collapse-data.js';
import { deviationShapes } from './deviation-shapes.js';
import type { Params } from './params.js';
import type { CollapseResult } from './show-collapse.js';
import { throughputFractions } from './throughput-fractions.js';
import { throughputReading } from './throughput-reading.js';

/**
 * Notebook 01, "Where Eq. 1 deviates systematically": the relative deviation L/L_Eq.1 − 1 of
 * the collapse points binned in x (figure), per group its range and run of signs, the overall
 * count (compared with another data set's when given), and the measured throughput against the
 * pole 1/C2 of each fit.
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param fits eq1Fits output for the same data
 * @param fig1 collapse output for the same data
 * @param P the notebook's parameters (deviation bins, groupBy)
 * @param other optional deviation of another data set, named in the overall sentence
 * @returns the binned deviations
 * @throws {Error} as collapseDeviationBins for bad P.deviation values
 * @example
 * const dev = await deviation(report, real, fits, fig1, P);
 */
export async function deviation(
  report: Report,
  data: CollapseData,
  fits: readonly GroupFit<Eq1Fit>[],
  fig1: CollapseResult,
  P: Params,
  other?: { kind: CollapseData['kind']; deviation: CollapseDeviation },
): Promise<CollapseDeviation> {
  const view = COLLAPSE_VIEWS[data.kind];
  const dev = collapseDeviationBins(fig1.points, { binWidth: P.deviation.binWidth, minPoints: P.deviation.minPoints });
  await report.figure(collapseDeviationFigure(dev.bins, { dataLabel: data.label, id: view.deviationId, fitLabel: data.fitLabel, legendTitle: P.groupBy, title: view.deviationTitle }));
  const throughput = throughputFractions(data.rows, fits, P.groupBy);
  const compared = other ? ` (${COLLAPSE_VIEWS[other.kind].name}: ${other.deviation.overallText})` : '';
  report.markdown(
    `Median deviation per ${P.groupBy}, ${view.name}:\n\n${dev.text}\n\n${deviationShapes(dev.bins).text}\n\n` +
      `Over all ${P.groupBy} groups: ${dev.overallText}${compared}\n\n` +
      `Measured throughput against 1/C2:\n\n${throughput.text}\n\n${throughputReading(throughput, P.groupBy)}`,
  );
  return dev;
}
