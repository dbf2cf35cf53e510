import type { SdFit } from '../../fit/fit-sd.js';

/** The own Eq. 1 fit of one (alpha, k) setting inside a pooled fit, with its pooled values. */
export interface SettingCoefficients {
  alpha: number;
  k: number;
  decodeTokens: number;
  /** The setting's own Eq. 1 fit: C1 (s), C2 (s per concurrent request), R². */
  c1: number;
  c2: number;
  r2: number;
  /** Eq. 3 values from the pooled six coefficients at the setting (s; s per concurrent request). */
  c1Eff: number;
  c2Eff: number;
}

/**
 * The per-setting Eq. 1 coefficients a pooled Eq. 3 fit carries in its diagnostics (fitSd fits
 * every (alpha, k) sweep on its own too): one entry per speculative setting (k >= 1) with a known
 * alpha whose own fit succeeded, sorted by alpha then k. These are the inputs of Fig. 2b (ratios
 * to the baseline), Fig. 4b (surfaces) and Fig. 4d (pooled against own).
 *
 * @param fit a pooled fit (fitSd, or an entry's fit of fitGroups with model 'sd')
 * @returns the settings
 * @throws {Error} `settingCoefficients requires a pooled SD fit with settings`
 * @example
 * settingCoefficients(fitSd(rows8b))[0]; // { alpha: 0.5, k: 1, c1: 1.39, c2: 0.079, ... }
 */
export function settingCoefficients(fit: Pick<SdFit, 'settings'>): SettingCoefficients[] {
  if (!fit || !Array.isArray(fit.settings)) throw new Error('settingCoefficients requires a pooled SD fit with settings');
  return fit.settings
    .filter((s) => s.k >= 1 && typeof s.alpha === 'number' && typeof s.c1 === 'number' && typeof s.c2 === 'number' && s.error === null)
    .map((s) => ({
      alpha: s.alpha as number,
      k: s.k,
      decodeTokens: s.decodeTokens,
      c1: s.c1 as number,
      c2: s.c2 as number,
      r2: s.r2 as number,
      c1Eff: s.c1Eff,
      c2Eff: s.c2Eff,
    }))
    .sort((a, b) => a.alpha - b.alpha || a.k - b.k);
}
