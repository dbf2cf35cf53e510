import { checkTidyRow } from '../../check-tidy-row.js';
import { collectRows } from '../../collect-rows.js';
import type { MeasurementConfig } from '../../measurement-config.js';
import { MEASUREMENT_CONFIG_KEYS, mergeMeasurementConfig } from '../../measurement-config.js';
import type { CheckedParseOptions, ParseOptions } from '../../parse-options.js';
import { checkParseOptions } from '../../parse-options.js';
import type { ModelId } from '../../model-id.js';
import { modelIdOf } from '../../model-id.js';
import { decimalNumber } from './decimal-number.js';
import type { CsvRecord, CsvRecords } from './split-csv.js';
import { csvRecords } from './split-csv.js';
import type { Strategy, TidyRow } from '../../tidy-schema.js';
import { TIDY_COLUMNS } from '../../tidy-schema.js';

const FN = 'parseTidyCsv';
const STRING_COLUMNS = new Set(['verifier', 'drafter', 'hardware', 'strategy', 'source']);
/** Columns naming the configuration: required in the header unless options or a sidecar give them. */
export const TIDY_CSV_CONFIG_COLUMNS = ['verifier', 'prefill_tokens', 'decode_tokens'] as const;
/** The measurement: the mean latency at a load (measured_rps, or concurrency for closed-loop runs). */
export const TIDY_CSV_MEASUREMENT_COLUMN = 'mean_latency_s';
const TIDY_COLUMN_SET: ReadonlySet<string> = new Set(TIDY_COLUMNS);
/** vLLM's request rate "inf" (everything sent at once) in a rate_rps cell. */
const RATE_INF = /^\+?inf(inity)?$/i;

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
 * {@link parseTidyCsv} with checked options. The columns' kinds, the configuration columns'
 * positions and the rows' shape are decided once per file (csvLayout); each line then converts
 * its cells only.
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
  let records: CsvRecords;
  try {
    records = csvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new Error(`${fn}: ${file}: ${(err as Error).message.replace(/^splitCsv: /, '')}`);
  }
  if (records.count === 0) throw new Error(`${fn}: ${file}: (document): empty file`);
  const layout = csvLayout(tidyHeader(records.record(0).fields, o, fn));
  const context: FileContext = {
    o,
    fn,
    layout,
    given: mergeMeasurementConfig(o.config, o.sidecar),
    modelIds: new Map(),
    values: new Array<unknown>(layout.names.length),
  };
  return collectRows(records.count - 1, (i) => csvRow(records.record(i + 1), context), o.skipInvalid, o.warnings);
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

/** How a column's cells are read: as text, a tidy number (empty: null), rate_rps (a number or inf), or an extra column's value. */
type ColumnKind = 'text' | 'number' | 'rate' | 'extra';

/** The columns a row's configuration, load and source are read from. */
const READ_COLUMNS = [
  ...MEASUREMENT_CONFIG_KEYS,
  ...(['strategy', 'concurrency', 'measured_rps', 'mean_latency_s', 'source', 'mean_prompt_tokens', 'mean_output_tokens'] as const),
] as const;
type ReadColumn = (typeof READ_COLUMNS)[number];

/** A file's columns, decided once from its header. */
interface CsvLayout {
  /** Column names after options.columns, in file order. */
  names: string[];
  kinds: ColumnKind[];
  /** Position of each column a row is read from; -1 when the file lacks it. */
  at: Record<ReadColumn, number>;
  /**
   * Every column of the rows, null, in their order: the tidy columns in schema order (those the
   * file lacks stay null), then the file's other columns. Each row starts as a copy of it, so all
   * rows of a file share one shape.
   */
  template: Record<string, null>;
}

/** What every row of one file is built with. */
interface FileContext {
  o: CheckedParseOptions;
  fn: string;
  layout: CsvLayout;
  /** Options over sidecar (file cells fill what they leave unset). */
  given: MeasurementConfig;
  /** Model id per verifier cell (the cells repeat down a file). */
  modelIds: Map<string, ModelId>;
  /** The current line's converted cells (reused from line to line). */
  values: unknown[];
}

