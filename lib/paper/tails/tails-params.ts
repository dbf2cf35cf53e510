import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { TailFit, TailStatistic } from './tail-fits.js';
import type { TailSummary } from './tail-summary.js';

/** One panel of the tail figure: a configuration of the data. */
export type TailPanel = {
  verifier: string;
  alpha: number;
  k: number;
};

/** The parameter cell of notebook 08 (appendix: tail latency): every value the notebook uses. */
export interface Params {
  /** Folder of the measurements (a speculators-scaling copy), e.g. 'data/speculators-scaling'. */
  dataDir: string;
  /** What the measurements are, for captions, e.g. 'real vLLM measurements' (the folder, hardware and lengths are added from the data). */
  dataKind: string;
  /** Verifiers analysed (a subset of the data's). */
  verifiers: string[];
  /** Tail statistics compared with the mean model (tidy columns <stat>_latency_s). */
  statistics: TailStatistic[];
  /** Configurations drawn in the figure, one panel each. */
  panels: TailPanel[];
  /**
   * Loss of every fit: the mean Eq. 1 fits, the refits to each statistic and the scale factor of
   * the mean model: 'relative' (residuals divided by the measured latency, the fitters' default)
   * or 'absolute' (residuals in seconds, the paper's curve_fit). Captions name it.
   */
  loss: FitLoss;
  /** Tail curves drawn: Eq. 1 refitted to the statistic, the scaled mean model, or both. */
  tailCurves: 'refit' | 'scaled' | 'both';
  /**
   * Verdict on the appendix claim ("the model also approximates p95 and p99 latency"): the
   * method judged and the median R² over configurations it must reach at each claimed percentile.
   */
  claim: { method: 'refit' | 'scaled'; minMedianR2: number };
}

/** What {@link loadTailData} returns. */
export interface TailData {
  /** Tidy rows of P.verifiers. */
  rows: TidyRow[];
  /** The caption's name of the data: '<dataKind> (<folder>, <hardware>, prefill <p> / decode <d>)'. */
  label: string;
}

/** What {@link fitTails} returns: the mean model per configuration and Eq. 1 against each tail statistic. */
export interface TailFitted {
  fits: GroupFit<Eq1Fit>[];
  tails: TailFit[];
  summary: TailSummary;
}
