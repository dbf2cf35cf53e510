import { CONFIG_KEYS } from '../data/tidy-schema.js';
import type { Rng } from '../random/create-rng.js';
import { groupRows } from '../data/verbs/group-rows.js';
import { quantileSorted } from '../util/quantile.js';

/** Options of {@link bootstrapFit}. */
export interface BootstrapOptions {
  /** Number of resamples (>= 10). */
  nBoot: number;
  rng: Rng;
  /** Columns of the groups inside which points are resampled (default CONFIG_KEYS: per sweep). */
  groupBy?: readonly string[];
  /** Confidence level of the percentile intervals (default 0.95). */
  level?: number;
}

/** A percentile interval of one coefficient. */
export interface BootstrapInterval {
  lower: number;
  upper: number;
  median: number;
  /** Standard deviation of the resampled values (bootstrap standard error). */
  se: number;
}

/** The result of {@link bootstrapFit}. */
export interface BootstrapResult {
  /** The fit on the original rows. */
  estimate: Record<string, number>;
  intervals: Record<string, BootstrapInterval>;
  /** Resampled values per coefficient (successful resamples only). */
  samples: Record<string, number[]>;
  nBoot: number;
  /** Resamples whose fit threw (e.g. too few distinct load levels), left out of the intervals. */
  nFailed: number;
  level: number;
}

/**
 * Case-resampling bootstrap of any fit: rows are drawn with replacement inside each group
 * (keeping group sizes), the fit is redone, and percentile intervals (linear interpolation between
 * order statistics) are reported for every coefficient the fit returns.
 * Apply excludeSaturated first and fit the kept rows without exclusion: the sweep-level rules
 * (e.g. GuideLLM rate inference) do not survive resampling.
 *
 * @param rows the rows
 * @param fitFn fits rows and returns named coefficients (finite numbers)
 * @param options nBoot, Rng, groups, level
 * @returns the estimate, intervals, samples and the number of failed resamples
 * @throws {Error} `bootstrapFit requires ...` for bad options, or when the fit of the original rows
 *   throws, or when fewer than half of the resamples could be fitted
 * @example
 * const { kept } = excludeSaturated(rows);
 * const boot = bootstrapFit(kept, (rs) => { const f = fitEq1(rs, { exclusion: false }); return { c1: f.c1, c2: f.c2 }; },
 *   { nBoot: 200, rng: createRng(1) });
 * boot.intervals.c2; // { lower, upper, median, se }
 */
export function bootstrapFit<T extends object>(
  rows: readonly T[],
  fitFn: (rows: T[]) => Record<string, number>,
  options: BootstrapOptions,
): BootstrapResult {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error('bootstrapFit requires a non-empty array of rows');
  if (typeof fitFn !== 'function') throw new Error('bootstrapFit requires a fit function');
  if (options == null || !Number.isInteger(options.nBoot) || options.nBoot < 10) {
    throw new Error(`bootstrapFit requires options.nBoot to be an integer >= 10, got ${options?.nBoot}`);
  }
  if (!options.rng || typeof options.rng.int !== 'function') throw new Error('bootstrapFit requires options.rng');
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new Error(`bootstrapFit requires options.level in (0, 1), got ${level}`);
  const groups = groupRows(rows, options.groupBy ?? CONFIG_KEYS);
  const estimate = fitFn([...rows]);
  const names = Object.keys(estimate);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  let nFailed = 0;
  for (let b = 0; b < options.nBoot; b++) {
    const resample: T[] = [];
    for (const g of groups) for (let i = 0; i < g.rows.length; i++) resample.push(g.rows[options.rng.int(g.rows.length)]);
    let fit: Record<string, number>;
    try {
      fit = fitFn(resample);
    } catch {
      nFailed++;
      continue;
    }
    if (!names.every((n) => Number.isFinite(fit[n]))) {
      nFailed++;
      continue;
    }
    for (const n of names) samples[n].push(fit[n]);
  }
  if (nFailed > options.nBoot / 2) throw new Error(`bootstrapFit requires most resamples to fit: ${nFailed} of ${options.nBoot} failed`);
  const intervals: Record<string, BootstrapInterval> = {};
  for (const n of names) {
    const s = [...samples[n]].sort((a, b) => a - b);
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    const se = Math.sqrt(s.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, s.length - 1));
    intervals[n] = { lower: quantileSorted(s, (1 - level) / 2), upper: quantileSorted(s, 1 - (1 - level) / 2), median: quantileSorted(s, 0.5), se };
  }
  return { estimate, intervals, samples, nBoot: options.nBoot, nFailed, level };
}
