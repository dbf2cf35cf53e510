/**
 * The error model a latency fit minimises.
 * - `relative` (the default): residual r_i = (predicted_i - observed_i) / observed_i. Latency noise
 *   is multiplicative (a 2% jitter is 0.6 s on a 30-s request and 0.02 s on a 1-s one), so every
 *   point is weighed by its relative error and the long latencies near saturation no longer pull
 *   the load-independent terms off.
 * - `absolute`: residual r_i = predicted_i - observed_i in seconds, unweighted least squares on L as
 *   SciPy's curve_fit does it (the paper's choice).
 *
 * Why (pred - obs) / obs and not log(pred) - log(obs): both agree to first order (log(1 + x) ~ x),
 * but the relative residual is weighted least squares with fixed weights 1 / observed_i, so every
 * solver, Jacobian and convergence test of the absolute loss carries over unchanged; its squares are
 * the squared percentage errors whose mean absolute value is the MAPE the fits report; and it grows
 * linearly, not logarithmically, when a prediction shoots past a measured point near saturation.
 * Its bias under multiplicative noise of standard deviation s is about -2 s^2 on a scale factor
 * (0.02% at 1% noise), far below the noise's own effect on the coefficients.
 */
export type FitLoss = 'relative' | 'absolute';

/** The loss every fitter uses unless told otherwise. */
export const DEFAULT_FIT_LOSS: FitLoss = 'relative';

/**
 * Checks a `loss` option and applies the default.
 *
 * @param fn the public function's name, for the message
 * @param loss the option's value (undefined: the default, 'relative')
 * @returns the loss
 * @throws {Error} `<fn> requires loss 'relative' or 'absolute', got ...`
 * @example
 * checkFitLoss('fitEq1', undefined); // 'relative'
 */
export function checkFitLoss(fn: string, loss: unknown): FitLoss {
  if (loss === undefined) return DEFAULT_FIT_LOSS;
  if (loss !== 'relative' && loss !== 'absolute') throw new Error(`${fn} requires loss 'relative' or 'absolute', got ${JSON.stringify(loss)}`);
  return loss;
}

/**
 * The residual weights w_i of a loss: the fit minimises sum_i (w_i (predicted_i - observed_i))^2.
 * Relative: w_i = 1 / observed_i (observed latencies are positive); absolute: w_i = 1.
 *
 * @param observedS observed latencies (s), positive for the relative loss
 * @param loss the loss
 * @returns one weight per observation (1/s for relative, dimensionless 1 for absolute)
 * @throws {Error} `lossWeights requires positive observations for the relative loss` otherwise
 * @example
 * lossWeights([0.5, 2], 'relative'); // Float64Array [2, 0.5]
 */
export function lossWeights(observedS: ArrayLike<number>, loss: FitLoss): Float64Array {
  const n = observedS.length;
  const w = new Float64Array(n);
  if (loss === 'absolute') return w.fill(1);
  for (let i = 0; i < n; i++) {
    const y = observedS[i];
    if (!(y > 0) || !Number.isFinite(y)) throw new Error(`lossWeights requires positive observations for the relative loss, observed[${i}] = ${y}`);
    w[i] = 1 / y;
  }
  return w;
}
