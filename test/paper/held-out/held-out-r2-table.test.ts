import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { heldOutR2Table } from '../../../lib/paper/held-out/held-out-r2-table.js';

describe('heldOutR2Table', () => {
  const table = heldOutR2Table(
    [
      { model: 'Qwen3-8B', coefficient: 'c2_v', n: 4, r2: 0.975 },
      { model: 'Qwen3-8B', coefficient: 'c2_v', n: 1, r2: 0.99 },
      { model: 'Qwen3-8B', coefficient: 'c2_p', n: 1, r2: 0.98 },
      { model: 'Qwen3-8B', coefficient: 'c2_p', n: 4, r2: 0.96 },
      { model: 'Qwen3-1.7B', coefficient: 'c2_p', n: 1, r2: 0.9 },
    ],
    { dataLabel: 'simulated' },
  );

  it('pivots n into columns and checks the smallest R² against 0.97', () => {
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => c.key)).toEqual(['model', 'coefficient', 'r2_n1', 'r2_n4', 'min_r2', 'reaches_threshold']);
    expect(table.columns[5].label).toBe('min R² ≥ 0.97');
    expect(table.rows).toEqual([
      { model: 'Qwen3-1.7B', coefficient: 'c2_p', r2_n1: 0.9, r2_n4: null, min_r2: 0.9, reaches_threshold: 'no' },
      { model: 'Qwen3-8B', coefficient: 'c2_p', r2_n1: 0.98, r2_n4: 0.96, min_r2: 0.96, reaches_threshold: 'no' },
      { model: 'Qwen3-8B', coefficient: 'c2_v', r2_n1: 0.99, r2_n4: 0.975, min_r2: 0.975, reaches_threshold: 'yes' },
    ]);
    expect(table.caption).toContain('n ∈ {1, 4}');
  });

  it('rejects a repeated (model, coefficient, n)', () => {
    expect(() =>
      heldOutR2Table(
        [
          { model: 'a', coefficient: 'c2_p', n: 1, r2: 1 },
          { model: 'a', coefficient: 'c2_p', n: 1, r2: 0.9 },
        ],
        { dataLabel: 'd' },
      ),
    ).toThrow('heldOutR2Table requires one row per (model, coefficient, n), got two for a c2_p n = 1');
  });
});
