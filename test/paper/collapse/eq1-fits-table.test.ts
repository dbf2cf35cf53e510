import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { eq1FitsTable } from '../../../lib/paper/collapse/eq1-fits-table.js';

const fit = (verifier: string, k: number, alpha: number | null, c2: number, r2: number) => ({
  verifier,
  drafter: k > 0 ? 'EAGLE-3' : '',
  hardware: 'A100-80GB',
  prefill_tokens: 512,
  decode_tokens: 128,
  k,
  alpha,
  c1: 2.5,
  c2,
  r2,
  mapePct: 1.5,
  n: 9,
  excluded: 1,
});

describe('eq1FitsTable', () => {
  const table = eq1FitsTable([fit('Qwen3-14B', 0, null, 0.05, 0.99), fit('Qwen3-8B', 3, 0.7, 0.04, 0.98), fit('Qwen3-8B', 0, null, 0, 0.97)], {
    dataLabel: 'simulated',
  });

  it('is a valid table with units in the column definitions', () => {
    checkTableSpec(table, 'test');
    expect(table.id).toBe('tab-eq1-fits');
    const byKey = Object.fromEntries(table.columns.map((c) => [c.key, c]));
    expect(byKey.c1).toEqual({ key: 'c1', label: 'C1', unit: 's', digits: 4 });
    expect(byKey.c2.unit).toBe('s/request');
    expect(byKey.saturation_rps.unit).toBe('requests/s');
    expect(byKey.mape_pct.unit).toBe('%');
    expect(table.columns.map((c) => c.key)).toEqual([
      'verifier', 'drafter', 'hardware', 'prefill_tokens', 'decode_tokens', 'k', 'alpha',
      'c1', 'c2', 'saturation_rps', 'r2', 'mape_pct', 'n', 'excluded',
    ]);
  });

  it('sorts by configuration and computes the saturation rate 1/C2 (empty when C2 = 0)', () => {
    expect(table.rows.map((r) => [r.verifier, r.k])).toEqual([
      ['Qwen3-8B', 0],
      ['Qwen3-8B', 3],
      ['Qwen3-14B', 0],
    ]);
    expect(table.rows[0].saturation_rps).toBeNull();
    expect(table.rows[1].saturation_rps).toBeCloseTo(25, 12);
    expect(table.rows[2].saturation_rps).toBeCloseTo(20, 12);
    expect(table.rows[1]).toMatchObject({ alpha: 0.7, c1: 2.5, c2: 0.04, r2: 0.98, mape_pct: 1.5, n: 9, excluded: 1 });
  });

  it('names the data and the median fit quality in the caption', () => {
    expect(table.caption).toContain('on simulated: 3 configuration(s), median R² 0.98, median MAPE 1.5%');
  });

  it('rejects a row without C2', () => {
    expect(() => eq1FitsTable([{ ...fit('a', 0, null, 0.1, 1), c2: undefined as unknown as number }], { dataLabel: 'd' })).toThrow(
      'eq1FitsTable requires rows[0].c2 to be a finite number',
    );
  });
});
