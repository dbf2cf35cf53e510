import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatTidyCsv } from '../data/formats/tidy-csv/format-tidy-csv.js';
import type { TidyRow } from '../data/tidy-schema.js';

/**
 * Writes simulated tidy rows as a CSV file (formatTidyCsv: the tidy columns, then the
 * simulator's extra columns), creating the folder if needed.
 *
 * @param rows the rows (e.g. from buildSimTidyRows or runGrid)
 * @param file the CSV path
 * @returns the absolute path written
 * @throws {Error} `writeSimTidy requires an array of rows`; file-system errors
 * @example
 * writeSimTidy(buildSimTidyRows(sweep), 'out/sim/sim-tidy.csv');
 */
export function writeSimTidy(rows: readonly TidyRow[], file: string): string {
  if (!Array.isArray(rows)) throw new Error('writeSimTidy requires an array of rows');
  const abs = path.resolve(file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, formatTidyCsv(rows));
  return abs;
}
