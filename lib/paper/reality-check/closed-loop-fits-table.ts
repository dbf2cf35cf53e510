import { checkInputRows } from '../../plot/check-input-rows.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** The line L = C1 + C2·B fitted to one closed-loop series, with confidence intervals. */
export interface ClosedLoopFitsTableRow {
  /** Series, e.g. 'AR' or 'SD'. */
  series: string;
  /** C1 and its interval, in the table's unit. */
  intercept: number;
  interceptLow: number;
  interceptHigh: number;
  /** C2 and its interval, in the table's unit per request. */
  slope: number;
  slopeLow: number;
  slopeHigh: number;
  r2: number;
  /** Mean absolute percentage error (%). */
  mapePct: number;
  /** Points fitted. */
  n: number;
}

/** Options of {@link closedLoopFitsTable}. */
export interface ClosedLoopFitsTableOptions extends TableOptions {
  /** Unit of the latencies and of C1, e.g. 'ms per token' (default 's'). */
  unit?: string;
  /** Confidence level of the intervals, for the header (default 0.95). */
  level?: number;
}

/**
 * Table of closed-loop line fits L = C1 + C2·B (Little's Law with a fixed batch B): per series,
 * C1 and C2 with their confidence intervals, R², MAPE (%) and the points fitted. Rows keep the
 * input order.
 *
 * @param rows one row per series
 * @param options dataLabel (required), unit, level, id, caption
 * @returns the table (id 'tab-closed-loop-fits' by default)
 * @throws {Error} `closedLoopFitsTable requires ...` for empty or malformed rows, or a level outside (0, 1)
 * @example
 * closedLoopFitsTable([{ series: 'AR', intercept: 6.2, interceptLow: -5.2, interceptHigh: 17.7, slope: 0.347,
 *   slopeLow: 0.199, slopeHigh: 0.495, r2: 0.981, mapePct: 5.7, n: 4 }], { dataLabel: 'MagicDec', unit: 'ms per token' });
 */
export function closedLoopFitsTable(rows: readonly ClosedLoopFitsTableRow[], options: ClosedLoopFitsTableOptions): TableSpec {
  const fn = 'closedLoopFitsTable';
  const o = resolveTableOptions(fn, options, 'tab-closed-loop-fits');
  checkInputRows(fn, 'rows', rows, {
    strings: ['series'],
    numbers: ['intercept', 'interceptLow', 'interceptHigh', 'slope', 'slopeLow', 'slopeHigh', 'r2', 'mapePct', 'n'],
  });
  const unit = options.unit ?? 's';
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error(`${fn} requires options.level in (0, 1), got ${String(level)}`);
  const pct = `${Math.round(level * 1000) / 10}%`;
  return {
    id: o.id,
    caption:
      o.caption ??
      `Closed-loop fits on ${o.dataLabel}: with a fixed batch B in flight, L = C1 + C2·B (Little's Law); least-squares ` +
        `lines with ${pct} confidence intervals (Student t, n − 2 degrees of freedom).`,
    columns: [
      { key: 'series', label: 'series' },
      { key: 'c1', label: 'C1', unit, digits: 3 },
      { key: 'c1_low', label: `C1 ${pct} low`, unit, digits: 3 },
      { key: 'c1_high', label: `C1 ${pct} high`, unit, digits: 3 },
      { key: 'c2', label: 'C2', unit: `${unit} per request`, digits: 4 },
      { key: 'c2_low', label: `C2 ${pct} low`, unit: `${unit} per request`, digits: 4 },
      { key: 'c2_high', label: `C2 ${pct} high`, unit: `${unit} per request`, digits: 4 },
      { key: 'r2', label: 'R²', digits: 4 },
      { key: 'mape_pct', label: 'MAPE', unit: '%', digits: 2 },
      { key: 'n', label: 'points', digits: 0 },
    ],
    rows: rows.map((r) => ({
      series: r.series,
      c1: r.intercept,
      c1_low: r.interceptLow,
      c1_high: r.interceptHigh,
      c2: r.slope,
      c2_low: r.slopeLow,
      c2_high: r.slopeHigh,
      r2: r.r2,
      mape_pct: r.mapePct,
      n: r.n,
    })),
  };
}
