import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';

/**
 * One simulated workload of notebook 06: a prefill/decode pair, optionally narrowed to some
 * (alpha, k) settings (null alpha and k = 0: the baseline sweep without speculation).
 */
export interface SpeedupWorkload {
  /** Prompt tokens per request. */
  prefill_tokens: number;
  /** Output tokens per request. */
  decode_tokens: number;
  /** Keep only these alphas (default all the data hold; include null to keep the baseline). */
  alpha?: readonly (number | null)[];
  /** Keep only these draft lengths (default all; include 0 to keep the baseline). */
  k?: readonly number[];
}

/** The parameter cell of notebook 06 (speedup against load, Eq. 2; the best draft length). */
export interface Params {
  /** Folder of the real vLLM measurements (speculators-scaling; `npm run data:fetch`). */
  realDir: string;
  /** How captions name the real data, e.g. 'real vLLM measurements'. */
  realLabel: string;
  /** Folder of the simulated reference data (data/README.md). */
  simDir: string;
  /** Registry name of the simulated system, e.g. 'qwen3-8b@a100-80gb' (it must have baseline sweeps). */
  simSystem: string;
  /** How captions name the simulated data, e.g. 'SIMULATED reference data (lib/sim, not measured)'. */
  simLabel: string;
  /** The verifier shown, in both data sets, e.g. 'Qwen3-8B'. */
  verifier: string;
  /** The simulated workloads, one speedup figure, best-k figure and advice each. */
  simWorkloads: readonly SpeedupWorkload[];
  /** Acceptance probability of the speedup curves and the advice (a value the data hold). */
  alpha: number;
  /** Draft lengths of the simulated speedup curves and advice (held by every simulated workload at alpha). */
  simKs: readonly number[];
  /** Draft lengths of the real speedup curves and advice (held by the real data). */
  realKs: readonly number[];
  /** One best-k line each (inside the alphas the data hold). */
  bestKAlphas: readonly number[];
  /** Rows of the break-even table: every k of each of these alphas (held by every data set). */
  breakEvenAlphas: readonly number[];
  /**
   * Loss of every pooled Eq. 3 fit, real and simulated (and of the per-sweep Eq. 1 fits inside
   * them): 'relative' (residuals divided by the measured latency, the fitters' default) or
   * 'absolute' (residuals in seconds, the paper's curve_fit). Captions name it.
   */
  loss: FitLoss;
  /** Saturation rules of the simulated fits (excludeSaturated options). */
  simExclusion: ExclusionOptions;
  /** Loads of the advice, as fractions of the baseline's capacity 1 / C2_D, each in [0, 1). */
  utilisations: readonly number[];
  /** The paper's threshold of "C2R > 1 except at α ≥ 0.9". */
  highAlpha: number;
  /** eq2-speedup verdict: Eq. 2 from the sweeps' own Eq. 1 fits must predict the measured speedups within this MAPE (%)... */
  eq2MaxMapePct: number;
  /** ...and agree on whether SD is faster at least at this fraction of them. */
  eq2MinSameSide: number;
  /** A simulated baseline implied by the pooled fit is called close to the measured one within this relative error. */
  impliedBaselineTolerance: number;
  /** A decode length whose sweeps complete a median share of the sent requests below this loses requests to the benchmark window. */
  completedRatioMin: number;
}
