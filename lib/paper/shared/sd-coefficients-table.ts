import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableColumn, TableSpec } from '../../table/table-spec.js';

/**
 * The pooled Eq. 3 fit of one system: the six coefficients (s; s per concurrent request for
 * c2_*), optional 95% confidence bounds `<name>_lo` / `<name>_hi` (same units), R² and MAPE.
 */
export interface SdCoefficientsTableRow {
  /** System label, e.g. 'Qwen3-8B + EAGLE-3, A100, 512/128'. */
  system: string;
  /** null: not identified by the fit's data (an empty cell). */
  c1_p: number | null;
  c1_v: number | null;
  c1_d: number | null;
  c2_p: number | null;
  c2_v: number | null;
  c2_d: number | null;
  c1_p_lo?: number | null;
  c1_p_hi?: number | null;
  c1_v_lo?: number | null;
  c1_v_hi?: number | null;
  c1_d_lo?: number | null;
  c1_d_hi?: number | null;
  c2_p_lo?: number | null;
  c2_p_hi?: number | null;
  c2_v_lo?: number | null;
  c2_v_hi?: number | null;
  c2_d_lo?: number | null;
  c2_d_hi?: number | null;
  r2: number;
  mapePct: number;
  /** Points used by the pooled fit, when known. */
  n?: number | null;
}

/**
 * Table of the six pooled speculative-decoding coefficients per system (Eq. 3), shown in
 * milliseconds (c1_*: ms; c2_*: ms per concurrent request) with 3 decimals, each followed by
 * its 95% CI bounds when any row provides them, then R², MAPE (%) and the point count.
 * Inputs are in seconds; rows are sorted by system.
 *
 * @param rows one row per system
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-sd-coefficients' by default)
 * @throws {Error} `sdCoefficientsTable requires ...` for empty or malformed rows
 * @example
 * sdCoefficientsTable([{ system: 'Qwen3-8B', c1_p: 0.05, c1_v: 0.02, c1_d: 0.002, c2_p: 0.004, c2_v: 0.0012,
 *   c2_d: 0.0001, r2: 0.99, mapePct: 2 }], { dataLabel: 'simulated' }).rows[0].c1_p; // 50
 */
export function sdCoefficientsTable(rows: readonly SdCoefficientsTableRow[], options: TableOptions): TableSpec {
  const fn = 'sdCoefficientsTable';
  const o = resolveTableOptions(fn, options, 'tab-sd-coefficients');
  const bounds = SD_COEFFICIENT_NAMES.flatMap((c) => [`${c}_lo`, `${c}_hi`]);
  checkInputRows(fn, 'rows', rows, {
    strings: ['system'],
    numbers: ['r2', 'mapePct'],
    optionalNumbers: [...SD_COEFFICIENT_NAMES, ...bounds, 'n'],
  });
  const record = (r: SdCoefficientsTableRow): Record<string, unknown> => r as unknown as Record<string, unknown>;
  const withCi = SD_COEFFICIENT_NAMES.filter((c) =>
    rows.some((r) => typeof record(r)[`${c}_lo`] === 'number' || typeof record(r)[`${c}_hi`] === 'number'),
  );
  const columns: TableColumn[] = [{ key: 'system', label: 'system' }];
  for (const c of SD_COEFFICIENT_NAMES) {
    const unit = c.startsWith('c1') ? 'ms' : 'ms/request';
    columns.push({ key: c, label: c, unit, digits: 3 });
    if (withCi.includes(c)) {
      columns.push({ key: `${c}_lo`, label: `${c} 95% CI low`, unit, digits: 3 });
      columns.push({ key: `${c}_hi`, label: `${c} 95% CI high`, unit, digits: 3 });
    }
  }
  columns.push({ key: 'r2', label: 'R²', digits: 4 }, { key: 'mape_pct', label: 'MAPE', unit: '%', digits: 2 });
  const withN = rows.some((r) => typeof r.n === 'number');
  if (withN) columns.push({ key: 'n', label: 'points', digits: 0 });
  const ms = (v: unknown): number | null => (typeof v === 'number' ? v * 1000 : null);
  return {
    id: o.id,
    caption:
      o.caption ??
      `Pooled speculative-decoding coefficients (Eq. 3: C1_eff = c1_p + (g/E)(c1_v + k·c1_d), C2_eff likewise) per system on ` +
        `${o.dataLabel}, in milliseconds (c2_*: per concurrent request)` +
        (withCi.length > 0 ? ', with 95% confidence intervals' : '') +
        `; ${rows.length} system(s).`,
    columns,
    rows: [...rows]
      .sort((a, b) => naturalCompare(a.system, b.system))
      .map((r) => {
        const out: Record<string, unknown> = { system: r.system };
        for (const c of SD_COEFFICIENT_NAMES) {
          out[c] = ms(r[c]);
          if (withCi.includes(c)) {
            out[`${c}_lo`] = ms(record(r)[`${c}_lo`]);
            out[`${c}_hi`] = ms(record(r)[`${c}_hi`]);
          }
        }
        out.r2 = r.r2;
        out.mape_pct = r.mapePct;
        if (withN) out.n = r.n ?? null;
        return out;
      }),
  };
}
