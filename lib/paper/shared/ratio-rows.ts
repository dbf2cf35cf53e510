import type { GroupFit } from '../../fit/fit-groups.js';
import type { SdFit } from '../../fit/fit-sd.js';
import type { BestOverKRow } from './best-over-k-figure.js';
import { effectiveCoefficientsCore } from '../../model/effective-coefficients.js';
import type { SD_COEFFICIENT_NAMES } from '../../model/sd-coefficients.js';
import { identifiedSdCoefficients } from '../../fit/identified-sd-coefficients.js';
import { settingCoefficients } from './setting-coefficients.js';

type SdCoefficientName = (typeof SD_COEFFICIENT_NAMES)[number];

/** C1R and C2R of one (alpha, k) setting of one system, with the system named. */
export interface RatioRow extends BestOverKRow {
  verifier: string;
  /** The fit's group label. */
  system: string;
  /** The baseline's C1 (s) and C2 (s per concurrent request) the ratios divide by. */
  c1Baseline: number;
  c2Baseline: number;
}

/** Options of {@link ratioRows}. */
export interface RatioRowsOptions {
  /**
   * The non-SD baseline D: 'measured' = the Eq. 1 fit of the system's own k = 0 sweep (fitGroups
   * joins baseline rows into the SD group); 'pooled' = Eq. 3 of the pooled fit at k = 0,
   * C1_D = c1_p + g·c1_v, C2_D = c2_p + g·c2_v (an extrapolation when no k = 0 run was measured);
   * or given coefficients { c1 (s), c2 (s per concurrent request) }, e.g. another data set's
   * baseline (measuredBaseline), used for every selected system.
   */
  baseline: 'measured' | 'pooled' | { c1: number; c2: number };
  /** The SD side: 'settings' (default) each setting's own Eq. 1 fit; 'pooled' C1_eff, C2_eff of Eq. 3. */
  numerator?: 'settings' | 'pooled';
  /** Key values a system must have, e.g. { verifier: 'Qwen3-8B' }. */
  where?: Record<string, unknown>;
}

/**
 * C1R = C1_SD / C1_D and C2R = C2_SD / C2_D (Eq. 2's ratios) for every (alpha, k) setting of
 * every selected system: the rows of ratioHeatmapFigure (Fig. 2b) and bestOverKFigure (Fig. 3).
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output; failed fits are skipped
 * @param options baseline ('measured' | 'pooled' | { c1, c2 }), numerator ('settings'), where
 * @returns one row per setting (systems in input order, then alpha, then k)
 * @throws {Error} `ratioRows requires ...` for a bad baseline option, a selection matching no fit,
 *   a key without verifier/prefill_tokens/decode_tokens, or (baseline 'measured') a system
 *   without a fitted k = 0 sweep
 * @example
 * ratioRows(fitGroups(rows, { model: 'sd' }), { baseline: 'pooled', where: { verifier: 'Qwen3-8B' } })[0];
 * // { alpha: 0.5, k: 1, prefillTokens: 512, decodeTokens: 128, c1r: 0.77, c2r: 1.9, ... }
 */
export function ratioRows(fits: readonly GroupFit<Pick<SdFit, SdCoefficientName | 'settings'>>[], options: RatioRowsOptions): RatioRow[] {
  const fn = 'ratioRows';
  if (!Array.isArray(fits as unknown)) throw new Error(`${fn} requires an array of group fits`);
  const baseline = options?.baseline;
  const given = typeof baseline === 'object' && baseline !== null ? baseline : null;
  if (given ? !(given.c1 > 0 && given.c2 > 0) : baseline !== 'measured' && baseline !== 'pooled') {
    throw new Error(`${fn} requires options.baseline 'measured', 'pooled' or { c1 > 0, c2 > 0 }`);
  }
  const numerator = options.numerator ?? 'settings';
  if (numerator !== 'settings' && numerator !== 'pooled') throw new Error(`${fn} requires options.numerator 'settings' or 'pooled'`);
  const where = options.where ?? {};
  const selected = fits.filter((g) => g.fit !== null && g.key && Object.entries(where).every(([c, v]) => g.key[c] === v));
  if (selected.length === 0) throw new Error(`${fn} requires a selection that matches at least one fitted system`);
  const out: RatioRow[] = [];
  for (const g of selected) {
    const fit = g.fit!;
    const { verifier, prefill_tokens: prefillTokens, decode_tokens: decodeTokens } = g.key;
    if (typeof verifier !== 'string' || typeof prefillTokens !== 'number' || typeof decodeTokens !== 'number') {
      throw new Error(`${fn} requires fits keyed by verifier, prefill_tokens and decode_tokens (group by SYSTEM_KEYS), ${g.label} is not`);
    }
    let base: { c1: number; c2: number };
    if (given) {
      base = { c1: given.c1, c2: given.c2 };
    } else if (baseline === 'pooled') {
      base = effectiveCoefficientsCore(identifiedSdCoefficients(fit, fn), 0, 1, decodeTokens);
    } else {
      const own = fit.settings.find((s) => s.k === 0 && typeof s.c1 === 'number' && typeof s.c2 === 'number');
      if (!own) throw new Error(`${fn} requires a fitted k = 0 (baseline) sweep in ${g.label} for baseline 'measured'`);
      base = { c1: own.c1 as number, c2: own.c2 as number };
    }
    for (const s of settingCoefficients(fit)) {
      const c1 = numerator === 'settings' ? s.c1 : s.c1Eff;
      const c2 = numerator === 'settings' ? s.c2 : s.c2Eff;
      out.push({
        alpha: s.alpha,
        k: s.k,
        prefillTokens,
        decodeTokens,
        c1r: c1 / base.c1,
        c2r: c2 / base.c2,
        verifier,
        system: g.label,
        c1Baseline: base.c1,
        c2Baseline: base.c2,
      });
    }
  }
  return out;
}
