import type { TidyRow } from '../../data/tidy-schema.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import type { CollapsePoint } from '../shared/collapse-traces.js';
import { effectiveCoefficientsCore } from '../../model/effective-coefficients.js';
import { groupLabel } from '../shared/group-label.js';
import { measuredRps } from '../shared/measured-rps.js';
import { identifiedSdCoefficients } from '../../fit/identified-sd-coefficients.js';

/** Options of {@link effectiveCollapsePoints}. */
export interface EffectiveCollapsePointsOptions {
  /** Tidy column of each point's row that colours it (default 'k'), labelled by groupLabel. */
  groupBy?: string;
  /** Key values a system must have, e.g. { verifier: 'Qwen3-8B' } (default all systems). */
  where?: Record<string, unknown>;
}

/**
 * The points of Fig. 4c: every load point of a pooled Eq. 3 fit normalised by the effective
 * coefficients of its own (alpha, k) setting, C1_eff = c1_p + (g/E)(c1_v + k c1_d) and C2_eff
 * likewise: x = RPS · C2_eff (measured completed requests/s), y = L / C1_eff. If the six
 * coefficients hold for every setting, all points lie on y = 1/(1 − x).
 *
 * @param rows the tidy rows the fits were made from
 * @param fits fitGroups(rows, { model: 'sd' }) output; failed fits are skipped
 * @param options groupBy ('k'), where
 * @returns one point per used load point
 * @throws {Error} `effectiveCollapsePoints requires ...` for non-arrays, a selection matching no fit,
 *   an index outside rows or a setting with C1_eff <= 0
 * @example
 * effectiveCollapsePoints(rows, fitGroups(rows, { model: 'sd' }), { where: { verifier: 'Qwen3-8B' } })[0];
 * // { x: 0.05, y: 1.02, group: 'k = 10', label: 'α = 0.50, k = 10' }
 */
export function effectiveCollapsePoints(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<SdFit, 'c1_p' | 'c1_v' | 'c1_d' | 'c2_p' | 'c2_v' | 'c2_d' | 'points'>>[],
  options: EffectiveCollapsePointsOptions = {},
): CollapsePoint[] {
  const fn = 'effectiveCollapsePoints';
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  const column = options.groupBy ?? 'k';
  const where = options.where ?? {};
  const selected = fits.filter((g) => g.fit !== null && g.key && Object.entries(where).every(([c, v]) => g.key[c] === v));
  if (selected.length === 0) throw new Error(`${fn} requires a selection that matches at least one fitted system`);
  const out: CollapsePoint[] = [];
  for (const g of selected) {
    const fit = g.fit!;
    const coefficients = identifiedSdCoefficients(fit, fn);
    for (const p of fit.points) {
      const rps = measuredRps(rows, p.index, fn);
      const row = rows[p.index];
      const { c1, c2 } = effectiveCoefficientsCore(coefficients, p.k, p.expectedTokens, p.decodeTokens);
      if (!(c1 > 0)) throw new Error(`${fn} requires C1_eff > 0, got ${c1} for row ${p.index}`);
      out.push({
        x: rps * c2,
        y: p.latencyS / c1,
        group: groupLabel(column, row[column]),
        label: `${typeof row.verifier === 'string' ? `${row.verifier}, ` : ''}${groupLabel('alpha', row.alpha)}, ${groupLabel('k', p.k)}`,
      });
    }
  }
  return out;
}
