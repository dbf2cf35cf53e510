import { formatNumber } from '../../util/format-number.js';
import { median } from '../../util/median.js';
import type { FitQualityTableRow } from '../shared/fit-quality-table.js';
import { groupLabel } from '../shared/group-label.js';
import type { TailFit } from './tail-fits.js';

/** The result of {@link tailSummary}. */
export interface TailSummary {
  /** fitQualityTable rows: per (statistic, method) and model the median R² and MAPE over configurations. */
  rows: FitQualityTableRow[];
  /** Markdown list: per statistic, the three methods over all configurations, and the scale factors. */
  text: string;
}

const METHODS = [
  { key: 'refit', name: 'Eq. 1 refitted to the statistic' },
  { key: 'scaled', name: 'mean model × one factor per configuration' },
  { key: 'unscaled', name: 'mean model unchanged' },
] as const;

/**
 * Summarises tailFits per statistic, method and model (the `column` value of the fit keys):
 * median R² and median MAPE (%) over configurations, with the number of configurations in the
 * model label and the points in n; and sentences over all configurations.
 *
 * @param fits tailFits output
 * @param column key column naming the model (default 'verifier')
 * @returns table rows (figure column: '<stat>: <method>') and sentences
 * @throws {Error} `tailSummary requires a non-empty array of tail fits`
 * @example
 * tailSummary(tailFits(rows, fits)).rows[0]; // { figure: 'p95: Eq. 1 refitted to the statistic', model: 'Qwen3-0.6B (48 configurations)', r2: 0.98, ... }
 */
export function tailSummary(fits: readonly TailFit[], column = 'verifier'): TailSummary {
  if (!Array.isArray(fits as unknown) || fits.length === 0) throw new Error('tailSummary requires a non-empty array of tail fits');
  const rows: FitQualityTableRow[] = [];
  const lines: string[] = [];
  const statistics = [...new Set(fits.map((f) => f.statistic))].sort();
  for (const statistic of statistics) {
    const ofStat = fits.filter((f) => f.statistic === statistic);
    const models = [...new Set(ofStat.map((f) => groupLabel(column, f.key?.[column])))];
    for (const m of METHODS) {
      for (const model of models) {
        const fs = ofStat.filter((f) => groupLabel(column, f.key?.[column]) === model);
        const q = fs.map((f) => f[m.key]).filter((v): v is NonNullable<typeof v> => v !== null);
        if (q.length === 0) continue;
        rows.push({
          figure: `${statistic}: ${m.name}`,
          model: `${model} (${q.length} configurations)`,
          r2: median(q.map((v) => v.r2)),
          mapePct: median(q.map((v) => v.mapePct)),
          n: fs.reduce((s, f) => s + f.n, 0),
        });
      }
    }
    const all = (key: (typeof METHODS)[number]['key']) => ofStat.map((f) => f[key]).filter((v): v is NonNullable<typeof v> => v !== null);
    const parts = METHODS.map((m) => {
      const q = all(m.key);
      return `${m.name}: median R² ${formatNumber(median(q.map((v) => v.r2)), 3)}, median MAPE ${formatNumber(median(q.map((v) => v.mapePct)), 3)}%`;
    });
    const factors = ofStat.map((f) => f.scaled.factor);
    const failed = ofStat.filter((f) => f.refit === null).length;
    lines.push(
      `- **${statistic}** (${ofStat.length} configurations): ${parts.join('; ')}. ` +
        `The factor ${statistic} / mean model has median ${formatNumber(median(factors), 3)} (range ${formatNumber(Math.min(...factors), 3)}–${formatNumber(Math.max(...factors), 3)})` +
        (failed > 0 ? `; ${failed} refits failed.` : '.'),
    );
  }
  return { rows, text: lines.join('\n') };
}
