import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit, Eq1PlainPoint } from '../../fit/fit-eq1.js';
import { fitEq1 } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import { fitQuality } from '../../fit/fit-quality.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import { checkFitLoss } from '../../fit/fit-loss.js';

/** A tail statistic of the tidy schema. */
export type TailStatistic = 'p50' | 'p95' | 'p99';

/** How well Eq. 1 describes one tail statistic of one configuration. */
export interface TailFit {
  /** The mean fit's group key and label. */
  key: Record<string, unknown>;
  label: string;
  statistic: TailStatistic;
  /** Points with a value of the statistic (the mean fit's used points). */
  n: number;
  /** Eq. 1 fitted to the statistic itself (null when that fit failed, see refitError). */
  refit: { c1: number; c2: number; r2: number; mapePct: number } | null;
  refitError: string | null;
  /**
   * The mean model times one least-squares factor: s = Σ (pred/obs) / Σ (pred/obs)² (relative loss)
   * or Σ obs·pred / Σ pred² (absolute loss).
   */
  scaled: { factor: number; r2: number; mapePct: number };
  /** The mean model as it is, read as a prediction of the statistic. */
  unscaled: { r2: number; mapePct: number };
}

/**
 * Eq. 1 as a model of tail latency (the paper's appendix). For every configuration's mean fit
 * and every statistic (default p95 and p99), on the same load points the mean fit used:
 * (1) Eq. 1 refitted to the statistic (its own C1, C2); (2) the mean model scaled by one factor
 * per configuration; (3) the mean model unchanged. R² and MAPE (%) of each. The refit and the
 * factor minimise `options.loss` (default relative residuals, as every fitter; see FitLoss).
 *
 * @param rows the tidy rows the fits were made from (statistic columns `<stat>_latency_s`)
 * @param fits fitGroups(rows, { model: 'eq1' }) output; failed fits are skipped
 * @param statistics which statistics (default ['p95', 'p99'])
 * @param options the loss of the refit and the scale factor (default 'relative')
 * @returns one entry per (configuration, statistic) with at least 3 values
 * @throws {Error} `tailFits requires ...` for non-arrays, an unknown statistic or loss, or an index outside rows
 * @example
 * tailFits(rows, fitGroups(rows, { model: 'eq1' }))[0]; // { statistic: 'p95', refit: { r2: 0.99, ... }, scaled: { factor: 1.12, ... }, ... }
 */
export function tailFits(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'points'>>[],
  statistics: readonly TailStatistic[] = ['p95', 'p99'],
  options: { loss?: FitLoss } = {},
): TailFit[] {
  const fn = 'tailFits';
  const loss = checkFitLoss(fn, options?.loss);
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  for (const s of statistics) if (s !== 'p50' && s !== 'p95' && s !== 'p99') throw new Error(`${fn} requires statistics among p50, p95, p99, got ${String(s)}`);
  const out: TailFit[] = [];
  for (const g of fits) {
    if (g.fit === null) continue;
    for (const statistic of statistics) {
      const column = `${statistic}_latency_s`;
      const used = g.fit.points.filter((p) => {
        const row = rows[p.index];
        if (row === undefined) throw new Error(`${fn} requires the rows the fits were made from: index ${p.index} is outside ${rows.length} rows`);
        const v = row[column];
        return typeof v === 'number' && v > 0 && Number.isFinite(v);
      });
      if (used.length < 3) continue;
      const observed = used.map((p) => rows[p.index][column] as number);
      const predicted = used.map((p) => p.predictedS);
      let refit: TailFit['refit'] = null;
      let refitError: string | null = null;
      try {
        const plain: Eq1PlainPoint[] = used.map((p, i) => (p.kind === 'open' ? { rps: p.x, latencyS: observed[i] } : { concurrency: p.x, latencyS: observed[i] }));
        const f = fitEq1(plain, { requireConvergence: false, loss });
        refit = { c1: f.c1, c2: f.c2, r2: f.r2, mapePct: f.mape * 100 };
      } catch (err) {
        refitError = (err as Error).message;
      }
      // argmin_s sum (w_i (s pred_i - obs_i))^2 = sum w^2 obs pred / sum w^2 pred^2, w = 1/obs or 1.
      const w2 = observed.map((o) => (loss === 'relative' ? 1 / (o * o) : 1));
      const factor = observed.reduce((s, o, i) => s + w2[i] * o * predicted[i], 0) / predicted.reduce((s, p, i) => s + w2[i] * p * p, 0);
      const scaledQ = fitQuality(observed, predicted.map((p) => p * factor));
      const plainQ = fitQuality(observed, predicted);
      out.push({
        key: g.key,
        label: g.label,
        statistic,
        n: used.length,
        refit,
        refitError,
        scaled: { factor, r2: scaledQ.r2, mapePct: scaledQ.mape * 100 },
        unscaled: { r2: plainQ.r2, mapePct: plainQ.mape * 100 },
      });
    }
  }
  return out;
}
