import type { FitEq1Options } from '../../fit/fit-eq1.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { FitSdOptions } from '../../fit/fit-sd.js';
import type { DropNarrowSweepsOptions } from '../shared/drop-narrow-sweeps.js';

/**
 * Options given to every fit of one data set: the per-setting Eq. 1 fits and the pooled Eq. 3 fits
 * (and the per-setting fits inside them). The loss is named: 'relative' (residuals divided by the
 * measured latency, the fitters' default) or 'absolute' (residuals in seconds, the paper's
 * curve_fit); captions and sentences name it.
 */
export type PerSettingFitOptions = FitEq1Options & FitSdOptions & { loss: FitLoss };

/**
 * The parameter cell of notebook 02 (Fig. 2a, Fig. 2b, Fig. 3): every value the notebook uses.
 * The step's functions check each one against the data in the first cell that uses it.
 */
export interface Params {
  /** The real measurements (speculators-scaling sweeps). */
  real: {
    dir: string;
    /** What the data are, for captions. */
    label: string;
    /** Options of every fit of these data: the loss, and any other fitter option (left out: the fitters' defaults). */
    fit: PerSettingFitOptions;
  };
  /** The system of Fig. 2a and 2b, by its verifier (the paper: Qwen3-8B). */
  verifier: string;
  /** Fig. 2a: the draft lengths (colours) and acceptances (panels) shown. */
  curves: { ks: number[]; alphas: number[] };
  /** The simulated reference data: the simulated twin of the real Fig. 2 system (same verifier, drafter, GPU). */
  sim: {
    dir: string;
    label: string;
    /** Prefill/decode lengths (tokens) of the simulated Fig. 2b (the paper: 1024/1024). */
    lengths: { prefill: number; decode: number };
    /** Options of every simulated fit (the loss, saturation rules, convergence). */
    fit: PerSettingFitOptions;
    /** Sweeps that never load the server are left out (dropNarrowSweeps). */
    narrow: DropNarrowSweepsOptions;
  };
  /** Claim checks: the paper's α threshold of C2R, the share of cases for 'partly', and the R² of a good Eq. 1 fit. */
  claims: { highAlpha: number; partlyShare: number; minR2: number };
}
