import { describe, expect, it } from 'vitest';
import { breakEvenTable } from '../../../lib/paper/speedup/break-even-table.js';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';

describe('breakEvenTable', () => {
  // k = 3: C1R 0.5, C2R 1.5 -> r* = (0.5 - 1)/(0.5 - 1.5) = 0.5, RPS* = 0.5 / 0.1 = 5; S(0) = 2.
  // k = 1: C1R 0.8, C2R 0.9 -> r* = (-0.2)/(-0.1) = 2 (outside the stable range): SD faster at every load.
  // k = 6: C1R 1.2, C2R 2 -> r* = 0.2/(-0.8) < 0: baseline faster at every load.
  const rows = [
    { system: 'Qwen3-8B', alpha: 0.8, k: 6, c1r: 1.2, c2r: 2, c2BaselineS: 0.1 },
    { system: 'Qwen3-8B', alpha: 0.8, k: 3, c1r: 0.5, c2r: 1.5, c2BaselineS: 0.1 },
    { system: 'Qwen3-8B', alpha: 0.8, k: 1, c1r: 0.8, c2r: 0.9, c2BaselineS: 0.1 },
  ];
  const table = breakEvenTable(rows, { dataLabel: 'simulated' });

  it('computes zero-load speedup and break-even load per setting', () => {
    checkTableSpec(table, 'test');
    expect(table.rows.map((r) => r.k)).toEqual([1, 3, 6]);
    const [k1, k3, k6] = table.rows;
    expect(k3.zero_load_speedup).toBe(2);
    expect(k3.break_even_r).toBeCloseTo(0.5, 12);
    expect(k3.break_even_rps).toBeCloseTo(5, 12);
    expect(k3.regime).toBe('SD faster below RPS*');
    expect(k1).toMatchObject({ break_even_rps: null, regime: 'SD faster at every load' });
    expect(k6).toMatchObject({ break_even_rps: null, regime: 'baseline faster at every load' });
  });

  it('repeats the best k at zero load (argmin C1R) and under load (argmin C2R) on each row', () => {
    for (const r of table.rows) expect(r).toMatchObject({ best_k_zero_load: 3, best_k_under_load: 1 });
    expect(table.caption).toContain('longer in 1 of 1 (system, α) group(s)');
  });

  it('declares units and digits', () => {
    const byKey = Object.fromEntries(table.columns.map((c) => [c.key, c]));
    expect(byKey.break_even_rps).toMatchObject({ unit: 'requests/s', digits: 3 });
    expect(byKey.zero_load_speedup.unit).toBe('×');
  });

  it('rejects a non-positive baseline C2', () => {
    expect(() => breakEvenTable([{ ...rows[0], c2BaselineS: 0 }], { dataLabel: 'd' })).toThrow(
      'breakEvenTable requires rows[0] with c1r > 0, c2r >= 0 and c2BaselineS > 0',
    );
  });
});
