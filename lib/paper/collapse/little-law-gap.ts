import type { LittleBatchPoint } from './little-batch-figure.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';

/** The result of {@link littleLawGap}. */
export interface LittleLawGap {
  /** Runs compared. */
  n: number;
  /** Median of RPS·L / measured concurrency (dimensionless; 1 = Little's Law exactly). */
  medianRatio: number;
  /** Median and largest |RPS·L / concurrency − 1| (%). */
  medianAbsGapPct: number;
  maxAbsGapPct: number;
  /** Share of runs within 5% of Little's Law (fraction). */
  within5Pct: number;
  /** One Markdown sentence. */
  text: string;
}

/**
 * How closely the client-side measurements obey Little's Law, B = RPS × L: the ratio of the
 * implied batch RPS·L to the measured time-averaged concurrency over all runs.
 *
 * @param points runs (littleBatchPoints)
 * @returns median ratio, median and largest absolute gap (%), share within 5%, a sentence
 * @throws {Error} `littleLawGap requires ...` for no points or a non-positive concurrency
 * @example
 * littleLawGap([{ group: 'a', rps: 2, latencyS: 3, meanConcurrency: 6 }]).medianRatio; // 1
 */
export function littleLawGap(points: readonly LittleBatchPoint[]): LittleLawGap {
  if (!Array.isArray(points as unknown) || points.length === 0) throw new Error('littleLawGap requires a non-empty array of points');
  const ratios = points.map((p, i) => {
    if (!(p.meanConcurrency > 0) || !(p.rps > 0) || !(p.latencyS > 0)) {
      throw new Error(`littleLawGap requires positive rps, latencyS and meanConcurrency, points[${i}] is not`);
    }
    return (p.rps * p.latencyS) / p.meanConcurrency;
  });
  const gaps = ratios.map((r) => Math.abs(r - 1) * 100);
  const medianRatio = median(ratios);
  const medianAbsGapPct = median(gaps);
  const maxAbsGapPct = Math.max(...gaps);
  const within5Pct = gaps.filter((g) => g <= 5).length / gaps.length;
  // Gaps below 0.001% are rounding of the reported numbers, not a difference worth digits.
  const pct = (v: number): string => (v < 1e-3 ? 'below 0.001%' : `${formatNumber(v, 2)}%`);
  const text =
    `Over ${points.length} runs, RPS × L / measured concurrency has median ${formatNumber(medianRatio, 4)}; ` +
    `the median gap is ${pct(medianAbsGapPct)}, the largest ${pct(maxAbsGapPct)}, ` +
    `and ${formatNumber(within5Pct * 100, 3)}% of runs are within 5% of Little's Law.`;
  return { n: points.length, medianRatio, medianAbsGapPct, maxAbsGapPct, within5Pct, text };
}
