import { displayMimeBundle } from './display-mime-bundle.js';
import { checkTableSpec } from '../table/check-table-spec.js';
import { formatTableHtml } from '../table/format-table-html.js';
import { formatTableMarkdown } from '../table/format-table-markdown.js';
import type { TableSpec } from '../table/table-spec.js';

/**
 * Shows a table in a tslab notebook cell: HTML (formatTableHtml), with its Markdown text
 * (formatTableMarkdown) as the text/markdown and text/plain alternatives. Writes no file.
 *
 * @param table the table
 * @throws {Error} `showTable requires ...` for a malformed table;
 *   `displayMimeBundle requires a running tslab kernel` outside a notebook
 * @example
 * // in a notebook cell
 * showTable(coefficientsTable(fits));
 */
export function showTable(table: TableSpec): void {
  checkTableSpec(table, 'showTable');
  const markdown = formatTableMarkdown(table);
  displayMimeBundle({ 'text/html': formatTableHtml(table), 'text/markdown': markdown, 'text/plain': markdown });
}
