import { checkTidyRow } from '../../check-tidy-row.js';
import { collectRows } from '../../collect-rows.js';
import type { MeasurementConfig } from '../../measurement-config.js';
import { mergeMeasurementConfig } from '../../measurement-config.js';
import type { CheckedParseOptions, ParseOptions } from '../../parse-options.js';
import { checkParseOptions } from '../../parse-options.js';
import type { ModelId } from '../../model-id.js';
import { modelIdOf } from '../../model-id.js';
import type { CsvRecord } from './split-csv.js';
import { splitCsv } from './split-csv.js';
import type { Strategy, TidyRow } from '../../tidy-schema.js';
import { TIDY_COLUMNS } from '../../tidy-schema.js';

const FN = 'parseTidyCsv';
const STRING_COLUMNS = new Set(['verifier', 'drafter', 'hardware', 'strategy', 'source']);
/** Tidy number columns a row cannot do without (a missing cell is an error, not null). */
const REQUIRED_NUMBERS = new Set(['prefill_tokens', 'decode_tokens', 'mean_latency_s']);
/** Columns naming the configuration: required in the header unless options or a sidecar give them. */
export const TIDY_CSV_CONFIG_COLUMNS = ['verifier', 'prefill_tokens', 'decode_tokens'] as const;
/** The measurement: the mean latency at a load (measured_rps, or concurrency for closed-loop runs). */
export const TIDY_CSV_MEASUREMENT_COLUMN = 'mean_latency_s';
const TIDY_COLUMN_SET: ReadonlySet<string> = new Set(TIDY_COLUMNS);
/** Every tidy column null: the first layer of a row from a CSV that lacks some of them, so that the tidy columns come first, in order. */
const NULL_TIDY_ROW: Readonly<Record<string, null>> = Object.fromEntries(TIDY_COLUMNS.map((c) => [c, null]));
const FILE_CONFIG_NUMBERS = ['prefill_tokens', 'decode_tokens', 'k', 'alpha'] as const;
const MEAN_LENGTHS = [
  ['prefill_tokens', 'mean_prompt_tokens'],
  ['decode_tokens', 'mean_output_tokens'],
] as const;
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses a tidy CSV: speclat's own (as written by formatTidyCsv) or one a person's script wrote.
 * Required columns, in any order: `verifier`, `prefill_tokens`, `decode_tokens` (each unless
 * options or a sidecar give it; a length may instead come as the measured mean,
 * `mean_prompt_tokens` / `mean_output_tokens`: rounded, marked `*_from: 'mean'`, and merged over a
 * sweep by nominalLengths), `mean_latency_s`, and `measured_rps` or `concurrency`. Every
 * other tidy column is optional (absent = null, or drafter '', hardware '', k 0); extra columns
 * are kept (numbers when they look like numbers, booleans for `true`/`false`, text otherwise).
 * `options.columns` names the file's columns for tidy ones (`{ mean_latency_s: 'latency' }`).
 *
 * - strategy, when absent or empty: `concurrent` when the row has a concurrency, else `throughput`
 *   when rate_rps is `inf` (vLLM's request rate inf; rate_rps then null), else `constant` (open
 *   loop at measured_rps); an empty `source` becomes `<file>#line <n>`;
 * - measured_rps, when absent or empty on a closed-loop row: concurrency / mean_latency_s
 *   (Little's law with every stream busy), marked `measured_rps_derived: true`;
 * - completed and errored, when absent: null (unknown);
 * - a verifier that is a local or Hugging Face cache path becomes the model id (see modelIdOf; the
 *   raw value goes to `verifier_raw`); options and a sidecar override the configuration
 *   columns (an empty `hardware` or `alpha` cell counts as unset).
 *
 * @param text the CSV text
 * @param options file name, configuration overrides, sidecar, columns, skipInvalid/warnings
 * @returns one row per data line
 * @throws {Error} `parseTidyCsv: <file>: header: missing column mean_latency_s` (all missing
 *   required columns named), `parseTidyCsv: <file>: header: no column <name> (--columns <tidy>=<name>)`,
 *   or `parseTidyCsv: <file>: line <n>, <column>: <problem>`
 * @example
 * parseTidyCsv(formatTidyCsv(rows), { fileName: 'runs.csv' }); // rows again
 * parseTidyCsv('model,prefill_tokens,decode_tokens,concurrency,latency\nm,512,128,4,1.2\n',
 *   { fileName: 'mine.csv', columns: { verifier: 'model', mean_latency_s: 'latency' } });
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
  const header = tidyHeader(records[0].fields, o, fn);
  const data = records.slice(1);
  const modelIds = new Map<string, ModelId>();
  // speclat's own CSVs start with the tidy columns in order: their cells already are in schema order.
  const tidyFirst = TIDY_COLUMNS.every((c, j) => header[j] === c);
  return collectRows(data.length, (i) => csvRow(data[i], header, o, fn, modelIds, tidyFirst), o.skipInvalid, o.warnings);
}

