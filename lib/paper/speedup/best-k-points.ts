import type { BestKPoint } from './best-k-figure.js';
import { effectiveCoefficientsCore } from '../../model/effective-coefficients.js';
import { expectedTokens } from '../../model/expected-tokens.js';
import type { SdCoefficients } from '../../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { argMinBy } from '../../util/arg-min-by.js';

/** Options of {@link bestKPoints}. */
export interface BestKPointsOptions {
  /** Acceptance probabilities, one series each. */
  alphas: readonly number[];
  /** Candidate draft lengths (integers >= 1; add 0 to let "no speculation" win). */
  ks: readonly number[];
  /** Output tokens per request (g). */
  decodeTokens: number;
  /** Request rates per series (default 61, evenly spaced from 0 to 98% of the series' highest sustainable rate). */
  nRates?: number;
}

/**
 * The best draft length against load predicted by a pooled Eq. 3 fit: for each alpha and each
 * request rate, the k of the lowest Eq. 1 latency L = C1_eff / (1 − RPS·C2_eff) among the
 * candidates still below saturation. At RPS = 0 that is argmin_k C1_eff (= argmin C1R); towards
 * the highest sustainable rate 1 / min_k C2_eff it is argmin_k C2_eff (= argmin C2R). Each series
 * runs up to 98% of its own highest sustainable rate. Ties go to the smaller k.
 *
 * @param six pooled coefficients (s; s per concurrent request)
 * @param options alphas, ks, decodeTokens, nRates
 * @returns points of bestKFigure, series 'α = 0.80', in alpha then rate order
 * @throws {Error} `bestKPoints requires ...` for negative coefficients, alphas outside [0, 1], bad ks,
 *   a non-positive decode length or nRates < 2
 * @example
 * bestKPoints(fit, { alphas: [0.8], ks: [1, 2, 3, 4, 6, 8], decodeTokens: 128 })[0]; // { series: 'α = 0.80', rps: 0, bestK: 6 }
 */
export function bestKPoints(six: SdCoefficients, options: BestKPointsOptions): BestKPoint[] {
  const fn = 'bestKPoints';
  if (!six || typeof six !== 'object') throw new Error(`${fn} requires the six pooled coefficients`);
  for (const c of SD_COEFFICIENT_NAMES) if (!(six[c] >= 0)) throw new Error(`${fn} requires non-negative ${c}, got ${String(six[c])}`);
  const { alphas, ks, decodeTokens } = options ?? ({} as BestKPointsOptions);
  if (!Array.isArray(alphas) || alphas.length === 0 || !alphas.every((a) => typeof a === 'number' && a >= 0 && a <= 1)) {
    throw new Error(`${fn} requires options.alphas in [0, 1]`);
  }
  if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => Number.isInteger(k) && k >= 0)) throw new Error(`${fn} requires options.ks to be integers >= 0`);
  if (!(decodeTokens > 0)) throw new Error(`${fn} requires options.decodeTokens > 0`);
  const nRates = options.nRates ?? 61;
  if (!Number.isInteger(nRates) || nRates < 2) throw new Error(`${fn} requires options.nRates to be an integer >= 2`);
  const out: BestKPoint[] = [];
  for (const alpha of alphas) {
    const candidates = [...ks].sort((a, b) => a - b).map((k) => ({ k, ...effectiveCoefficientsCore(six, k, k === 0 ? 1 : expectedTokens(alpha, k), decodeTokens) }));
    const minC2 = Math.min(...candidates.map((c) => c.c2));
    if (!(minC2 > 0)) throw new Error(`${fn} requires a positive C2_eff (a fit with c2_p, c2_v or c2_d above 0)`);
    const rpsMax = 0.98 / minC2;
    for (let i = 0; i < nRates; i++) {
      const rps = (rpsMax * i) / (nRates - 1);
      // Eq. 1 latency of each candidate; a saturated one (1 - RPS C2_eff <= 0) never wins.
      const latency = (c: (typeof candidates)[number]): number => {
        const slack = 1 - rps * c.c2;
        return slack > 0 ? c.c1 / slack : Infinity;
      };
      const best = argMinBy(candidates, latency, (c) => c.k);
      out.push({ series: `α = ${alpha.toFixed(2)}`, rps, bestK: best.k });
    }
  }
  return out;
}
