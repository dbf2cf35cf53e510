import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCalibrationReport } from '../../../lib/sim/calibration/load-calibration-report.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'speclat-calreport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Shaped like data/calibration-report.json (a TableSpec as lib/io/write-table.ts writes it).
const TABLE = {
  id: 'calibration-report',
  caption: 'Simulated vs real mean latency (calibration: fitted).',
  columns: [{ key: 'verifier', label: 'verifier' }],
  rows: [
    { verifier: 'Qwen3-0.6B', n_points: 407, mape_pct: 5.4, max_error_pct: 19.4, bias_pct: -0.7, sync_mape_pct: 3.5 },
    { verifier: 'all', n_points: 2123, mape_pct: 7.7, max_error_pct: 199.8, bias_pct: 2.8, sync_mape_pct: null },
  ],
};

describe('loadCalibrationReport', () => {
  it('reads the rows and the caption back', async () => {
    const file = path.join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(TABLE));
    const r = await loadCalibrationReport(file);
    expect(r.caption).toBe('Simulated vs real mean latency (calibration: fitted).');
    expect(r.rows[0]).toEqual({ verifier: 'Qwen3-0.6B', n_points: 407, mape_pct: 5.4, max_error_pct: 19.4, bias_pct: -0.7, sync_mape_pct: 3.5 });
    expect(r.rows[1].sync_mape_pct).toBeNaN(); // written as null (JSON has no NaN)
  });

  it('names the file and the field on problems', async () => {
    await expect(loadCalibrationReport(path.join(dir, 'missing.json'))).rejects.toThrow(/^loadCalibrationReport: .*missing\.json: ENOENT/);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...TABLE, rows: [{ verifier: 'x', n_points: 1, mape_pct: '5', max_error_pct: 1, bias_pct: 0 }] }));
    await expect(loadCalibrationReport(bad)).rejects.toThrow(`loadCalibrationReport: ${bad}: rows[0].mape_pct: missing or not a number`);
    writeFileSync(bad, '{}');
    await expect(loadCalibrationReport(bad)).rejects.toThrow(`loadCalibrationReport: ${bad}: rows: missing (not a table)`);
  });
});
