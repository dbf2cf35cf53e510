import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { lengthScalingTable } from '../../../lib/paper/scaling/length-scaling-table.js';

describe('lengthScalingTable', () => {
  const table = lengthScalingTable(
    {
      lines: [
        { model: 'Qwen3-8B', coefficient: 'c2_v', feature: 'p + 0.5·g', slope: 2e-7, intercept: 1e-4, r2: 0.99, n: 16 },
        { model: 'Qwen3-8B', coefficient: 'c2_p', feature: 'p', slope: 4e-6, intercept: 2e-3, r2: 0.95, n: 16 },
        { model: 'Qwen3-1.7B', coefficient: 'c2_p', feature: 'p', slope: 1e-6, intercept: 1e-3, r2: 0.9, n: 16 },
      ],
      weights: [{ model: 'Qwen3-8B', coefficient: 'c2_v', weight: 0.42, ciLow: 0.35, ciHigh: 0.49, r2Best: 0.995, referenceWeight: 0.5, referenceInside: false }],
    },
    { dataLabel: 'simulated' },
  );

  it('shows lines in µs per token and ms, joined with their decode weights', () => {
    checkTableSpec(table, 'test');
    expect(table.rows.map((r) => [r.model, r.coefficient])).toEqual([
      ['Qwen3-1.7B', 'c2_p'],
      ['Qwen3-8B', 'c2_p'],
      ['Qwen3-8B', 'c2_v'],
    ]);
    expect(table.rows[2]).toMatchObject({ best_weight: 0.42, ci_low: 0.35, ci_high: 0.49, r2_best: 0.995, reference_inside: 'no (w = 0.5)' });
    expect(table.rows[2].slope_us).toBeCloseTo(0.2, 12);
    expect(table.rows[2].intercept_ms).toBeCloseTo(0.1, 12);
    expect(table.rows[0]).toMatchObject({ best_weight: null, reference_inside: null });
  });

  it("names the lines' effective length, and the paper's weight only when the reference weights are the paper's", () => {
    expect(table.caption).toContain('c2_v against p + 0.5·g (least squares');
    expect(table.columns.at(-1)!.label).toBe("paper's weight in interval");
    const other = lengthScalingTable(
      {
        lines: [{ model: 'M', coefficient: 'c2_v', feature: 'p + 1·g', slope: 2e-7, intercept: 1e-4, r2: 0.99, n: 16 }],
        weights: [{ model: 'M', coefficient: 'c2_v', weight: 1, ciLow: 0.8, ciHigh: 1.2, r2Best: 0.99, referenceWeight: 1, referenceInside: true }],
      },
      { dataLabel: 'simulated' },
    );
    expect(other.caption).toContain('c2_v against p + 1·g (least squares');
    expect(other.columns.at(-1)!.label).toBe('reference weight in interval');
  });

  it('rejects malformed lines', () => {
    expect(() => lengthScalingTable({ lines: [] }, { dataLabel: 'd' })).toThrow('lengthScalingTable requires at least 1 row(s) in lines');
    expect(() => lengthScalingTable(null as never, { dataLabel: 'd' })).toThrow('lengthScalingTable requires { lines, weights }');
  });
});
