import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableColumn, TableSpec } from '../../table/table-spec.js';

/** Held-out MAPE of one coefficient's length model for one model and leave-n-out size. */
export interface HeldOutMapeTableRow {
  model: string;
  coefficient: string;
  /** Prefill/decode combinations held out per fold. */
  n: number;
  /** Mean absolute percentage error of the held-out predictions (%); NaN when undefined. */
  mapePct: number;
}

/**
 * Table of held-out MAPE (%) next to Fig. 7's R²: one row per (model, coefficient), one column
 * per n held out (`mape_n1`, ...) and the largest of them. A coefficient that hardly varies with
 * length has a tiny R² denominator, so its R² can be low or negative while its predictions are
 * within a few percent; this table shows that side. Coefficients follow Eq. 3's order.
 *
 * @param rows one MAPE per (model, coefficient, n); a repeated triple is an error
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-held-out-mape' by default)
 * @throws {Error} `heldOutMapeTable requires ...` for empty or malformed rows, a non-integer n or a repeated (model, coefficient, n)
 * @example
 * heldOutMapeTable([{ model: 'Qwen3-8B', coefficient: 'c2_p', n: 1, mapePct: 3.2 }], { dataLabel: 'simulated' }).rows[0].mape_n1; // 3.2
 */
export function heldOutMapeTable(rows: readonly HeldOutMapeTableRow[], options: TableOptions): TableSpec {
  const fn = 'heldOutMapeTable';
  const o = resolveTableOptions(fn, options, 'tab-held-out-mape');
  checkInputRows(fn, 'rows', rows, { strings: ['model', 'coefficient'], numbers: ['n'] });
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (typeof r.mapePct !== 'number') throw new Error(`${fn} requires rows[${i}].mapePct to be a number (NaN when undefined)`);
    if (!Number.isInteger(r.n) || r.n < 1) throw new Error(`${fn} requires rows[${i}].n to be an integer >= 1`);
    const key = `${r.model}\u0000${r.coefficient}\u0000${r.n}`;
    if (seen.has(key)) throw new Error(`${fn} requires one row per (model, coefficient, n), got two for ${r.model} ${r.coefficient} n = ${r.n}`);
    seen.add(key);
  });
  const ns = [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b);
  const order = (c: string): number => {
    const i = (SD_COEFFICIENT_NAMES as readonly string[]).indexOf(c);
    return i < 0 ? SD_COEFFICIENT_NAMES.length : i;
  };
  const pairs = [...new Map(rows.map((r) => [`${r.model}\u0000${r.coefficient}`, r])).values()].sort(
    (a, b) => naturalCompare(a.model, b.model) || order(a.coefficient) - order(b.coefficient) || naturalCompare(a.coefficient, b.coefficient),
  );
  const columns: TableColumn[] = [
    { key: 'model', label: 'model' },
    { key: 'coefficient', label: 'coefficient' },
    ...ns.map((n) => ({ key: `mape_n${n}`, label: `MAPE (n = ${n} held out)`, unit: '%', digits: 2 })),
    { key: 'max_mape', label: 'largest MAPE', unit: '%', digits: 2 },
  ];
  return {
    id: o.id,
    caption:
      o.caption ??
      `Held-out mean absolute percentage error of each coefficient's length model on ${o.dataLabel}: leave-n-out over the ` +
        `prefill/decode combinations, n ∈ {${ns.join(', ')}}, the same predictions as the held-out R²` +
        (rows.some((r) => Number.isNaN(r.mapePct)) ? '; empty cells: an observed coefficient of 0 (a fit at its bound), where a percentage error is undefined.' : '.'),
    columns,
    rows: pairs.map((p) => {
      const out: Record<string, unknown> = { model: p.model, coefficient: p.coefficient };
      const values: number[] = [];
      for (const n of ns) {
        const r = rows.find((x) => x.model === p.model && x.coefficient === p.coefficient && x.n === n);
        out[`mape_n${n}`] = r ? r.mapePct : null;
        if (r && Number.isFinite(r.mapePct)) values.push(r.mapePct);
      }
      out.max_mape = values.length > 0 ? Math.max(...values) : null;
      return out;
    }),
  };
}
