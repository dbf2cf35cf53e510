import { checkTidyRow } from './check-tidy-row.js';
import { collectRows } from './collect-rows.js';
import type { MeasurementConfig } from './measurement-config.js';
import { mergeMeasurementConfig } from './measurement-config.js';
import type { CheckedParseOptions, ParseOptions } from './parse-options.js';
import { checkParseOptions } from './parse-options.js';
import type { CsvRecord } from './split-csv.js';
import { splitCsv } from './split-csv.js';
import type { Strategy, TidyRow } from './tidy-schema.js';
import { TIDY_COLUMNS } from './tidy-schema.js';

const FN = 'parseTidyCsv';
const STRING_COLUMNS = new Set(['verifier', 'drafter', 'hardware', 'strategy', 'source']);
const REQUIRED_NUMBERS = new Set([
  'prefill_tokens',
  'decode_tokens',
  'k',
  'measured_rps',
  'mean_latency_s',
  'completed',
  'errored',
]);
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses speclat's tidy CSV (as written by formatTidyCsv): a header holding every column of
 * TIDY_COLUMNS (any order; extra columns allowed), one row per line. Empty cells are null;
 * extra columns become numbers when they look like numbers, booleans for `true`/`false`,
 * strings otherwise. Options and a sidecar override the configuration columns (an empty
 * `hardware` or `alpha` cell counts as unset). An empty `source` becomes `<file>#line <n>`.
 *
 * @param text the CSV text
 * @param options file name, configuration overrides, sidecar, skipInvalid/warnings
 * @returns one row per data line
 * @throws {Error} `parseTidyCsv: <file>: header: missing columns ...` or
 *   `parseTidyCsv: <file>: line <n>, <column>: <problem>`
 * @example
 * parseTidyCsv(formatTidyCsv(rows), { fileName: 'runs.csv' }); // rows again
 */
export function parseTidyCsv(text: string, options?: ParseOptions): TidyRow[] {
  const o = checkParseOptions(FN, options);
  if (typeof text !== 'string') throw new Error(`${FN} requires the CSV text as a string`);
  return parseTidyCsvCore(text, o, FN);
}

/**
 * {@link parseTidyCsv} with checked options.
 *
 * @param text the CSV text
 * @param o checked options
 * @param fn the public function's name, for messages
 * @returns the rows
 * @throws {Error} as parseTidyCsv
 * @example
 * parseTidyCsvCore(text, checkParseOptions('f', {}), 'f');
 */
export function parseTidyCsvCore(text: string, o: CheckedParseOptions, fn: string): TidyRow[] {
  const file = o.file;
  let records: CsvRecord[];
  try {
    records = splitCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new Error(`${fn}: ${file}: ${(err as Error).message.replace(/^splitCsv: /, '')}`);
  }
  if (records.length === 0) throw new Error(`${fn}: ${file}: (document): empty file`);
  const header = records[0].fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw new Error(`${fn}: ${file}: header: an empty column name`);
    if (seen.has(h)) throw new Error(`${fn}: ${file}: header: duplicate column ${h}`);
    seen.add(h);
  }
  const missing = TIDY_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) throw new Error(`${fn}: ${file}: header: missing columns ${missing.join(', ')}`);
  // What each column holds, decided once per file rather than per cell.
  const kinds = header.map((col): ColumnKind =>
    STRING_COLUMNS.has(col) ? 'string' : (TIDY_COLUMNS as readonly string[]).includes(col) ? (REQUIRED_NUMBERS.has(col) ? 'required' : 'number') : 'extra',
  );
  return collectRows(records.length - 1, (i) => csvRow(records[i + 1], header, kinds, o, fn), o.skipInvalid, o.warnings);
}

type ColumnKind = 'string' | 'required' | 'number' | 'extra';

function csvRow(rec: CsvRecord, header: string[], kinds: ColumnKind[], o: CheckedParseOptions, fn: string): TidyRow {
  const where = `line ${rec.line}`;
  const bad = (col: string, problem: string) => new Error(`${fn}: ${o.file}: ${where}, ${col}: ${problem}`);
  if (rec.fields.length !== header.length) {
    throw new Error(`${fn}: ${o.file}: ${where}: ${rec.fields.length} fields, the header has ${header.length}`);
  }
  const row: Record<string, unknown> = {};
  for (let j = 0; j < header.length; j++) {
    const col = header[j];
    const cell = rec.fields[j];
    const kind = kinds[j];
    if (kind === 'string') {
      row[col] = cell;
    } else if (kind === 'extra') {
      const value = extraValue(cell);
      if (typeof value === 'number' && !Number.isFinite(value)) throw bad(col, `not a finite number (got ${JSON.stringify(cell)})`);
      row[col] = value;
    } else {
      const t = cell.trim();
      if (t === '') {
        if (kind === 'required') throw bad(col, 'missing');
        row[col] = null;
      } else {
        const n = NUMBER_TEXT.test(t) ? Number(t) : NaN;
        if (!Number.isFinite(n)) throw bad(col, `not a finite number (got ${JSON.stringify(cell)})`);
        row[col] = n;
      }
    }
  }
  const fromFile: MeasurementConfig = {
    verifier: row.verifier as string,
    drafter: row.drafter as string,
    prefill_tokens: row.prefill_tokens as number,
    decode_tokens: row.decode_tokens as number,
    k: row.k as number,
  };
  if (row.hardware !== '') fromFile.hardware = row.hardware as string;
  if (row.alpha !== null) fromFile.alpha = row.alpha as number;
  const config = mergeMeasurementConfig(o.config, o.sidecar, fromFile);
  const out = {
    ...row,
    verifier: config.verifier,
    drafter: config.drafter,
    hardware: config.hardware ?? '',
    prefill_tokens: config.prefill_tokens,
    decode_tokens: config.decode_tokens,
    k: config.k,
    alpha: config.alpha ?? null,
    strategy: row.strategy as Strategy,
    source: row.source === '' ? `${o.file}#${where}` : row.source,
  } as TidyRow;
  return checkTidyRow(out, fn, o.file, where);
}

/** Converts an extra column's cell: '' -> null, numbers, true/false, else the text. */
function extraValue(cell: string): unknown {
  const t = cell.trim();
  if (t === '') return null;
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (NUMBER_TEXT.test(t)) return Number(t);
  return cell;
}
