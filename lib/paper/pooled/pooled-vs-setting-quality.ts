import type { GroupFit } from '../../fit/fit-groups.js';
import { formatNumber } from '../../util/format-number.js';
import { fitSummaryBy } from '../shared/fit-summary-by.js';

/** Fit quality of one group under the two models. */
export interface PooledVsSettingRow {
  /** The group label, e.g. 'Qwen3-8B'. */
  group: string;
  /** Median MAPE (%) and median R² of the group's per-setting Eq. 1 fits. */
  settingMapePct: number;
  settingR2: number;
  /** MAPE (%) and R² of the group's pooled fit (median when the group has several). */
  pooledMapePct: number;
  pooledR2: number;
}

/** The result of {@link pooledVsSettingQuality}. */
export interface PooledVsSettingQuality {
  rows: PooledVsSettingRow[];
  /** Groups whose pooled MAPE exceeds the median per-setting MAPE. */
  nPooledWorse: number;
  /** Largest pooled − per-setting MAPE difference (percentage points; negative when pooled is always better). */
  maxGapPts: number;
  /** Markdown: the comparison per group and the count, with a note on why R² is not compared. */
  text: string;
}

/**
 * Compares, per group (e.g. verifier), the pooled Eq. 3 fit (six coefficients for all
 * settings) with the per-setting Eq. 1 fits (two per setting) by MAPE, the measure that means
 * the same for both: R² does not, since the pooled R² is taken against the spread of all
 * settings' latencies together and the per-setting R² against one setting's.
 *
 * @param settingFits fitGroups(rows, { model: 'eq1' }) output (one fit per setting)
 * @param pooledFits fitGroups(rows, { model: 'sd' }) output (one fit per system)
 * @param column key column to group by (default 'verifier')
 * @returns per-group numbers, counts and the sentences
 * @throws {Error} as fitSummaryBy, or `pooledVsSettingQuality requires ...` when a pooled group has no per-setting fits
 * @example
 * pooledVsSettingQuality(fitGroups(rows, { model: 'eq1' }), fitGroups(rows, { model: 'sd' })).text;
 */
export function pooledVsSettingQuality(
  settingFits: readonly GroupFit<{ r2: number; mape: number; nPoints: number }>[],
  pooledFits: readonly GroupFit<{ r2: number; mape: number; nPoints: number }>[],
  column = 'verifier',
): PooledVsSettingQuality {
  const fn = 'pooledVsSettingQuality';
  const setting = fitSummaryBy(settingFits, column);
  const pooled = fitSummaryBy(pooledFits, column);
  const rows = pooled.groups
    .filter((p) => p.nFits > 0)
    .map((p) => {
      const s = setting.groups.find((g) => g.group === p.group);
      if (!s || s.nFits === 0) throw new Error(`${fn} requires per-setting fits for ${p.group}`);
      return { group: p.group, settingMapePct: s.medianMapePct, settingR2: s.medianR2, pooledMapePct: p.medianMapePct, pooledR2: p.medianR2 };
    });
  if (rows.length === 0) throw new Error(`${fn} requires at least one successful pooled fit`);
  const gaps = rows.map((r) => r.pooledMapePct - r.settingMapePct);
  const nPooledWorse = gaps.filter((g) => g > 0).length;
  const maxGapPts = Math.max(...gaps);
  const text =
    `MAPE of the pooled fit against the median MAPE of the per-setting fits: ` +
    rows.map((r) => `${r.group} ${formatNumber(r.pooledMapePct, 3)}% against ${formatNumber(r.settingMapePct, 3)}%`).join('; ') +
    `. The pooled fit is less accurate for ${nPooledWorse} of ${rows.length}` +
    (nPooledWorse > 0 ? `, by at most ${formatNumber(maxGapPts, 2)} percentage points` : '') +
    `. (R² is not compared: the pooled R² is taken against the spread of all settings' latencies together, the per-setting R² against one setting's.)`;
  return { rows, nPooledWorse, maxGapPts, text };
}
