import type { Report } from '../../io/create-report.js';
import { benchmarkWindow } from '../shared/benchmark-window.js';
import type { CoverageResult, Fig6Result, OfferedResult } from './fig6-sections.js';
import { fig6Reading } from './fig6-reading.js';
import type { ScalingData } from './load-scaling-data.js';
import type { Params } from './params.js';
import type { SimFig5 } from './sim-fig5.js';
import { simSizeReading } from './size-reading.js';

/**
 * Shows how to read the simulated Fig. 5 (simSizeReading), when any of its bullets applies.
 *
 * @param report the notebook's report
 * @param sims fig5SimSection's results
 * @returns the Markdown shown ('' when nothing applies)
 * @example
 * step.fig5SimReading(report, sims);
 */
export function fig5SimReadingSection(report: Report, sims: readonly SimFig5[]): string {
  const bullets = simSizeReading(sims);
  if (bullets === '') return '';
  const text = `**Reading the simulated Fig. 5** (where a simulated coefficient does not scale like the paper's, the verdict says something about the simulator or the measurement):\n\n${bullets}`;
  report.markdown(text);
  return text;
}

/**
 * Shows the reading of Fig. 6 (fig6Reading) with the benchmark window read from the grid's rows.
 *
 * @param report the notebook's report
 * @param data loadScalingData output
 * @param fig6 fig6Section's result
 * @param coverage coverageSection's result
 * @param offered offeredRatesSection's result
 * @param P the notebook's parameters
 * @returns the Markdown shown
 * @example
 * step.fig6Reading(report, data, fig6, coverage, offered, P);
 */
export function fig6ReadingSection(report: Report, data: ScalingData, fig6: Fig6Result, coverage: CoverageResult, offered: OfferedResult, P: Params): string {
  const text = fig6Reading(fig6, coverage, offered, benchmarkWindow(data.gridRows), P);
  report.markdown(text);
  return text;
}
