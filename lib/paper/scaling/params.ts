import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';

/** One simulated workload of Fig. 5: a prefill/decode pair, fitted on all its settings or on the length grid's. */
export interface Fig5Workload {
  prefill_tokens: number;
  decode_tokens: number;
  /** 'all' (default): every (alpha, k) setting the data hold there; 'grid': only P.gridSettings (the same settings for every system). */
  settings?: 'all' | 'grid';
}

/** The parameter cell of notebook 04 (coefficients against model size, Fig. 5, and sequence length, Fig. 6). */
export interface Params {
  /** Folder of the real vLLM measurements (speculators-scaling; `npm run data:fetch`). */
  realDir: string;
  /** How captions name the real data, e.g. 'real vLLM measurements' (the models, GPU and lengths are added from the rows). */
  realLabel: string;
  /** Folder of the simulated reference data (data/README.md). */
  simDir: string;
  /** Registry names of the simulated systems (dense; MoE is Fig. 8's subject). */
  simSystems: readonly string[];
  /** How captions name the simulated data, e.g. 'SIMULATED reference data (lib/sim, not measured)'. */
  simLabel: string;
  /** Fig. 6's prefill/decode grid (every pair of the two lists). */
  gridLengths: { prefill_tokens: readonly number[]; decode_tokens: readonly number[] };
  /** The (alpha, k) settings every simulated system has on the grid (null alpha, k = 0: the baseline). */
  gridSettings: { alpha: readonly (number | null)[]; k: readonly number[] };
  /** Fig. 5 on the simulated data: one figure per workload. */
  fig5Workloads: readonly Fig5Workload[];
  /** Fig. 5's size axis: parameters per GPU (tensor parallelism splits every weight matrix) or the whole model (false). */
  sizePerGpu: boolean;
  /** What "about linear" means in the verdicts (this project's choice): R² at least r2Min, log–log exponent within exponentTolerance of 1. */
  linearCriteria: { r2Min: number; exponentTolerance: number };
  /**
   * Loss of every pooled Eq. 3 fit, real and simulated: 'relative' (residuals divided by the
   * measured latency, the fitters' default) or 'absolute' (residuals in seconds, the paper's
   * curve_fit). Captions name it.
   */
  loss: FitLoss;
  /** Saturation rules of the simulated fits (excludeSaturated options). */
  simExclusion: ExclusionOptions;
  /** Fig. 6: c2_v against p + decodeWeight·g (the paper's time-averaged KV cache: 0.5). */
  decodeWeight: number;
  /** Fig. 6 again on these decode lengths of the grid (the short half). */
  shortDecodes: readonly number[];
  /** A decode length whose sweeps complete a median share of the sent requests below this loses requests to the benchmark window. */
  completedRatioMin: number;
}
