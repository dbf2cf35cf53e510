import type { TableColumn } from './table-spec.js';

/**
 * Formats one table cell as plain text: numbers with the column's fixed `digits` (negative
 * zero printed as zero), null / undefined / NaN as '', booleans and strings as they are,
 * Dates as ISO 8601, other objects as JSON. No escaping: each output format escapes.
 *
 * @param value the cell value (any type)
 * @param column the column it belongs to (only `digits` is used)
 * @returns the cell text
 * @example
 * formatTableCell(2.34567, { key: 'c1', label: 'C1', digits: 2 }); // '2.35'
 * formatTableCell(null, { key: 'c1', label: 'C1' }); // ''
 */
export function formatTableCell(value: unknown, column: TableColumn): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    if (column.digits === undefined) return String(value);
    const text = value.toFixed(column.digits);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
