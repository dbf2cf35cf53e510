import { moeFits, type MoeConfigFit } from './moe-fits.js';
import { moeLabels, type MoeLabels } from './moe-labels.js';
import type { MoeData, Params } from './moe-params.js';

/** The three fit sets of notebook 07, with their labels. */
export interface MoeFitSets {
  /** The paper's scoring: the lower-load share of each sweep, main routed-token assumption. */
  main: MoeConfigFit[];
  /** The same points under the alternative assumption. */
  alternative: MoeConfigFit[];
  /** Every steady point of each sweep, main assumption (Fig. 8 and the findings). */
  whole: MoeConfigFit[];
  labels: MoeLabels;
}

/**
 * Fits plain Eq. 1 and the coverage-corrected Eq. 4 (moeFits) to every simulated MoE
 * configuration that P selects (lengths, alpha, ks), three times: the lower-load share under the
 * main and under the alternative routed-token assumption (the paper's scoring), and every
 * steady point under the main one. Routing facts are those of P.routing for the verifiers in the
 * data; every fit with the loss P.loss. This is the notebook's slow step (seconds per system and set).
 *
 * @param data loadMoeData output
 * @param P the parameter cell
 * @returns the fit sets and the labels naming them
 * @throws {Error} moeFits' errors for bad routing facts
 * @example
 * const fits = fitMoeSets(data, P);
 */
export function fitMoeSets(data: MoeData, P: Params): MoeFitSets {
  const present = new Set(data.rows.map((r) => r.verifier));
  const routing = Object.fromEntries(Object.entries(P.routing).filter(([v]) => present.has(v)));
  const select = { prefillTokens: P.prefill, decodeTokens: P.decode, alpha: P.alpha, ks: P.ks };
  const common = { routing, exclusion: P.simExclusion, minPoints: P.minPoints, select, loss: P.loss };
  return {
    main: moeFits(data.rows, { ...common, tokensPerRequest: P.tokensPerRequest, share: P.lowerLoadShare }),
    alternative: moeFits(data.rows, { ...common, tokensPerRequest: P.alternativeTokensPerRequest, share: P.lowerLoadShare }),
    whole: moeFits(data.rows, { ...common, tokensPerRequest: P.tokensPerRequest, share: 1 }),
    labels: moeLabels(P),
  };
}
