import type { Report } from '../../io/create-report.js';
import { benchmarkWindow } from '../shared/benchmark-window.js';
import { sdCoefficientRows } from '../shared/sd-coefficient-rows.js';
import { sdCoefficientsTable } from '../shared/sd-coefficients-table.js';
import { sweepLoadCoverage, type SweepLoadCoverageRow } from '../shared/sweep-load-coverage.js';
import type { SpeedupData } from './load-speedup-data.js';

/**
 * Notebook 06's first output: the pooled Eq. 3 coefficients of every simulated workload and of the
 * real system (table tab06-sd-coefficients), then how far the simulated sweeps go up the load
 * curve and how many requests complete inside the benchmark window (sweepLoadCoverage, the window
 * read from the rows), per decode length.
 *
 * @param report the notebook's report
 * @param data loadSpeedupData output
 * @returns the coverage rows (per model and decode length), for the later reading of the ratios
 * @throws {Error} as sdCoefficientsTable and sweepLoadCoverage
 * @example
 * const coverage = coefficientsSection(report, data);
 */
export function coefficientsSection(report: Report, data: SpeedupData): SweepLoadCoverageRow[] {
  const simLabel = data.sim[0].label;
  const withBaseline = data.sim.every((s) => s.hasBaseline) ? ' (baseline sweeps in the fit)' : '';
  report.table(
    sdCoefficientsTable([...data.sim.flatMap((s) => sdCoefficientRows(s.fits, null, ' (simulated)')), ...sdCoefficientRows(data.real.fits, null, ' (real)')], {
      dataLabel: `${simLabel}${withBaseline} and the real measurements; every fit with the ${data.real.lossPhrase}`,
      id: 'tab06-sd-coefficients',
    }),
  );
  const rows = data.sim.flatMap((s) => s.rows);
  const coverage = sweepLoadCoverage(rows, { exclusion: data.sim[0].exclusion });
  report.markdown(
    `Simulated sweeps of ${data.sim[0].verifier}: how far they go up the load curve (u = 1 − L_sync / L_max after the exclusion rules) ` +
      `and how many requests complete inside ${benchmarkWindow(rows).text}:\n${coverage.text}`,
  );
  return coverage.rows;
}
