import type { MoeR2TableRow } from './moe-r2-table.js';
import type { MoeConfigFit } from './moe-fits.js';

/** Options of {@link moeR2Rows}. */
export interface MoeR2RowsOptions {
  /** Label of the variant these fits belong to (the table's setting column), e.g. 'T = B·(k+1), lower-load half'. */
  setting?: string;
  /** One row per (model, k) instead of per model; the setting becomes 'k = 3' (or 'no SD'), after `setting` when given. */
  byK?: boolean;
}

/**
 * moeR2Table rows from MoE fits: per model (or per model and k), the MEAN over its fitted
 * configurations of the plain Eq. 1 R² and of the Eq. 4 R² (each configuration scored on its own
 * points), with the number of points behind them. Failed fits are left out.
 *
 * @param fits moeFits output
 * @param options setting label, byK
 * @returns the rows, models in first-seen order (then k ascending)
 * @throws {Error} `moeR2Rows requires ...` for a non-array or no successful fit
 * @example
 * moeR2Rows(moeFits(rows, opts), { setting: 'T = B·(k+1)' })[0]; // { model: 'gpt-oss-20b', plainR2: 0.9, correctedR2: 0.99, n: 60, setting: ... }
 */
export function moeR2Rows(fits: readonly MoeConfigFit[], options: MoeR2RowsOptions = {}): MoeR2TableRow[] {
  const fn = 'moeR2Rows';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of MoE fits`);
  const ok = fits.filter((f) => f.fit !== null);
  if (ok.length === 0) throw new Error(`${fn} requires at least one successful fit`);
  const groups = new Map<string, MoeConfigFit[]>();
  for (const f of ok) {
    const id = options.byK ? JSON.stringify([f.verifier, f.k]) : f.verifier;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const entries = [...groups.values()];
  if (options.byK) {
    const order = [...new Set(ok.map((f) => f.verifier))];
    entries.sort((a, b) => order.indexOf(a[0].verifier) - order.indexOf(b[0].verifier) || a[0].k - b[0].k);
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  return entries.map((g) => {
    const kLabel = g[0].k === 0 ? 'no SD' : `k = ${g[0].k}`;
    const setting = options.byK ? (options.setting ? `${options.setting}, ${kLabel}` : kLabel) : options.setting;
    return {
      model: g[0].verifier,
      ...(setting !== undefined ? { setting } : {}),
      plainR2: mean(g.map((f) => f.fit!.plainEq1.r2)),
      correctedR2: mean(g.map((f) => f.fit!.r2)),
      n: g.reduce((a, f) => a + f.fit!.nPoints, 0),
    };
  });
}
