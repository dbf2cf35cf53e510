import type { TidyRow } from '../../data/tidy-schema.js';
import type { Eq1Fit } from '../../fit/fit-eq1.js';
import type { GroupFit } from '../../fit/fit-groups.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { groupLabel } from '../shared/group-label.js';

/** The measured throughput of one configuration against its fitted saturation rate. */
export interface ThroughputFraction {
  group: string;
  /** The fit's group label. */
  label: string;
  /** Largest measured rate of the configuration's `throughput` rows (requests/s). */
  throughputRps: number;
  /** Fitted C2 (s per concurrent request). */
  c2: number;
  /** throughputRps × C2 = measured throughput / (1/C2) (dimensionless). */
  fraction: number;
}

/** Per-group summary of {@link ThroughputFraction}s. */
export interface ThroughputFractionGroup {
  group: string;
  n: number;
  median: number;
  min: number;
  max: number;
}

/** The result of {@link throughputFractions}. */
export interface ThroughputFractions {
  configs: ThroughputFraction[];
  groups: ThroughputFractionGroup[];
  /** Markdown list, one line per group. */
  text: string;
}

/**
 * How close each configuration's measured throughput gets to the saturation rate 1/C2 its Eq. 1
 * fit implies: the fraction = (largest `throughput` row rate) × C2. Eq. 1 has latency diverge at
 * 1/C2; a server that tops out well below it (fraction < 1) saturates for another reason (e.g. the
 * concurrency cap, KV-cache capacity or preemption), so the curve's pole is an extrapolation.
 * The `throughput` rows are found among each fit's used and excluded points (fits exclude them).
 *
 * @param rows the tidy rows the fits were made from
 * @param fits fitGroups(rows, { model: 'eq1' }) output; failed fits and fits without a throughput row are skipped
 * @param groupBy key column of the summary (default 'verifier')
 * @returns per-configuration fractions, per-group median/min/max and sentences
 * @throws {Error} `throughputFractions requires ...` for non-arrays, an index outside rows, a key lacking groupBy
 * @example
 * throughputFractions(rows, fitGroups(rows, { model: 'eq1' })).groups[0]; // { group: 'Qwen3-0.6B', median: 0.73, ... }
 */
export function throughputFractions(
  rows: readonly TidyRow[],
  fits: readonly GroupFit<Pick<Eq1Fit, 'c2' | 'points' | 'excluded'>>[],
  groupBy = 'verifier',
): ThroughputFractions {
  if (!Array.isArray(rows as unknown)) throw new Error('throughputFractions requires an array of tidy rows');
  if (!Array.isArray(fits as unknown)) throw new Error('throughputFractions requires an array of group fits');
  const configs: ThroughputFraction[] = [];
  fits.forEach((g, i) => {
    if (g.fit === null) return;
    if (!g.key || !(groupBy in g.key)) throw new Error(`throughputFractions requires fits[${i}].key.${groupBy}`);
    const indices = [...g.fit.points.map((p) => p.index), ...g.fit.excluded.map((e) => e.index)];
    let best = -Infinity;
    for (const index of indices) {
      const row = rows[index];
      if (row === undefined) throw new Error(`throughputFractions requires the rows the fits were made from: index ${index} is outside ${rows.length} rows`);
      if (row.strategy === 'throughput' && Number.isFinite(row.measured_rps) && row.measured_rps > best) best = row.measured_rps;
    }
    if (!(best > 0)) return;
    configs.push({ group: groupLabel(groupBy, g.key[groupBy]), label: g.label, throughputRps: best, c2: g.fit.c2, fraction: best * g.fit.c2 });
  });
  const byGroup = new Map<string, number[]>();
  for (const c of configs) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c.fraction]);
  const groups = [...byGroup.entries()]
    .sort((a, b) => naturalCompare(a[0], b[0]))
    .map(([group, v]) => ({ group, n: v.length, median: median(v), min: Math.min(...v), max: Math.max(...v) }));
  const text = groups
    .map((s) => `- **${s.group}**: measured throughput reaches ${formatNumber(s.median, 2)} of 1/C2 (median of ${s.n}; range ${formatNumber(s.min, 2)}–${formatNumber(s.max, 2)}).`)
    .join('\n');
  return { configs, groups, text };
}
