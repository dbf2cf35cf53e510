import { checkTableSpec } from './check-table-spec.js';
import { formatColumnHeader } from './format-column-header.js';
import { formatTableCell } from './format-table-cell.js';
import type { TableSpec } from './table-spec.js';

/**
 * Formats a table as CSV (RFC 4180): a header row of `label (unit)`, then one line per row,
 * numbers with each column's fixed digits, empty cells for null / undefined / NaN. Fields
 * holding a comma, a double quote, a line break or edge spaces are quoted, quotes doubled.
 * Lines end in '\n', including the last. The caption is not part of the CSV.
 *
 * @param table the table
 * @returns the CSV text
 * @throws {Error} `formatTableCsv requires ...` when the table is malformed
 * @example
 * formatTableCsv({ id: 't', caption: '', columns: [{ key: 'x', label: 'x', unit: 's', digits: 1 }], rows: [{ x: 1.25 }] });
 * // 'x (s)\n1.3\n'  (toFixed rounding)
 */
export function formatTableCsv(table: TableSpec): string {
  checkTableSpec(table, 'formatTableCsv');
  const lines = [table.columns.map((c) => quoteCsvField(formatColumnHeader(c))).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => quoteCsvField(formatTableCell(row[c.key], c))).join(','));
  }
  return lines.join('\n') + '\n';
}

function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
