import { formatNumber } from '../../util/format-number.js';
import type { BestOverKRow } from '../shared/best-over-k-figure.js';

/**
 * How C2R runs along k below the paper's α threshold, for one system and workload: at each such
 * α the k minimising C2R and whether the longest draft has a larger C2R than the shortest; then
 * the draft lengths at which C2R ≤ 1 occurs and those at which C2R > 1 at every such α.
 *
 * @param rows ratio rows of one system and workload (ratioRows)
 * @param highAlpha the threshold (P.claims.highAlpha)
 * @returns one sentence ('' when no α lies below the threshold)
 * @throws {Error} `c2rTrend requires a non-empty array of ratio rows`
 * @example
 * c2rTrend(ratioRows(fits, { baseline: 'pooled', where: key }), 0.9);
 * // 'Below α 0.9, C2R is smallest at k = 2, 2, 1, 2 (α 0.5, 0.6, 0.7, 0.8) and larger at the longest draft than at the shortest at 4 of 4 α; ...'
 */
export function c2rTrend(rows: readonly BestOverKRow[], highAlpha: number): string {
  if (!Array.isArray(rows as unknown) || rows.length === 0) throw new Error('c2rTrend requires a non-empty array of ratio rows');
  const low = rows.filter((r) => r.alpha < highAlpha - 1e-9);
  const alphas = [...new Set(low.map((r) => r.alpha))].sort((a, b) => a - b);
  if (alphas.length === 0) return '';
  const kMin: number[] = [];
  let growing = 0;
  for (const a of alphas) {
    const own = low.filter((r) => r.alpha === a).sort((x, y) => x.k - y.k);
    kMin.push(own.reduce((b, r) => (r.c2r < b.c2r ? r : b)).k);
    if (own[own.length - 1].c2r > own[0].c2r) growing++;
  }
  const ks = [...new Set(low.map((r) => r.k))].sort((a, b) => a - b);
  const atOrBelow = ks.filter((k) => low.some((r) => r.k === k && !(r.c2r > 1)));
  const alwaysAbove = ks.filter((k) => low.filter((r) => r.k === k).every((r) => r.c2r > 1));
  const list = (v: number[]): string => (v.length > 0 ? `{${v.join(', ')}}` : 'none');
  return (
    `Below α ${formatNumber(highAlpha, 3)}, C2R is smallest at k = ${kMin.join(', ')} (α ${alphas.map((a) => formatNumber(a, 3)).join(', ')}) ` +
    `and larger at the longest draft than at the shortest at ${growing} of ${alphas.length} α; ` +
    `there C2R ≤ 1 occurs at k ∈ ${list(atOrBelow)}, and ` +
    (alwaysAbove.length > 0 ? `C2R > 1 at every such α only at k ∈ ${list(alwaysAbove)}.` : 'at no k is C2R > 1 at every such α.')
  );
}