function csvLayout(names: string[]): CsvLayout {
  const kinds = names.map((col): ColumnKind => (STRING_COLUMNS.has(col) ? 'text' : col === 'rate_rps' ? 'rate' : TIDY_COLUMN_SET.has(col) ? 'number' : 'extra'));
  const at = Object.fromEntries(READ_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<ReadColumn, number>;
  const keys = [...TIDY_COLUMNS, ...names.filter((c) => !TIDY_COLUMN_SET.has(c))];
  return { names, kinds, at, template: Object.fromEntries(keys.map((c) => [c, null])) };
}

function csvRow(rec: CsvRecord, context: FileContext): TidyRow {
  const { o, fn, layout, given, values } = context;
  const { names, kinds, at } = layout;
  const where = `line ${rec.line}`;
  const bad = (col: string, problem: string) => new Error(`${fn}: ${o.file}: ${where}, ${col}: ${problem}`);
  const fields = rec.fields;
  if (fields.length !== names.length) {
    throw new Error(`${fn}: ${o.file}: ${where}: ${fields.length} fields, the header has ${names.length}`);
  }
  const out: Record<string, unknown> = { ...layout.template };
  let rateInf = false;
  for (let j = 0; j < names.length; j++) {
    const cell = fields[j];
    const kind = kinds[j];
    let value: unknown;
    if (kind === 'text') {
      value = cell;
    } else if (kind === 'extra') {
      value = extraValue(cell);
      if (typeof value === 'number' && !Number.isFinite(value)) throw bad(names[j], `not a finite number (got ${JSON.stringify(cell)})`);
    } else {
      const t = cell.trim();
      const n = t === '' ? null : decimalNumber(t);
      if (n === null || Number.isFinite(n)) {
        value = n;
      } else if (kind === 'rate' && RATE_INF.test(t)) {
        value = null; // vLLM's request rate "inf": everything sent at once
        rateInf = true;
      } else {
        throw bad(names[j], `not a finite number (got ${JSON.stringify(cell)})`);
      }
    }
    values[j] = value;
    out[names[j]] = value;
  }
  const read = (col: ReadColumn): unknown => (at[col] < 0 ? undefined : values[at[col]]);
  const numberOf = (col: ReadColumn): number | undefined => {
    const v = read(col);
    return typeof v === 'number' ? v : undefined;
  };

  const verifierCell = typeof read('verifier') === 'string' ? (read('verifier') as string) : '';
  let modelId: ModelId | null = null;
  if (verifierCell.trim() !== '') {
    modelId = context.modelIds.get(verifierCell) ?? modelIdOf(verifierCell);
    context.modelIds.set(verifierCell, modelId);
  }
  // Lengths the file does not state: the rounded measured means (nominalLengths then merges a sweep's).
  const meanOf = (col: ReadColumn): number | undefined => (typeof read(col) === 'number' ? Math.round(read(col) as number) : undefined);
  const prefill = numberOf('prefill_tokens') ?? meanOf('mean_prompt_tokens');
  const decode = numberOf('decode_tokens') ?? meanOf('mean_output_tokens');
  const hardware = read('hardware');
  const fromFile: MeasurementConfig = {
    verifier: modelId?.id,
    drafter: typeof read('drafter') === 'string' ? (read('drafter') as string) : undefined,
    hardware: typeof hardware === 'string' && hardware !== '' ? hardware : undefined,
    prefill_tokens: prefill,
    decode_tokens: decode,
    k: numberOf('k'),
    alpha: numberOf('alpha'),
  };
  const config = mergeMeasurementConfig(given, fromFile);
  if (config.prefill_tokens === undefined) throw bad('prefill_tokens', 'missing');
  if (config.decode_tokens === undefined) throw bad('decode_tokens', 'missing');
  const latency = numberOf('mean_latency_s');
  if (latency === undefined) throw bad('mean_latency_s', 'missing');
  const concurrency = numberOf('concurrency') ?? null;
  let measuredRps = numberOf('measured_rps') ?? null;
  let derived = false;
  if (measuredRps === null) {
    if (concurrency === null) throw bad('measured_rps', 'missing (and no concurrency to derive it from)');
    if (latency > 0) {
      measuredRps = concurrency / latency;
      derived = true;
    }
  }
  const strategyCell = typeof read('strategy') === 'string' ? (read('strategy') as string).trim() : '';
  const inferred = rateInf ? (concurrency !== null ? 'concurrent' : 'throughput') : concurrency !== null ? 'concurrent' : 'constant';
  const sourceCell = typeof read('source') === 'string' ? (read('source') as string) : '';
  out.verifier = config.verifier ?? '';
  out.drafter = config.drafter ?? '';
  out.hardware = config.hardware ?? '';
  out.prefill_tokens = config.prefill_tokens;
  out.decode_tokens = config.decode_tokens;
  out.k = config.k ?? 0;
  out.alpha = config.alpha ?? null;
  out.strategy = (strategyCell !== '' ? strategyCell : inferred) as Strategy;
  out.measured_rps = measuredRps;
  out.source = sourceCell === '' ? `${o.file}#${where}` : sourceCell;
  if (derived) out.measured_rps_derived = true;
  if (numberOf('prefill_tokens') === undefined && prefill !== undefined && config.prefill_tokens === prefill) out.prefill_tokens_from = 'mean';
  if (numberOf('decode_tokens') === undefined && decode !== undefined && config.decode_tokens === decode) out.decode_tokens_from = 'mean';
  if (modelId?.changed && config.verifier === modelId.id) out.verifier_raw = verifierCell;
  return checkTidyRow(out as TidyRow, fn, o.file, where);
}

/** Converts an extra column's cell: '' -> null, numbers, true/false, else the text. */
function extraValue(cell: string): unknown {
  const t = cell.trim();
  if (t === '') return null;
  if (t === 'true') return true;
  if (t === 'false') return false;
  const n = decimalNumber(t);
  return Number.isNaN(n) ? cell : n;
}
