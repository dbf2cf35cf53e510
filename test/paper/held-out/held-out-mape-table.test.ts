import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { heldOutMapeTable } from '../../../lib/paper/held-out/held-out-mape-table.js';

describe('heldOutMapeTable', () => {
  const table = heldOutMapeTable(
    [
      { model: 'Qwen3-8B', coefficient: 'c2_v', n: 4, mapePct: 5 },
      { model: 'Qwen3-8B', coefficient: 'c2_v', n: 1, mapePct: 3 },
      { model: 'Qwen3-8B', coefficient: 'c1_p', n: 1, mapePct: Number.NaN },
      { model: 'Qwen3-1.7B', coefficient: 'c2_v', n: 1, mapePct: 8 },
    ],
    { dataLabel: 'simulated' },
  );

  it('puts one column per n and the largest MAPE, models in natural order, coefficients in Eq. 3 order', () => {
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => c.key)).toEqual(['model', 'coefficient', 'mape_n1', 'mape_n4', 'max_mape']);
    expect(table.rows).toEqual([
      { model: 'Qwen3-1.7B', coefficient: 'c2_v', mape_n1: 8, mape_n4: null, max_mape: 8 },
      { model: 'Qwen3-8B', coefficient: 'c1_p', mape_n1: Number.NaN, mape_n4: null, max_mape: null },
      { model: 'Qwen3-8B', coefficient: 'c2_v', mape_n1: 3, mape_n4: 5, max_mape: 5 },
    ]);
    expect(table.caption).toContain('n ∈ {1, 4}');
    expect(table.caption).toContain('empty cells: an observed coefficient of 0');
    expect(heldOutMapeTable([{ model: 'M', coefficient: 'c2_v', n: 1, mapePct: 2 }], { dataLabel: 'd' }).caption).not.toContain('empty cells');
  });

  it('rejects repeated triples and a missing MAPE', () => {
    const r = { model: 'M', coefficient: 'c2_v', n: 1, mapePct: 1 };
    expect(() => heldOutMapeTable([r, r], { dataLabel: 'd' })).toThrow('heldOutMapeTable requires one row per (model, coefficient, n), got two for M c2_v n = 1');
    expect(() => heldOutMapeTable([{ ...r, mapePct: undefined as never }], { dataLabel: 'd' })).toThrow('heldOutMapeTable requires rows[0].mapePct to be a number');
  });
});
