import { checkInputRows } from '../../plot/check-input-rows.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** One (model, decode length) row of {@link sweepLoadCoverageTable}, as sweepLoadCoverage returns it. */
export interface SweepLoadCoverageTableRow {
  model: string;
  decodeTokens: number;
  sweeps: number;
  /** Median highest utilisation u = 1 − L_sync / L_max over the sweeps (dimensionless). */
  medianUtilisation: number;
  /** Median completed / sent requests of the kept open-loop rows (fraction; NaN when unknown). */
  medianCompletedRatio: number;
  /** Smallest completed / sent (fraction; NaN when unknown). */
  minCompletedRatio: number;
  /** Longest mean latency of the kept open-loop rows (s). */
  maxLatencyS: number;
}

/**
 * Table of how far each model's sweeps reach up the load curve, per decode length: the number
 * of sweeps, the median highest utilisation u = 1 − L_sync / L_max (Eq. 1: u = RPS·C2), the
 * completed-request rate as a share of the sending rate (median and lowest, in %), and the
 * longest mean latency. Rows keep the input order.
 *
 * @param rows sweepLoadCoverage(...).rows
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-sweep-load-coverage' by default)
 * @throws {Error} `sweepLoadCoverageTable requires ...` for empty or malformed rows
 * @example
 * sweepLoadCoverageTable(sweepLoadCoverage(rows).rows, { dataLabel: 'simulated' }).rows[0].completed_median_pct; // 96.5
 */
export function sweepLoadCoverageTable(rows: readonly SweepLoadCoverageTableRow[], options: TableOptions): TableSpec {
  const fn = 'sweepLoadCoverageTable';
  const o = resolveTableOptions(fn, options, 'tab-sweep-load-coverage');
  checkInputRows(fn, 'rows', rows, { strings: ['model'], numbers: ['decodeTokens', 'sweeps', 'medianUtilisation', 'maxLatencyS'] });
  rows.forEach((r, i) => {
    for (const key of ['medianCompletedRatio', 'minCompletedRatio'] as const) {
      if (typeof r[key] !== 'number') throw new Error(`${fn} requires rows[${i}].${key} to be a number (NaN when unknown)`);
    }
  });
  return {
    id: o.id,
    caption:
      o.caption ??
      `How far the sweeps go up the load curve on ${o.dataLabel}, per model and decode length (every prefill length and ` +
        `(α, k) setting together), after the fits' exclusion rules: median over the sweeps of the highest utilisation ` +
        `u = 1 − L_sync / L_max (Eq. 1: u = RPS·C2; a small u leaves C2 weakly determined), completed requests as a share ` +
        `of those sent at the constant rates (GuideLLM counts only requests that finish inside the benchmark window), ` +
        `and the longest mean latency.`,
    columns: [
      { key: 'model', label: 'model' },
      { key: 'decode_tokens', label: 'decode', unit: 'tokens' },
      { key: 'sweeps', label: 'sweeps' },
      { key: 'median_u', label: 'median highest u', digits: 2 },
      { key: 'completed_median_pct', label: 'completed / sent, median', unit: '%', digits: 1 },
      { key: 'completed_min_pct', label: 'completed / sent, lowest', unit: '%', digits: 1 },
      { key: 'max_latency_s', label: 'longest mean latency', unit: 's', digits: 1 },
    ],
    rows: rows.map((r) => ({
      model: r.model,
      decode_tokens: r.decodeTokens,
      sweeps: r.sweeps,
      median_u: r.medianUtilisation,
      completed_median_pct: 100 * r.medianCompletedRatio,
      completed_min_pct: 100 * r.minCompletedRatio,
      max_latency_s: r.maxLatencyS,
    })),
  };
}
