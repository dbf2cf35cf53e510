import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaveOneVerifierOutTable } from '../../../lib/paper/reality-check/leave-one-verifier-out-table.js';
import type { LeaveOneVerifierOutRow } from '../../../lib/sim/calibration/leave-one-verifier-out.js';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';

const ROW: LeaveOneVerifierOutRow = {
  verifier: 'Qwen3-8B', n_points: 40, mape_pct: 6.1, max_error_pct: 15, bias_pct: -3, sync_mape_pct: 2,
  fitted_on: 'Qwen3-0.6B, Qwen3-14B', fit_sweeps: 32, evaluations: 150, objective: 0.004, seconds: 400, values: '{"memoryEff":0.78}',
};

describe('leaveOneVerifierOutTable', () => {
  it('shows the held-out verifier\'s error summary, then the fold\'s fit sweeps, evaluations and time; keeps every field', () => {
    const t = leaveOneVerifierOutTable([ROW], 'cap');
    checkTableSpec(t, 'test');
    expect([t.id, t.caption]).toEqual(['calibration-lovo', 'cap']);
    expect(t.columns.map((c) => c.key)).toEqual(['verifier', 'n_points', 'mape_pct', 'max_error_pct', 'bias_pct', 'sync_mape_pct', 'fit_sweeps', 'evaluations', 'seconds']);
    expect(t.columns[0].label).toBe('held-out verifier');
    expect(t.columns.at(-1)).toEqual({ key: 'seconds', label: 'time', unit: 's' });
    expect(t.rows).toEqual([ROW]);
  });

  it('rejects no rows and no caption', () => {
    expect(() => leaveOneVerifierOutTable([], 'c')).toThrow('leaveOneVerifierOutTable requires a non-empty array of calibration error rows');
    expect(() => leaveOneVerifierOutTable([ROW], undefined as unknown as string)).toThrow('leaveOneVerifierOutTable requires a caption');
  });

  it('gives scripts/calibrate-sim.ts --lovo the table it writes: the same rows rebuild data/calibration-lovo.json', () => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../data/calibration-lovo.json'), 'utf8'));
    expect(leaveOneVerifierOutTable(file.rows, file.caption)).toEqual(file);
  });
});
