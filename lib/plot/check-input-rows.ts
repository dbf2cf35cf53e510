/** What {@link checkInputRows} requires of each row. */
export interface InputRowRules {
  /** Fields that must be finite numbers. */
  numbers?: readonly string[];
  /** Fields that may be absent or null, but if present must be finite numbers. */
  optionalNumbers?: readonly string[];
  /** Fields that must be strings. */
  strings?: readonly string[];
  /** Fields that may be absent, but if present must be strings. */
  optionalStrings?: readonly string[];
  /** Fewest rows accepted (default 1). */
  minRows?: number;
}

/**
 * Checks the plain input rows of a figure or table builder: an array of objects whose named
 * fields have the right types. Shared by the figure and table builders of lib/paper so that every builder
 * rejects bad input with the same messages.
 *
 * @param fn the builder's name, used in messages
 * @param name the argument's name, e.g. 'points'
 * @param rows the value to check
 * @param rules the required fields and the minimum row count
 * @throws {Error} `<fn> requires <name> to be an array`, `<fn> requires at least <n> row(s) in <name>`,
 *   `<fn> requires <name>[i].<field> to be a finite number` (or `a string`)
 * @example
 * checkInputRows('collapseFigure', 'points', [{ x: 0.1, y: 1.2, group: 'a' }], { numbers: ['x', 'y'], strings: ['group'] });
 */
export function checkInputRows(fn: string, name: string, rows: unknown, rules: InputRowRules): void {
  if (!Array.isArray(rows)) throw new Error(`${fn} requires ${name} to be an array`);
  const minRows = rules.minRows ?? 1;
  if (rows.length < minRows) throw new Error(`${fn} requires at least ${minRows} row(s) in ${name}`);
  rows.forEach((row: unknown, i: number) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new Error(`${fn} requires ${name}[${i}] to be an object`);
    }
    const record = row as Record<string, unknown>;
    for (const field of rules.numbers ?? []) {
      if (!isFiniteNumber(record[field])) throw new Error(`${fn} requires ${name}[${i}].${field} to be a finite number`);
    }
    for (const field of rules.optionalNumbers ?? []) {
      const value = record[field];
      if (value !== undefined && value !== null && !isFiniteNumber(value)) {
        throw new Error(`${fn} requires ${name}[${i}].${field} to be a finite number or null`);
      }
    }
    for (const field of rules.strings ?? []) {
      if (typeof record[field] !== 'string') throw new Error(`${fn} requires ${name}[${i}].${field} to be a string`);
    }
    for (const field of rules.optionalStrings ?? []) {
      const value = record[field];
      if (value !== undefined && typeof value !== 'string') {
        throw new Error(`${fn} requires ${name}[${i}].${field} to be a string`);
      }
    }
  });
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}
