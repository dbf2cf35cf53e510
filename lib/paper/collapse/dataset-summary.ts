import type { TidyRow } from '../../data/tidy-schema.js';
import { CONFIG_KEYS } from '../../data/tidy-schema.js';
import { formatNumber } from '../../util/format-number.js';
import { naturalCompare } from '../../util/natural-compare.js';

/** What a set of tidy rows covers, see {@link datasetSummary}. */
export interface DatasetSummary {
  nRows: number;
  /** Distinct configurations (CONFIG_KEYS). */
  nConfigs: number;
  verifiers: string[];
  drafters: string[];
  hardware: string[];
  /** Distinct (prefill, decode) token pairs, as 'P/G'. */
  lengths: string[];
  /** Distinct draft lengths of speculative rows (k >= 1), ascending. */
  ks: number[];
  /** Distinct known alphas, ascending. */
  alphas: number[];
  /** Rows without speculative decoding (k = 0), and their configurations. */
  nBaselineRows: number;
  nBaselineConfigs: number;
  /** Rows per load strategy. */
  strategies: Record<string, number>;
  /** One Markdown paragraph describing the above. */
  text: string;
}

/**
 * Describes what a data set holds (for a notebook's first computed sentence): rows,
 * configurations, verifiers, drafters, hardware, prefill/decode lengths, k and alpha grids, how
 * many rows run without speculative decoding, and the load strategies.
 *
 * @param rows tidy rows
 * @param dataLabel the data set's name in the sentence, e.g. 'the real vLLM data'
 * @returns the summary
 * @throws {Error} `datasetSummary requires a non-empty array of tidy rows`
 * @example
 * datasetSummary(await loadSpeculatorsScaling(), 'the real data').nBaselineRows; // 0
 */
export function datasetSummary(rows: readonly TidyRow[], dataLabel = 'the data'): DatasetSummary {
  if (!Array.isArray(rows as unknown) || rows.length === 0) throw new Error('datasetSummary requires a non-empty array of tidy rows');
  const distinct = <T>(values: T[]): T[] => [...new Set(values)];
  const strings = (values: unknown[]): string[] => distinct(values.map((v) => String(v))).sort(naturalCompare);
  const configs = new Set(rows.map((r) => JSON.stringify(CONFIG_KEYS.map((k) => r[k]))));
  const baseline = rows.filter((r) => r.k === 0);
  const baselineConfigs = new Set(baseline.map((r) => JSON.stringify(CONFIG_KEYS.map((k) => r[k]))));
  const ks = distinct(rows.filter((r) => r.k >= 1).map((r) => r.k)).sort((a, b) => a - b);
  const alphas = distinct(rows.flatMap((r) => (typeof r.alpha === 'number' ? [r.alpha] : []))).sort((a, b) => a - b);
  const lengths = distinct(rows.map((r) => `${r.prefill_tokens}/${r.decode_tokens}`)).sort(naturalCompare);
  const strategies: Record<string, number> = {};
  for (const r of rows) strategies[r.strategy] = (strategies[r.strategy] ?? 0) + 1;
  const verifiers = strings(rows.map((r) => r.verifier));
  const drafters = strings(rows.filter((r) => r.drafter !== '').map((r) => r.drafter));
  const hardware = strings(rows.map((r) => r.hardware));
  const list = (v: (string | number)[]): string => (v.length > 0 ? v.join(', ') : 'none');
  const text =
    `${dataLabel[0].toUpperCase()}${dataLabel.slice(1)} hold ${rows.length} benchmark rows in ${configs.size} configurations: ` +
    `verifiers ${list(verifiers)}; drafters ${list(drafters)}; hardware ${list(hardware)}; prefill/decode tokens ${list(lengths)}; ` +
    `k ∈ {${ks.join(', ')}}; α ∈ {${alphas.map((a) => formatNumber(a, 3)).join(', ')}}. ` +
    (baseline.length === 0
      ? 'No row runs without speculative decoding (k = 0): there is no measured baseline. '
      : `${baseline.length} rows in ${baselineConfigs.size} configurations run without speculative decoding (k = 0). `) +
    `Load strategies: ${Object.entries(strategies)
      .sort((a, b) => naturalCompare(a[0], b[0]))
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}.`;
  return {
    nRows: rows.length,
    nConfigs: configs.size,
    verifiers,
    drafters,
    hardware,
    lengths,
    ks,
    alphas,
    nBaselineRows: baseline.length,
    nBaselineConfigs: baselineConfigs.size,
    strategies,
    text,
  };
}
