import { checkNumber } from '../util/check-number.js';
import { expectedTokens } from './expected-tokens.js';

/**
 * The i.i.d. per-token acceptance probability alpha whose expected tokens per verification
 * cycle E(alpha, k) = sum_{j=0..k} alpha^j equals a measured mean acceptance length (tokens
 * committed per cycle, as vLLM's `spec_decode_acceptance_length` = 1 + accepted / drafts).
 * E is strictly increasing in alpha on [0, 1] (from 1 to k + 1), so the root is unique; it is
 * found by bisection to full double precision.
 *
 * Real drafters' acceptance falls with the draft position, so this alpha is the constant rate
 * that commits as many tokens per cycle as the measured one did at this k; it is not the
 * first-position rate, and it changes with k for the same drafter.
 *
 * @param acceptanceLength measured mean tokens committed per cycle, in [1, k + 1]
 * @param k draft length, an integer >= 1
 * @returns alpha in [0, 1]
 * @throws {Error} `alphaFromAcceptanceLength requires ...` when k is not an integer >= 1 or the
 *   length is outside [1, k + 1]
 * @example
 * alphaFromAcceptanceLength(1.75, 2); // 0.5 (E(0.5, 2) = 1 + 0.5 + 0.25)
 * alphaFromAcceptanceLength(4, 3); // 1
 */
export function alphaFromAcceptanceLength(acceptanceLength: number, k: number): number {
  checkNumber('alphaFromAcceptanceLength', 'acceptanceLength', acceptanceLength);
  if (!Number.isInteger(k) || k < 1) throw new Error(`alphaFromAcceptanceLength requires k to be an integer >= 1, got ${k}`);
  if (acceptanceLength < 1 || acceptanceLength > k + 1) {
    throw new Error(`alphaFromAcceptanceLength requires an acceptance length in [1, k + 1] = [1, ${k + 1}], got ${acceptanceLength}`);
  }
  return alphaFromAcceptanceLengthCore(acceptanceLength, k);
}

/**
 * {@link alphaFromAcceptanceLength} without input checks.
 *
 * @param acceptanceLength in [1, k + 1]
 * @param k integer >= 1
 * @returns alpha in [0, 1]
 * @example
 * alphaFromAcceptanceLengthCore(1.75, 2); // 0.5
 */
export function alphaFromAcceptanceLengthCore(acceptanceLength: number, k: number): number {
  if (acceptanceLength <= 1) return 0;
  if (acceptanceLength >= k + 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 0; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (expectedTokens(mid, k) < acceptanceLength) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
