import { formatNumber } from '../../util/format-number.js';
import { PAPER_REPORTED_VALUES } from '../shared/paper-reported-values.js';
import type { MoeR2TableRow } from './moe-r2-table.js';

/** Options of {@link moeR2Comparison}. */
export interface MoeR2ComparisonOptions {
  /** The setting scored as the paper scores (e.g. 'T = B·(k+1), lower-load half'). */
  main: string;
  /** The setting with the other routed-token assumption (e.g. 'T = B·k, lower-load half'), when present. */
  alternative?: string;
}

/**
 * Sentences holding this project's MoE R² against the paper's (PAPER_REPORTED_VALUES): per model,
 * the plain Eq. 1 and corrected Eq. 4 R² of the main setting next to the paper's, and the
 * corrected R² under the alternative routed-token assumption; then whether the correction
 * improves every model as in the paper, and whether our plain fit is better or worse than the
 * paper's (i.e. whether the data show less or more MoE curvature than the paper's measurements).
 *
 * @param rows moeR2Table rows with settings (moeR2Rows), including the main (and alternative) setting
 * @param options main and alternative setting labels
 * @returns markdown, one bullet per model and a closing sentence
 * @throws {Error} `moeR2Comparison requires ...` for no rows of the main setting
 * @example
 * moeR2Comparison(rows, { main: 'T = B·(k+1), lower-load half', alternative: 'T = B·k, lower-load half' });
 */
export function moeR2Comparison(rows: readonly MoeR2TableRow[], options: MoeR2ComparisonOptions): string {
  const fn = 'moeR2Comparison';
  if (!Array.isArray(rows)) throw new Error(`${fn} requires an array of rows`);
  const main = rows.filter((r) => r.setting === options?.main);
  if (main.length === 0) throw new Error(`${fn} requires rows of the main setting ${String(options?.main)}`);
  const f = (x: number): string => formatNumber(x, 4); // R² near 1: four significant digits
  const norm = (name: string): string => name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  let improved = 0;
  let plainAbove = 0;
  let plainBelow = 0;
  let matched = 0;
  const lines = main.map((r) => {
    const paper = PAPER_REPORTED_VALUES.moeR2.find((p) => norm(p.model) === norm(r.model));
    const alt = options.alternative !== undefined ? rows.find((x) => x.model === r.model && x.setting === options.alternative) : undefined;
    if (r.correctedR2 > r.plainR2) improved += 1;
    let text = `- **${r.model}**: plain Eq. 1 R² ${f(r.plainR2)} → corrected Eq. 4 ${f(r.correctedR2)}`;
    if (paper) {
      matched += 1;
      if (r.plainR2 > paper.plainR2) plainAbove += 1;
      else plainBelow += 1;
      text += ` (paper: ${f(paper.plainR2)} → ${f(paper.correctedR2)})`;
    } else {
      text += ' (not in the paper)';
    }
    if (alt) {
      const better = alt.correctedR2 > r.correctedR2 ? 'better than' : alt.correctedR2 < r.correctedR2 ? 'worse than' : 'the same as';
      text += `; with ${options.alternative}: corrected ${f(alt.correctedR2)} (${better} ${options.main})`;
    }
    return `${text}.`;
  });
  lines.push(
    '',
    `The correction improves R² for ${improved} of ${main.length} models${improved === main.length ? ', as in the paper' : ', unlike the paper (it improves all three)'}. ` +
      (matched > 0
        ? `Our plain Eq. 1 fit scores higher than the paper's for ${plainAbove} of ${matched} models and lower for ${plainBelow}: ` +
          (plainAbove > plainBelow
            ? 'the simulated MoE curves bend less away from Eq. 1 than the paper\'s measurements.'
            : plainBelow > plainAbove
              ? 'the simulated MoE curves bend more away from Eq. 1 than the paper\'s measurements.'
              : 'about as much MoE curvature as the paper measured.')
        : ''),
  );
  return lines.join('\n');
}
