import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { PooledVsSinglePoint, SingleEq1Fit } from './pooled-vs-single-figure.js';
import { groupLabel } from '../shared/group-label.js';
import { measuredRps } from '../shared/measured-rps.js';
import { systemLabel } from '../shared/system-label.js';

/** Options of {@link pooledVsSingleData}. */
export interface PooledVsSingleDataOptions {
  /** Key values the system must have, e.g. { verifier: 'Qwen3-8B' }; the first matching fit is used. */
  where?: Record<string, unknown>;
  /** Tidy column of each point's row that names its series (default 'k'). */
  seriesBy?: string;
}

/**
 * The input of pooledVsSingleFigure (Fig. 4a): one Eq. 1 pair fitted to all (alpha, k) settings of
 * a system at once (fitGroups with model 'eq1' grouped by SYSTEM_KEYS), with the load points it
 * used (measured completed requests/s, mean latency) coloured by setting.
 *
 * @param rows the tidy rows the fits were made from
 * @param fits single Eq. 1 fits, one per system
 * @param options where, seriesBy ('k')
 * @returns `{ points, fit, system }`: the fit with its R² and MAPE (%), the system's label (systemLabel)
 * @throws {Error} `pooledVsSingleData requires ...` for non-arrays, a selection matching no fit, an index outside rows
 * @example
 * pooledVsSingleData(rows, fitGroups(rows, { model: 'eq1', groupBy: SYSTEM_KEYS }), { where: { verifier: 'Qwen3-8B' } }).fit.r2; // e.g. 0.6
 */
export function pooledVsSingleData(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'c1' | 'c2' | 'r2' | 'mape' | 'points'>>[],
  options: PooledVsSingleDataOptions = {},
): { points: PooledVsSinglePoint[]; fit: SingleEq1Fit; system: string } {
  const fn = 'pooledVsSingleData';
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  const where = options.where ?? {};
  const column = options.seriesBy ?? 'k';
  const g = fits.find((f) => f.fit !== null && f.key && Object.entries(where).every(([c, v]) => f.key[c] === v));
  if (!g) throw new Error(`${fn} requires a selection that matches at least one fitted system`);
  const fit = g.fit!;
  const points = fit.points.map((p) => ({ series: groupLabel(column, rows[p.index]?.[column]), rps: measuredRps(rows, p.index, fn), latencyS: p.latencyS }));
  return { points, fit: { c1: fit.c1, c2: fit.c2, r2: fit.r2, mapePct: fit.mape * 100 }, system: systemLabel(g.key) };
}
