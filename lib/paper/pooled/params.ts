import type { FitEq1Options } from '../../fit/fit-eq1.js';
import type { FitSdOptions } from '../../fit/fit-sd.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { DropNarrowSweepsOptions } from '../shared/drop-narrow-sweeps.js';

/**
 * Options of every fit of one data set: the pooled Eq. 3 fits, their bootstrap refits (without
 * exclusion) and the Eq. 1 fits they are compared with. A fitter option added here (e.g. the
 * loss) reaches every one of them.
 */
export type PooledFitOptions = FitEq1Options & FitSdOptions;

/**
 * The parameter cell of notebook 03 (Fig. 4a–d and the six coefficients): every value the
 * notebook uses. The step's functions check each one against the data in the first cell that
 * uses it.
 */
export interface Params {
  /** The real measurements (speculators-scaling sweeps). */
  real: {
    dir: string;
    /** What the data are, for captions. */
    label: string;
    /** Options of every fit of these data ({} = the fitters' defaults). */
    fit: PooledFitOptions;
    /** Bootstrap resamples per system (>= 10). */
    nBoot: number;
    /** End of the reference curve y = 1/(1 − x) in Fig. 4c. */
    collapseXMax: number;
  };
  /** The system of Fig. 4a, 4b, 4c and 4d, by its verifier. */
  verifier: string;
  /** Bootstrap of the six coefficients: seed of the resampling and confidence level of the intervals. */
  bootstrap: { seed: number; level: number };
  /** The simulated reference data: the dense systems at one prefill/decode length. */
  sim: {
    dir: string;
    label: string;
    /** Prefill/decode lengths (tokens) of the simulated table and Fig. 4c (the paper: 1024/1024). */
    lengths: { prefill: number; decode: number };
    /** Options of every simulated fit (saturation rules, convergence). */
    fit: PooledFitOptions;
    /** Sweeps that never load the server are left out (dropNarrowSweeps). */
    narrow: DropNarrowSweepsOptions;
    nBoot: number;
    collapseXMax: number;
  };
  /**
   * The project's thresholds for the Fig. 4 claims (the paper gives none): how many times the
   * pooled fit's MAPE a single pair must miss by to "fit badly"; the share of steps in α and of
   * α values along k that must follow a smooth course; the median distance (%) from the collapse
   * curve; the median gap (%) between pooled and per-setting coefficients; the share of cases
   * below which a claim fails rather than holding in part.
   */
  /** The six coefficients side by side under these losses (first against second), with bootstrap intervals. */
  lossComparison: { losses: FitLoss[] };
  claims: { singlePairMapeRatio: number; smoothShare: number; maxCollapseDeviationPct: number; maxTrackingGapPct: number; partlyShare: number };
}
