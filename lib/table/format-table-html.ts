import { checkTableSpec } from './check-table-spec.js';
import { formatColumnHeader } from './format-column-header.js';
import { formatTableCell } from './format-table-cell.js';
import type { TableSpec } from './table-spec.js';
import { escapeHtml } from '../util/escape-html.js';

/**
 * Formats a table as an HTML `<table>` fragment (no page around it) with the caption as
 * `<caption>`, headers `label (unit)`, numbers with each column's fixed digits and
 * right-aligned, every text HTML-escaped. Used by notebooks (showTable) and out/index.html.
 *
 * @param table the table
 * @returns the HTML fragment
 * @throws {Error} `formatTableHtml requires ...` when the table is malformed
 * @example
 * formatTableHtml({ id: 't', caption: 'Fits', columns: [{ key: 'n', label: 'n' }], rows: [{ n: 1 }] });
 * // '<table class="speclat-table" id="table-t">\n<caption>Fits</caption>\n...'
 */
export function formatTableHtml(table: TableSpec): string {
  checkTableSpec(table, 'formatTableHtml');
  const parts = [`<table class="speclat-table" id="table-${escapeHtml(table.id)}">`];
  if (table.caption !== '') parts.push(`<caption>${escapeHtml(table.caption)}</caption>`);
  parts.push(
    '<thead><tr>' + table.columns.map((c) => `<th>${escapeHtml(formatColumnHeader(c))}</th>`).join('') + '</tr></thead>',
  );
  parts.push('<tbody>');
  for (const row of table.rows) {
    const cells = table.columns.map((c) => {
      const value = row[c.key];
      const style = typeof value === 'number' ? ' style="text-align:right"' : '';
      return `<td${style}>${escapeHtml(formatTableCell(value, c))}</td>`;
    });
    parts.push(`<tr>${cells.join('')}</tr>`);
  }
  parts.push('</tbody>', '</table>');
  return parts.join('\n') + '\n';
}

