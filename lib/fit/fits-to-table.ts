import type { ColumnTable } from 'arquero';
import { table } from 'arquero';
import type { GroupFit } from './fit-groups.js';

/**
 * One row per group of a fitGroups result, as an arquero table for exploring fits with data-frame
 * verbs (`.orderby('r2')`, `.filter(d => d.mape > 0.05)`, `.groupby('verifier').rollup(...)`):
 * the group's key columns, `label`, `n_rows`, every number, text or boolean field of the fit
 * (c1, c2 or the six SD coefficients, r2, mape, rmseS, nPoints, loss, converged, ...),
 * `n_excluded`, and `error` (null when the fit succeeded; the fit's fields are null then).
 *
 * @param fits the result of fitGroups (any model)
 * @returns the arquero table (toDataFrame turns it into a danfojs DataFrame)
 * @throws {Error} `fitsToTable requires an array of group fits`
 * @example
 * fitsToTable(fitGroups(rows, { model: 'eq1' })).orderby('r2').objects()[0]; // the worst fit
 */
export function fitsToTable(fits: readonly GroupFit<object>[]): ColumnTable {
  if (!Array.isArray(fits)) throw new Error('fitsToTable requires an array of group fits');
  const names: string[] = [];
  const add = (n: string): void => {
    if (!names.includes(n)) names.push(n);
  };
  const scalar = (v: unknown): boolean => v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
  for (const g of fits) for (const k of Object.keys(g.key ?? {})) add(k);
  add('label');
  add('n_rows');
  for (const g of fits) {
    if (g.fit === null) continue;
    for (const [k, v] of Object.entries(g.fit)) if (scalar(v)) add(k);
  }
  add('n_excluded');
  add('error');
  const columns: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, [] as unknown[]]));
  for (const g of fits) {
    const fit = (g.fit ?? {}) as Record<string, unknown>;
    const excluded = Array.isArray(fit.excluded) ? fit.excluded.length : null;
    const row: Record<string, unknown> = { ...fit, ...g.key, label: g.label, n_rows: g.nRows, n_excluded: excluded, error: g.error };
    for (const n of names) columns[n].push(scalar(row[n]) ? row[n] : null);
  }
  return table(columns, names);
}
