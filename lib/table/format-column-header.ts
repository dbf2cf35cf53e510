import type { TableColumn } from './table-spec.js';

/**
 * The header text of a table column: its label, followed by its unit in parentheses
 * when it has one.
 *
 * @param column the column
 * @returns e.g. 'C1 (s)' or 'verifier'
 * @example
 * formatColumnHeader({ key: 'c1', label: 'C1', unit: 's' }); // 'C1 (s)'
 */
export function formatColumnHeader(column: TableColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}
