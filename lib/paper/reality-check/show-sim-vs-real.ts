import type { Report } from '../../io/create-report.js';
import { calibrationErrors } from '../../sim/calibration/calibration-report.js';
import { selectCalibrationSweeps } from '../../sim/calibration/calibration-sweeps.js';
import { calibrationTable } from './calibration-table.js';
import { calibrationTableRows } from './calibration-table-rows.js';
import { simAtRealRates } from './sim-at-real-rates.js';
import { simVsRealFigure } from './sim-vs-real-figure.js';
import { simVsRealPoints } from './sim-vs-real-points.js';
import { simVsRealSummary } from './sim-vs-real-summary.js';
import type { Params, RealityData } from './reality-params.js';

/**
 * Notebook 09 (a), the shipped simulated data set against the real sweeps: each real steady-state
 * point (selectCalibrationSweeps) paired with the simulated curve of its configuration at the real
 * rate (simAtRealRates), the errors per verifier ('tab09-sim-vs-real'), the summary sentence with
 * the share within ±P.simBand, and the scatter figure ('nb09-sim-vs-real').
 *
 * @param report the notebook's report
 * @param data loadRealityData output
 * @param P the parameter cell
 * @returns when the figure is written
 * @throws {Error} simVsRealSummary's error when no real point could be paired
 * @example
 * await showSimVsReal(report, data, P);
 */
export async function showSimVsReal(report: Report, data: RealityData, P: Params): Promise<void> {
  const paired = simAtRealRates(selectCalibrationSweeps(data.realRows), data.simRows, { prefillTolerance: P.simPrefillTolerance, exclusion: P.simExclusion });
  const summary = simVsRealSummary(paired, { band: P.simBand });
  report.table(
    calibrationTable(calibrationTableRows(calibrationErrors(paired.comparisons)), {
      id: 'tab09-sim-vs-real',
      dataLabel: `${P.realLabel} against the simulated data set (${P.simDir}) interpolated at the real rates; mean signed error > 0: simulation slower`,
    }),
  );
  report.markdown(summary.text);
  await report.figure(
    simVsRealFigure(simVsRealPoints(paired.comparisons), {
      id: 'nb09-sim-vs-real',
      title: 'Simulated data set against the real vLLM sweeps, at the real request rates',
      band: P.simBand,
      dataLabel: `x: ${P.realLabel}, every α × k; y: the simulated data set (${P.simDir}) interpolated at the real rates`,
    }),
  );
}
