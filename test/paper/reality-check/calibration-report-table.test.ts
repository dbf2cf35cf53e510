import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationReportTable } from '../../../lib/paper/reality-check/calibration-report-table.js';
import type { CalibrationErrorRow } from '../../../lib/sim/calibration/calibration-report.js';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';

const ROWS: CalibrationErrorRow[] = [
  { verifier: 'Qwen3-8B', n_points: 40, mape_pct: 4.2, max_error_pct: 11, bias_pct: -2, sync_mape_pct: 1 },
  { verifier: 'all', n_points: 90, mape_pct: 5, max_error_pct: 20, bias_pct: 1, sync_mape_pct: NaN },
];

describe('calibrationReportTable', () => {
  it('keeps every row and field under the error summary columns, with the caption given', () => {
    const t = calibrationReportTable(ROWS, 'cap');
    checkTableSpec(t, 'test');
    expect([t.id, t.caption]).toEqual(['calibration-report', 'cap']);
    expect(t.columns.map((c) => c.key)).toEqual(['verifier', 'n_points', 'mape_pct', 'max_error_pct', 'bias_pct', 'sync_mape_pct']);
    expect(t.columns.find((c) => c.key === 'mape_pct')).toEqual({ key: 'mape_pct', label: 'MAPE', unit: '%', digits: 1 });
    expect(t.rows).toEqual(ROWS);
    expect(t.rows[0]).not.toBe(ROWS[0]);
  });

  it('rejects no rows, a row without its numbers, and no caption', () => {
    expect(() => calibrationReportTable([], 'c')).toThrow('calibrationReportTable requires a non-empty array of calibration error rows');
    expect(() => calibrationReportTable([{ ...ROWS[0], mape_pct: '4' as unknown as number }], 'c')).toThrow('calibrationReportTable requires rows[0].mape_pct to be a number');
    expect(() => calibrationReportTable(ROWS, '')).toThrow('calibrationReportTable requires a caption');
  });

  it('gives scripts/calibrate-sim.ts the table it writes: the same rows rebuild data/calibration-report.json', () => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../data/calibration-report.json'), 'utf8'));
    expect(calibrationReportTable(file.rows, file.caption)).toEqual(file);
  });
});
