/** One column of a {@link TableSpec}. */
export interface TableColumn {
  /** Property of each row that holds this column's value. */
  key: string;
  /** Header text, e.g. 'C1'. */
  label: string;
  /** Unit shown in the header as `label (unit)`, e.g. 's' or 'requests/s'; omit for none. */
  unit?: string;
  /** Fixed number of decimals for numeric values (toFixed); omit to print numbers in full. */
  digits?: number;
}

/**
 * A table as data, built by pure functions in lib/paper and written by
 * lib/io/write-table.ts (CSV, Markdown, JSON) or shown in a notebook by
 * lib/io/show-table.ts. Cells that are null, undefined or NaN print as empty.
 * `id` follows the rule of figure ids (letters, digits, '.', '_', '-').
 *
 * @example
 * const table: TableSpec = {
 *   id: 'tab01-coefficients',
 *   caption: 'Fitted Eq. 1 coefficients per verifier',
 *   columns: [
 *     { key: 'verifier', label: 'verifier' },
 *     { key: 'c1', label: 'C1', unit: 's', digits: 3 },
 *   ],
 *   rows: [{ verifier: 'Qwen3-8B', c1: 2.5 }],
 * };
 */
export interface TableSpec {
  id: string;
  caption: string;
  columns: TableColumn[];
  rows: Record<string, unknown>[];
}
