import type { ColumnTable } from 'arquero';
import { table } from 'arquero';
import type { TidyRow } from './tidy-schema.js';
import { TIDY_COLUMNS } from './tidy-schema.js';

/**
 * Builds an arquero table from tidy rows: the TIDY_COLUMNS in their public order, then every
 * extra column in the order first seen; a row without an extra column gets null there.
 * An empty input gives a table with the tidy columns and no rows.
 *
 * @param rows the rows
 * @returns the arquero ColumnTable
 * @throws {Error} `toTable requires an array of rows`
 * @example
 * toTable(rows).groupby('verifier').count().objects();
 */
export function toTable(rows: readonly TidyRow[]): ColumnTable {
  if (!Array.isArray(rows)) throw new Error('toTable requires an array of rows');
  const names: string[] = [...TIDY_COLUMNS];
  const known = new Set(names);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        names.push(key);
      }
    }
  }
  const columns: Record<string, unknown[]> = {};
  for (const name of names) columns[name] = rows.map((row) => (row[name] === undefined ? null : row[name]));
  return table(columns, names);
}
