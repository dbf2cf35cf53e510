import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** How well the simulator reproduces one verifier's real measurements. */
export interface CalibrationTableRow {
  verifier: string;
  /** Paired (real, simulated) runs compared. */
  n: number;
  /** Mean absolute percentage error of simulated against real mean latency (%). */
  mapePct: number;
  /** Largest absolute percentage error (%). */
  maxAbsErrorPct: number;
  /** Mean signed error (simulated − real) / real (%), when known. */
  biasPct?: number | null;
}

/**
 * Table of the simulator's calibration per verifier: runs compared, MAPE (%), largest
 * absolute error (%) and, when given, the mean signed error (%). Sorted by verifier.
 *
 * @param rows one row per verifier
 * @param options dataLabel (required; name the real data and the simulator), id, caption
 * @returns the table (id 'tab-calibration' by default)
 * @throws {Error} `calibrationTable requires ...` for empty or malformed rows
 * @example
 * calibrationTable([{ verifier: 'Qwen3-8B', n: 40, mapePct: 4.2, maxAbsErrorPct: 11 }], { dataLabel: 'speculators-scaling vs simulator' });
 */
export function calibrationTable(rows: readonly CalibrationTableRow[], options: TableOptions): TableSpec {
  const fn = 'calibrationTable';
  const o = resolveTableOptions(fn, options, 'tab-calibration');
  checkInputRows(fn, 'rows', rows, { strings: ['verifier'], numbers: ['n', 'mapePct', 'maxAbsErrorPct'], optionalNumbers: ['biasPct'] });
  const withBias = rows.some((r) => typeof r.biasPct === 'number');
  return {
    id: o.id,
    caption:
      o.caption ??
      `Simulator calibration on ${o.dataLabel}: simulated against real mean latency per verifier, ` +
        `${rows.reduce((a, r) => a + r.n, 0)} paired runs in all.`,
    columns: [
      { key: 'verifier', label: 'verifier' },
      { key: 'n', label: 'runs', digits: 0 },
      { key: 'mape_pct', label: 'MAPE', unit: '%', digits: 2 },
      { key: 'max_abs_error_pct', label: 'max |error|', unit: '%', digits: 2 },
      ...(withBias ? [{ key: 'bias_pct', label: 'mean signed error', unit: '%', digits: 2 }] : []),
    ],
    rows: [...rows]
      .sort((a, b) => naturalCompare(a.verifier, b.verifier))
      .map((r) => ({
        verifier: r.verifier,
        n: r.n,
        mape_pct: r.mapePct,
        max_abs_error_pct: r.maxAbsErrorPct,
        ...(withBias ? { bias_pct: r.biasPct ?? null } : {}),
      })),
  };
}
