import type { Rng } from '../../random/create-rng.js';

/**
 * Samples how many of `drafts` proposed tokens the verifier accepts: position by position,
 * position i is accepted with probability conditional[i] (given all before it were); the first
 * rejection ends the run. The verifier's own bonus token is not included.
 * Consumes one uniform draw per position examined.
 *
 * @param conditional per-position conditional acceptance probabilities (length >= drafts)
 * @param drafts number of draft tokens verified (0 returns 0 without drawing)
 * @param rng the random stream
 * @returns accepted draft tokens, 0..drafts
 * @example
 * sampleAcceptedDrafts(new Float64Array([1, 1, 1]), 3, rng); // 3
 * sampleAcceptedDrafts(new Float64Array([0, 1, 1]), 3, rng); // 0
 */
export function sampleAcceptedDrafts(conditional: Float64Array, drafts: number, rng: Rng): number {
  let a = 0;
  while (a < drafts) {
    if (rng.next() < conditional[a]) a++;
    else break;
  }
  return a;
}
