import type { ScalingClaims } from './scaling-claims.js';

/**
 * One sentence comparing two sets of Fig. 5 verdicts (scalingClaims) coefficient by coefficient,
 * e.g. the simulated data's against the real data's at the same lengths: which coefficients get the
 * same verdict and which do not (with both verdicts). Coefficients present in only one set are
 * left out.
 *
 * @param reference verdicts of the reference data (e.g. the real measurements)
 * @param other verdicts of the data compared with it
 * @param labels names of the two, for the sentence, e.g. { reference: 'real', other: 'simulated' }
 * @returns a markdown sentence
 * @throws {Error} `scalingVerdictComparison requires ...` for missing verdicts, labels or no shared coefficient
 * @example
 * scalingVerdictComparison(realClaims, simClaims, { reference: 'real', other: 'simulated' });
 * // 'The simulated verdicts match the real ones for c1_p, c1_v; they differ for c2_d (real: linear with an offset, simulated: not linear).'
 */
export function scalingVerdictComparison(
  reference: Pick<ScalingClaims, 'verdicts'>,
  other: Pick<ScalingClaims, 'verdicts'>,
  labels: { reference: string; other: string },
): string {
  const fn = 'scalingVerdictComparison';
  if (!Array.isArray(reference?.verdicts) || !Array.isArray(other?.verdicts)) throw new Error(`${fn} requires two scalingClaims results`);
  if (typeof labels?.reference !== 'string' || typeof labels?.other !== 'string' || !labels.reference || !labels.other) {
    throw new Error(`${fn} requires labels { reference, other }`);
  }
  const same: string[] = [];
  const differ: string[] = [];
  for (const r of reference.verdicts) {
    const o = other.verdicts.find((v) => v.coefficient === r.coefficient);
    if (!o) continue;
    if (o.verdict === r.verdict) same.push(r.coefficient);
    else differ.push(`${r.coefficient} (${labels.reference}: ${r.verdict}, ${labels.other}: ${o.verdict})`);
  }
  if (same.length + differ.length === 0) throw new Error(`${fn} requires at least one coefficient in both sets`);
  if (differ.length === 0) return `The ${labels.other} verdicts match the ${labels.reference} ones for every coefficient (${same.join(', ')}).`;
  if (same.length === 0) return `The ${labels.other} verdicts differ from the ${labels.reference} ones for every coefficient: ${differ.join('; ')}.`;
  return `The ${labels.other} verdicts match the ${labels.reference} ones for ${same.join(', ')}; they differ for ${differ.join('; ')}.`;
}
