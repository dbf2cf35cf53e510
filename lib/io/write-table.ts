import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTableSpec } from '../table/check-table-spec.js';
import { formatTableCsv } from '../table/format-table-csv.js';
import { formatTableMarkdown } from '../table/format-table-markdown.js';
import type { TableSpec } from '../table/table-spec.js';

/** Options of {@link writeTable}. */
export interface WriteTableOptions {
  /** Default 'out/tables'. */
  outDir?: string;
}

/**
 * Writes a table as `<id>.csv` (formatTableCsv), `<id>.md` (formatTableMarkdown) and
 * `<id>.json` (the TableSpec itself, full precision; out/index.html is built from it).
 *
 * @param table the table
 * @param options the output folder
 * @returns the absolute paths written: json, csv, md
 * @throws {Error} `writeTable requires ...` when the table is malformed
 * @example
 * writeTable(coefficientsTable, { outDir: 'out/tables' });
 * // ['/abs/out/tables/tab01-coefficients.json', '.../tab01-coefficients.csv', '.../tab01-coefficients.md']
 */
export function writeTable(table: TableSpec, options: WriteTableOptions = {}): string[] {
  checkTableSpec(table, 'writeTable');
  const outDir = path.resolve(options.outDir ?? 'out/tables');
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, table.id);
  const files: Array<[string, string]> = [
    [`${base}.json`, JSON.stringify(table, null, 1) + '\n'],
    [`${base}.csv`, formatTableCsv(table)],
    [`${base}.md`, formatTableMarkdown(table)],
  ];
  for (const [file, text] of files) fs.writeFileSync(file, text);
  return files.map(([file]) => file);
}
