import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { CollapsePoint } from '../shared/collapse-traces.js';
import { groupLabel } from '../shared/group-label.js';
import { measuredRps } from '../shared/measured-rps.js';

/** Options of {@link collapsePoints}. */
export interface CollapsePointsOptions {
  /** Key column of the fits that colours the points (default 'verifier'), labelled by groupLabel. */
  groupBy?: string;
  /** Suffix added to every group label, e.g. ' (simulated)' when real and simulated share a figure. */
  groupSuffix?: string;
}

/**
 * The points of the universal collapse (Fig. 1): every load point a fit used, normalised by
 * that configuration's own Eq. 1 coefficients, x = RPS · C2 (measured completed requests/s
 * times C2) and y = L / C1. On Eq. 1 they lie on y = 1/(1 − x). Closed-loop points
 * (synchronous, concurrent) use their measured rate too, which by Little's Law is c / L.
 *
 * @param rows the tidy rows the fits were made from (fit point indices refer to them)
 * @param fits fitGroups(rows, { model: 'eq1' }) output; failed fits are skipped
 * @param options groupBy (default 'verifier'), groupSuffix
 * @returns one point per used load point, labelled with the group's fit label
 * @throws {Error} `collapsePoints requires ...` for a point index outside rows, a row without a
 *   positive measured_rps, a key lacking the groupBy column, or a fit with C1 <= 0
 * @example
 * collapsePoints(rows, fitGroups(rows, { model: 'eq1' }))[0]; // { x: 0.04, y: 1.03, group: 'Qwen3-0.6B', label: 'verifier=...' }
 */
export function collapsePoints(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'c1' | 'c2' | 'points'>>[],
  options: CollapsePointsOptions = {},
): CollapsePoint[] {
  if (!Array.isArray(rows as unknown)) throw new Error('collapsePoints requires an array of tidy rows');
  if (!Array.isArray(fits as unknown)) throw new Error('collapsePoints requires an array of group fits');
  const column = options.groupBy ?? 'verifier';
  const suffix = options.groupSuffix ?? '';
  const out: CollapsePoint[] = [];
  fits.forEach((g, i) => {
    if (g.fit === null) return;
    if (!g.key || !(column in g.key)) throw new Error(`collapsePoints requires fits[${i}].key.${column}`);
    const { c1, c2 } = g.fit;
    if (!(c1 > 0) || !(c2 >= 0)) throw new Error(`collapsePoints requires C1 > 0 and C2 >= 0, fits[${i}] has ${c1}, ${c2}`);
    const group = groupLabel(column, g.key[column]) + suffix;
    for (const p of g.fit.points) {
      const rps = measuredRps(rows, p.index, 'collapsePoints');
      out.push({ x: rps * c2, y: p.latencyS / c1, group, label: g.label });
    }
  });
  return out;
}

