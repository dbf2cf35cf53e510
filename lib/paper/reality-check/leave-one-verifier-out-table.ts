import type { LeaveOneVerifierOutRow } from '../../sim/calibration/leave-one-verifier-out.js';
import type { TableSpec } from '../../table/table-spec.js';
import { CALIBRATION_ERROR_COLUMNS, checkCalibrationErrorRows } from './calibration-report-table.js';

/**
 * The leave-one-verifier-out check of the simulator calibration as a table: the calibration
 * report's columns (the held-out verifier's error summary), then each fold's fit sweeps,
 * evaluations and time; every field of the rows kept. scripts/calibrate-sim.ts --lovo writes it
 * as data/calibration-lovo.{csv,md,json}; notebook 09 reads the JSON back.
 *
 * @param rows leaveOneVerifierOut output
 * @param caption what was fitted and replayed, from where
 * @returns the table (id 'calibration-lovo')
 * @throws {Error} `leaveOneVerifierOutTable requires ...` for no rows, a row without its verifier
 *   or numbers, or no caption
 * @example
 * writeTable(leaveOneVerifierOutTable(rows, 'Leave-one-verifier-out'), { outDir: 'data' });
 */
export function leaveOneVerifierOutTable(rows: readonly LeaveOneVerifierOutRow[], caption: string): TableSpec {
  checkCalibrationErrorRows('leaveOneVerifierOutTable', rows, caption);
  return {
    id: 'calibration-lovo',
    caption,
    columns: [
      { ...CALIBRATION_ERROR_COLUMNS[0], label: 'held-out verifier' },
      ...CALIBRATION_ERROR_COLUMNS.slice(1),
      { key: 'fit_sweeps', label: 'fit sweeps' },
      { key: 'evaluations', label: 'evaluations' },
      { key: 'seconds', label: 'time', unit: 's' },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}
