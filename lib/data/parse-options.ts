import type { MeasurementConfig } from './measurement-config.js';
import { MEASUREMENT_CONFIG_KEYS, checkMeasurementConfig } from './measurement-config.js';
import { DEFAULT_MIN_ACCEPTANCE } from './acceptance-columns.js';
import { DEFAULT_LENGTH_TOLERANCE } from './verbs/nominal-lengths.js';

/**
 * Options of every parser and loader: the configuration overrides (tidy column names,
 * highest precedence), plus how to name the file and what to do with invalid rows.
 */
export interface ParseOptions extends MeasurementConfig {
  /** Name of the file, used in messages and the `source` column (and by the reduced-sweep name pattern). */
  fileName?: string;
  /** Configuration read from a sidecar file: below the options, above the file content. */
  sidecar?: MeasurementConfig;
  /**
   * When true, a benchmark that cannot become a valid row (e.g. zero successful requests) is
   * skipped instead of failing the whole file, and its error message is appended to `warnings`
   * (which must then be given, so that nothing is dropped silently).
   */
  skipInvalid?: boolean;
  /**
   * Receives one message per skipped row or file when `skipInvalid` is true, and notes about
   * the data whether or not rows are skipped (e.g. a near-zero speculative acceptance).
   */
  warnings?: string[];
  /**
   * A speculative run whose drafter had fewer than this share of its drafted tokens accepted is
   * noted in `warnings` (naming the file). Default 0.05 (5%); 0 switches the note off.
   */
  minAcceptance?: number;
  /**
   * Tidy CSV only: the file's column for each tidy column it names differently, e.g.
   * `{ mean_latency_s: 'latency', measured_rps: 'rps' }` (tidy name: file's name).
   */
  columns?: Readonly<Record<string, string>>;
  /**
   * Runs of one configuration whose lengths are measured means (the file states none) are one
   * workload when those means agree within this relative tolerance (see nominalLengths).
   * Default 0.1 (10%); 0 keeps each run's own rounded mean.
   */
  lengthTolerance?: number;
}

/** ParseOptions after checking: the user's configuration separated from the rest. */
export interface CheckedParseOptions {
  file: string;
  config: MeasurementConfig;
  sidecar: MeasurementConfig;
  skipInvalid: boolean;
  warnings: string[] | null;
  minAcceptance: number;
  /** Tidy column name -> the file's column name. */
  columns: Readonly<Record<string, string>>;
  lengthTolerance: number;
}

/**
 * Checks parse options and splits them into configuration and behaviour.
 *
 * @param fn the public function's name, for messages
 * @param options the options as given (may be undefined)
 * @returns the checked options; `file` defaults to '<text>'
 * @throws {Error} `<fn> requires options.warnings (an array) when skipInvalid is true`, or a
 *   `<fn>: options: <key>: <problem>` message for a bad configuration value
 * @example
 * checkParseOptions('parseVllmBench', { fileName: 'a.json', k: 2 }).config; // { k: 2 }
 */
export function checkParseOptions(fn: string, options: ParseOptions | undefined): CheckedParseOptions {
  const o = options ?? {};
  if (o.fileName !== undefined && typeof o.fileName !== 'string') {
    throw new Error(`${fn} requires options.fileName to be a string`);
  }
  const picked: Record<string, unknown> = {};
  for (const key of MEASUREMENT_CONFIG_KEYS) if (o[key] !== undefined) picked[key] = o[key];
  const config = checkMeasurementConfig(picked, fn, 'options');
  const sidecar = o.sidecar === undefined ? {} : checkMeasurementConfig(o.sidecar, fn, 'sidecar');
  const skipInvalid = o.skipInvalid === true;
  if (skipInvalid && !Array.isArray(o.warnings)) {
    throw new Error(`${fn} requires options.warnings (an array) when skipInvalid is true`);
  }
  if (o.warnings !== undefined && !Array.isArray(o.warnings)) throw new Error(`${fn} requires options.warnings to be an array`);
  const minAcceptance = o.minAcceptance ?? DEFAULT_MIN_ACCEPTANCE;
  if (typeof minAcceptance !== 'number' || !Number.isFinite(minAcceptance) || minAcceptance < 0 || minAcceptance > 1) {
    throw new Error(`${fn} requires options.minAcceptance to be a number in [0, 1], got ${String(o.minAcceptance)}`);
  }
  return {
    file: o.fileName ?? '<text>',
    config,
    sidecar,
    skipInvalid,
    warnings: Array.isArray(o.warnings) ? o.warnings : null,
    minAcceptance,
    columns: checkColumnMap(fn, o.columns),
    lengthTolerance: checkTolerance(fn, o.lengthTolerance),
  };
}

/**
 * Checks a column mapping (tidy column name -> the file's column name): an object of non-empty
 * strings, no file column used twice.
 *
 * @param fn the public function's name, for messages
 * @param columns the mapping (may be undefined)
 * @returns the mapping (an empty object when undefined)
 * @throws {Error} `<fn> requires options.columns ...`
 * @example
 * checkColumnMap('parseTidyCsv', { mean_latency_s: 'latency' }); // { mean_latency_s: 'latency' }
 */
export function checkColumnMap(fn: string, columns: unknown): Readonly<Record<string, string>> {
  if (columns === undefined) return {};
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    throw new Error(`${fn} requires options.columns to be an object of tidy column -> file column names`);
  }
  const used = new Map<string, string>();
  for (const [tidy, file] of Object.entries(columns)) {
    if (tidy.trim() === '' || typeof file !== 'string' || file.trim() === '') {
      throw new Error(`${fn} requires options.columns to map column names to non-empty column names, got ${tidy}=${String(file)}`);
    }
    const before = used.get(file);
    if (before !== undefined) throw new Error(`${fn} requires options.columns to use each file column once, got ${before}=${file} and ${tidy}=${file}`);
    used.set(file, tidy);
  }
  return columns as Record<string, string>;
}

function checkTolerance(fn: string, value: unknown): number {
  if (value === undefined) return DEFAULT_LENGTH_TOLERANCE;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${fn} requires options.lengthTolerance to be a number >= 0, got ${String(value)}`);
  }
  return value;
}
