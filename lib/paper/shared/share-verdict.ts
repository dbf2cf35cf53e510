import type { ClaimVerdict } from '../../io/claim-check.js';

/**
 * The verdict on a claim that should hold in every one of n cases (settings, cells, systems):
 * 'holds' when it does in all, 'partly' when it does in at least the share `partlyShare` of
 * them, 'fails' below that. With n = 0 nothing was tested: 'untestable'.
 *
 * @param nOk cases where the claim holds (integer, 0..n)
 * @param n cases tested
 * @param partlyShare smallest share (0..1] of cases for 'partly' (the notebook's parameter)
 * @returns the verdict
 * @throws {Error} `shareVerdict requires ...` for counts or a share out of range
 * @example
 * shareVerdict(40, 48, 0.5); // 'partly'
 * shareVerdict(48, 48, 0.5); // 'holds'
 */
export function shareVerdict(nOk: number, n: number, partlyShare: number): ClaimVerdict {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(nOk) || nOk < 0 || nOk > n) {
    throw new Error(`shareVerdict requires integer counts 0 <= nOk <= n, got ${nOk} of ${n}`);
  }
  if (!(partlyShare > 0 && partlyShare <= 1)) throw new Error(`shareVerdict requires partlyShare in (0, 1], got ${partlyShare}`);
  if (n === 0) return 'untestable';
  if (nOk === n) return 'holds';
  return nOk / n >= partlyShare ? 'partly' : 'fails';
}
