import type { SdCoefficients } from '../model/sd-coefficients.js';
import { nnls } from './nnls.js';
import { rSquared } from './r-squared.js';

/** Per-setting Eq. 1 coefficients with the setting's Eq. 3 inputs. */
export interface SettingCoefficients {
  k: number;
  expectedTokens: number;
  decodeTokens: number;
  /** Fitted C1 of this setting (s). */
  c1: number;
  /** Fitted C2 of this setting (s per concurrent request). */
  c2: number;
}

/** The result of {@link regressSdCoefficients}. */
export interface SdRegression {
  coefficients: SdCoefficients;
  /** R^2 of the per-setting C1 against c1_p + (g/E) (c1_v + k c1_d). */
  r2C1: number;
  /** R^2 of the per-setting C2 against c2_p + (g/E) (c2_v + k c2_d). */
  r2C2: number;
  nSettings: number;
}

/**
 * Eq. 3 as a linear regression of per-setting coefficients: C1 = [1, g/E, g k/E] . (c1_p, c1_v, c1_d)
 * and the same for C2, by non-negative least squares. Used as the start of the pooled fit, and a
 * diagnostic on its own: a low R^2 means the per-setting coefficients do not follow Eq. 3's form.
 *
 * @param settings per-setting Eq. 1 coefficients and their (k, E, g), at least 3 settings
 * @returns the six coefficients (each >= 0) and the two regressions' R^2
 * @throws {Error} `regressSdCoefficients requires ...` for fewer than 3 settings or bad values
 * @example
 * regressSdCoefficients([
 *   { k: 0, expectedTokens: 1, decodeTokens: 128, c1: 1.3, c2: 0.07 },
 *   { k: 2, expectedTokens: 1.75, decodeTokens: 128, c1: 0.9, c2: 0.08 },
 *   { k: 4, expectedTokens: 1.94, decodeTokens: 128, c1: 0.95, c2: 0.1 },
 * ]).coefficients; // { c1_p, c1_v, c1_d, c2_p, c2_v, c2_d }
 */
export function regressSdCoefficients(settings: readonly SettingCoefficients[]): SdRegression {
  if (!Array.isArray(settings) || settings.length < 3) {
    throw new Error(`regressSdCoefficients requires at least 3 settings, got ${Array.isArray(settings) ? settings.length : 'none'}`);
  }
  settings.forEach((s, i) => {
    const ok =
      Number.isInteger(s.k) && s.k >= 0 && s.expectedTokens >= 1 && s.decodeTokens > 0 && Number.isFinite(s.c1) && Number.isFinite(s.c2);
    if (!ok) throw new Error(`regressSdCoefficients requires valid settings, settings[${i}] is not`);
  });
  const design = settings.map((s) => [1, s.decodeTokens / s.expectedTokens, (s.decodeTokens * s.k) / s.expectedTokens]);
  const a = nnls(design, settings.map((s) => s.c1));
  const b = nnls(design, settings.map((s) => s.c2));
  const fitted = (x: number[]) => design.map((row) => row[0] * x[0] + row[1] * x[1] + row[2] * x[2]);
  return {
    coefficients: { c1_p: a[0], c1_v: a[1], c1_d: a[2], c2_p: b[0], c2_v: b[1], c2_d: b[2] },
    r2C1: rSquared(settings.map((s) => s.c1), fitted(a)),
    r2C2: rSquared(settings.map((s) => s.c2), fitted(b)),
    nSettings: settings.length,
  };
}
