import { checkNumber } from '../util/check-number.js';

/**
 * Expected tokens committed per verification cycle with i.i.d. acceptance: the verifier
 * always commits one token, and draft position j (1-based) survives with probability alpha^j,
 * so E = sum_{j=0..k} alpha^j (= k + 1 at alpha = 1, = 1 at k = 0).
 * Summed term by term, so it is exact at alpha = 1 and stable near it.
 *
 * @param alpha per-token acceptance probability in [0, 1]
 * @param k draft length (tokens proposed per cycle), an integer >= 0
 * @returns expected committed tokens per cycle, in [1, k + 1]
 * @throws {Error} when alpha is outside [0, 1] or k is not a non-negative integer
 * @example
 * expectedTokens(0.5, 2); // 1.75
 * expectedTokens(1, 4); // 5
 */
export function expectedTokens(alpha: number, k: number): number {
  checkNumber('expectedTokens', 'alpha', alpha);
  if (alpha > 1) throw new Error(`expectedTokens requires alpha in [0, 1], got ${alpha}`);
  if (!Number.isInteger(k) || k < 0) throw new Error(`expectedTokens requires k to be an integer >= 0, got ${k}`);
  let sum = 1;
  let term = 1;
  for (let j = 1; j <= k; j++) {
    term *= alpha;
    sum += term;
  }
  return sum;
}
