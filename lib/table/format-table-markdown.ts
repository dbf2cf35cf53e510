import { checkTableSpec } from './check-table-spec.js';
import { formatColumnHeader } from './format-column-header.js';
import { formatTableCell } from './format-table-cell.js';
import type { TableSpec } from './table-spec.js';

/**
 * Formats a table as a GitHub-flavoured Markdown pipe table followed by a pandoc-style
 * caption line `Table: <caption>` (omitted when the caption is empty). Headers are
 * `label (unit)`; columns whose non-empty cells are all numbers are right-aligned; numbers
 * use each column's fixed digits; '|' is escaped and line breaks become `<br>`.
 *
 * @param table the table
 * @returns the Markdown text, ending in '\n'
 * @throws {Error} `formatTableMarkdown requires ...` when the table is malformed
 * @example
 * formatTableMarkdown({ id: 't', caption: 'Fits', columns: [{ key: 'c1', label: 'C1', unit: 's', digits: 2 }], rows: [{ c1: 0.5 }] });
 * // '| C1 (s) |\n| ---: |\n| 0.50 |\n\nTable: Fits\n'
 */
export function formatTableMarkdown(table: TableSpec): string {
  checkTableSpec(table, 'formatTableMarkdown');
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const align = table.columns.map((c) => (isNumericColumn(table, c.key) ? '---:' : '---'));
  const lines = [line(table.columns.map((c) => escapeMarkdownCell(formatColumnHeader(c)))), line(align)];
  for (const row of table.rows) {
    lines.push(line(table.columns.map((c) => escapeMarkdownCell(formatTableCell(row[c.key], c)))));
  }
  let text = lines.join('\n') + '\n';
  if (table.caption !== '') text += `\nTable: ${table.caption.replace(/\s*\r?\n\s*/g, ' ')}\n`;
  return text;
}

function isNumericColumn(table: TableSpec, key: string): boolean {
  const values = table.rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
  return values.length > 0 && values.every((v) => typeof v === 'number');
}

function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
