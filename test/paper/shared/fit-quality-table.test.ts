import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { fitQualityTable } from '../../../lib/paper/shared/fit-quality-table.js';

describe('fitQualityTable', () => {
  it('lists R² and MAPE per figure and model, sorted', () => {
    const table = fitQualityTable(
      [
        { figure: 'Fig. 4c', model: 'Qwen3-8B', r2: 0.99, mapePct: 3 },
        { figure: 'Fig. 1', model: 'Qwen3-14B', r2: 0.995, mapePct: 1.2, n: 40 },
        { figure: 'Fig. 1', model: 'Qwen3-8B', r2: 0.993, mapePct: 1.4 },
      ],
      { dataLabel: 'real vLLM' },
    );
    checkTableSpec(table, 'test');
    expect(table.columns.map((c) => [c.key, c.label, c.unit])).toEqual([
      ['figure', 'figure', undefined],
      ['model', 'model', undefined],
      ['r2', 'R²', undefined],
      ['mape_pct', 'MAPE', '%'],
      ['n', 'points', undefined],
    ]);
    expect(table.rows).toEqual([
      { figure: 'Fig. 1', model: 'Qwen3-8B', r2: 0.993, mape_pct: 1.4, n: null },
      { figure: 'Fig. 1', model: 'Qwen3-14B', r2: 0.995, mape_pct: 1.2, n: 40 },
      { figure: 'Fig. 4c', model: 'Qwen3-8B', r2: 0.99, mape_pct: 3, n: null },
    ]);
    expect(table.caption).toContain('real vLLM');
  });
});
