import type { TidyRow } from '../../data/tidy-schema.js';
import { fitGroups, type GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import { bootstrapSdFits, type SdBootstrap } from '../shared/bootstrap-sd-fits.js';
import type { PooledFitOptions } from './params.js';

/** Options of the bootstrap of {@link pooledCoefficients}. */
export interface PooledBootstrapOptions {
  /** Resamples per system (>= 10). */
  nBoot: number;
  seed: number;
  /** Confidence level of the intervals, in (0, 1). */
  level: number;
}

/**
 * The six pooled Eq. 3 coefficients of every system with their bootstrap intervals, under one
 * set of fit options: the same options reach the pooled fits and every bootstrap refit (which
 * use the points the fits kept, without exclusion). Pass fits already made with these options
 * to skip refitting them. Each bootstrap refit is a full fitSd, per-setting diagnostic fits
 * included, which makes this the slow step of notebook 03.
 *
 * @param rows tidy rows
 * @param fit options of every fit (e.g. P.real.fit)
 * @param bootstrap resamples, seed and level
 * @param fits optional fitGroups(rows, { ...fit, model: 'sd' }) output
 * @returns the fits and one bootstrap per fit (same order)
 * @throws {Error} as bootstrapSdFits for bad bootstrap options
 * @example
 * const { fits, boots } = pooledCoefficients(rows, { exclusion: { minRateRatio: null } }, { nBoot: 100, seed: 1, level: 0.95 });
 */
export function pooledCoefficients(
  rows: readonly TidyRow[],
  fit: PooledFitOptions,
  bootstrap: PooledBootstrapOptions,
  fits?: GroupFit<SdFit>[],
): { fits: GroupFit<SdFit>[]; boots: SdBootstrap[] } {
  if (!(bootstrap?.level > 0 && bootstrap.level < 1)) throw new Error(`pooledCoefficients requires bootstrap.level in (0, 1), got ${String(bootstrap?.level)}`);
  const pooled = fits ?? fitGroups(rows, { ...fit, model: 'sd' });
  return { fits: pooled, boots: bootstrapSdFits(rows, pooled, { nBoot: bootstrap.nBoot, seed: bootstrap.seed, level: bootstrap.level, fit }) };
}
