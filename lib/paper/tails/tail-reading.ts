import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { TailFit, TailStatistic } from './tail-fits.js';

/** The numbers behind {@link tailReading}, per tail statistic. */
export interface TailReadingStatistic {
  statistic: TailStatistic;
  /** Configurations with a tail fit. */
  n: number;
  /** Median R² and MAPE (%) of the refit, the scaled mean model and the unchanged mean model. */
  refitR2: number;
  refitMapePct: number;
  scaledR2: number;
  scaledMapePct: number;
  unscaledMapePct: number;
  /** Median least-squares factor statistic / mean model. */
  factor: number;
  /**
   * Median over configurations of measured / scaled mean model at the configuration's highest
   * fitted load, minus 1 (%): above 0 when the tail rises faster than the mean near the pole.
   */
  highLoadExcessPct: number;
  /** Share of configurations where that point lies above the scaled model (fraction). */
  highLoadAboveShare: number;
}

/** Result of {@link tailReading}. */
export interface TailReading {
  statistics: TailReadingStatistic[];
  /** Median and smallest count of successful requests in the lowest-rate window a mean fit used. */
  lowRateRequestsMedian: number;
  lowRateRequestsMin: number;
  /** Markdown: what the numbers say about reading tails off the mean model. */
  text: string;
}

/**
 * Reads the tail fits as the appendix discussion needs them, in sentences whose wording follows
 * the numbers: the refit against the scaled mean model (median MAPE, and whether the scaled model
 * reaches the R² bar at each statistic), how much the unchanged mean model understates each tail
 * (the factor), whether the tails rise faster than the mean at each configuration's highest fitted
 * load (measured tail against the scaled mean model there; a median departure counts only beyond
 * the scaled model's median MAPE), and how many requests the lowest-rate
 * measurement windows hold (what a p99 rests on).
 *
 * @param rows the tidy rows the fits were made from (with `completed` counts)
 * @param fits the mean fits (fitGroups eq1)
 * @param tails tailFits(rows, fits, statistics)
 * @param options statistics (in order) and the R² bar the scaled model is held to
 * @returns the numbers and the text
 * @throws {Error} `tailReading requires ...` when a statistic has no tail fit
 * @example
 * tailReading(rows, fits, tails, { statistics: ['p95', 'p99'], minR2: 0.97 }).text;
 */
