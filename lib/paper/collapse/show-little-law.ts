import type { Report } from '../../io/create-report.js';
import { COLLAPSE_VIEWS, type CollapseData } from './collapse-data.js';
import { littleBatchFigure } from './little-batch-figure.js';
import { littleBatchPoints } from './little-batch-points.js';
import { littleLawGap } from './little-law-gap.js';
import type { Params } from './params.js';

/**
 * Notebook 01, "Little's Law on the measurements": RPS × L against the client's measured
 * concurrency for every steady-load benchmark (figure), and how close the two are (sentence).
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param P the notebook's parameters (groupBy colours the points)
 * @returns nothing: the figure and the sentence go to the report
 * @throws {Error} `littleLawGap requires ...` when no row carries a measured concurrency
 * @example
 * await littleLaw(report, real, P);
 */
export async function littleLaw(report: Report, data: CollapseData, P: Params): Promise<void> {
  const view = COLLAPSE_VIEWS[data.kind];
  const points = littleBatchPoints(data.rows, { groupBy: P.groupBy });
  await report.figure(littleBatchFigure(points, { dataLabel: data.label, id: view.littleId, legendTitle: P.groupBy, title: view.littleTitle }));
  report.markdown(littleLawGap(points).text);
}
