import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import { formatNumber } from '../../util/format-number.js';
import type { LatencyStatistic, TailCurve, TailPoint } from './tail-figure.js';
import { eq1LatencyCore } from '../../model/eq1-latency.js';
import { groupLabel } from '../shared/group-label.js';
import { measuredRps } from '../shared/measured-rps.js';
import type { TailFit, TailStatistic } from './tail-fits.js';

/** Options of {@link tailFigureData}. */
export interface TailFigureDataOptions {
  /** One selection per panel: key values of a configuration, e.g. { verifier: 'Qwen3-8B', alpha: 0.7, k: 3 }. */
  panels: readonly Record<string, unknown>[];
  /** Tail curves: 'refit' (Eq. 1 fitted to the statistic, default), 'scaled' (mean model × factor) or 'both'. */
  curves?: 'refit' | 'scaled' | 'both';
  /** Curve samples (default 60). */
  samples?: number;
  /** Tail statistics whose measurements are drawn next to the mean (default ['p95', 'p99']). */
  statistics?: readonly TailStatistic[];
}

/**
 * The input of tailFigure (appendix): for each selected configuration (one panel, labelled
 * 'Qwen3-8B, α = 0.70, k = 3'), the measured mean and tail latencies (default p95 and p99) at the load points the
 * mean fit used, the Eq. 1 mean model, and per tail statistic of tailFits the refitted Eq. 1 and/or
 * the scaled mean model, sampled from 0 to 1.05 × the largest measured rate (capped at 98% of the
 * saturation rate of each curve).
 *
 * @param rows the tidy rows the fits were made from
 * @param fits fitGroups(rows, { model: 'eq1' }) output (mean latency)
 * @param tails tailFits(rows, fits) output
 * @param options panels (required), curves, samples, statistics
 * @returns `{ points, curves }`
 * @throws {Error} `tailFigureData requires ...` for no panels or a panel that matches no fitted configuration
 * @example
 * tailFigureData(rows, fits, tailFits(rows, fits), { panels: [{ verifier: 'Qwen3-8B', alpha: 0.7, k: 3 }] }).curves.length; // 3
 */
export function tailFigureData(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'c1' | 'c2' | 'points'>>[],
  tails: readonly TailFit[],
  options: TailFigureDataOptions,
): { points: TailPoint[]; curves: TailCurve[] } {
  const fn = 'tailFigureData';
  if (!Array.isArray(rows as unknown) || !Array.isArray(fits as unknown) || !Array.isArray(tails as unknown)) throw new Error(`${fn} requires arrays of rows, fits and tail fits`);
  if (!options || !Array.isArray(options.panels) || options.panels.length === 0) throw new Error(`${fn} requires options.panels (one selection per panel)`);
  const mode = options.curves ?? 'refit';
  const samples = options.samples ?? 60;
  const shown: LatencyStatistic[] = ['mean', ...(options.statistics ?? ['p95', 'p99'])];
  if (!Number.isInteger(samples) || samples < 2) throw new Error(`${fn} requires options.samples to be an integer >= 2`);
  const points: TailPoint[] = [];
  const curves: TailCurve[] = [];
  options.panels.forEach((where, i) => {
    const g = fits.find((f) => f.fit !== null && f.key && Object.entries(where).every(([c, v]) => f.key[c] === v));
    if (!g) throw new Error(`${fn} requires panels[${i}] to match a fitted configuration`);
    const fit = g.fit!;
    const panel = [g.key.verifier, g.key.alpha !== undefined ? groupLabel('alpha', g.key.alpha) : null, g.key.k !== undefined ? groupLabel('k', g.key.k) : null]
      .filter((v) => v !== null && v !== undefined)
      .join(', ');
    let maxRps = 0;
    for (const p of fit.points) {
      const row = rows[p.index];
      const rps = measuredRps(rows, p.index, fn);
      maxRps = Math.max(maxRps, rps);
      for (const statistic of shown) {
        const v = statistic === 'mean' ? row.mean_latency_s : row[`${statistic}_latency_s`];
        if (typeof v === 'number' && v > 0 && Number.isFinite(v)) points.push({ panel, statistic, rps, latencyS: v });
      }
    }
    const curve = (statistic: LatencyStatistic, name: string, c1: number, c2: number): TailCurve => {
      const end = Math.min(1.05 * maxRps, c2 > 0 ? 0.98 / c2 : Infinity);
      const rps = Array.from({ length: samples }, (_, j) => (end * j) / (samples - 1));
      return { panel, statistic, name, rps, latencyS: rps.map((r) => eq1LatencyCore(r, c1, c2)) };
    };
    curves.push(curve('mean', 'Eq. 1 mean model', fit.c1, fit.c2));
    for (const t of tails.filter((t) => t.label === g.label)) {
      if ((mode === 'refit' || mode === 'both') && t.refit) curves.push(curve(t.statistic, `Eq. 1 fitted to ${t.statistic}`, t.refit.c1, t.refit.c2));
      if (mode === 'scaled' || mode === 'both') {
        curves.push(curve(t.statistic, `mean model × ${formatNumber(t.scaled.factor, 3)} (${t.statistic})`, fit.c1 * t.scaled.factor, fit.c2));
      }
    }
  });
  return { points, curves };
}
