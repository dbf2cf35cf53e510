import type { TidyRow } from '../../data/tidy-schema.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import type { FitLoss } from '../../fit/fit-loss.js';
import type { TokensPerRequest } from '../../fit/fit-moe.js';
import type { MoeRoutingFacts } from './moe-fits.js';

/**
 * The parameter cell of notebook 07 (Fig. 8, MoE): every value the notebook uses. Lengths in
 * tokens; shares and R² as fractions.
 */
export interface Params {
  /** Folder of the simulated reference data set (one tidy CSV per system), e.g. 'data/sim'. */
  simDir: string;
  /** Simulator systems (registry names) whose verifiers are MoE, e.g. 'gpt-oss-20b@a100-80gb'. */
  systems: string[];
  /** Folder of the real measurements, checked for MoE verifiers (the claim on real data). */
  realDir: string;
  /** Routing facts per verifier name as the tidy rows spell it: experts per MoE layer M and experts per token m. */
  routing: Record<string, MoeRoutingFacts>;
  /** Prompt and output tokens of the sweeps fitted. */
  prefill: number;
  decode: number;
  /** Acceptance probability of the SD sweeps fitted (the baselines, k = 0, have none). */
  alpha: number;
  /** Draft lengths fitted (0 = no speculation), and those drawn in Fig. 8. */
  ks: number[];
  figureKs: number[];
  /** Routed tokens per in-flight request and step: the main assumption and the alternative compared with it. */
  tokensPerRequest: TokensPerRequest;
  alternativeTokensPerRequest: TokensPerRequest;
  /** Share of each sweep's steady points the paper scores (lowest load first), and the fewest points a fit keeps. */
  lowerLoadShare: number;
  minPoints: number;
  /**
   * Loss of every plain Eq. 1 and Eq. 4 fit: 'relative' (residuals divided by the measured
   * latency, the fitters' default) or 'absolute' (residuals in seconds, the paper's curve_fit).
   * Captions name it.
   */
  loss: FitLoss;
  /** Saturation rules of the simulated sweeps (excludeSaturated's options). */
  simExclusion: ExclusionOptions;
  /** Draft lengths counted as small and as large in the paper's third finding. */
  smallKs: number[];
  largeKs: number[];
  /** Token counts of the simulator's step-cost check. */
  stepTokens: number[];
  /**
   * Verdict on the paper's Fig. 8 claim: per model, the corrected R² must reach minCorrectedR2 and
   * exceed the plain R² by at least minGain (the paper's weakest reported values).
   */
  claim: { minCorrectedR2: number; minGain: number };
}

/** What {@link loadMoeData} returns: the simulated rows and the real data's verifiers. */
export interface MoeData {
  /** Simulated tidy rows of P.systems. */
  rows: TidyRow[];
  /** Real tidy rows (P.realDir), for the claim on real data. */
  realRows: TidyRow[];
}
