import type { TidyRow } from '../data/tidy-schema.js';
import type { ExclusionOptions } from './exclude-saturated.js';
import { excludeSaturated } from './exclude-saturated.js';
import type { ExcludedPoint } from './fit-point.js';
import type { IndexedLoadPoint } from './load-point.js';
import { loadPointOf } from './load-point.js';

/** A usable row of a fit: its load point, input index and source. */
export type PreparedPoint = IndexedLoadPoint & { row: TidyRow };

/**
 * The rows a fit uses: saturated rows left out by {@link excludeSaturated} (unless `exclusion` is
 * false, which keeps every row that is a valid load point), then each row turned into its load point.
 *
 * @param rows tidy rows
 * @param exclusion exclusion thresholds, or false for no saturation rules
 * @returns usable points (input order) and excluded ones with reasons
 * @throws {Error} as excludeSaturated
 * @example
 * preparePoints(rows, {}).points.length; // rows kept
 */
export function preparePoints(
  rows: readonly TidyRow[],
  exclusion: ExclusionOptions | false | undefined,
): { points: PreparedPoint[]; excluded: ExcludedPoint[] } {
  const { candidates, excluded } = saturationCandidates(rows, exclusion);
  const points: PreparedPoint[] = [];
  for (const i of candidates) {
    const p = loadPointOf(rows[i]);
    if (typeof p === 'string') excluded.push({ index: i, source: sourceOf(rows[i]), reason: p });
    else points.push({ ...p, index: i, source: sourceOf(rows[i]), row: rows[i] });
  }
  excluded.sort((a, b) => a.index - b.index);
  return { points, excluded };
}

/**
 * The first step of {@link preparePoints}: the indices of the rows that pass the saturation
 * rules (every index when `exclusion` is false), and the excluded ones with their reasons. The
 * candidates still have to be valid load points (loadPointOf).
 *
 * @param rows tidy rows
 * @param exclusion exclusion thresholds, or false for no saturation rules
 * @returns candidate indices (input order) and the excluded points so far
 * @throws {Error} as excludeSaturated
 * @example
 * saturationCandidates(rows, {}).candidates; // [0, 2, 3, ...]
 */
export function saturationCandidates(
  rows: readonly TidyRow[],
  exclusion: ExclusionOptions | false | undefined,
): { candidates: number[]; excluded: ExcludedPoint[] } {
  if (exclusion === false) return { candidates: rows.map((_, i) => i), excluded: [] };
  const r = excludeSaturated(rows, exclusion ?? {});
  return { candidates: r.keptIndices, excluded: [...r.excluded] };
}

/** A row's `source`, '' when it has none. */
export function sourceOf(row: TidyRow): string {
  return typeof row.source === 'string' ? row.source : '';
}
