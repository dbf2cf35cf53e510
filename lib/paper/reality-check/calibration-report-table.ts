import type { CalibrationErrorRow } from '../../sim/calibration/calibration-report.js';
import type { TableColumn, TableSpec } from '../../table/table-spec.js';

/** The error summary's columns (verifier, points, MAPE, max, signed error, synchronous MAPE), shared with the leave-one-verifier-out table. */
export const CALIBRATION_ERROR_COLUMNS: readonly TableColumn[] = [
  { key: 'verifier', label: 'verifier' },
  { key: 'n_points', label: 'n points' },
  { key: 'mape_pct', label: 'MAPE', unit: '%', digits: 1 },
  { key: 'max_error_pct', label: 'max error', unit: '%', digits: 1 },
  { key: 'bias_pct', label: 'mean signed error', unit: '%', digits: 1 },
  { key: 'sync_mape_pct', label: 'MAPE synchronous', unit: '%', digits: 1 },
];

/**
 * Checks the rows and caption of a calibration error table (shared by calibrationReportTable and
 * leaveOneVerifierOutTable).
 *
 * @param fn the builder's name, for messages
 * @param rows the rows
 * @param caption the caption
 * @throws {Error} `<fn> requires ...` for no rows, a row without its verifier or numbers, or no caption
 */
export function checkCalibrationErrorRows(fn: string, rows: readonly CalibrationErrorRow[], caption: string): void {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`${fn} requires a non-empty array of calibration error rows`);
  rows.forEach((r, i) => {
    if (typeof r?.verifier !== 'string') throw new Error(`${fn} requires rows[${i}].verifier to be a string`);
    for (const key of ['n_points', 'mape_pct', 'max_error_pct', 'bias_pct', 'sync_mape_pct'] as const) {
      if (typeof r[key] !== 'number') throw new Error(`${fn} requires rows[${i}].${key} to be a number`);
    }
  });
  if (typeof caption !== 'string' || caption === '') throw new Error(`${fn} requires a caption`);
}

/**
 * The simulator calibration's error report as a table: one row per verifier plus 'all'
 * (calibrationErrors), every field kept. scripts/calibrate-sim.ts writes it as
 * data/calibration-report.{csv,md,json}; notebook 09 reads the JSON back (loadCalibrationReport).
 *
 * @param rows calibrationErrors output
 * @param caption what was compared, with which calibration
 * @returns the table (id 'calibration-report')
 * @throws {Error} `calibrationReportTable requires ...` for no rows, a row without its verifier or
 *   numbers (sync_mape_pct may be NaN: no synchronous point), or no caption
 * @example
 * writeTable(calibrationReportTable(calibrationErrors(points), 'Simulated vs real mean latency'), { outDir: 'data' });
 */
export function calibrationReportTable(rows: readonly CalibrationErrorRow[], caption: string): TableSpec {
  checkCalibrationErrorRows('calibrationReportTable', rows, caption);
  return { id: 'calibration-report', caption, columns: [...CALIBRATION_ERROR_COLUMNS], rows: rows.map((r) => ({ ...r })) };
}
