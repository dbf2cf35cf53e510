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
  const source = (row: TidyRow): string => (typeof row.source === 'string' ? row.source : '');
  const excluded: ExcludedPoint[] = [];
  let candidates: number[];
  if (exclusion === false) {
    candidates = rows.map((_, i) => i);
  } else {
    const r = excludeSaturated(rows, exclusion ?? {});
    excluded.push(...r.excluded);
    candidates = r.keptIndices;
  }
  const points: PreparedPoint[] = [];
  for (const i of candidates) {
    const p = loadPointOf(rows[i]);
    if (typeof p === 'string') excluded.push({ index: i, source: source(rows[i]), reason: p });
    else points.push({ ...p, index: i, source: source(rows[i]), row: rows[i] });
  }
  excluded.sort((a, b) => a.index - b.index);
  return { points, excluded };
}
