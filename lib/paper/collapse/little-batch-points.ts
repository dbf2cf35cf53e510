import type { TidyRow } from '../../data/tidy-schema.js';
import type { LittleBatchPoint } from './little-batch-figure.js';
import { groupLabel } from '../shared/group-label.js';

/** Options of {@link littleBatchPoints}. */
export interface LittleBatchPointsOptions {
  /** Tidy column that colours the points (default 'verifier'), labelled by groupLabel. */
  groupBy?: string;
  /** Keep `throughput` rows (bursts at the concurrency cap; default false: steady loads only). */
  includeThroughput?: boolean;
}

/**
 * The runs of littleBatchFigure: measured rate, mean latency and the measured time-averaged
 * concurrency of every row that has all three (positive, finite). Little's Law predicts
 * RPS × L = mean concurrency for a steady state; `throughput` rows (a burst of max-concurrency
 * requests) are left out by default because their window is not one.
 *
 * @param rows tidy rows
 * @param options groupBy ('verifier'), includeThroughput (false)
 * @returns one point per usable row, labelled with the row's source
 * @throws {Error} `littleBatchPoints requires an array of tidy rows`
 * @example
 * littleBatchPoints(rows)[0]; // { group: 'Qwen3-0.6B', rps: 1.52, latencyS: 0.66, meanConcurrency: 1.0, label: '...#[0]' }
 */
export function littleBatchPoints(rows: readonly TidyRow[], options: LittleBatchPointsOptions = {}): LittleBatchPoint[] {
  if (!Array.isArray(rows as unknown)) throw new Error('littleBatchPoints requires an array of tidy rows');
  const column = options.groupBy ?? 'verifier';
  const positive = (v: unknown): v is number => typeof v === 'number' && v > 0 && Number.isFinite(v);
  const out: LittleBatchPoint[] = [];
  for (const r of rows) {
    if (r.strategy === 'throughput' && !options.includeThroughput) continue;
    if (!positive(r.measured_rps) || !positive(r.mean_latency_s) || !positive(r.mean_concurrency)) continue;
    out.push({
      group: groupLabel(column, r[column]),
      rps: r.measured_rps,
      latencyS: r.mean_latency_s,
      meanConcurrency: r.mean_concurrency,
      label: typeof r.source === 'string' ? r.source.replace(/^.*[\\/]/, '') : undefined,
    });
  }
  return out;
}
