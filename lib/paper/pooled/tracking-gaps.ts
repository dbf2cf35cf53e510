import { median } from '../../util/median.js';

/**
 * How closely the pooled Eq. 3 values track the per-setting Eq. 1 fits (Fig. 4d): the median
 * relative gap |C_eff / C_fit − 1| over the settings, for C1 and for C2 (%). Settings whose
 * fitted value is 0 are left out of that coefficient's median.
 *
 * @param rows per-setting pairs (pooledTrackingRows): fitted and pooled C1 (s) and C2 (s per concurrent request)
 * @returns the two medians (%); NaN when no setting counts
 * @throws {Error} `trackingGaps requires an array of rows`
 * @example
 * trackingGaps([{ setting: 'a', c1Fit: 2, c2Fit: 0.1, c1Eff: 2.2, c2Eff: 0.1 }]); // { c1Pct: 10, c2Pct: 0 }
 */
export function trackingGaps(rows: ReadonlyArray<{ c1Fit: number; c2Fit: number; c1Eff: number; c2Eff: number }>): { c1Pct: number; c2Pct: number } {
  if (!Array.isArray(rows as unknown)) throw new Error('trackingGaps requires an array of rows');
  const gap = (fit: 'c1Fit' | 'c2Fit', eff: 'c1Eff' | 'c2Eff'): number => median(rows.filter((r) => r[fit] !== 0).map((r) => Math.abs(r[eff] / r[fit] - 1) * 100));
  return { c1Pct: gap('c1Fit', 'c1Eff'), c2Pct: gap('c2Fit', 'c2Eff') };
}
