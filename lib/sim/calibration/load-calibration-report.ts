import { readFile } from 'node:fs/promises';
import type { CalibrationErrorRow } from './calibration-report.js';

/**
 * Reads the simulator calibration's error report (data/calibration-report.json, a table written
 * by scripts/calibrate-sim.ts: one row per verifier plus an 'all' row, each with n_points,
 * mape_pct, max_error_pct, bias_pct and sync_mape_pct in %) back into its rows.
 *
 * @param file path of the JSON table
 * @returns the rows (calibrationErrors' shape) and the table's caption
 * @throws {Error} `loadCalibrationReport requires a file path`; `loadCalibrationReport: <file>: <problem>`
 *   when the file cannot be read or parsed, or `rows[i].<field>` is missing or not a number
 * @example
 * const { rows } = await loadCalibrationReport('data/calibration-report.json');
 * rows.find((r) => r.verifier === 'all')?.mape_pct;
 */
export async function loadCalibrationReport(file: string): Promise<{ rows: CalibrationErrorRow[]; caption: string }> {
  const fn = 'loadCalibrationReport';
  if (typeof file !== 'string' || file === '') throw new Error(`${fn} requires a file path`);
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${fn}: ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const table = doc as { rows?: unknown; caption?: unknown };
  if (table === null || typeof table !== 'object' || !Array.isArray(table.rows)) throw new Error(`${fn}: ${file}: rows: missing (not a table)`);
  const rows = table.rows.map((r: unknown, i: number) => {
    const row = r as Record<string, unknown>;
    if (row === null || typeof row !== 'object' || typeof row.verifier !== 'string') throw new Error(`${fn}: ${file}: rows[${i}].verifier: missing`);
    for (const key of ['n_points', 'mape_pct', 'max_error_pct', 'bias_pct'] as const) {
      if (typeof row[key] !== 'number') throw new Error(`${fn}: ${file}: rows[${i}].${key}: missing or not a number`);
    }
    return {
      verifier: row.verifier,
      n_points: row.n_points as number,
      mape_pct: row.mape_pct as number,
      max_error_pct: row.max_error_pct as number,
      bias_pct: row.bias_pct as number,
      sync_mape_pct: typeof row.sync_mape_pct === 'number' ? row.sync_mape_pct : NaN,
    };
  });
  return { rows, caption: typeof table.caption === 'string' ? table.caption : '' };
}
