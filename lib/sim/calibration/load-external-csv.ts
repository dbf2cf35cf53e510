import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseExternalCsv } from './parse-external-csv.js';

/**
 * Reads one of the public-measurement CSV files of data/external (plain CSV: a header row,
 * comma-separated cells, no quoting) into one object per data row, keyed by the header. Cells
 * that read as finite numbers become numbers, other cells stay strings, empty cells become null
 * (the parsing is parseExternalCsv's, shared with the simulator calibration).
 *
 * @param file path of the CSV file
 * @returns the rows, in file order
 * @throws {Error} `loadExternalCsv requires a file path` for a bad argument;
 *   `loadExternalCsv: <file>: <problem>` when the file cannot be read; parseExternalCsv's
 *   `parseExternalCsv: <file>: line <n>: ...` for a row whose cell count differs from the header's
 * @example
 * const rows = await loadExternalCsv('data/external/magicdec-batch-latency.csv');
 * rows[0].batch_size; // 32
 */
export async function loadExternalCsv(file: string): Promise<Array<Record<string, string | number | null>>> {
  if (typeof file !== 'string' || file === '') throw new Error('loadExternalCsv requires a file path');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`loadExternalCsv: ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseExternalCsv(text, path.basename(file));
}
