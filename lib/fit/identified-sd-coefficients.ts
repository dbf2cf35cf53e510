import type { SdCoefficients } from '../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import type { UnidentifiedCoefficients } from './identifiability.js';

/**
 * The six coefficients of a pooled fit as numbers, for computations that need all six (effective
 * coefficients, speedups): a fit whose data could not identify some of them (null, see
 * fitSd's `unidentified`) is refused with the reason.
 *
 * @param fit a pooled fit (fitSd output, or its coefficients and `unidentified`)
 * @param fn the calling function's name, for the message
 * @returns the six coefficients
 * @throws {Error} `<fn> requires a fit whose six coefficients are identified: c1_v, c1_d are not (<reason>)`
 * @example
 * effectiveCoefficientsCore(identifiedSdCoefficients(fit, 'ratioRows'), 0, 1, 128);
 */
export function identifiedSdCoefficients(
  fit: { [K in keyof SdCoefficients]: number | null } & { unidentified?: readonly UnidentifiedCoefficients[] },
  fn: string,
): SdCoefficients {
  const missing = SD_COEFFICIENT_NAMES.filter((c) => typeof fit[c] !== 'number');
  if (missing.length > 0) {
    const reasons = (fit.unidentified ?? []).map((u) => u.reason);
    throw new Error(`${fn} requires a fit whose six coefficients are identified: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`);
  }
  const out = {} as SdCoefficients;
  for (const c of SD_COEFFICIENT_NAMES) out[c] = fit[c] as number;
  return out;
}
