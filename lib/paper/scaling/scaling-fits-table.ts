import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** One coefficient's line against model size (Fig. 5), from one data set. */
export interface ScalingFitsTableRow {
  /** Which data, e.g. 'real' or 'simulated'. */
  data: string;
  /** One of c1_p, c1_v, c1_d, c2_p, c2_v, c2_d. */
  coefficient: string;
  /** 'proportional' (value = slope × size) or 'linear' (with an intercept). */
  form: string;
  /** Slope (s per billion parameters; s per concurrent request per billion for c2_*). */
  slope: number;
  /** Intercept (s), 0 for a proportional fit. */
  intercept: number;
  r2: number;
  /** Log–log exponent b of value ∝ size^b (NaN when unknown). */
  exponent: number;
  /** Models fitted. */
  n: number;
}

/**
 * Table of Fig. 5's lines: per data set and coefficient, the slope and intercept against model
 * size (shown in ms per billion parameters and ms), which size it is (verifier for c*_p and c*_v,
 * drafter for c*_d), the form (proportional or linear with an intercept), R², the log–log exponent
 * (1 = linear) and the number of models. Sorted by data set, coefficient in Eq. 3 order, then form.
 *
 * @param rows one row per (data, coefficient)
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-scaling-fits' by default)
 * @throws {Error} `scalingFitsTable requires ...` for empty or malformed rows or an unknown coefficient
 * @example
 * scalingFitsTable([{ data: 'real', coefficient: 'c1_v', form: 'proportional', slope: 0.0014, intercept: 0, r2: 0.99, exponent: 0.98, n: 5 }],
 *   { dataLabel: 'real vLLM' }).rows[0].slope_ms; // 1.4
 */
export function scalingFitsTable(rows: readonly ScalingFitsTableRow[], options: TableOptions): TableSpec {
  const fn = 'scalingFitsTable';
  const o = resolveTableOptions(fn, options, 'tab-scaling-fits');
  checkInputRows(fn, 'rows', rows, { strings: ['data', 'coefficient', 'form'], numbers: ['slope', 'intercept', 'r2', 'n'] });
  const order = SD_COEFFICIENT_NAMES as readonly string[];
  rows.forEach((r, i) => {
    if (!order.includes(r.coefficient)) throw new Error(`${fn} requires rows[${i}].coefficient to be one of ${order.join(', ')}`);
    if (typeof r.exponent !== 'number') throw new Error(`${fn} requires rows[${i}].exponent to be a number (NaN when unknown)`);
  });
  return {
    id: o.id,
    caption:
      o.caption ??
      `Coefficients against model size (Fig. 5) on ${o.dataLabel}: least-squares lines of each pooled Eq. 3 coefficient ` +
        `against the verifier's parameters (c*_p, c*_v) or the drafter's (c*_d); R² around the mean; the log–log exponent is 1 for linear scaling.`,
    columns: [
      { key: 'data', label: 'data' },
      { key: 'coefficient', label: 'coefficient' },
      { key: 'size', label: 'against' },
      { key: 'form', label: 'fit' },
      { key: 'slope_ms', label: 'slope', unit: 'ms per billion parameters', digits: 4 },
      { key: 'intercept_ms', label: 'intercept', unit: 'ms', digits: 3 },
      { key: 'r2', label: 'R²', digits: 4 },
      { key: 'exponent', label: 'log–log exponent', digits: 3 },
      { key: 'n', label: 'models', digits: 0 },
    ],
    rows: [...rows]
      .sort((a, b) => naturalCompare(a.data, b.data) || order.indexOf(a.coefficient) - order.indexOf(b.coefficient) || naturalCompare(b.form, a.form))
      .map((r) => ({
        data: r.data,
        coefficient: r.coefficient,
        size: r.coefficient.endsWith('_d') ? 'drafter parameters' : 'verifier parameters',
        form: r.form,
        slope_ms: r.slope * 1000,
        intercept_ms: r.intercept * 1000,
        r2: r.r2,
        exponent: r.exponent,
        n: r.n,
      })),
  };
}
