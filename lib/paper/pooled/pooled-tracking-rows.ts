import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import type { PooledTrackingRow } from './pooled-tracking-figure.js';
import { groupLabel } from '../shared/group-label.js';
import { settingCoefficients } from '../shared/setting-coefficients.js';

/** Options of {@link pooledTrackingRows}. */
export interface PooledTrackingRowsOptions {
  /** Colour by 'k', 'alpha' or a key column such as 'verifier' (default 'k'). */
  groupBy?: string;
  /** Key values a system must have (default all systems). */
  where?: Record<string, unknown>;
}

/**
 * The rows of Fig. 4d: for every (alpha, k) setting of the selected pooled fits, the setting's
 * own Eq. 1 fit (C1, C2) next to the pooled Eq. 3 values (C1_eff, C2_eff) at that setting.
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output; failed fits are skipped
 * @param options groupBy ('k'), where
 * @returns one row per setting with an own fit
 * @throws {Error} `pooledTrackingRows requires ...` for a non-array or a selection matching no fit
 * @example
 * pooledTrackingRows(fitGroups(rows, { model: 'sd' }), { where: { verifier: 'Qwen3-8B' } })[0];
 * // { setting: 'Qwen3-8B, α = 0.50, k = 1', group: 'k = 1', c1Fit: 1.39, c2Fit: 0.079, c1Eff: 1.41, c2Eff: 0.081 }
 */
export function pooledTrackingRows(fits: readonly GroupFit<Pick<SdFit, 'settings'>>[], options: PooledTrackingRowsOptions = {}): PooledTrackingRow[] {
  const fn = 'pooledTrackingRows';
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  const column = options.groupBy ?? 'k';
  const where = options.where ?? {};
  const selected = fits.filter((g) => g.fit !== null && g.key && Object.entries(where).every(([c, v]) => g.key[c] === v));
  if (selected.length === 0) throw new Error(`${fn} requires a selection that matches at least one fitted system`);
  const out: PooledTrackingRow[] = [];
  for (const g of selected) {
    for (const s of settingCoefficients(g.fit!)) {
      const value = column === 'k' ? s.k : column === 'alpha' ? s.alpha : g.key[column];
      out.push({
        setting: `${typeof g.key.verifier === 'string' ? `${g.key.verifier}, ` : ''}${groupLabel('alpha', s.alpha)}, ${groupLabel('k', s.k)}`,
        group: groupLabel(column, value),
        c1Fit: s.c1,
        c2Fit: s.c2,
        c1Eff: s.c1Eff,
        c2Eff: s.c2Eff,
      });
    }
  }
  return out;
}
