import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { PAPER_REPORTED_VALUES } from '../shared/paper-reported-values.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** This project's plain and coverage-corrected R² for one MoE model. */
export interface MoeR2TableRow {
  /** Model name, e.g. 'Qwen3-30B-A3B' (an 'org/' prefix is ignored when matching the paper). */
  model: string;
  /** R² of the plain Eq. 1 fit. */
  plainR2: number;
  /** R² of the coverage-corrected Eq. 4 fit. */
  correctedR2: number;
  /** Points behind the numbers, when known. */
  n?: number | null;
  /**
   * What distinguishes rows of the same model, when the table compares variants, e.g. the
   * routed-token assumption 'T = B·(k+1)' or the points scored ('lower-load half'). Shown as a
   * 'setting' column after the model when any row gives one.
   */
  setting?: string | null;
}

/**
 * Table of MoE fit quality before and after the coverage correction: this project's plain
 * Eq. 1 and corrected Eq. 4 R², the gain, and the paper's reported values for the same model
 * (from {@link PAPER_REPORTED_VALUES}; empty for models the paper does not report). Models
 * match case-insensitively, ignoring an 'org/' prefix. Rows may carry a `setting` (e.g. the
 * routed-token assumption) to compare variants of one model side by side; rows are sorted by
 * model, keeping the input order of a model's settings.
 *
 * @param rows one row per model
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-moe-r2' by default)
 * @throws {Error} `moeR2Table requires ...` for empty or malformed rows
 * @example
 * moeR2Table([{ model: 'gpt-oss-20b', plainR2: 0.91, correctedR2: 0.99 }], { dataLabel: 'simulated' }).rows[0].paper_corrected_r2; // 0.997
 */
export function moeR2Table(rows: readonly MoeR2TableRow[], options: TableOptions): TableSpec {
  const fn = 'moeR2Table';
  const o = resolveTableOptions(fn, options, 'tab-moe-r2');
  checkInputRows(fn, 'rows', rows, { strings: ['model'], numbers: ['plainR2', 'correctedR2'], optionalNumbers: ['n'], optionalStrings: ['setting'] });
  const normalise = (name: string): string => name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const withN = rows.some((r) => typeof r.n === 'number');
  const withSetting = rows.some((r) => typeof r.setting === 'string');
  return {
    id: o.id,
    caption:
      o.caption ??
      `MoE fit quality on ${o.dataLabel}: R² of the plain Eq. 1 fit and of the coverage-corrected Eq. 4 fit, ` +
        `with the values reported by the paper (${PAPER_REPORTED_VALUES.source}; lower-load half of its sweep) for comparison.`,
    columns: [
      { key: 'model', label: 'model' },
      ...(withSetting ? [{ key: 'setting', label: 'setting' }] : []),
      { key: 'plain_r2', label: 'R² plain Eq. 1', digits: 3 },
      { key: 'corrected_r2', label: 'R² corrected Eq. 4', digits: 3 },
      { key: 'gain', label: 'R² gain', digits: 3 },
      { key: 'paper_plain_r2', label: 'paper R² plain', digits: 3 },
      { key: 'paper_corrected_r2', label: 'paper R² corrected', digits: 3 },
      ...(withN ? [{ key: 'n', label: 'points', digits: 0 }] : []),
    ],
    rows: [...rows]
      .sort((a, b) => naturalCompare(a.model, b.model))
      .map((r) => {
        const paper = PAPER_REPORTED_VALUES.moeR2.find((p) => normalise(p.model) === normalise(r.model));
        return {
          model: r.model,
          ...(withSetting ? { setting: r.setting ?? null } : {}),
          plain_r2: r.plainR2,
          corrected_r2: r.correctedR2,
          gain: r.correctedR2 - r.plainR2,
          paper_plain_r2: paper ? paper.plainR2 : null,
          paper_corrected_r2: paper ? paper.correctedR2 : null,
          ...(withN ? { n: r.n ?? null } : {}),
        };
      }),
  };
}
