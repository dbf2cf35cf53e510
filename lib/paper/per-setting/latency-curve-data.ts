import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { LatencyCurveFit, LatencyCurvePoint } from './latency-curves-figure.js';
import { groupLabel } from '../shared/group-label.js';
import { measuredRps } from '../shared/measured-rps.js';

/** Options of {@link latencyCurveData}. */
export interface LatencyCurveDataOptions {
  /** Key values a configuration must have, e.g. { verifier: 'Qwen3-8B' } (exact equality). */
  where?: Record<string, unknown>;
  /** Draft lengths to keep (default all). */
  ks?: readonly number[];
  /** Acceptance probabilities to keep (default all; compared to 1e-9). */
  alphas?: readonly number[];
  /** Key column of the colour series (default 'k'). */
  seriesBy?: string;
  /** Key column of the panels (default 'alpha'; null: one panel). */
  facetBy?: string | null;
}

/**
 * The input of latencyCurvesFigure (Fig. 2a) from per-configuration Eq. 1 fits: for every
 * selected configuration its used load points (measured completed requests/s, mean latency s)
 * and its fitted (C1, C2), as series 'k = 3' in panel 'α = 0.70' by default.
 *
 * @param rows the tidy rows the fits were made from
 * @param fits fitGroups(rows, { model: 'eq1' }) output; failed fits are skipped
 * @param options where, ks, alphas, seriesBy, facetBy
 * @returns `{ points, fits }`
 * @throws {Error} `latencyCurveData requires ...` for non-arrays, a selection that matches no
 *   fit, or a key lacking the series or facet column
 * @example
 * latencyCurveData(rows, fits, { where: { verifier: 'Qwen3-8B' }, ks: [1, 3], alphas: [0.5, 0.9] }).fits.length; // 4
 */
export function latencyCurveData(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'c1' | 'c2' | 'points'>>[],
  options: LatencyCurveDataOptions = {},
): { points: LatencyCurvePoint[]; fits: LatencyCurveFit[] } {
  const fn = 'latencyCurveData';
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  const seriesBy = options.seriesBy ?? 'k';
  const facetBy = options.facetBy === undefined ? 'alpha' : options.facetBy;
  const where = options.where ?? {};
  const selected = fits.filter((g) => {
    if (g.fit === null || !g.key) return false;
    if (!Object.entries(where).every(([c, v]) => g.key[c] === v)) return false;
    if (options.ks && !options.ks.includes(g.key.k as number)) return false;
    if (options.alphas && !options.alphas.some((a) => typeof g.key.alpha === 'number' && Math.abs(a - g.key.alpha) < 1e-9)) return false;
    return true;
  });
  if (selected.length === 0) throw new Error(`${fn} requires a selection that matches at least one fitted configuration`);
  const points: LatencyCurvePoint[] = [];
  const curves: LatencyCurveFit[] = [];
  for (const g of selected) {
    if (!(seriesBy in g.key) || (facetBy !== null && !(facetBy in g.key))) {
      throw new Error(`${fn} requires the fits' keys to hold ${seriesBy}${facetBy ? ` and ${facetBy}` : ''}`);
    }
    const series = groupLabel(seriesBy, g.key[seriesBy]);
    const facet = facetBy === null ? undefined : groupLabel(facetBy, g.key[facetBy]);
    curves.push({ series, facet, c1: g.fit!.c1, c2: g.fit!.c2 });
    for (const p of g.fit!.points) points.push({ series, facet, rps: measuredRps(rows, p.index, fn), latencyS: p.latencyS });
  }
  return { points, fits: curves };
}
