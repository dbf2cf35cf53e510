import type { SdCoefficients } from '../model/sd-coefficients.js';
import { SD_COEFFICIENT_NAMES } from '../model/sd-coefficients.js';
import type { UnidentifiedCoefficients } from './identifiability.js';
import type { GroupFit } from './fit-groups.js';
import type { SdFit } from './fit-sd.js';

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

/** A pooled Eq. 3 fit whose six coefficients are all numbers (none unidentified). */
export type IdentifiedSdFit = SdFit & SdCoefficients;

/**
 * The same fit, typed as one whose six coefficients are numbers, for code that evaluates Eq. 3
 * with them (speedup curves, best k, advice).
 *
 * @param fit a pooled Eq. 3 fit (fitSd)
 * @param fn the caller's name, for the message
 * @returns the fit itself
 * @throws {Error} as identifiedSdCoefficients, naming the unidentified coefficients and why
 * @example
 * bestKPoints(requireIdentifiedSdFit(fits[0].fit!, 'bestK'), options);
 */
export function requireIdentifiedSdFit(fit: SdFit, fn: string): IdentifiedSdFit {
  identifiedSdCoefficients(fit, fn);
  return fit as IdentifiedSdFit;
}

/**
 * Group fits (fitGroups with model 'sd') with every fit whose coefficients the data cannot all
 * identify turned into a failed group (fit null, the reason as its error), so that code reading
 * the six coefficients as numbers skips it the way it skips any failed fit.
 *
 * @param fits fitGroups output
 * @returns the same groups, identified fits typed as such
 * @example
 * sizeScaling(identifiedSdGroupFits(fitGroups(rows, { model: 'sd' })), options);
 */
export function identifiedSdGroupFits(fits: readonly GroupFit<SdFit>[]): GroupFit<IdentifiedSdFit>[] {
  return fits.map((g) => {
    if (g.fit === null) return { ...g, fit: null };
    try {
      return { ...g, fit: requireIdentifiedSdFit(g.fit, 'fitGroups') };
    } catch (err) {
      return { ...g, fit: null, error: (err as Error).message };
    }
  });
}
