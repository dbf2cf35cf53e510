import type { Report } from '../../io/create-report.js';
import { fitLossPhrase } from '../shared/fit-loss-param.js';
import { fitQualityTable } from '../shared/fit-quality-table.js';
import { tailFigure } from './tail-figure.js';
import { tailFigureData } from './tail-figure-data.js';
import { tailReading } from './tail-reading.js';
import type { Params, TailData, TailFitted } from './tails-params.js';

/**
 * Notebook 08's outputs: the figure of P.panels ('nb08-tail-latency': measured mean and tail
 * latencies with the mean model and P.tailCurves), the fit-quality table per statistic, method and
 * verifier ('tab08-tail-fit-quality') with the sentences over all configurations, and the reading
 * of those numbers (tailReading, with the claim's R² bar).
 *
 * @param report the notebook's report
 * @param data loadTailData output
 * @param fitted fitTails output
 * @param P the parameter cell
 * @returns when the figure is written
 * @throws {Error} tailFigureData's error for a panel whose configuration has no mean fit
 * @example
 * await showTails(report, data, fitted, P);
 */
export async function showTails(report: Report, data: TailData, fitted: TailFitted, P: Params): Promise<void> {
  const { fits, tails, summary } = fitted;
  const fitsText = `every fit with the ${fitLossPhrase(P.loss)}`;
  const figureData = tailFigureData(data.rows, fits, tails, { panels: P.panels, curves: P.tailCurves, statistics: P.statistics });
  await report.figure(tailFigure(figureData, { dataLabel: `${data.label}; ${fitsText}`, id: 'nb08-tail-latency', height: 760 }));
  report.table(
    fitQualityTable(summary.rows, {
      dataLabel: data.label,
      id: 'tab08-tail-fit-quality',
      caption:
        `Eq. 1 as a model of tail latency on ${data.label}: per statistic, method and verifier the median R² and median MAPE over the verifier's ` +
        `configurations (fits on the load points the mean fit used, ${fitsText}; points = load points with a value of the statistic).`,
    }),
  );
  report.markdown(`Over all configurations (${fitsText}):\n\n${summary.text}`);
  report.markdown(tailReading(data.rows, fits, tails, { statistics: P.statistics, minR2: P.claim.minMedianR2 }).text);
}
