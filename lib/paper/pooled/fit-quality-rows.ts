import type { GroupFit } from '../../fit/fit-groups.js';
import { median } from '../../util/median.js';
import type { FitQualityTableRow } from '../shared/fit-quality-table.js';
import { groupLabel } from '../shared/group-label.js';

/**
 * The rows of fitQualityTable for one analysis: R², MAPE (%) and points per model (the
 * `column` value of each fit's key). Where several fits share a model (e.g. one Eq. 1 fit per
 * configuration), the row gives their median R² and median MAPE, the model label says
 * '(median of N fits)', and n counts all their points. Failed fits are left out.
 *
 * @param figure the analysis, e.g. 'Fig. 4a: one Eq. 1 pair for all settings'
 * @param fits fitGroups output (fit with r2, mape as a fraction, nPoints)
 * @param column key column naming the model (default 'verifier')
 * @returns one row per model, in first-seen order
 * @throws {Error} `fitQualityRows requires ...` for an empty figure name or a non-array
 * @example
 * fitQualityRows('Fig. 4c: pooled Eq. 3', fitGroups(rows, { model: 'sd' }))[0]; // { figure, model: 'Qwen3-0.6B', r2: 0.991, mapePct: 4.13, n: 384 }
 */
export function fitQualityRows(
  figure: string,
  fits: readonly GroupFit<{ r2: number; mape: number; nPoints: number }>[],
  column = 'verifier',
): FitQualityTableRow[] {
  if (typeof figure !== 'string' || figure.trim() === '') throw new Error('fitQualityRows requires a figure name');
  if (!Array.isArray(fits as unknown)) throw new Error('fitQualityRows requires an array of group fits');
  const byModel = new Map<string, { r2: number; mape: number; nPoints: number }[]>();
  for (const g of fits) {
    if (g.fit === null) continue;
    const model = groupLabel(column, g.key?.[column]);
    byModel.set(model, [...(byModel.get(model) ?? []), g.fit]);
  }
  return [...byModel.entries()].map(([model, fs]) => ({
    figure,
    model: fs.length > 1 ? `${model} (median of ${fs.length} fits)` : model,
    r2: median(fs.map((f) => f.r2)),
    mapePct: median(fs.map((f) => f.mape * 100)),
    n: fs.reduce((s, f) => s + f.nPoints, 0),
  }));
}
