import type { CalibrationErrorRow } from '../../sim/calibration/calibration-report.js';
import type { CalibrationTableRow } from './calibration-table.js';

/**
 * calibrationTable rows from the simulator calibration's error summary (calibrationErrors:
 * MAPE, largest error and mean signed error per verifier). Its 'all' row is left out unless
 * asked for: calibrationTable's caption adds up the rows' runs.
 *
 * @param errors calibrationErrors output (percentages)
 * @param options includeAll: keep the 'all' row (default false)
 * @returns one row per verifier, same order
 * @throws {Error} `calibrationTableRows requires ...` for a non-array or a row without its numbers
 * @example
 * calibrationTableRows([{ verifier: 'Qwen3-8B', n_points: 40, mape_pct: 4.2, max_error_pct: 11, bias_pct: -2, sync_mape_pct: 1 }])[0];
 * // { verifier: 'Qwen3-8B', n: 40, mapePct: 4.2, maxAbsErrorPct: 11, biasPct: -2 }
 */
export function calibrationTableRows(errors: readonly CalibrationErrorRow[], options: { includeAll?: boolean } = {}): CalibrationTableRow[] {
  if (!Array.isArray(errors)) throw new Error('calibrationTableRows requires an array of calibration error rows');
  const kept = options.includeAll ? errors : errors.filter((e) => e?.verifier !== 'all');
  return kept.map((e, i) => {
    for (const key of ['n_points', 'mape_pct', 'max_error_pct', 'bias_pct'] as const) {
      if (typeof e?.[key] !== 'number' || !Number.isFinite(e[key])) throw new Error(`calibrationTableRows requires errors[${i}].${key} to be a finite number`);
    }
    return { verifier: e.verifier, n: e.n_points, mapePct: e.mape_pct, maxAbsErrorPct: e.max_error_pct, biasPct: e.bias_pct };
  });
}
