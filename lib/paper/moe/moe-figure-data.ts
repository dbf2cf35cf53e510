import type { TidyRow } from '../../data/tidy-schema.js';
import type { MoeFit as MoeFigureFit, MoePoint } from './moe-figure.js';
import type { MoeConfigFit } from './moe-fits.js';

/** Options of {@link moeFigureData}: which configurations the figure shows. */
export interface MoeFigureDataOptions {
  /** Draft lengths to show (0 = no SD), e.g. [0, 1, 3, 10]. */
  ks: readonly number[];
  /** Acceptance probability of the SD sweeps shown (baselines have none). */
  alpha: number;
  prefillTokens: number;
  decodeTokens: number;
}

/**
 * moeFigure input from MoE fits: for the chosen lengths, alpha and draft lengths, the fitted
 * points (measured rate and mean latency of each row a fit used) and each configuration's plain
 * Eq. 1 and Eq. 4 coefficients with its routing and R². Failed fits contribute their rows only
 * when they have some (none: fitMoe keeps no points on failure).
 *
 * @param fits moeFits output
 * @param options ks, alpha, prefillTokens, decodeTokens
 * @returns `{ points, fits }` for moeFigure
 * @throws {Error} `moeFigureData requires ...` for a non-array, empty ks, or a selection that matches no fit
 * @example
 * moeFigure(moeFigureData(fits, { ks: [0, 1, 3], alpha: 0.8, prefillTokens: 512, decodeTokens: 128 }), { dataLabel: 'simulated' });
 */
export function moeFigureData(fits: readonly MoeConfigFit[], options: MoeFigureDataOptions): { points: MoePoint[]; fits: MoeFigureFit[] } {
  const fn = 'moeFigureData';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of MoE fits`);
  if (!Array.isArray(options?.ks) || options.ks.length === 0) throw new Error(`${fn} requires options.ks with at least one draft length`);
  const chosen = fits.filter(
    (f) =>
      options.ks.includes(f.k) &&
      (f.k === 0 || f.alpha === options.alpha) &&
      f.prefillTokens === options.prefillTokens &&
      f.decodeTokens === options.decodeTokens &&
      f.fit !== null,
  );
  if (chosen.length === 0) {
    throw new Error(`${fn} requires a selection matching at least one fitted configuration (k in [${options.ks.join(', ')}], alpha ${options.alpha}, ${options.prefillTokens}/${options.decodeTokens})`);
  }
  const points: MoePoint[] = chosen.flatMap((f) => f.rows.map((r: TidyRow) => ({ model: f.verifier, k: f.k, rps: r.measured_rps, latencyS: r.mean_latency_s })));
  const out: MoeFigureFit[] = chosen.map((f) => {
    const fit = f.fit!;
    return {
      model: f.verifier,
      k: f.k,
      plain: { c1: fit.plainEq1.c1, c2: fit.plainEq1.c2 },
      corrected: { c1_u: fit.c1_u, c1_s: fit.c1_s, c2_u: fit.c2_u, c2_s: fit.c2_s },
      routing: { experts: f.experts, active: f.active, tokensPerRequest: fit.tokensPerRequest },
      plainR2: fit.plainEq1.r2,
      correctedR2: fit.r2,
    };
  });
  return { points, fits: out };
}
