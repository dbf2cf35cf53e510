import { checkInputRows } from '../../plot/check-input-rows.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { breakEvenLoad } from '../../model/break-even-load.js';
import { resolveTableOptions, type TableOptions } from '../../table/table-options.js';
import type { TableSpec } from '../../table/table-spec.js';

/** The cost ratios of one (system, alpha, k) setting against the system's non-SD baseline. */
export interface BreakEvenTableRow {
  /** System label, e.g. 'Qwen3-8B, 1024/1024'. */
  system: string;
  alpha: number;
  k: number;
  /** C1_SD / C1_D (dimensionless), > 0. */
  c1r: number;
  /** C2_SD / C2_D (dimensionless), >= 0. */
  c2r: number;
  /** The baseline's C2_D (s per concurrent request), > 0, to turn r* into a request rate. */
  c2BaselineS: number;
}

/**
 * Table of speculative decoding's zero-load speedup and break-even load per setting (Eq. 2):
 * S(0) = 1/C1R; break-even r* = (C1R − 1)/(C1R − C2R) and RPS* = r* / C2_D, kept only inside
 * the stable range of both systems; a `regime` column says on which side SD wins ('SD faster
 * below RPS*', 'SD faster above RPS*', 'SD faster at every load', 'baseline faster at every load').
 * For each (system, alpha) the best k at zero load (argmin C1R) and under load (argmin C2R)
 * are repeated on its rows (ties: the smallest k). Sorted by system, alpha, k.
 *
 * @param rows one row per (system, alpha, k)
 * @param options dataLabel (required), id, caption
 * @returns the table (id 'tab-break-even' by default)
 * @throws {Error} `breakEvenTable requires ...` for empty or malformed rows, c1r <= 0, c2r < 0 or c2BaselineS <= 0
 * @example
 * breakEvenTable([{ system: 'Qwen3-8B', alpha: 0.8, k: 3, c1r: 0.5, c2r: 1.5, c2BaselineS: 0.1 }], { dataLabel: 'simulated' }).rows[0].break_even_rps; // 5
 */
export function breakEvenTable(rows: readonly BreakEvenTableRow[], options: TableOptions): TableSpec {
  const fn = 'breakEvenTable';
  const o = resolveTableOptions(fn, options, 'tab-break-even');
  checkInputRows(fn, 'rows', rows, { strings: ['system'], numbers: ['alpha', 'k', 'c1r', 'c2r', 'c2BaselineS'] });
  rows.forEach((r, i) => {
    if (!(r.c1r > 0 && r.c2r >= 0 && r.c2BaselineS > 0)) {
      throw new Error(`${fn} requires rows[${i}] with c1r > 0, c2r >= 0 and c2BaselineS > 0`);
    }
  });
  const bestK = new Map<string, { zero: number; load: number }>();
  for (const r of rows) {
    const key = `${r.system}\u0000${r.alpha}`;
    if (bestK.has(key)) continue;
    const group = rows.filter((x) => x.system === r.system && x.alpha === r.alpha).sort((a, b) => a.k - b.k);
    const argmin = (field: 'c1r' | 'c2r'): number => group.reduce((best, x) => (x[field] < best[field] ? x : best)).k;
    bestK.set(key, { zero: argmin('c1r'), load: argmin('c2r') });
  }
  const sorted = [...rows].sort((a, b) => naturalCompare(a.system, b.system) || a.alpha - b.alpha || a.k - b.k);
  const out = sorted.map((r) => {
    // In units of the baseline: C1_D = 1 s, C2_D = c2BaselineS; only the ratios matter.
    const be = breakEvenLoad({ c1: 1, c2: r.c2BaselineS }, { c1: r.c1r, c2: r.c2r * r.c2BaselineS });
    const regime = be
      ? be.sdFasterBelow
        ? 'SD faster below RPS*'
        : 'SD faster above RPS*'
      : r.c1r < 1
        ? 'SD faster at every load'
        : 'baseline faster at every load';
    const best = bestK.get(`${r.system}\u0000${r.alpha}`)!;
    return {
      system: r.system,
      alpha: r.alpha,
      k: r.k,
      c1r: r.c1r,
      c2r: r.c2r,
      zero_load_speedup: 1 / r.c1r,
      break_even_r: be ? be.r : null,
      break_even_rps: be ? be.rps : null,
      regime,
      best_k_zero_load: best.zero,
      best_k_under_load: best.load,
    };
  });
  const groups = [...bestK.values()];
  const longer = groups.filter((g) => g.zero > g.load).length;
  return {
    id: o.id,
    caption:
      o.caption ??
      `Zero-load speedup and break-even load of speculative decoding (Eq. 2) on ${o.dataLabel}: S(0) = 1/C1R; ` +
        `break-even where S = 1, r* = (C1R − 1)/(C1R − C2R), RPS* = r* / C2_D. Best k at zero load = argmin C1R, ` +
        `under load = argmin C2R; the zero-load best k is longer in ${longer} of ${groups.length} (system, α) group(s).`,
    columns: [
      { key: 'system', label: 'system' },
      { key: 'alpha', label: 'α', digits: 2 },
      { key: 'k', label: 'k', digits: 0 },
      { key: 'c1r', label: 'C1R', digits: 3 },
      { key: 'c2r', label: 'C2R', digits: 3 },
      { key: 'zero_load_speedup', label: 'zero-load speedup 1/C1R', unit: '×', digits: 3 },
      { key: 'break_even_r', label: 'break-even utilisation r*', digits: 3 },
      { key: 'break_even_rps', label: 'break-even rate RPS*', unit: 'requests/s', digits: 3 },
      { key: 'regime', label: 'where SD wins' },
      { key: 'best_k_zero_load', label: 'best k at zero load', digits: 0 },
      { key: 'best_k_under_load', label: 'best k under load', digits: 0 },
    ],
    rows: out,
  };
}
