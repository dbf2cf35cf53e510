import { checkNumber } from '../util/check-number.js';

/**
 * Expected fraction of an MoE layer's experts activated by T tokens under i.i.d. routing,
 * each token choosing `active` of `experts`: phi(T) = 1 - (1 - m/M)^T.
 *
 * @param tokens routed tokens in the forward pass (T >= 0; may be fractional, e.g. a mean batch)
 * @param experts experts per layer (M), an integer >= 1
 * @param active experts per token (m), an integer in [1, M]
 * @returns the covered fraction in [0, 1]
 * @throws {Error} when tokens is negative or M, m are not integers with 1 <= m <= M
 * @example
 * moeCoverage(1, 32, 4); // 0.125
 * moeCoverage(10, 128, 8); // 1 - (15/16)^10 ≈ 0.4756
 */
export function moeCoverage(tokens: number, experts: number, active: number): number {
  checkNumber('moeCoverage', 'tokens', tokens);
  checkRouting('moeCoverage', experts, active);
  return moeCoverageCore(tokens, experts, active);
}

/** phi(T) without checks, for hot loops. @example moeCoverageCore(1, 32, 4); // 0.125 */
export function moeCoverageCore(tokens: number, experts: number, active: number): number {
  return 1 - Math.pow(1 - active / experts, tokens);
}

/**
 * Checks MoE routing numbers: integers with 1 <= active <= experts.
 * @throws {Error} `<fn> requires ...` naming the bad value
 * @example checkRouting('moeLatency', 128, 8);
 */
export function checkRouting(fn: string, experts: number, active: number): void {
  if (!Number.isInteger(experts) || experts < 1) throw new Error(`${fn} requires experts to be an integer >= 1, got ${experts}`);
  if (!Number.isInteger(active) || active < 1 || active > experts) {
    throw new Error(`${fn} requires active to be an integer in [1, experts], got ${active}`);
  }
}
