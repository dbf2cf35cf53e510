import type { ExcludedPoint } from '../../fit/fit-point.js';
import type { GroupFit } from '../../fit/fit-groups.js';

/** One kind of exclusion and how often it occurred. */
export interface ExclusionReasonCount {
  /** The reason with its numbers replaced by 'N', e.g. 'mean concurrency N >= N x max concurrency N (...)'. */
  reason: string;
  count: number;
}

/** The result of {@link exclusionSummary}. */
export interface ExclusionSummary {
  /** Fits looked at (successful ones). */
  nFits: number;
  /** Points used by those fits. */
  nUsed: number;
  /** Points excluded by those fits. */
  nExcluded: number;
  /** Reasons, most frequent first (ties: alphabetical). */
  reasons: ExclusionReasonCount[];
  /** One Markdown sentence: how many points were left out and why. */
  text: string;
}

/**
 * Counts the points the fits left out, by kind of reason: each reason (as excludeSaturated and
 * the fits word it) has its numbers replaced by 'N', so 'mean concurrency 126.3 >= 0.9 x max
 * concurrency 128 (...)' and 'mean concurrency 119.0 >= ...' count as one kind.
 *
 * @param fits fitGroups output (any model whose fit has `excluded` and `nPoints`)
 * @returns counts and a sentence
 * @throws {Error} `exclusionSummary requires a non-empty array of group fits`
 * @example
 * exclusionSummary(fitGroups(rows, { model: 'eq1' })).reasons[0];
 * // { reason: 'throughput strategy (a burst at the concurrency cap: saturated by construction)', count: 240 }
 */
export function exclusionSummary(fits: readonly GroupFit<{ excluded: readonly ExcludedPoint[]; nPoints: number }>[]): ExclusionSummary {
  if (!Array.isArray(fits as unknown) || fits.length === 0) throw new Error('exclusionSummary requires a non-empty array of group fits');
  const ok = fits.filter((g) => g.fit !== null).map((g) => g.fit!);
  const counts = new Map<string, number>();
  for (const f of ok) {
    for (const e of f.excluded) {
      const reason = e.reason.replace(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, 'N');
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  }
  const reasons = [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const nUsed = ok.reduce((s, f) => s + f.nPoints, 0);
  const nExcluded = ok.reduce((s, f) => s + f.excluded.length, 0);
  const text =
    `The ${ok.length} fits use ${nUsed} points and leave out ${nExcluded}` +
    (reasons.length > 0 ? `: ${reasons.map((r) => `${r.count} × “${r.reason}”`).join('; ')}.` : '.');
  return { nFits: ok.length, nUsed, nExcluded, reasons, text };
}
