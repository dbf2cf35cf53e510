import { formatNumber } from '../../util/format-number.js';
import type { CalibrationErrorRow } from '../../sim/calibration/calibration-report.js';

/**
 * One sentence summing up the simulator calibration's error report (calibrationErrors rows, or
 * loadCalibrationReport's): the 'all' row's MAPE, mean signed error and synchronous MAPE, the
 * verifiers with the smallest and the largest MAPE, and the largest single error.
 *
 * @param rows the report rows, with an 'all' row
 * @returns markdown
 * @throws {Error} `calibrationReportText requires ...` without an 'all' row or any verifier row
 * @example
 * calibrationReportText((await loadCalibrationReport('data/calibration-report.json')).rows);
 */
export function calibrationReportText(rows: readonly CalibrationErrorRow[]): string {
  const fn = 'calibrationReportText';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of rows`);
  const all = rows.find((r) => r.verifier === 'all');
  const verifiers = rows.filter((r) => r.verifier !== 'all');
  if (!all || verifiers.length === 0) throw new Error(`${fn} requires an 'all' row and at least one verifier row`);
  const f = (x: number): string => formatNumber(x);
  const best = verifiers.reduce((a, b) => (b.mape_pct < a.mape_pct ? b : a));
  const worst = verifiers.reduce((a, b) => (b.mape_pct > a.mape_pct ? b : a));
  const largest = verifiers.reduce((a, b) => (b.max_error_pct > a.max_error_pct ? b : a));
  return (
    `Over all ${all.n_points} real steady-state points: MAPE ${f(all.mape_pct)}%, mean signed error ${f(all.bias_pct)}% ` +
    `(${all.bias_pct > 0 ? 'simulation slower' : 'simulation faster'} on average)` +
    (Number.isFinite(all.sync_mape_pct) ? `, synchronous points alone ${f(all.sync_mape_pct)}%` : '') +
    `. Per verifier from ${f(best.mape_pct)}% (${best.verifier}) to ${f(worst.mape_pct)}% (${worst.verifier}); ` +
    `the largest single error is ${f(largest.max_error_pct)}% (${largest.verifier}).`
  );
}
