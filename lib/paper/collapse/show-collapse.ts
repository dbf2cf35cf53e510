import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { Report } from '../../io/create-report.js';
import { collapseDeviationStats, type CollapseDeviationStats, type CollapsePoint } from '../shared/collapse-deviation-stats.js';
import { COLLAPSE_VIEWS, type CollapseData } from './collapse-data.js';
import { collapseFigure } from './collapse-figure.js';
import { collapsePoints } from './collapse-points.js';
import type { Params } from './params.js';

/** What {@link collapse} computed: the points of Fig. 1 and their distance from the curve. */
export interface CollapseResult {
  points: CollapsePoint[];
  stats: CollapseDeviationStats;
  /** Configurations with a fit, and how many of them run without speculation (k = 0). */
  nConfigs: number;
  nBaselineConfigs: number;
}

/**
 * Notebook 01, Fig. 1: every used load point normalised by its own configuration's Eq. 1 fit,
 * y = L/C1 against x = RPS·C2, on the curve y = 1/(1 − x) (figure and one sentence).
 *
 * @param report the notebook's report
 * @param data loadReal or loadSim output
 * @param fits eq1Fits output for the same data
 * @param P the notebook's parameters (groupBy colours the points)
 * @returns the points, their deviation from the curve and the configuration counts
 * @throws {Error} as collapsePoints for fits made from other rows
 * @example
 * const fig1 = await collapse(report, real, fits, P);
 */
export async function collapse(report: Report, data: CollapseData, fits: readonly GroupFit<Eq1Fit>[], P: Params): Promise<CollapseResult> {
  const view = COLLAPSE_VIEWS[data.kind];
  const points = collapsePoints(data.rows, fits, { groupBy: P.groupBy });
  await report.figure(
    collapseFigure(points, { dataLabel: data.label, id: view.collapseId, fitLabel: data.fitLabel, legendTitle: P.groupBy, xMax: data.collapseXMax, title: view.collapseTitle }),
  );
  const fitted = fits.filter((g) => g.fit !== null);
  const nBaselineConfigs = fitted.filter((g) => g.key.k === 0).length;
  report.markdown(`${points.length} load points of ${fitted.length} configurations; the caption gives their median distance from the curve.`);
  return { points, stats: collapseDeviationStats(points), nConfigs: fitted.length, nBaselineConfigs };
}
