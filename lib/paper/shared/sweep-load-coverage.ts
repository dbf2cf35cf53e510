import type { TidyRow } from '../../data/tidy-schema.js';
import { CONFIG_KEYS } from '../../data/tidy-schema.js';
import type { ExclusionOptions } from '../../fit/exclude-saturated.js';
import { excludeSaturated } from '../../fit/exclude-saturated.js';
import { groupRows } from '../../data/verbs/group-rows.js';
import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import { naturalCompare } from '../../util/natural-compare.js';
import { modelLabels } from './model-labels.js';

/** How far the kept benchmarks of one model's sweeps at one decode length go up the load curve. */
export interface SweepLoadCoverageRow {
  /** Model label ({@link modelLabels} of verifier, drafter, hardware; a baseline joins its verifier's label). */
  model: string;
  /** Decode (output) tokens per request. */
  decodeTokens: number;
  /** Sweeps with a synchronous row and at least one kept open-loop row. */
  sweeps: number;
  /**
   * Median over those sweeps of the highest utilisation reached, u = 1 − L_sync / L_max
   * (dimensionless): Eq. 1 gives L = C1 / (1 − RPS·C2) and the synchronous latency is about C1,
   * so u is RPS·C2 at the highest-latency open-loop row kept by the exclusion rules.
   */
  medianUtilisation: number;
  /** Median over the kept open-loop rows of measured_rps / rate_rps: completed requests per request sent. */
  medianCompletedRatio: number;
  /** The smallest such ratio. */
  minCompletedRatio: number;
  /** The longest mean latency among the kept open-loop rows (s). */
  maxLatencyS: number;
}

/** Options of {@link sweepLoadCoverage}. */
export interface SweepLoadCoverageOptions {
  /** Saturation rules, as given to the fits (default excludeSaturated's defaults; false keeps every usable row). */
  exclusion?: ExclusionOptions | false;
}

/**
 * Which part of the load range a set of sweeps measures, per model and decode length: a sweep
 * whose highest kept rate raises latency only a little above the synchronous latency (small u)
 * determines C2 poorly, and when a benchmark is short next to the latency, the completed-request
 * rate falls below the rate requests were sent at (measured_rps < rate_rps; only requests that
 * finish inside the window count). Both are properties of the measurement, not of any fit: the
 * function reads the rows only, after the same exclusion rules the fits use. Open-loop rows
 * without a target rate count for u but not for the completed ratio.
 *
 * @param rows tidy rows of any systems and lengths
 * @param options exclusion rules
 * @returns one row per (model, decode length), models in natural order then decode length, and a
 *   markdown list with one line per decode length summarising the models
 * @throws {Error} `sweepLoadCoverage requires ...` for rows that are not an array or no sweep with a synchronous and a kept open-loop row
 * @example
 * sweepLoadCoverage(simRows, { exclusion: { minRateRatio: null } }).rows[0];
 * // { model: 'Qwen3-8B', decodeTokens: 256, sweeps: 72, medianUtilisation: 0.6, medianCompletedRatio: 0.96, ... }
 */
export function sweepLoadCoverage(rows: readonly TidyRow[], options: SweepLoadCoverageOptions = {}): { rows: SweepLoadCoverageRow[]; text: string } {
  const fn = 'sweepLoadCoverage';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of tidy rows`);
  return sweepLoadCoverageCore(rows, options.exclusion ?? {});
}

function sweepLoadCoverageCore(rows: readonly TidyRow[], exclusion: ExclusionOptions | false): { rows: SweepLoadCoverageRow[]; text: string } {
  const kept = exclusion === false ? rows.filter((r) => r.strategy !== 'throughput') : excludeSaturated(rows, exclusion).kept;
  const sweeps = groupRows(kept, CONFIG_KEYS);
  // A baseline sweep (drafter '') is labelled like its verifier's speculative systems on the same hardware.
  const labels = modelLabels(sweeps.map((s) => s.key));
  type Acc = { u: number[]; ratios: number[]; maxLatencyS: number };
  const acc = new Map<string, Acc>();
  sweeps.forEach((sweep, i) => {
    const sync = sweep.rows.find((r) => r.strategy === 'synchronous');
    const open = sweep.rows.filter((r) => (r.strategy === 'constant' || r.strategy === 'poisson') && r.mean_latency_s > 0);
    if (!sync || !(sync.mean_latency_s > 0) || open.length === 0) return;
    const lMax = Math.max(...open.map((r) => r.mean_latency_s));
    const key = `${labels[i]}\u0000${sweep.key.decode_tokens as number}`;
    const a = acc.get(key) ?? { u: [], ratios: [], maxLatencyS: 0 };
    a.u.push(Math.max(0, 1 - sync.mean_latency_s / lMax));
    for (const r of open) if (typeof r.rate_rps === 'number' && r.rate_rps > 0) a.ratios.push(r.measured_rps / r.rate_rps);
    a.maxLatencyS = Math.max(a.maxLatencyS, lMax);
    acc.set(key, a);
  });
  if (acc.size === 0) throw new Error('sweepLoadCoverage requires at least one sweep with a synchronous row and a kept open-loop row');
  const out: SweepLoadCoverageRow[] = [...acc.entries()]
    .map(([key, a]) => {
      const [model, decode] = key.split('\u0000');
      return {
        model,
        decodeTokens: Number(decode),
        sweeps: a.u.length,
        medianUtilisation: median(a.u),
        medianCompletedRatio: median(a.ratios),
        minCompletedRatio: a.ratios.length > 0 ? Math.min(...a.ratios) : NaN,
        maxLatencyS: a.maxLatencyS,
      };
    })
    .sort((x, y) => naturalCompare(x.model, y.model) || x.decodeTokens - y.decodeTokens);
  const decodes = [...new Set(out.map((r) => r.decodeTokens))].sort((a, b) => a - b);
  const range = (values: number[], scale: number, unit: string): string => {
    const finite = values.filter(Number.isFinite);
    if (finite.length === 0) return 'n/a';
    const lo = formatNumber(Math.min(...finite) * scale, 2);
    const hi = formatNumber(Math.max(...finite) * scale, 2);
    return lo === hi ? `${lo}${unit}` : `${lo}–${hi}${unit}`;
  };
  const lowest = (values: number[]): string => {
    const finite = values.filter(Number.isFinite);
    return finite.length === 0 ? 'n/a' : `${formatNumber(Math.min(...finite) * 100, 2)}%`;
  };
  const text = decodes
    .map((g) => {
      const mine = out.filter((r) => r.decodeTokens === g);
      const ratios = mine.map((r) => r.medianCompletedRatio);
      return (
        `- decode ${g} (${mine.length} model(s)): median utilisation reached u = ${range(mine.map((r) => r.medianUtilisation), 1, '')}; ` +
        (ratios.some(Number.isFinite)
          ? `completed/sent ${range(ratios, 100, '%')} (median per model), lowest ${lowest(mine.map((r) => r.minCompletedRatio))}; `
          : 'completed/sent unknown (no target rates); ') +
        `mean latencies up to ${formatNumber(Math.max(...mine.map((r) => r.maxLatencyS)), 2)} s.`
      );
    })
    .join('\n');
  return { rows: out, text };
}
