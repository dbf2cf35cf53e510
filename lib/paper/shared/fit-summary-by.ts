import type { GroupFit } from '../../fit/fit-groups.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { groupLabel } from './group-label.js';

/** Fit quality of the fits of one group (e.g. all configurations of one verifier). */
export interface FitSummaryGroup {
  /** The group label (see groupLabel), e.g. 'Qwen3-8B'. */
  group: string;
  /** Successful fits. */
  nFits: number;
  /** Fits that failed (their error is in the GroupFit). */
  nFailed: number;
  /** Points used by all successful fits together. */
  nPoints: number;
  medianR2: number;
  minR2: number;
  maxR2: number;
  /** Median MAPE over the fits (%). */
  medianMapePct: number;
  /** Largest MAPE of any fit (%). */
  maxMapePct: number;
}

/** The result of {@link fitSummaryBy}. */
export interface FitSummary {
  /** One entry per group, in natural order of the labels. */
  groups: FitSummaryGroup[];
  /** All groups together (group label 'all'). */
  overall: FitSummaryGroup;
  /** A Markdown list: one sentence per group plus the overall one, for the notebook's prose. */
  text: string;
}

/**
 * Summarises many fits (one per configuration, or one per system) by a key column: how many
 * fits, median, minimum and maximum R², median and largest MAPE (%).
 *
 * @param fits fitGroups output (any model whose fit has r2, mape as a fraction, nPoints)
 * @param column key column to group by (default 'verifier'); must be one of the fits' key columns
 * @param what noun for the fitted units in the sentences (default 'configurations')
 * @returns per-group numbers, the overall numbers and the sentences
 * @throws {Error} `fitSummaryBy requires ...` for no fits or a column missing from a key
 * @example
 * fitSummaryBy(fitGroups(rows, { model: 'eq1' })).text;
 * // '- **Qwen3-0.6B**: 48 configurations, R² median 0.990 (min 0.967), MAPE median 3.04% (max 5.95%). ...'
 */
export function fitSummaryBy(
  fits: readonly GroupFit<{ r2: number; mape: number; nPoints: number }>[],
  column = 'verifier',
  what = 'configurations',
): FitSummary {
  if (!Array.isArray(fits as unknown) || fits.length === 0) throw new Error('fitSummaryBy requires a non-empty array of group fits');
  const byGroup = new Map<string, GroupFit<{ r2: number; mape: number; nPoints: number }>[]>();
  fits.forEach((g, i) => {
    if (!g.key || !(column in g.key)) throw new Error(`fitSummaryBy requires fits[${i}].key.${column} (group the fits by it)`);
    const label = groupLabel(column, g.key[column]);
    byGroup.set(label, [...(byGroup.get(label) ?? []), g]);
  });
  const groups = [...byGroup.entries()].sort((a, b) => naturalCompare(a[0], b[0])).map(([label, gs]) => summarise(label, gs));
  const overall = summarise('all', fits);
  const sentence = (s: FitSummaryGroup): string =>
    `- ${s.group === 'all' ? 'All together' : `**${s.group}**`}: ${s.nFits} ${what}` +
    (s.nFailed > 0 ? ` (${s.nFailed} failed)` : '') +
    (s.nFits > 0
      ? `, R² median ${formatNumber(s.medianR2, 4)} (min ${formatNumber(s.minR2, 4)}), MAPE median ${formatNumber(s.medianMapePct)}% (max ${formatNumber(s.maxMapePct)}%).`
      : '.');
  return { groups, overall, text: [...groups, overall].map(sentence).join('\n') };
}

function summarise(group: string, gs: readonly GroupFit<{ r2: number; mape: number; nPoints: number }>[]): FitSummaryGroup {
  const ok = gs.filter((g) => g.fit !== null).map((g) => g.fit!);
  const r2 = ok.map((f) => f.r2);
  const mape = ok.map((f) => f.mape * 100);
  return {
    group,
    nFits: ok.length,
    nFailed: gs.length - ok.length,
    nPoints: ok.reduce((s, f) => s + f.nPoints, 0),
    medianR2: median(r2),
    minR2: ok.length > 0 ? Math.min(...r2) : NaN,
    maxR2: ok.length > 0 ? Math.max(...r2) : NaN,
    medianMapePct: median(mape),
    maxMapePct: ok.length > 0 ? Math.max(...mape) : NaN,
  };
}
