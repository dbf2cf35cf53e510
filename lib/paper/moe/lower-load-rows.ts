import type { TidyRow } from '../../data/tidy-schema.js';
import { CONFIG_KEYS } from '../../data/tidy-schema.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import { excludeSaturated } from '../../fit/exclude-saturated.js';
import { groupRows } from '../../data/verbs/group-rows.js';

/** Options of {@link lowerLoadRows}. */
export interface LowerLoadRowsOptions {
  /** Share of each sweep's steady points to keep, lowest load first (default 0.5: the lower-load half; 1 keeps all). */
  share?: number;
  /** Keep at least this many points of a sweep when it has them (default 5: what an Eq. 4 fit needs). */
  minPoints?: number;
  /** Saturation rules applied first (excludeSaturated), or false to treat every row as steady. */
  exclusion?: ExclusionOptions | false;
}

/**
 * The lower-load part of every sweep, as the paper scores its MoE fits ("the lower-load half of
 * the sweep"): saturated and non-steady rows are left out first (excludeSaturated), then each
 * sweep (CONFIG_KEYS) keeps its ceil(share × n) lowest-load points, ordered by measured request
 * rate (the synchronous benchmark, the lowest rate of a GuideLLM sweep, comes first), but at
 * least min(minPoints, n). Rows come back sweep by sweep, lowest load first.
 *
 * @param rows tidy rows of one or more sweeps
 * @param options share (default 0.5), minPoints (default 5), exclusion
 * @returns the kept rows
 * @throws {Error} `lowerLoadRows requires ...` for a non-array, a share outside (0, 1] or a negative minPoints
 * @example
 * lowerLoadRows(rows).length; // about half the steady rows
 */
export function lowerLoadRows(rows: readonly TidyRow[], options: LowerLoadRowsOptions = {}): TidyRow[] {
  const fn = 'lowerLoadRows';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of tidy rows`);
  const share = options.share ?? 0.5;
  const minPoints = options.minPoints ?? 5;
  if (!(share > 0 && share <= 1)) throw new Error(`${fn} requires options.share in (0, 1], got ${String(share)}`);
  if (!(Number.isInteger(minPoints) && minPoints >= 0)) throw new Error(`${fn} requires options.minPoints to be an integer >= 0`);
  const steady = options.exclusion === false ? [...rows] : excludeSaturated(rows, options.exclusion ?? {}).kept;
  const out: TidyRow[] = [];
  for (const g of groupRows(steady, CONFIG_KEYS)) {
    const sorted = [...g.rows].sort((a, b) => a.measured_rps - b.measured_rps);
    const n = sorted.length;
    const keep = Math.min(n, Math.max(Math.ceil(share * n - 1e-9), minPoints));
    out.push(...sorted.slice(0, keep));
  }
  return out;
}
