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
