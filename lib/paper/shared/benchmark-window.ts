import type { TidyRow } from '../../data/tidy-schema.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';

/** The length of the benchmarks' measurement windows, read from the rows. */
export interface BenchmarkWindow {
  /** Open-loop rows the estimate rests on. */
  n: number;
  /** Median, smallest and largest window (s). */
  medianS: number;
  minS: number;
  maxS: number;
  /** 'the 90-s window' when every window rounds to one length, else 'windows of 60–300 s'. */
  text: string;
  /** Median GuideLLM warm-up as a fraction of the benchmark (warmup_s / duration_s; 0 when no row records a warm-up). */
  medianWarmupFrac: number;
}

/**
 * How long the benchmarks measured, in seconds, from the rows alone: a row that records its
 * benchmark length and warm-up (`duration_s` and `warmup_s`, as the simulated rows do) measured
 * for duration_s - warmup_s; otherwise GuideLLM's completed-request rate is the number of
 * completed requests over the benchmark's duration, so each constant-rate or Poisson row with a
 * positive rate gives duration = completed / measured_rps. Sentences about how
 * many long requests finish inside the window use it instead of a written-in duration, so they
 * stay right when the data are regenerated with other windows.
 *
 * @param rows tidy rows
 * @returns the windows' median, range, a phrase for sentences (2 significant digits) and the median warm-up fraction
 * @throws {Error} `benchmarkWindow requires ...` for a non-array or no open-loop row with a positive rate and completed count
 * @example
 * benchmarkWindow(simRows).text; // 'the 90-s window'
 */
export function benchmarkWindow(rows: readonly TidyRow[]): BenchmarkWindow {
  const fn = 'benchmarkWindow';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of tidy rows`);
  const open = rows.filter((r) => (r.strategy === 'constant' || r.strategy === 'poisson') && r.measured_rps > 0 && (r.completed as number) > 0);
  const recorded = (r: TidyRow): boolean => typeof r.duration_s === 'number' && typeof r.warmup_s === 'number' && r.duration_s > r.warmup_s;
  const windows = open.map((r) => (recorded(r) ? (r.duration_s as number) - (r.warmup_s as number) : (r.completed as number) / r.measured_rps)).filter(Number.isFinite);
  const warm = open.filter(recorded).map((r) => (r.warmup_s as number) / (r.duration_s as number));
  if (windows.length === 0) throw new Error(`${fn} requires at least one constant-rate or Poisson row with a positive measured_rps and completed count`);
  const medianS = median(windows);
  const minS = Math.min(...windows);
  const maxS = Math.max(...windows);
  const lo = formatNumber(minS, 2);
  const hi = formatNumber(maxS, 2);
  return { n: windows.length, medianS, minS, maxS, text: lo === hi ? `the ${lo}-s window` : `windows of ${lo}–${hi} s`, medianWarmupFrac: warm.length > 0 ? median(warm) : 0 };
}