/** The header with mapped names, after checking it holds the required columns. */
function tidyHeader(fields: readonly string[], o: CheckedParseOptions, fn: string): string[] {
  const fail = (problem: string) => new Error(`${fn}: ${o.file}: header: ${problem}`);
  const header = fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw fail('an empty column name');
    if (seen.has(h)) throw fail(`duplicate column ${h}`);
    seen.add(h);
  }
  const renamed = new Map<string, string>();
  for (const [tidy, own] of Object.entries(o.columns)) {
    if (!seen.has(own)) throw fail(`no column ${own} (--columns ${tidy}=${own})`);
    if (seen.has(tidy) && tidy !== own) throw fail(`column ${tidy} is in the file and --columns ${tidy}=${own} names another`);
    renamed.set(own, tidy);
  }
  const mapped = header.map((h) => renamed.get(h) ?? h);
  const has = new Set(mapped);
  const given = mergeMeasurementConfig(o.config, o.sidecar);
  const measuredMean: Record<string, string> = { prefill_tokens: 'mean_prompt_tokens', decode_tokens: 'mean_output_tokens' };
  const missing: string[] = TIDY_CSV_CONFIG_COLUMNS.filter((c) => !has.has(c) && given[c] === undefined && !(c in measuredMean && has.has(measuredMean[c])));
  if (!has.has(TIDY_CSV_MEASUREMENT_COLUMN)) missing.push(TIDY_CSV_MEASUREMENT_COLUMN);
  if (!has.has('measured_rps') && !has.has('concurrency')) missing.push('measured_rps or concurrency');
  if (missing.length > 0) throw fail(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return mapped;
}

