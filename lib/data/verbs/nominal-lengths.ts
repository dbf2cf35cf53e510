import type { TidyRow } from '../tidy-schema.js';
import { groupRows } from './group-rows.js';
import { SWEEP_BASE_KEYS, metaConfigColumns } from './sweep-columns.js';

/** Default of {@link nominalLengths}' tolerance: mean lengths within 10% are one workload. */
export const DEFAULT_LENGTH_TOLERANCE = 0.1;

/** Options of {@link nominalLengths}. */
export interface NominalLengthsOptions {
  /**
   * Runs of one configuration whose measured mean lengths agree within this relative tolerance
   * (largest / smallest - 1, for the prompt and the output length alike) are one workload.
   * Default 0.1; 0 keeps every run's own rounded mean (no merging).
   */
  tolerance?: number;
}

/** Per length: the tidy column, where the measured mean is, and where its origin is noted. */
const LENGTHS = [
  { column: 'prefill_tokens', mean: 'mean_prompt_tokens', from: 'prefill_tokens_from' },
  { column: 'decode_tokens', mean: 'mean_output_tokens', from: 'decode_tokens_from' },
] as const;

/**
 * Gives the runs of one sweep one nominal workload. Loaders set prefill_tokens/decode_tokens to
 * the lengths a file states (GuideLLM's data config, vLLM's swept random_input_len, options,
 * sidecars); when a file states none, to the rounded mean of its own requests, marked
 * `prefill_tokens_from` / `decode_tokens_from` = 'mean'. Those means differ a little from run to
 * run of a sweep (516, 518, 517, 521 tokens), which would make every load level its own
 * configuration. This verb clusters such rows: inside a configuration (verifier, drafter,
 * hardware, k, alpha, any stated length, and the metadata columns that separate sweeps), rows
 * whose measured means agree within `tolerance` (complete linkage: the largest over the smallest
 * mean of the cluster, minus 1) share one length: the rounded mean over all their requests
 * (each row's mean weighted by its completed count), marked 'sweep mean'. Rows with stated
 * lengths are returned as they are. The measured means stay in `mean_prompt_tokens` /
 * `mean_output_tokens`. Idempotent: clustering always starts from the measured means.
 *
 * @param rows tidy rows (any formats; only rows with a length marked 'mean' or 'sweep mean' and
 *   its measured mean change)
 * @param options tolerance
 * @returns the rows, in input order; changed rows are new objects
 * @throws {Error} `nominalLengths requires ...` for rows that are not an array or a bad tolerance
 * @example
 * nominalLengths(vllmSweepRows).map((r) => r.decode_tokens); // [213, 213, 213, 213] (means 214, 212, 214, 212)
 */
export function nominalLengths<T extends TidyRow>(rows: readonly T[], options: NominalLengthsOptions = {}): T[] {
  if (!Array.isArray(rows)) throw new Error('nominalLengths requires an array of tidy rows');
  const tolerance = options.tolerance ?? DEFAULT_LENGTH_TOLERANCE;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new Error(`nominalLengths requires options.tolerance to be a number >= 0, got ${String(options.tolerance)}`);
  }
  const measured = (row: TidyRow, l: (typeof LENGTHS)[number]) =>
    (row[l.from] === 'mean' || row[l.from] === 'sweep mean') && typeof row[l.mean] === 'number' && (row[l.mean] as number) > 0;
  const candidates = rows.flatMap((row, i) => (LENGTHS.some((l) => measured(row, l)) ? [i] : []));
  if (candidates.length === 0) return [...rows];
  const out = [...rows];
  const keyRows = candidates.map((i) => {
    const row = rows[i];
    // A stated length is part of the key; a measured one is what gets clustered.
    return { ...row, prefill_tokens: measured(row, LENGTHS[0]) ? null : row.prefill_tokens, decode_tokens: measured(row, LENGTHS[1]) ? null : row.decode_tokens };
  });
  const keys = [...SWEEP_BASE_KEYS, 'prefill_tokens', 'decode_tokens', ...metaConfigColumns(rows)];
  for (const group of groupRows(keyRows, keys)) {
    const members = group.indices.map((j) => candidates[j]);
    for (const cluster of clusterByMeans(members.map((i) => rows[i]), tolerance, measured)) {
      const clustered = cluster.map((p) => members[p]);
      for (const l of LENGTHS) {
        const which = clustered.filter((i) => measured(rows[i], l));
        if (which.length === 0) continue;
        const weight = (i: number) => (typeof rows[i].completed === 'number' && (rows[i].completed as number) > 0 ? (rows[i].completed as number) : 1);
        const total = which.reduce((s, i) => s + weight(i), 0);
        const mean = which.reduce((s, i) => s + weight(i) * (rows[i][l.mean] as number), 0) / total;
        const value = Math.max(1, Math.round(mean));
        const from = which.length > 1 ? 'sweep mean' : 'mean';
        for (const i of which) {
          const own = which.length > 1 ? value : Math.max(1, Math.round(rows[i][l.mean] as number));
          if (out[i][l.column] !== own || out[i][l.from] !== from) out[i] = { ...out[i], [l.column]: own, [l.from]: from };
        }
      }
    }
  }
  return out;
}

/**
 * Complete-linkage clusters of rows by their measured mean lengths, in a fixed order (by output
 * then prompt mean): a row joins the first cluster it agrees with on every measured length
 * (largest / smallest - 1 <= tolerance), else opens one. Returns positions into `rows`.
 */
function clusterByMeans(
  rows: readonly TidyRow[],
  tolerance: number,
  measured: (row: TidyRow, l: (typeof LENGTHS)[number]) => boolean,
): number[][] {
  const value = (p: number, l: (typeof LENGTHS)[number]): number | null => (measured(rows[p], l) ? (rows[p][l.mean] as number) : null);
  const order = rows.map((_, p) => p).sort((a, b) => (value(a, LENGTHS[1]) ?? 0) - (value(b, LENGTHS[1]) ?? 0) || (value(a, LENGTHS[0]) ?? 0) - (value(b, LENGTHS[0]) ?? 0) || a - b);
  const clusters: { members: number[]; lo: number[]; hi: number[] }[] = [];
  for (const p of order) {
    const v = LENGTHS.map((l) => value(p, l) ?? NaN);
    const fits = (c: (typeof clusters)[number]) =>
      tolerance > 0 &&
      LENGTHS.every((_, d) => Number.isNaN(v[d]) || Number.isNaN(c.lo[d]) || Math.max(c.hi[d], v[d]) / Math.min(c.lo[d], v[d]) - 1 <= tolerance + 1e-12);
    const home = clusters.find(fits);
    if (home) {
      home.members.push(p);
      v.forEach((x, d) => {
        if (Number.isNaN(x)) return;
        home.lo[d] = Number.isNaN(home.lo[d]) ? x : Math.min(home.lo[d], x);
        home.hi[d] = Number.isNaN(home.hi[d]) ? x : Math.max(home.hi[d], x);
      });
    } else {
      clusters.push({ members: [p], lo: [...v], hi: [...v] });
    }
  }
  return clusters.map((c) => c.members.sort((a, b) => a - b));
}
