/** Mean and range of one measured length over a group of runs (tokens per request). */
export interface LengthRange {
  /** Mean over all requests of the runs (each run's mean weighted by its completed count). */
  mean: number;
  /** Smallest and largest run mean. */
  min: number;
  max: number;
}

/** The measured lengths a group of runs holds; null where no run measured that length. */
export interface LengthSummary {
  prompt: LengthRange | null;
  output: LengthRange | null;
  /**
   * True when some row's prefill_tokens or decode_tokens is a measured mean (its file stated no
   * length: `*_from` 'mean' or 'sweep mean'), so the group's nominal lengths stand for these ranges.
   */
  fromMeans: boolean;
}

/**
 * The measured prompt and output lengths of a group of runs (the `mean_prompt_tokens` and
 * `mean_output_tokens` columns the loaders keep): mean over all requests and the range of the
 * run means, so that a fit can say which lengths its nominal workload stands for.
 *
 * @param rows tidy rows (rows without the columns are skipped)
 * @returns the summary
 * @throws {Error} `lengthSummary requires an array of rows`
 * @example
 * lengthSummary([{ mean_output_tokens: 212, completed: 200 }, { mean_output_tokens: 214, completed: 200 }]).output;
 * // { mean: 213, min: 212, max: 214 } (fromMeans false: no *_from column)
 */
export function lengthSummary(rows: readonly Record<string, unknown>[]): LengthSummary {
  if (!Array.isArray(rows)) throw new Error('lengthSummary requires an array of rows');
  const isMean = (v: unknown) => v === 'mean' || v === 'sweep mean';
  return {
    prompt: range(rows, 'mean_prompt_tokens'),
    output: range(rows, 'mean_output_tokens'),
    fromMeans: rows.some((r) => isMean(r.prefill_tokens_from) || isMean(r.decode_tokens_from)),
  };
}

function range(rows: readonly Record<string, unknown>[], column: string): LengthRange | null {
  let total = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const v = row[column];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const w = typeof row.completed === 'number' && row.completed > 0 ? row.completed : 1;
    total += w;
    sum += w * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return total === 0 ? null : { mean: sum / total, min, max };
}
