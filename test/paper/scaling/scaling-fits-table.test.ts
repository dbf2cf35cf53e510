import { describe, expect, it } from 'vitest';
import { checkTableSpec } from '../../../lib/table/check-table-spec.js';
import { scalingFitsTable } from '../../../lib/paper/scaling/scaling-fits-table.js';

describe('scalingFitsTable', () => {
  const table = scalingFitsTable(
    [
      { data: 'simulated', coefficient: 'c1_v', form: 'proportional', slope: 0.002, intercept: 0, r2: 0.99, exponent: 1.01, n: 7 },
      { data: 'real', coefficient: 'c2_d', form: 'linear', slope: 1e-4, intercept: 5e-5, r2: 0.5, exponent: Number.NaN, n: 5 },
      { data: 'real', coefficient: 'c1_p', form: 'proportional', slope: 0.004, intercept: 0, r2: 0.8, exponent: 0.7, n: 5 },
      { data: 'real', coefficient: 'c1_p', form: 'linear', slope: 0.003, intercept: 0.01, r2: 0.9, exponent: 0.7, n: 5 },
    ],
    { dataLabel: 'real and simulated' },
  );

  it('converts to milliseconds, names the size axis and sorts by data then Eq. 3 order', () => {
    checkTableSpec(table, 'test');
    expect(table.rows.map((r) => [r.data, r.coefficient, r.form])).toEqual([
      ['real', 'c1_p', 'proportional'],
      ['real', 'c1_p', 'linear'],
      ['real', 'c2_d', 'linear'],
      ['simulated', 'c1_v', 'proportional'],
    ]);
    expect(table.rows[2]).toMatchObject({ size: 'drafter parameters', slope_ms: 0.1, intercept_ms: 0.05, n: 5 });
    expect(table.rows[0].size).toBe('verifier parameters');
    expect(table.rows[3].slope_ms).toBeCloseTo(2, 12);
    expect(table.caption).toContain('on real and simulated');
  });

  it('rejects unknown coefficients and missing exponents', () => {
    const row = { data: 'd', coefficient: 'c3', form: 'linear', slope: 1, intercept: 0, r2: 1, exponent: 1, n: 2 };
    expect(() => scalingFitsTable([row], { dataLabel: 'd' })).toThrow('scalingFitsTable requires rows[0].coefficient to be one of c1_p');
    expect(() => scalingFitsTable([{ ...row, coefficient: 'c1_p', exponent: undefined as never }], { dataLabel: 'd' })).toThrow(
      'scalingFitsTable requires rows[0].exponent to be a number',
    );
    expect(() => scalingFitsTable([row], {} as never)).toThrow('scalingFitsTable requires options.dataLabel');
  });
});
