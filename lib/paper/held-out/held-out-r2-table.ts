import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { PAPER_REPORTED_VALUES } from '../shared/paper-reported-values.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableColumn, TableSpec } from '../../table/table-spec.js';

/** Held-out R² of one coefficient's length model for one model and leave-n-out size. */
export interface HeldOutR2TableRow {
  model: string;
  coefficient: string;
  /** Prefill/decode combinations held out per fold. */
  n: number;
  r2: number;
}

/** Options of {@link heldOutR2Table}. */
export interface HeldOutR2TableOptions extends TableOptions {
  /** Level a coefficient must reach at every n (default 0.97, the paper's Fig. 7 claim). */
  threshold?: number;
}

/**
 * Table of held-out R² (Fig. 7), one row per (model, coefficient), one column per n held out
 * (`r2_n1`, `r2_n2`, ...), and whether the smallest of them reaches the threshold.
 * Coefficients follow the order c1_p, c1_v, c1_d, c2_p, c2_v, c2_d.
 *
 * @param rows one R² per (model, coefficient, n); a repeated triple is an error
 * @param options dataLabel (required), threshold, id, caption
 * @returns the table (id 'tab-held-out-r2' by default)
 * @throws {Error} `heldOutR2Table requires ...` for empty or malformed rows, a non-integer n or a repeated (model, coefficient, n)
 * @example
 * heldOutR2Table([{ model: 'Qwen3-8B', coefficient: 'c2_p', n: 1, r2: 0.99 }], { dataLabel: 'simulated' }).rows[0].r2_n1; // 0.99
 */
export function heldOutR2Table(rows: readonly HeldOutR2TableRow[], options: HeldOutR2TableOptions): TableSpec {
  const fn = 'heldOutR2Table';
  const o = resolveTableOptions(fn, options, 'tab-held-out-r2');
  checkInputRows(fn, 'rows', rows, { strings: ['model', 'coefficient'], numbers: ['n', 'r2'] });
  const threshold = options.threshold ?? PAPER_REPORTED_VALUES.heldOutR2Min;
  if (!Number.isFinite(threshold)) throw new Error(`${fn} requires a finite options.threshold`);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
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
    ...ns.map((n) => ({ key: `r2_n${n}`, label: `R² (n = ${n} held out)`, digits: 4 })),
    { key: 'min_r2', label: 'min R²', digits: 4 },
    { key: 'reaches_threshold', label: `min R² ≥ ${threshold}` },
  ];
  return {
    id: o.id,
    caption:
      o.caption ??
      `Held-out R² (Fig. 7) on ${o.dataLabel}: leave-n-out cross-validation over the prefill/decode combinations, ` +
        `n ∈ {${ns.join(', ')}}; the paper reports R² ≥ ${PAPER_REPORTED_VALUES.heldOutR2Min} for c2_p and c2_v on models of 8B and up.`,
    columns,
    rows: pairs.map((p) => {
      const out: Record<string, unknown> = { model: p.model, coefficient: p.coefficient };
      const values: number[] = [];
      for (const n of ns) {
        const r = rows.find((x) => x.model === p.model && x.coefficient === p.coefficient && x.n === n);
        out[`r2_n${n}`] = r ? r.r2 : null;
        if (r) values.push(r.r2);
      }
      const min = Math.min(...values);
      out.min_r2 = min;
      out.reaches_threshold = min >= threshold ? 'yes' : 'no';
      return out;
    }),
  };
}