export function tailReading(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'points'>>[],
  tails: readonly TailFit[],
  options: { statistics: readonly TailStatistic[]; minR2: number },
): TailReading {
  const fn = 'tailReading';
  const byLabel = new Map(fits.filter((g) => g.fit !== null).map((g) => [g.label, g.fit!]));
  const stats: TailReadingStatistic[] = options.statistics.map((statistic) => {
    const mine = tails.filter((t) => t.statistic === statistic);
    if (mine.length === 0) throw new Error(`${fn} requires tail fits of ${statistic}`);
    const refits = mine.flatMap((t) => (t.refit ? [t.refit] : []));
    const excess: number[] = [];
    for (const t of mine) {
      const fit = byLabel.get(t.label);
      const column = `${statistic}_latency_s`;
      const points = (fit?.points ?? []).filter((p) => typeof rows[p.index]?.[column] === 'number');
      if (points.length === 0) continue;
      const top = points.reduce((a, b) => (b.x > a.x ? b : a));
      excess.push((rows[top.index][column] as number) / (top.predictedS * t.scaled.factor) - 1);
    }
    return {
      statistic,
      n: mine.length,
      refitR2: median(refits.map((q) => q.r2)),
      refitMapePct: median(refits.map((q) => q.mapePct)),
      scaledR2: median(mine.map((t) => t.scaled.r2)),
      scaledMapePct: median(mine.map((t) => t.scaled.mapePct)),
      unscaledMapePct: median(mine.map((t) => t.unscaled.mapePct)),
      factor: median(mine.map((t) => t.scaled.factor)),
      highLoadExcessPct: median(excess) * 100,
      highLoadAboveShare: excess.filter((e) => e > 0).length / excess.length,
    };
  });
  const lowest = [...byLabel.values()].flatMap((fit) => {
    if (fit.points.length === 0) return [];
    const low = fit.points.reduce((a, b) => (b.x < a.x ? b : a));
    const completed = rows[low.index].completed;
    return typeof completed === 'number' ? [completed] : []; // a CSV may carry no request counts
  });
  const f = (x: number): string => formatNumber(x, 3);
  const each = (pick: (s: TailReadingStatistic) => string): string => stats.map((s) => `${pick(s)} at ${s.statistic}`).join(', ');
  const reached = stats.filter((s) => s.scaledR2 >= options.minR2);
  const under = stats.filter((s) => s.factor >= 1);
  const most = stats.reduce((a, b) => (Math.abs(Math.log(b.factor)) > Math.abs(Math.log(a.factor)) ? b : a));
  const top = stats.reduce((a, b) => (Number(b.statistic.slice(1)) > Number(a.statistic.slice(1)) ? b : a)).statistic;
  const tail = Math.ceil((median(lowest) * (100 - Number(top.slice(1)))) / 100);
  // A rise counts only beyond the scaled model's own median error at that statistic.
  const rising = stats.filter((s) => s.highLoadExcessPct > s.scaledMapePct);
  const falling = stats.filter((s) => s.highLoadExcessPct < -s.scaledMapePct);
  const lines = [
    `A refit spends two coefficients per statistic and reaches a median MAPE of ${each((s) => `${f(s.refitMapePct)}%`)}; ` +
      `the scaled mean model spends one factor per configuration and reaches ${each((s) => `${f(s.scaledMapePct)}%`)}. ` +
      (reached.length === stats.length
        ? `The scaled model reaches a median R² ≥ ${options.minR2} at every statistic (${each((s) => f(s.scaledR2))}): the latency distribution keeps roughly its shape along the sweep, so a tail SLO can be read off the mean model with one measured factor per configuration.`
        : reached.length > 0
          ? `The scaled model reaches a median R² ≥ ${options.minR2} at ${reached.map((s) => s.statistic).join(', ')} but not at ${stats.filter((s) => !reached.includes(s)).map((s) => s.statistic).join(', ')} (${each((s) => f(s.scaledR2))}): one factor per configuration carries the mean model only part of the way into the tail.`
          : `The scaled model stays below a median R² of ${options.minR2} at every statistic (${each((s) => f(s.scaledR2))}): one factor per configuration does not carry the mean model into the tail.`),
    `Read unchanged, the mean model ${[
      under.length > 0 ? `understates ${under.map((s) => s.statistic).join(' and ')}` : '',
      under.length < stats.length ? `overstates ${stats.filter((s) => !under.includes(s)).map((s) => s.statistic).join(' and ')}` : '',
    ]
      .filter((t) => t !== '')
      .join(' and ')} (median factor measured / mean model ${each((s) => f(s.factor))}), furthest off at ${most.statistic}: a median MAPE of ${each((s) => `${f(s.unscaledMapePct)}%`)}.`,
    `At each configuration's highest fitted load, measured tail / scaled mean model − 1 has a median of ${each((s) => `${f(s.highLoadExcessPct)}%`)} ` +
      `(positive in ${each((s) => `${f(s.highLoadAboveShare * 100)}%`)} of the configurations): ` +
      (rising.length === stats.length
        ? 'beyond the scaled model\'s median error at every statistic, the tails rise faster than the mean as the load approaches the pole, which is where the refit and the scaled model part.'
        : rising.length > 0
          ? `beyond the scaled model's median error, the tail rises faster than the mean near the pole at ${rising.map((s) => s.statistic).join(', ')} only.`
          : falling.length > 0
            ? `beyond the scaled model's median error, the tail rises more slowly than the mean near the pole at ${falling.map((s) => s.statistic).join(', ')}.`
            : `within the scaled model's median error (${each((s) => `${f(s.scaledMapePct)}%`)}): no clear sign that the tails bend away from the mean near the pole.`),
    `The lowest-rate window of each configuration holds a median of ${f(median(lowest))} successful requests (fewest ${Math.min(...lowest)}), ` +
      `so a ${top} there rests on the slowest ${tail} request(s) of the window.`,
  ];
  return { statistics: stats, lowRateRequestsMedian: median(lowest), lowRateRequestsMin: Math.min(...lowest), text: lines.join('\n\n') };
}
