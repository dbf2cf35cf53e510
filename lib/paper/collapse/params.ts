import type { FitEq1Options } from '../../fit/fit-eq1.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { DropNarrowSweepsOptions } from '../shared/drop-narrow-sweeps.js';

/**
 * Options of every Eq. 1 fit of one data set, with the loss named: 'relative' (residuals divided
 * by the measured latency, the fitters' default) or 'absolute' (residuals in seconds, the paper's
 * curve_fit). Captions and sentences name it.
 */
export type CollapseFitOptions = FitEq1Options & { loss: FitLoss };

/**
 * The parameter cell of notebook 01 (Eq. 1 per configuration, Little's Law, Fig. 1): every value
 * the notebook uses. The step's functions check each one against the data in the first cell that
 * uses it.
 */
export interface Params {
  /** The real measurements (speculators-scaling sweeps, loadSpeculatorsScaling). */
  real: {
    /** Folder of the reduced GuideLLM sweeps. */
    dir: string;
    /** What the data are, for captions (e.g. 'real vLLM measurements (...)'). */
    label: string;
    /** Options of every Eq. 1 fit of these data: the loss, and saturation rules, convergence (left out: fitEq1's defaults). */
    fit: CollapseFitOptions;
    /** End of the reference curve y = 1/(1 − x) in Fig. 1 (dimensionless, in (0, 1)). */
    collapseXMax: number;
  };
  /** The simulated reference data (data/sim), dense systems only. */
  sim: {
    /** Folder of the simulated tidy CSVs. */
    dir: string;
    /** What the data are, for captions; should say that they are simulated. */
    label: string;
    /** Configurations shown: draft lengths k (0 = no speculation) and acceptances α (null = no speculation). */
    settings: { k: number[]; alpha: Array<number | null> };
    /** Options of every Eq. 1 fit of these data: the loss, and e.g. saturation rules (rules left out keep their defaults). */
    fit: CollapseFitOptions;
    /** Sweeps that never load the server are left out (dropNarrowSweeps). */
    narrow: DropNarrowSweepsOptions;
    /** End of the reference curve in the simulated Fig. 1. */
    collapseXMax: number;
  };
  /** Key column of the fits that colours the points and groups the summaries (e.g. 'verifier'). */
  groupBy: string;
  /** Bins of the deviation plot: width in x = RPS·C2, and the fewest points a drawn bin has. */
  deviation: { binWidth: number; minPoints: number };
  /**
   * The project's tolerance for the claim "every configuration lies on y = 1/(1 − x)" (the paper
   * gives none): the median |L / L_Eq.1 − 1| per group, and the median of any x bin, in %.
   */
  claim: { maxMedianDeviationPct: number; maxBinDeviationPct: number };
}
