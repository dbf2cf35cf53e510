import type { TableSpec } from './table-spec.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Checks that a value is a well-formed {@link TableSpec}: a safe id, a caption string,
 * at least one column with a unique non-empty key, digits an integer in 0..20, rows objects.
 *
 * @param table the value to check
 * @param functionName the public function asking, used as the start of error messages
 * @throws {Error} `<functionName> requires ...` naming the first problem found
 * @example
 * checkTableSpec({ id: 't1', caption: '', columns: [{ key: 'a', label: 'A' }], rows: [] }, 'writeTable');
 */
export function checkTableSpec(table: TableSpec, functionName: string): void {
  if (table === null || typeof table !== 'object') {
    throw new Error(`${functionName} requires a table object`);
  }
  if (typeof table.id !== 'string' || !ID_PATTERN.test(table.id)) {
    throw new Error(
      `${functionName} requires an id of letters, digits, '.', '_' or '-', got ${JSON.stringify(table.id)}`,
    );
  }
  if (typeof table.caption !== 'string') {
    throw new Error(`${functionName} requires a caption string (table ${table.id})`);
  }
  if (!Array.isArray(table.columns) || table.columns.length === 0) {
    throw new Error(`${functionName} requires at least one column (table ${table.id})`);
  }
  const keys = new Set<string>();
  table.columns.forEach((column, i) => {
    if (column === null || typeof column !== 'object' || typeof column.key !== 'string' || column.key === '') {
      throw new Error(`${functionName} requires columns[${i}].key to be a non-empty string (table ${table.id})`);
    }
    if (keys.has(column.key)) {
      throw new Error(`${functionName} requires unique column keys, '${column.key}' repeats (table ${table.id})`);
    }
    keys.add(column.key);
    if (typeof column.label !== 'string') {
      throw new Error(`${functionName} requires columns[${i}].label to be a string (table ${table.id})`);
    }
    if (column.unit !== undefined && typeof column.unit !== 'string') {
      throw new Error(`${functionName} requires columns[${i}].unit to be a string (table ${table.id})`);
    }
    if (
      column.digits !== undefined &&
      !(Number.isInteger(column.digits) && column.digits >= 0 && column.digits <= 20)
    ) {
      throw new Error(`${functionName} requires columns[${i}].digits to be an integer in 0..20 (table ${table.id})`);
    }
  });
  if (!Array.isArray(table.rows)) {
    throw new Error(`${functionName} requires rows to be an array (table ${table.id})`);
  }
  table.rows.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new Error(`${functionName} requires rows[${i}] to be an object (table ${table.id})`);
    }
  });
}