function csvRow(
  rec: CsvRecord,
  header: string[],
  o: CheckedParseOptions,
  fn: string,
  modelIds: Map<string, ModelId>,
  tidyFirst: boolean,
): TidyRow {
  const where = `line ${rec.line}`;
  const bad = (col: string, problem: string) => new Error(`${fn}: ${o.file}: ${where}, ${col}: ${problem}`);
  if (rec.fields.length !== header.length) {
    throw new Error(`${fn}: ${o.file}: ${where}: ${rec.fields.length} fields, the header has ${header.length}`);
  }
  const cells: Record<string, unknown> = {};
  let rateInf = false;
  header.forEach((col, j) => {
    const cell = rec.fields[j];
    const t = cell.trim();
    if (STRING_COLUMNS.has(col)) {
      cells[col] = cell;
    } else if (TIDY_COLUMN_SET.has(col)) {
      if (t === '') {
        cells[col] = null;
      } else if (col === 'rate_rps' && /^\+?inf(inity)?$/i.test(t)) {
        cells[col] = null; // vLLM's request rate "inf": everything sent at once
        rateInf = true;
      } else {
        const n = NUMBER_TEXT.test(t) ? Number(t) : NaN;
        if (!Number.isFinite(n)) throw bad(col, `not a finite number (got ${JSON.stringify(cell)})`);
        cells[col] = n;
      }
    } else {
      const value = extraValue(cell);
      if (typeof value === 'number' && !Number.isFinite(value)) throw bad(col, `not a finite number (got ${JSON.stringify(cell)})`);
      cells[col] = value;
    }
  });
  const fromFile: MeasurementConfig = {};
  const verifierCell = typeof cells.verifier === 'string' ? cells.verifier : '';
  let modelId = verifierCell.trim() === '' ? null : (modelIds.get(verifierCell) ?? null);
  if (modelId === null && verifierCell.trim() !== '') {
    modelId = modelIdOf(verifierCell);
    modelIds.set(verifierCell, modelId);
  }
  if (modelId) fromFile.verifier = modelId.id;
  if (typeof cells.drafter === 'string') fromFile.drafter = cells.drafter;
  if (typeof cells.hardware === 'string' && cells.hardware !== '') fromFile.hardware = cells.hardware;
  for (const key of FILE_CONFIG_NUMBERS) {
    if (typeof cells[key] === 'number') fromFile[key] = cells[key] as number;
  }
  // Lengths the file does not state: the rounded measured means (nominalLengths then merges a sweep's).
  const lengthsFrom: Record<string, string> = {};
  for (const [key, mean] of MEAN_LENGTHS) {
    if (fromFile[key] !== undefined || typeof cells[mean] !== 'number') continue;
    fromFile[key] = Math.round(cells[mean] as number);
    lengthsFrom[`${key}_from`] = 'mean';
  }
  const config = mergeMeasurementConfig(o.config, o.sidecar, fromFile);
  for (const col of REQUIRED_NUMBERS) if ((config as Record<string, unknown>)[col] === undefined && cells[col] == null) throw bad(col, 'missing');
  const num = (col: string): number | null => (typeof cells[col] === 'number' ? (cells[col] as number) : null);
  const concurrency = num('concurrency');
  const latency = num('mean_latency_s') as number;
  let measuredRps = num('measured_rps');
  let derived = false;
  if (measuredRps === null) {
    if (concurrency === null) throw bad('measured_rps', 'missing (and no concurrency to derive it from)');
    if (latency > 0) {
      measuredRps = concurrency / latency;
      derived = true;
    }
  }
  const strategyCell = typeof cells.strategy === 'string' ? cells.strategy.trim() : '';
  const inferred = rateInf ? (concurrency !== null ? 'concurrent' : 'throughput') : concurrency !== null ? 'concurrent' : 'constant';
  const strategy = (strategyCell !== '' ? strategyCell : inferred) as Strategy;
  const sourceCell = typeof cells.source === 'string' ? cells.source : '';
  // Tidy columns first, in schema order (those the file lacks: null), then the file's other columns.
  const out: Record<string, unknown> = {
    ...(tidyFirst ? null : NULL_TIDY_ROW),
    ...cells,
    verifier: config.verifier ?? '',
    drafter: config.drafter ?? '',
    hardware: config.hardware ?? '',
    prefill_tokens: config.prefill_tokens,
    decode_tokens: config.decode_tokens,
    k: config.k ?? 0,
    alpha: config.alpha ?? null,
    strategy,
    measured_rps: measuredRps,
    source: sourceCell === '' ? `${o.file}#${where}` : sourceCell,
  };
  if (derived) out.measured_rps_derived = true;
  if (lengthsFrom.prefill_tokens_from && config.prefill_tokens === fromFile.prefill_tokens) out.prefill_tokens_from = 'mean';
  if (lengthsFrom.decode_tokens_from && config.decode_tokens === fromFile.decode_tokens) out.decode_tokens_from = 'mean';
  if (modelId?.changed && config.verifier === modelId.id) out.verifier_raw = verifierCell;
  return checkTidyRow(out as TidyRow, fn, o.file, where);
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
