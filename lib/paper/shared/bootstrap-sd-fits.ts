import type { TidyRow } from '../../data/tidy-schema.js';
import type { BootstrapResult } from '../../fit/bootstrap-fit.js';
import { bootstrapFit } from '../../fit/bootstrap-fit.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import type { FitSdOptions, SdFit } from '../../fit/fit-sd.js';
import { fitSd } from '../../fit/fit-sd.js';
import { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { createRng } from '../../random/create-rng.js';
import { identifiedSdCoefficients } from '../../fit/identified-sd-coefficients.js';

/** Options of {@link bootstrapSdFits}. */
export interface BootstrapSdFitsOptions {
  /** Resamples per system (>= 10). */
  nBoot: number;
  /** Seed of the resampling (each system gets its own fork of one generator, in input order). */
  seed: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /**
   * Options of every refit, e.g. the options the pooled fits were made with (default {}: fitSd's
   * defaults). Their exclusion is ignored: the refits use the points the fits kept, without exclusion.
   */
  fit?: FitSdOptions;
}

/** The bootstrap of one system's pooled fit, or why it failed. */
export interface SdBootstrap {
  /** The fit's group label. */
  label: string;
  result: BootstrapResult | null;
  error: string | null;
}

/**
 * Percentile bootstrap intervals of the six pooled Eq. 3 coefficients of every system: the
 * load points each pooled fit used (after the saturation rules) are resampled with replacement
 * inside each (alpha, k) sweep and fitSd is redone on them (with options.fit, without exclusion,
 * and with the original fit's loss unless options.fit names one; see bootstrapFit); a fit with
 * unidentified coefficients gets an error entry. Seeded: the same seed gives the same intervals.
 *
 * @param rows the tidy rows the fits were made from
 * @param fits fitGroups(rows, { model: 'sd' }) output; failed fits get an error entry
 * @param options nBoot, seed, level, fit (options of the refits)
 * @returns one entry per fit, in input order
 * @throws {Error} `bootstrapSdFits requires ...` for non-arrays, a bad nBoot or seed, an index outside rows
 * @example
 * bootstrapSdFits(rows, fitGroups(rows, { model: 'sd' }), { nBoot: 100, seed: 1 })[0].result!.intervals.c2_v;
 * // { lower, upper, median, se } (s per concurrent request)
 */
export function bootstrapSdFits(rows: readonly TidyRow[], fits: readonly GroupFit<Pick<SdFit, 'points'> & Partial<Pick<SdFit, 'loss'>>>[], options: BootstrapSdFitsOptions): SdBootstrap[] {
  const fn = 'bootstrapSdFits';
  if (!Array.isArray(rows as unknown)) throw new Error(`${fn} requires an array of tidy rows`);
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  if (!options || !Number.isInteger(options.nBoot) || options.nBoot < 10) throw new Error(`${fn} requires options.nBoot to be an integer >= 10`);
  if (!Number.isFinite(options.seed)) throw new Error(`${fn} requires a finite options.seed`);
  if (options.fit !== undefined && (options.fit === null || typeof options.fit !== 'object')) throw new Error(`${fn} requires options.fit to be an options object`);
  const refit: FitSdOptions = { ...(options.fit ?? {}), exclusion: false };
  const rng = createRng(options.seed);
  return fits.map((g) => {
    const stream = rng.fork();
    if (g.fit === null) return { label: g.label, result: null, error: g.error ?? 'no fit' };
    const loss = g.fit.loss; // refit with the loss of the original fit (undefined: the default)
    const kept = g.fit.points.map((p) => {
      const row = rows[p.index];
      if (row === undefined) throw new Error(`${fn} requires the rows the fits were made from: index ${p.index} is outside ${rows.length} rows`);
      return row;
    });
    try {
      const result = bootstrapFit(
        kept,
        (rs) => {
          const f = identifiedSdCoefficients(fitSd(rs, { loss, ...refit }), fn);
          return Object.fromEntries(SD_COEFFICIENT_NAMES.map((c) => [c, f[c]]));
        },
        { nBoot: options.nBoot, rng: stream, level: options.level },
      );
      return { label: g.label, result, error: null };
    } catch (err) {
      return { label: g.label, result: null, error: (err as Error).message };
    }
  });
}
