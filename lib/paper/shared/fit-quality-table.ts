import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** Fit quality of one model in one figure's analysis. */
export interface FitQualityTableRow {
  /** Figure or analysis, e.g. 'Fig. 1' or 'Fig. 4c (pooled Eq. 3)'. */
  figure: string;
  /** Model (verifier) or system label. */
  model: string;
  r2: number;
  /** Mean absolute percentage error (%). */
  mapePct: number;
  /** Points behind the numbers, when known. */
  n?: number | null;
}

/**
 * Table of fit quality per figure and model: R² and MAPE (%), plus the point count when
 * given. Sorted by figure, then model (natural order).
 *
 * @param rows one row per (figure, model)
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-fit-quality' by default)
 * @throws {Error} `fitQualityTable requires ...` for empty or malformed rows
 * @example
 * fitQualityTable([{ figure: 'Fig. 1', model: 'Qwen3-8B', r2: 0.99, mapePct: 2.1 }], { dataLabel: 'simulated' }).rows.length; // 1
 */
export function fitQualityTable(rows: readonly FitQualityTableRow[], options: TableOptions): TableSpec {
  const fn = 'fitQualityTable';
  const o = resolveTableOptions(fn, options, 'tab-fit-quality');
  checkInputRows(fn, 'rows', rows, { strings: ['figure', 'model'], numbers: ['r2', 'mapePct'], optionalNumbers: ['n'] });
  const withN = rows.some((r) => typeof r.n === 'number');
  return {
    id: o.id,
    caption: o.caption ?? `Fit quality per figure and model on ${o.dataLabel}: coefficient of determination R² and mean absolute percentage error.`,
    columns: [
      { key: 'figure', label: 'figure' },
      { key: 'model', label: 'model' },
      { key: 'r2', label: 'R²', digits: 4 },
      { key: 'mape_pct', label: 'MAPE', unit: '%', digits: 2 },
      ...(withN ? [{ key: 'n', label: 'points', digits: 0 }] : []),
    ],
    rows: [...rows]
      .sort((a, b) => naturalCompare(a.figure, b.figure) || naturalCompare(a.model, b.model))
      .map((r) => ({
        figure: r.figure,
        model: r.model,
        r2: r.r2,
        mape_pct: r.mapePct,
        ...(withN ? { n: r.n ?? null } : {}),
      })),
  };
}
