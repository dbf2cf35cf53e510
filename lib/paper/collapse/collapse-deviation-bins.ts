import type { CollapsePoint } from '../shared/collapse-traces.js';
import { formatNumber } from '../../util/format-number.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { quantileSorted } from '../../util/quantile.js';

/** The deviation from y = 1/(1 − x) of the collapse points of one group inside one x bin. */
export interface CollapseDeviationBin {
  group: string;
  /** Bin edges and centre in x = RPS · C2 (dimensionless). */
  xLo: number;
  xHi: number;
  xMid: number;
  /** Points in the bin. */
  n: number;
  /** Median relative deviation y · (1 − x) − 1 = L / L_Eq.1 − 1 (%). */
  medianPct: number;
  /** Lower and upper quartile of the deviation (%). */
  q25Pct: number;
  q75Pct: number;
}

/** The result of {@link collapseDeviationBins}. */
export interface CollapseDeviation {
  bins: CollapseDeviationBin[];
  /** Markdown list: per group, where the median deviation is most positive and most negative, and its sign in each bin. */
  text: string;
  /** Bins (all groups) whose median deviation is at least 1% from 0, and the largest |median| of any bin (%). */
  nBeyond1Pct: number;
  maxAbsMedianPct: number;
  /** One sentence over all groups: how many bins lie beyond ±1% and the largest median deviation. */
  overallText: string;
}

/** Options of {@link collapseDeviationBins}. */
export interface CollapseDeviationOptions {
  /** Bin width in x (default 0.1). */
  binWidth?: number;
  /** Bins with fewer points are dropped (default 5). */
  minPoints?: number;
}

/**
 * Where the measured latencies leave the Eq. 1 curve: for every collapse point the relative
 * deviation d = y · (1 − x) − 1, which equals L_measured / L_Eq.1 − 1 at the measured rate; then
 * per group and x bin the median and quartiles of d (in percent). A random scatter of d around 0
 * means Eq. 1 fits within noise; a pattern that changes sign with x (e.g. + at low load, − in
 * between, + near saturation: an S-shape) is a systematic shape error of the model.
 * Points at or past x = 1 are ignored.
 *
 * @param points collapse points (collapsePoints)
 * @param options binWidth (0.1), minPoints (5)
 * @returns the bins (group in natural order, then x), a summary sentence per group, and counts over all bins
 * @throws {Error} `collapseDeviationBins requires ...` for no points or bad options
 * @example
 * collapseDeviationBins([{ x: 0.5, y: 2.2, group: 'A' }, ...]).bins[0].medianPct; // 10 for y(1 − x) = 1.1
 */
export function collapseDeviationBins(points: readonly CollapsePoint[], options: CollapseDeviationOptions = {}): CollapseDeviation {
  if (!Array.isArray(points as unknown) || points.length === 0) throw new Error('collapseDeviationBins requires a non-empty array of collapse points');
  const width = options.binWidth ?? 0.1;
  const minPoints = options.minPoints ?? 5;
  if (!(width > 0 && width <= 1)) throw new Error(`collapseDeviationBins requires options.binWidth in (0, 1], got ${width}`);
  if (!Number.isInteger(minPoints) || minPoints < 1) throw new Error(`collapseDeviationBins requires options.minPoints to be an integer >= 1, got ${minPoints}`);
  const cells = new Map<string, Map<number, number[]>>();
  points.forEach((p, i) => {
    if (typeof p?.group !== 'string' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      throw new Error(`collapseDeviationBins requires points with finite x, y and a group, points[${i}] is not`);
    }
    if (p.x < 0 || p.x >= 1) return;
    const bin = Math.min(Math.floor(p.x / width + 1e-9), Math.ceil(1 / width) - 1);
    const byBin = cells.get(p.group) ?? new Map<number, number[]>();
    cells.set(p.group, byBin);
    byBin.set(bin, [...(byBin.get(bin) ?? []), (p.y * (1 - p.x) - 1) * 100]);
  });
  const bins: CollapseDeviationBin[] = [];
  const lines: string[] = [];
  for (const group of [...cells.keys()].sort(naturalCompare)) {
    const own: CollapseDeviationBin[] = [];
    for (const [bin, values] of [...cells.get(group)!.entries()].sort((a, b) => a[0] - b[0])) {
      if (values.length < minPoints) continue;
      const sorted = [...values].sort((a, b) => a - b);
      const xLo = bin * width;
      const xHi = Math.min(1, (bin + 1) * width);
      own.push({
        group,
        xLo,
        xHi,
        xMid: (xLo + xHi) / 2,
        n: values.length,
        medianPct: quantileSorted(sorted, 0.5),
        q25Pct: quantileSorted(sorted, 0.25),
        q75Pct: quantileSorted(sorted, 0.75),
      });
    }
    bins.push(...own);
    if (own.length === 0) continue;
    const hi = own.reduce((a, b) => (b.medianPct > a.medianPct ? b : a));
    const lo = own.reduce((a, b) => (b.medianPct < a.medianPct ? b : a));
    const range = (b: CollapseDeviationBin): string => `x ${formatNumber(b.xLo, 2)}–${formatNumber(b.xHi, 2)}`;
    const signed = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 2)}%`;
    const pattern = own.map((b) => (b.medianPct >= 1 ? '+' : b.medianPct <= -1 ? '−' : '0')).join(' ');
    lines.push(
      `- **${group}**: median deviation from ${signed(hi.medianPct)} (${range(hi)}) to ${signed(lo.medianPct)} (${range(lo)}); ` +
        `sign by bin, x ascending (0: within ±1%): ${pattern}.`,
    );
  }
  const nBeyond1Pct = bins.filter((b) => Math.abs(b.medianPct) >= 1).length;
  const maxAbsMedianPct = bins.length > 0 ? Math.max(...bins.map((b) => Math.abs(b.medianPct))) : 0;
  const overallText = `${nBeyond1Pct} of ${bins.length} bins have a median deviation of 1% or more; the largest is ${formatNumber(maxAbsMedianPct, 2)}%.`;
  return { bins, text: lines.join('\n'), nBeyond1Pct, maxAbsMedianPct, overallText };
}
