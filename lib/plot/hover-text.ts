import { formatNumber } from '../util/format-number.js';

/**
 * One point's hover text: `label: value` lines joined with Plotly's `<br>`, numbers with
 * {@link formatNumber}. Entries whose value is undefined or null are left out.
 *
 * @param entries [label, value] pairs; a label may carry its unit, e.g. 'L (s)'
 * @returns the text for a trace's `text` array (used with hovertemplate '%{text}<extra></extra>')
 * @example
 * hoverText([['verifier', 'Qwen3-8B'], ['RPS (requests/s)', 2.345]]); // 'verifier: Qwen3-8B<br>RPS (requests/s): 2.35'
 */
export function hoverText(entries: ReadonlyArray<readonly [string, string | number | null | undefined]>): string {
  return entries
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([label, value]) => `${label}: ${typeof value === 'number' ? formatNumber(value) : value}`)
    .join('<br>');
}
