import { CONFIG_KEYS } from '../tidy-schema.js';
import { groupRows } from './group-rows.js';

/** Configuration columns other than the workload lengths: what a sweep shares before lengths are known. */
export const SWEEP_BASE_KEYS = ['verifier', 'drafter', 'hardware', 'k', 'alpha'] as const;

/**
 * The `meta_<key>` columns (from `vllm bench serve --metadata key=value`, or a CSV's own) that
 * separate sweeps, such as `meta_framework` when vLLM and SGLang runs of one model share a file.
 * A metadata column separates sweeps when, inside some configuration (SWEEP_BASE_KEYS), it takes
 * several values, and wherever it does, every value holds runs at two or more load levels (a
 * sweep of its own; rows without the column do not count). Columns that label single runs (a timestamp, a run number, the rate
 * itself) fail that test and are left out.
 *
 * @param rows tidy rows
 * @returns the column names, in first-seen order (empty when no row has metadata)
 * @throws {Error} `metaConfigColumns requires an array of rows`
 * @example
 * metaConfigColumns(nerdalertRows); // ['meta_framework'] (vLLM and SGLang, six rates each)
 */
export function metaConfigColumns(rows: readonly Record<string, unknown>[]): string[] {
  if (!Array.isArray(rows)) throw new Error('metaConfigColumns requires an array of rows');
  const candidates: string[] = [];
  for (const row of rows) {
    // for...in, not Object.keys: no array per row (fitGroups runs this over every row of a data set)
    for (const key in row) {
      if (key.charCodeAt(0) === 109 /* m */ && key.startsWith('meta_') && !candidates.includes(key) && Object.prototype.hasOwnProperty.call(row, key)) candidates.push(key);
    }
  }
  if (candidates.length === 0) return [];
  const groups = groupRows(rows, SWEEP_BASE_KEYS);
  return candidates.filter((col) => {
    let splits = false;
    for (const g of groups) {
      // Rows without the column (other files) are not labelled by it: they do not count.
      const parts = groupRows(g.rows, [col]).filter((p) => p.key[col] !== null);
      if (parts.length < 2) continue;
      if (!parts.every((p) => new Set(p.rows.map(loadLevel)).size >= 2)) return false;
      splits = true;
    }
    return splits;
  });
}

/**
 * The columns that identify one sweep (one configuration): CONFIG_KEYS, then the metadata
 * columns that separate sweeps (see metaConfigColumns).
 *
 * @param rows tidy rows
 * @returns column names
 * @throws {Error} `metaConfigColumns requires an array of rows`
 * @example
 * sweepColumns(rows); // ['verifier', 'drafter', ..., 'alpha', 'meta_framework']
 */
export function sweepColumns(rows: readonly Record<string, unknown>[]): string[] {
  return [...CONFIG_KEYS, ...metaConfigColumns(rows)];
}

function loadLevel(row: Record<string, unknown>): string {
  return JSON.stringify([row.strategy ?? null, row.rate_rps ?? null, row.concurrency ?? null]);
}
