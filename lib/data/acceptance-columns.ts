import { alphaFromAcceptanceLengthCore } from '../model/alpha-from-acceptance-length.js';

/** Speculative-decoding acceptance as a file measured it (any field may be unknown). */
export interface MeasuredAcceptance {
  /** Draft length of the run. */
  k: number;
  /** Mean tokens committed per verification cycle (1 + accepted / drafts). */
  acceptanceLength: number | null;
  /** Accepted / drafted tokens (a fraction). */
  acceptanceRate: number | null;
  /** Per-position acceptance rates (fractions), position 1 first. */
  perPosition: readonly number[] | null;
  /** Drafts (verification cycles with a draft), drafted tokens and accepted tokens, when counted. */
  numDrafts: number | null;
  draftTokens: number | null;
  acceptedTokens: number | null;
}

/** Default of the near-zero acceptance warning: fewer than 5% of drafted tokens accepted. */
export const DEFAULT_MIN_ACCEPTANCE = 0.05;

/**
 * The tidy extra columns of a measured acceptance: `acceptance_length`, `acceptance_rate`,
 * `acceptance_rate_pos_1..k`, `num_drafts`, `draft_tokens`, `accepted_tokens` (those known) and
 * `alpha_estimate`: the i.i.d. alpha whose E(alpha, k) equals the measured acceptance length
 * (alphaFromAcceptanceLength; null when k is 0 or the length is unknown or outside [1, k + 1]).
 * The configured `alpha` column is left alone: it is the acceptance the run was forced to, or null.
 *
 * @param a the measured acceptance
 * @returns the extra columns
 * @example
 * acceptanceColumns({ k: 2, acceptanceLength: 1.75, acceptanceRate: 0.375, perPosition: [0.5, 0.25],
 *   numDrafts: null, draftTokens: null, acceptedTokens: null }).alpha_estimate; // 0.5
 */
export function acceptanceColumns(a: MeasuredAcceptance): Record<string, number | null> {
  const out: Record<string, number | null> = {
    acceptance_length: a.acceptanceLength,
    acceptance_rate: a.acceptanceRate,
  };
  (a.perPosition ?? []).forEach((v, j) => {
    out[`acceptance_rate_pos_${j + 1}`] = v;
  });
  if (a.numDrafts !== null) out.num_drafts = a.numDrafts;
  if (a.draftTokens !== null) out.draft_tokens = a.draftTokens;
  if (a.acceptedTokens !== null) out.accepted_tokens = a.acceptedTokens;
  const len = a.acceptanceLength;
  out.alpha_estimate = a.k >= 1 && len !== null && len >= 1 && len <= a.k + 1 ? alphaFromAcceptanceLengthCore(len, a.k) : null;
  return out;
}

/**
 * A warning when a speculative run accepted almost nothing (its drafter barely ever matched the
 * verifier: comparing it with a baseline measures the drafting overhead, not speculative
 * decoding), else null. The share is accepted / drafted tokens when counted, else the
 * acceptance rate, else (acceptance length - 1) / k.
 *
 * @param a the measured acceptance
 * @param minShare the threshold (fraction of drafted tokens accepted), e.g. 0.05
 * @param where the file (and record) the run came from, for the message
 * @returns the message, or null when the acceptance is at least minShare or unknown
 * @example
 * lowAcceptanceWarning({ ...a, draftTokens: 744390, acceptedTokens: 52 }, 0.05, 'run.json');
 * // 'run.json: near-zero speculative acceptance: 52 of 744390 drafted tokens accepted (0.00699% < 5%) ...'
 */
export function lowAcceptanceWarning(a: MeasuredAcceptance, minShare: number, where: string): string | null {
  let share: number | null = null;
  let what = '';
  if (a.draftTokens !== null && a.acceptedTokens !== null && a.draftTokens > 0) {
    share = a.acceptedTokens / a.draftTokens;
    what = `${a.acceptedTokens} of ${a.draftTokens} drafted tokens accepted`;
  } else if (a.acceptanceRate !== null) {
    share = a.acceptanceRate;
    what = 'acceptance rate';
  } else if (a.acceptanceLength !== null && a.k >= 1) {
    share = (a.acceptanceLength - 1) / a.k;
    what = `acceptance length ${fmt(a.acceptanceLength)} at k = ${a.k}`;
  }
  if (share === null || !(share < minShare)) return null;
  return (
    `${where}: near-zero speculative acceptance: ${what} (${fmt(100 * share)}% < ${fmt(100 * minShare)}%); ` +
    'the drafter barely helps, so comparing this run with a baseline measures the drafting overhead, not speculative decoding'
  );
}

const fmt = (v: number): string => String(Number(v.toPrecision(3)));
