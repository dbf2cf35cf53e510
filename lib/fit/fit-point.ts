import type { IndexedLoadPoint } from './load-point.js';

/** A point left out of a fit, and why. */
export interface ExcludedPoint {
  /** Index of the point in the array given to the fit (or to excludeSaturated). */
  index: number;
  /** The row's `source` ('' for plain points). */
  source: string;
  /** Human-readable reason, e.g. 'mean concurrency 126.3 >= 0.9 x max concurrency 128'. */
  reason: string;
}

/** A point used in a fit, with the model's prediction. */
export interface FitPoint {
  /** Index of the point in the array given to the fit. */
  index: number;
  source: string;
  /** 'open' (x is requests/s) or 'closed' (x is concurrency). */
  kind: 'open' | 'closed';
  /** The load: measured requests/s (open loop) or concurrency (closed loop). */
  x: number;
  /** Measured mean latency (s). */
  latencyS: number;
  /** Fitted mean latency (s). */
  predictedS: number;
}

/**
 * The record of a point used in a fit: its load (requests/s or concurrency), measured and
 * fitted latency. Shared by every fitter so that their `points` read the same.
 *
 * @param p the load point (open or closed loop) with its index and source
 * @param predictedS the model's latency at that point (s)
 * @returns the FitPoint
 * @example
 * fitPointOf({ kind: 'open', rps: 4, latencyS: 1.2, index: 0, source: 'a.json#[2]' }, 1.18);
 * // { index: 0, source: 'a.json#[2]', kind: 'open', x: 4, latencyS: 1.2, predictedS: 1.18 }
 */
export function fitPointOf(p: IndexedLoadPoint, predictedS: number): FitPoint {
  return {
    index: p.index,
    source: p.source,
    kind: p.kind,
    x: p.kind === 'open' ? p.rps : p.concurrency,
    latencyS: p.latencyS,
    predictedS,
  };
}
