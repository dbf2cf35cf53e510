import { escapeHtml } from '../util/escape-html.js';
import type { ClaimCheck, ClaimData, ClaimDefinition, ClaimVerdict } from './claim-check.js';
import { CLAIM_DATA } from './claim-check.js';

const VERDICT_LABEL: Record<ClaimVerdict, string> = { holds: 'holds', partly: 'in part', fails: 'does not hold', untestable: 'not testable' };
const DATA_LABEL: Record<ClaimData, string> = { real: 'real measurements', simulated: 'simulated data', public: 'public measurements' };

/** CSS of the scorecard (one class per verdict). */
export const SCORECARD_CSS = [
  'table.scorecard{border-collapse:collapse;font-size:.9em;margin:1em 0;}',
  'table.scorecard th,table.scorecard td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left;}',
  '.verdict{font-weight:bold;white-space:nowrap;} .verdict-holds{color:#1a7f37;} .verdict-partly{color:#9a6700;}',
  '.verdict-fails{color:#cf222e;} .verdict-untestable{color:#57606a;} .unchecked{color:#8c959f;}',
].join('\n');

/**
 * The reproduction scorecard: one row per paper claim (the definitions' order, then any checked
 * claim the definitions do not list), one column per kind of data that was checked, each cell the
 * verdict, its evidence and a link to the figure or table that shows it.
 *
 * @param definitions the paper's claims in display order
 * @param checks the notebooks' verdicts
 * @param anchors page anchors of the figures and tables present, by id (e.g. 'figure-fig07')
 * @returns an HTML `<table class="scorecard">`, or '' when there is nothing to show
 * @example
 * scorecardHtml([{ id: 'fig1', figure: 'Fig. 1', statement: 'collapse' }], checks, new Map());
 */
export function scorecardHtml(definitions: readonly ClaimDefinition[], checks: readonly ClaimCheck[], anchors: ReadonlyMap<string, string>): string {
  if (definitions.length === 0 && checks.length === 0) return '';
  const known = new Set(definitions.map((d) => d.id));
  const rows: ClaimDefinition[] = [
    ...definitions,
    ...[...new Set(checks.map((c) => c.claim))].filter((id) => !known.has(id)).map((id) => ({ id, figure: '', statement: id })),
  ];
  const columns = CLAIM_DATA.filter((d) => checks.some((c) => c.data === d));
  if (columns.length === 0) columns.push('real', 'simulated');
  const cell = (claim: string, data: ClaimData): string => {
    const check = checks.find((c) => c.claim === claim && c.data === data);
    if (!check) return '<td class="unchecked">not checked</td>';
    const anchor = check.figure === null ? undefined : anchors.get(check.figure);
    const link = anchor ? ` <a href="#${escapeHtml(anchor)}">${escapeHtml(check.figure!)}</a>` : check.figure ? ` (${escapeHtml(check.figure)})` : '';
    return (
      `<td><span class="verdict verdict-${check.verdict}">${VERDICT_LABEL[check.verdict]}</span>: ` +
      `${escapeHtml(check.evidence)}${link} <span class="files">[${escapeHtml(check.notebook)}]</span></td>`
    );
  };
  return [
    '<table class="scorecard">',
    `<thead><tr><th>paper</th><th>claim</th>${columns.map((d) => `<th>${DATA_LABEL[d]}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((d) => `<tr><td>${escapeHtml(d.figure)}</td><td>${escapeHtml(d.statement)}</td>${columns.map((c) => cell(d.id, c)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}
