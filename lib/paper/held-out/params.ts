import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';

/** The parameter cell of notebook 05 (generalisation to unseen sequence lengths, Fig. 7). */
export interface Params {
  /** Folder of the real vLLM measurements (speculators-scaling): only counted, to say whether they can test Fig. 7. */
  realDir: string;
  /** Folder of the simulated reference data (data/README.md). */
  simDir: string;
  /** Registry names of the simulated systems cross-validated. */
  simSystems: readonly string[];
  /** How captions name the simulated data, e.g. 'SIMULATED reference data (lib/sim, not measured)'. */
  simLabel: string;
  /** The prefill/decode grid (every pair of the two lists the data hold). */
  lengths: { prefill_tokens: readonly number[]; decode_tokens: readonly number[] };
  /** The (alpha, k) settings every system is fitted on (null alpha and k = 0: the baseline sweep). */
  settings: { alpha: readonly (number | null)[]; k: readonly number[] };
  /** The short half of the grid, cross-validated again (decode lengths among lengths.decode_tokens). */
  shortDecodes: readonly number[];
  /** Length pairs held out per fold (the paper: 1, 2, 4). */
  ns: readonly number[];
  /** At most this many folds per (model, n); more are sampled with the seed. */
  maxFolds: number;
  seed: number;
  /**
   * Loss of every pooled Eq. 3 fit of a length pair: 'relative' (residuals divided by the
   * measured latency, the fitters' default) or 'absolute' (residuals in seconds, the paper's
   * curve_fit). Captions name it.
   */
  loss: FitLoss;
  /** Saturation rules of the simulated fits (excludeSaturated options). */
  simExclusion: ExclusionOptions;
  /** Weight w of the decode length in the effective length p + w·g of c2_v (and c1_v, c1_d, c2_d). */
  decodeWeight: number;
  /** The paper's held-out R² for c2_p and c2_v... */
  threshold: number;
  /** ...on models of this many billion parameters and up. */
  minParamsB: number;
  /** A held-out MAPE above this (%) counts as a large error in the reading. */
  largeMapePct: number;
  /** A decode length whose sweeps complete a median share of the sent requests below this loses requests to the benchmark window. */
  completedRatioMin: number;
}
