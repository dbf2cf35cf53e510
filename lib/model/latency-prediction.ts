/**
 * A latency predicted by the model at one load level.
 * When the load reaches or passes the saturation point the queue grows without bound:
 * `saturated` is true and `latencyS` is Infinity (never negative, never NaN).
 */
export interface LatencyPrediction {
  /** Mean end-to-end request latency (s); Infinity when saturated. */
  latencyS: number;
  /** True when rps * C2 >= 1 (the server cannot keep up). */
  saturated: boolean;
  /** Load-dependent utilisation rps * C2 (dimensionless). */
  utilisation: number;
}

/** The two coefficients of Eq. 1. */
export interface Eq1Coefficients {
  /** Load-independent demand (s): the latency of a request served alone. */
  c1: number;
  /** Load-dependent demand (s per concurrent request). */
  c2: number;
}
