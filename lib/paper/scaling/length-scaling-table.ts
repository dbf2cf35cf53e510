import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** A Fig. 6 line of one model and coefficient (lengthScalingFits output). */
export interface LengthScalingTableLine {
  model: string;
  coefficient: 'c2_p' | 'c2_v';
  /** The length the line is in, e.g. 'p' or 'p + 0.5·g'. */
  feature: string;
  /** s per concurrent request per token. */
  slope: number;
  /** s per concurrent request. */
  intercept: number;
  r2: number;
  n: number;
}

/** The best-fitting decode weight of one model and coefficient (decodeWeightFits output). */
export interface LengthScalingTableWeight {
  model: string;
  coefficient: 'c2_p' | 'c2_v';
  weight: number;
  ciLow: number | null;
  ciHigh: number | null;
  r2Best: number;
  referenceWeight: number;
  referenceInside: boolean;
}

/**
 * Table of Fig. 6: per model and coefficient, the line in its paper length (c2_p in prefill p,
 * c2_v in p + 0.5·g) with slope (µs per concurrent request per token), intercept (ms per
 * concurrent request) and R², next to the decode weight w* of the best-fitting length p + w·g,
 * its 95% interval, the R² there, and whether the paper's weight lies in the interval.
 * Sorted by model, then c2_p before c2_v.
 *
 * @param data `{ lines, weights }`; a line without a weight (or the reverse) leaves those cells empty
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-length-scaling' by default)
 * @throws {Error} `lengthScalingTable requires ...` for malformed rows or no line
 * @example
 * lengthScalingTable({ lines: [{ model: 'M', coefficient: 'c2_v', feature: 'p + 0.5·g', slope: 2e-7, intercept: 1e-4, r2: 0.99, n: 16 }], weights: [] },
 *   { dataLabel: 'simulated' }).rows[0].slope_us; // 0.2
 */
export function lengthScalingTable(
  data: { lines: readonly LengthScalingTableLine[]; weights?: readonly LengthScalingTableWeight[] },
  options: TableOptions,
): TableSpec {
  const fn = 'lengthScalingTable';
  const o = resolveTableOptions(fn, options, 'tab-length-scaling');
  if (data === null || typeof data !== 'object') throw new Error(`${fn} requires { lines, weights }`);
  const weights = data.weights ?? [];
  checkInputRows(fn, 'lines', data.lines, { strings: ['model', 'coefficient', 'feature'], numbers: ['slope', 'intercept', 'r2', 'n'] });
  checkInputRows(fn, 'weights', weights, {
    strings: ['model', 'coefficient'],
    numbers: ['weight', 'r2Best', 'referenceWeight'],
    optionalNumbers: ['ciLow', 'ciHigh'],
    minRows: 0,
  });
  const rows = [...data.lines]
    .sort((a, b) => naturalCompare(a.model, b.model) || naturalCompare(a.coefficient, b.coefficient))
    .map((l) => {
      const w = weights.find((x) => x.model === l.model && x.coefficient === l.coefficient);
      return {
        model: l.model,
        coefficient: l.coefficient,
        feature: l.feature,
        slope_us: l.slope * 1e6,
        intercept_ms: l.intercept * 1e3,
        r2: l.r2,
        n: l.n,
        best_weight: w ? w.weight : null,
        ci_low: w ? w.ciLow : null,
        ci_high: w ? w.ciHigh : null,
        r2_best: w ? w.r2Best : null,
        reference_inside: w ? `${w.referenceInside ? 'yes' : 'no'} (w = ${w.referenceWeight})` : null,
      };
    });
  const feature = data.lines.find((l) => l.coefficient === 'c2_v')?.feature ?? 'p + 0.5·g';
  // The paper's weights: c2_p on prefill alone (0), c2_v on p + 0.5·g.
  const paperWeights = weights.every((w) => w.referenceWeight === (w.coefficient === 'c2_p' ? 0 : 0.5));
  return {
    id: o.id,
    caption:
      o.caption ??
      `Length dependence of the load-dependent coefficients (Fig. 6) on ${o.dataLabel}: per model, c2_p against prefill p and c2_v ` +
        `against ${feature} (least squares over the (prefill, decode) systems), and the decode weight w* of the best-fitting length ` +
        `p + w·g with its 95% Fieller interval (empty bounds: unbounded).`,
    columns: [
      { key: 'model', label: 'model' },
      { key: 'coefficient', label: 'coefficient' },
      { key: 'feature', label: 'length' },
      { key: 'slope_us', label: 'slope', unit: 'µs per request per token', digits: 4 },
      { key: 'intercept_ms', label: 'intercept', unit: 'ms per request', digits: 3 },
      { key: 'r2', label: 'R²', digits: 4 },
      { key: 'n', label: 'systems', digits: 0 },
      { key: 'best_weight', label: 'best decode weight w*', digits: 3 },
      { key: 'ci_low', label: 'w* 95% low', digits: 3 },
      { key: 'ci_high', label: 'w* 95% high', digits: 3 },
      { key: 'r2_best', label: 'R² at w*', digits: 4 },
      { key: 'reference_inside', label: paperWeights ? "paper's weight in interval" : 'reference weight in interval' },
    ],
    rows,
  };
}
