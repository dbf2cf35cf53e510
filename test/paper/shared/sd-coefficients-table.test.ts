import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { sdCoefficientsTable } from '../../../lib/paper/shared/sd-coefficients-table.js';

const six = { c1_p: 0.05, c1_v: 0.02, c1_d: 0.002, c2_p: 0.004, c2_v: 0.0012, c2_d: 0.0001 };

describe('sdCoefficientsTable', () => {
  it('shows the six coefficients in ms with units, and no CI columns when none is given', () => {
    const table = sdCoefficientsTable([{ system: 'Qwen3-8B', ...six, r2: 0.995, mapePct: 2.1 }], { dataLabel: 'simulated' });
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => [c.key, c.unit])).toEqual([
      ['system', undefined],
      ['c1_p', 'ms'],
      ['c1_v', 'ms'],
      ['c1_d', 'ms'],
      ['c2_p', 'ms/request'],
      ['c2_v', 'ms/request'],
      ['c2_d', 'ms/request'],
      ['r2', undefined],
      ['mape_pct', '%'],
    ]);
    const row = table.rows[0];
    expect(row.c1_p).toBeCloseTo(50, 10);
    expect(row.c2_v).toBeCloseTo(1.2, 10);
    expect(row.c2_d).toBeCloseTo(0.1, 10);
    expect(table.caption).toContain('on simulated');
  });

  it('adds 95% CI columns beside each coefficient the caller bounds, empty for rows without them', () => {
    const table = sdCoefficientsTable(
      [
        { system: 'Qwen3-8B', ...six, c1_v_lo: 0.019, c1_v_hi: 0.021, r2: 0.99, mapePct: 2, n: 80 },
        { system: 'Qwen3-1.7B', ...six, r2: 0.98, mapePct: 3 },
      ],
      { dataLabel: 'simulated' },
    );
    const keys = table.columns.map((c) => c.key);
    expect(keys.slice(0, 5)).toEqual(['system', 'c1_p', 'c1_v', 'c1_v_lo', 'c1_v_hi']);
    expect(keys).not.toContain('c1_p_lo');
    expect(keys[keys.length - 1]).toBe('n');
    expect(table.rows.map((r) => r.system)).toEqual(['Qwen3-1.7B', 'Qwen3-8B']);
    expect(table.rows[0].c1_v_lo).toBeNull();
    expect(table.rows[1].c1_v_lo).toBeCloseTo(19, 10);
    expect(table.rows[1].n).toBe(80);
    expect(table.caption).toContain('95% confidence intervals');
  });
});
