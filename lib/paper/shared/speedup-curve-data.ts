import type { SdFit } from '../../fit/fit-sd.js';
import type { SpeedupCurve } from './speedup-figure.js';
import { effectiveCoefficientsCore } from '../../model/effective-coefficients.js';
import { expectedTokens } from '../../model/expected-tokens.js';
import type { Eq1Coefficients } from '../../model/latency-prediction.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { identifiedSdCoefficients } from '../../fit/identified-sd-coefficients.js';

/** Options of {@link speedupCurveData}. */
export interface SpeedupCurveDataOptions {
  /** Acceptance probability of the curves. */
  alpha: number;
  /** Draft lengths, one curve each. */
  ks: readonly number[];
  /**
   * The baseline D: 'pooled' (default) Eq. 3 of the pooled fit at k = 0 (C1_D = c1_p + g·c1_v,
   * C2_D = c2_p + g·c2_v: measured when the fit held k = 0 rows, implied otherwise); 'measured'
   * the own Eq. 1 fit of the k = 0 sweep inside the pooled fit.
   */
  baseline?: 'pooled' | 'measured';
  /**
   * The SD side: 'pooled' (default) C1_eff, C2_eff of Eq. 3 at (alpha, k); 'settings' each (alpha, k)
   * sweep's own Eq. 1 fit inside the pooled fit (a direct test of Eq. 2, without Eq. 3).
   */
  numerator?: 'pooled' | 'settings';
}

/**
 * The inputs of speedupFigure from one pooled Eq. 3 fit: the baseline's Eq. 1 coefficients and,
 * for each k at one alpha, the setting's C1_eff, C2_eff of Eq. 3 (E = (1 − α^(k+1)) / (1 − α)),
 * so that Eq. 2 draws the speedup the fitted model predicts; or, with numerator 'settings' (and
 * baseline 'measured'), the sweeps' own Eq. 1 fits, so that Eq. 2 alone is tested.
 *
 * @param fit a pooled fit (fitSd, or a fitGroups entry's fit) of one system, one decode length
 * @param options alpha, ks, baseline
 * @returns `{ baseline, curves }` with curves labelled 'k = <k>'
 * @throws {Error} `speedupCurveData requires ...` for a fit without settings, several decode lengths,
 *   an alpha outside [0, 1], ks that are not integers >= 1, (baseline 'measured') no fitted k = 0 sweep,
 *   or (numerator 'settings') a k without a fitted sweep at alpha
 * @example
 * speedupCurveData(fit8b, { alpha: 0.8, ks: [1, 3, 6] }).curves[1]; // { series: 'k = 3', c1: 0.71, c2: 0.061 }
 */
export function speedupCurveData(
  fit: Pick<SdFit, 'c1_p' | 'c1_v' | 'c1_d' | 'c2_p' | 'c2_v' | 'c2_d' | 'settings'>,
  options: SpeedupCurveDataOptions,
): { baseline: Eq1Coefficients; curves: SpeedupCurve[] } {
  const fn = 'speedupCurveData';
  if (!fit || !Array.isArray(fit.settings) || fit.settings.length === 0) throw new Error(`${fn} requires a pooled SD fit with settings`);
  const six = identifiedSdCoefficients(fit, fn);
  for (const c of SD_COEFFICIENT_NAMES) if (!(six[c] >= 0)) throw new Error(`${fn} requires a fit with non-negative ${c}`);
  const decodes = new Set(fit.settings.map((s) => s.decodeTokens));
  if (decodes.size !== 1) throw new Error(`${fn} requires a fit of one decode length, got ${decodes.size}`);
  const g = fit.settings[0].decodeTokens;
  const alpha = options?.alpha;
  if (typeof alpha !== 'number' || !(alpha >= 0 && alpha <= 1)) throw new Error(`${fn} requires options.alpha in [0, 1]`);
  if (!Array.isArray(options.ks) || options.ks.length === 0 || !options.ks.every((k) => Number.isInteger(k) && k >= 1)) {
    throw new Error(`${fn} requires options.ks to be integers >= 1`);
  }
  let baseline: Eq1Coefficients;
  if ((options.baseline ?? 'pooled') === 'pooled') {
    baseline = effectiveCoefficientsCore(six, 0, 1, g);
  } else {
    const own = fit.settings.find((s) => s.k === 0 && typeof s.c1 === 'number' && typeof s.c2 === 'number');
    if (!own) throw new Error(`${fn} requires a fitted k = 0 (baseline) sweep for baseline 'measured'`);
    baseline = { c1: own.c1 as number, c2: own.c2 as number };
  }
  const numerator = options.numerator ?? 'pooled';
  const curves = options.ks.map((k) => {
    if (numerator === 'pooled') return { series: `k = ${k}`, ...effectiveCoefficientsCore(six, k, expectedTokens(alpha, k), g) };
    const own = fit.settings.find((s) => s.k === k && s.alpha !== null && Math.abs(s.alpha - alpha) < 1e-9 && typeof s.c1 === 'number' && typeof s.c2 === 'number');
    if (!own) throw new Error(`${fn} requires a fitted sweep at alpha ${alpha}, k ${k} for numerator 'settings'`);
    return { series: `k = ${k}`, c1: own.c1 as number, c2: own.c2 as number };
  });
  return { baseline, curves };
}
