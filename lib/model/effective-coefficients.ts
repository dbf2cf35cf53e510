import { checkNumber } from '../util/check-number.js';
import { expectedTokens } from './expected-tokens.js';
import type { Eq1Coefficients } from './latency-prediction.js';
import type { SdCoefficients, SdSetting } from './sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from './sd-coefficients.js';

/**
 * Effective Eq. 1 coefficients of a speculative-decoding setting (Eq. 3):
 * C1_eff = c1_p + (g / E) * (c1_v + k * c1_d), C2_eff = c2_p + (g / E) * (c2_v + k * c2_d),
 * with g / E verification cycles per request. k = 0 is plain decoding (E = 1, no drafter term).
 *
 * @param six the pooled coefficients (s, and s per concurrent request), each >= 0
 * @param setting k (integer >= 0), alpha in [0, 1] or a measured expectedTokens >= 1, decodeTokens > 0
 * @returns { c1 (s), c2 (s per concurrent request) } to use in Eq. 1
 * @throws {Error} when a coefficient is negative, k is not a non-negative integer, decodeTokens is not
 *   positive, or neither alpha nor expectedTokens is given for k > 0
 * @example
 * effectiveCoefficients(
 *   { c1_p: 0.05, c1_v: 0.01, c1_d: 0.002, c2_p: 0.001, c2_v: 0.0002, c2_d: 0.00002 },
 *   { k: 2, alpha: 0.5, decodeTokens: 128 },
 * ); // { c1: 0.05 + (128 / 1.75) * 0.014, c2: 0.001 + (128 / 1.75) * 0.00024 }
 */
export function effectiveCoefficients(six: SdCoefficients, setting: SdSetting): Eq1Coefficients {
  for (const name of SD_COEFFICIENT_NAMES) checkNumber('effectiveCoefficients', name, six[name]);
  const { k, decodeTokens } = setting;
  if (!Number.isInteger(k) || k < 0) throw new Error(`effectiveCoefficients requires k to be an integer >= 0, got ${k}`);
  checkNumber('effectiveCoefficients', 'decodeTokens', decodeTokens, 0, true);
  let e = 1;
  if (k > 0) {
    if (setting.expectedTokens != null) {
      checkNumber('effectiveCoefficients', 'expectedTokens', setting.expectedTokens, 1);
      e = setting.expectedTokens;
    } else if (setting.alpha != null) {
      e = expectedTokens(setting.alpha, k);
    } else {
      throw new Error('effectiveCoefficients requires alpha or expectedTokens when k > 0');
    }
  }
  return effectiveCoefficientsCore(six, k, e, decodeTokens);
}

/**
 * Eq. 3 without checks, for hot loops that validated their inputs.
 *
 * @param six the six coefficients
 * @param k draft length
 * @param e expected committed tokens per cycle
 * @param decodeTokens output tokens per request
 * @returns { c1, c2 }
 * @example
 * effectiveCoefficientsCore(six, 0, 1, 128); // plain decoding
 */
export function effectiveCoefficientsCore(six: SdCoefficients, k: number, e: number, decodeTokens: number): Eq1Coefficients {
  const cycles = decodeTokens / e;
  return {
    c1: six.c1_p + cycles * (six.c1_v + k * six.c1_d),
    c2: six.c2_p + cycles * (six.c2_v + k * six.c2_d),
  };
}
