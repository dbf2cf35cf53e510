import { formatNumber } from '../../util/format-number.js';
import { effectiveCoefficientsCore } from '../../model/effective-coefficients.js';
import { expectedTokens } from '../../model/expected-tokens.js';
import type { SdCoefficients } from '../../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';

/** The advice at one load. */
export interface SdRecommendation {
  /** Load as a fraction of the baseline's capacity, r = RPS·C2_D. */
  utilisation: number;
  /** Request rate (requests/s). */
  rps: number;
  /** The fastest option: a draft length k >= 1, or 0 for no speculation. */
  bestK: number;
  /** The fastest speculative k (whether or not it beats the baseline). */
  bestSdK: number;
  /** Predicted mean latencies (s) of the baseline and of bestSdK (Infinity when saturated). */
  baselineLatencyS: number;
  sdLatencyS: number;
  /** L_D / L_SD of bestSdK (Eq. 2). */
  speedup: number;
}

/** Options of {@link sdRecommendations}. */
export interface SdRecommendationsOptions {
  alpha: number;
  /** Candidate draft lengths (integers >= 1). */
  ks: readonly number[];
  /** Output tokens per request (g). */
  decodeTokens: number;
  /** Loads as fractions of the baseline's capacity 1 / C2_D (default [0, 0.25, 0.5, 0.75, 0.9]). */
  utilisations?: readonly number[];
  /** System named in the text, e.g. 'simulated Qwen3-8B, 512/128'. */
  system?: string;
  /**
   * Highest request rate the fit saw (requests/s): loads above it are marked in the text as
   * extrapolations of Eq. 1 beyond the data (default: no mark).
   */
  measuredMaxRps?: number;
}

/**
 * Answers "at this load, should I run speculative decoding, and with which k?" from a pooled
 * Eq. 3 fit: at each load (a fraction r of the baseline's capacity, RPS = r / C2_D with the
 * baseline's C2_D = c2_p + g·c2_v at k = 0), the option with the lowest Eq. 1 latency among no
 * speculation and every candidate k, with the best speculative k's Eq. 2 speedup.
 *
 * @param six pooled coefficients (s; s per concurrent request)
 * @param options alpha, ks, decodeTokens, utilisations, system, measuredMaxRps
 * @returns the rows, and `text`: one markdown sentence per load
 * @throws {Error} `sdRecommendations requires ...` for negative coefficients, an alpha outside [0, 1], bad ks,
 *   a non-positive decode length, a baseline C2_D of 0, utilisations outside [0, 1) or a non-positive measuredMaxRps
 * @example
 * sdRecommendations(fit, { alpha: 0.8, ks: [1, 2, 3, 4, 6, 8], decodeTokens: 128 }).rows[0]; // { utilisation: 0, bestK: 6, speedup: 1.9, ... }
 */
export function sdRecommendations(six: SdCoefficients, options: SdRecommendationsOptions): { rows: SdRecommendation[]; text: string } {
  const fn = 'sdRecommendations';
  if (!six || typeof six !== 'object') throw new Error(`${fn} requires the six pooled coefficients`);
  for (const c of SD_COEFFICIENT_NAMES) if (!(six[c] >= 0)) throw new Error(`${fn} requires non-negative ${c}, got ${String(six[c])}`);
  const { alpha, ks, decodeTokens } = options ?? ({} as SdRecommendationsOptions);
  if (typeof alpha !== 'number' || !(alpha >= 0 && alpha <= 1)) throw new Error(`${fn} requires options.alpha in [0, 1]`);
  if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => Number.isInteger(k) && k >= 1)) throw new Error(`${fn} requires options.ks to be integers >= 1`);
  if (!(decodeTokens > 0)) throw new Error(`${fn} requires options.decodeTokens > 0`);
  const utilisations = options.utilisations ?? [0, 0.25, 0.5, 0.75, 0.9];
  if (!Array.isArray(utilisations) || !utilisations.every((u) => typeof u === 'number' && u >= 0 && u < 1)) {
    throw new Error(`${fn} requires options.utilisations in [0, 1)`);
  }
  const base = effectiveCoefficientsCore(six, 0, 1, decodeTokens);
  if (!(base.c2 > 0 && base.c1 > 0)) throw new Error(`${fn} requires a baseline with C1_D > 0 and C2_D > 0`);
  const sd = [...ks].sort((a, b) => a - b).map((k) => ({ k, ...effectiveCoefficientsCore(six, k, expectedTokens(alpha, k), decodeTokens) }));
  const latency = (c: { c1: number; c2: number }, rps: number): number => (rps * c.c2 < 1 ? c.c1 / (1 - rps * c.c2) : Infinity);
  const rows = utilisations.map((u) => {
    const rps = u / base.c2;
    const baselineLatencyS = latency(base, rps);
    let best = sd[0];
    for (const c of sd) if (latency(c, rps) < latency(best, rps)) best = c;
    const sdLatencyS = latency(best, rps);
    return {
      utilisation: u,
      rps,
      bestK: sdLatencyS < baselineLatencyS ? best.k : 0,
      bestSdK: best.k,
      baselineLatencyS,
      sdLatencyS,
      speedup: baselineLatencyS / sdLatencyS,
    };
  });
  const maxRps = options.measuredMaxRps;
  if (maxRps !== undefined && !(typeof maxRps === 'number' && maxRps > 0 && Number.isFinite(maxRps))) {
    throw new Error(`${fn} requires options.measuredMaxRps to be a positive number`);
  }
  const who = options.system ? ` on ${options.system}` : '';
  const lines = rows.map((r) => {
    const beyond = maxRps !== undefined && r.rps > maxRps ? `, above the highest measured rate ${formatNumber(maxRps)} requests/s: an extrapolation` : '';
    const load = r.utilisation === 0 ? 'at zero load' : `at ${formatNumber(r.rps)} requests/s (${formatNumber(100 * r.utilisation)}% of the baseline's capacity${beyond})`;
    return r.bestK > 0
      ? `- ${load}: run SD with k = ${r.bestK}, predicted ${formatNumber(r.speedup)}× faster than no SD (${formatNumber(r.sdLatencyS)} s against ${formatNumber(r.baselineLatencyS)} s).`
      : Number.isFinite(r.sdLatencyS)
        ? `- ${load}: do not speculate; the best k = ${r.bestSdK} would be ${formatNumber(r.speedup)}× (${formatNumber(r.sdLatencyS)} s against ${formatNumber(r.baselineLatencyS)} s).`
        : `- ${load}: do not speculate; every k saturates at this rate.`;
  });
  return { rows, text: `With α = ${formatNumber(alpha)}${who}, from the pooled Eq. 3 fit:\n${lines.join('\n')}` };
}
