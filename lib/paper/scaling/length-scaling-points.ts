import type { GroupFit } from '../../fit/fit-groups.js';
import type { LengthScalingPoint } from './length-scaling-figure.js';
import type { SdCoefficients } from '../../model/sd-coefficients.js';
import { modelLabels } from '../shared/model-labels.js';

/** Options of {@link lengthScalingPoints}. */
export interface LengthScalingPointsOptions {
  /** Label of a system's model (default {@link modelLabels} over all the fits' keys). */
  label?: (key: Record<string, unknown>) => string;
}

/**
 * The points of Fig. 6 (lengthScalingFigure): c2_p and c2_v of every pooled Eq. 3 fit, one fit
 * per (model, prefill, decode) system, labelled by model so that one model's lengths share a colour.
 * Failed fits and baseline-only groups (no drafter) are skipped.
 *
 * @param fits fitGroups(rows, { model: 'sd' }) output over systems of several lengths
 * @param options label
 * @returns two points (c2_p, c2_v) per fitted system, in fit order
 * @throws {Error} `lengthScalingPoints requires ...` for a non-array or a key without verifier, prefill_tokens, decode_tokens
 * @example
 * lengthScalingPoints(fitGroups(simRows, { model: 'sd' }))[0];
 * // { model: 'Qwen3-8B', coefficient: 'c2_p', prefillTokens: 256, decodeTokens: 256, valueS: 0.009 }
 */
export function lengthScalingPoints(fits: readonly GroupFit<SdCoefficients>[], options: LengthScalingPointsOptions = {}): LengthScalingPoint[] {
  const fn = 'lengthScalingPoints';
  if (!Array.isArray(fits)) throw new Error(`${fn} requires an array of group fits`);
  const fitted = fits.filter((g) => g.fit !== null && g.key?.drafter !== '');
  for (const g of fitted) {
    const k = g.key ?? {};
    if (typeof k.verifier !== 'string' || typeof k.prefill_tokens !== 'number' || typeof k.decode_tokens !== 'number') {
      throw new Error(`${fn} requires fits keyed by verifier, prefill_tokens and decode_tokens (group by SYSTEM_KEYS), ${g.label} is not`);
    }
  }
  const labels = options.label ? fitted.map((g) => options.label!(g.key)) : modelLabels(fitted.map((g) => g.key));
  return fitted.flatMap((g, i) =>
    (['c2_p', 'c2_v'] as const).map((coefficient) => ({
      model: labels[i],
      coefficient,
      prefillTokens: g.key.prefill_tokens as number,
      decodeTokens: g.key.decode_tokens as number,
      valueS: g.fit![coefficient],
    })),
  );
}
