import type { MeasurementConfig } from './measurement-config.js';
import { MEASUREMENT_CONFIG_KEYS, checkMeasurementConfig } from './measurement-config.js';

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
  /** Receives one message per skipped row or file when `skipInvalid` is true. */
  warnings?: string[];
}

/** ParseOptions after checking: the user's configuration separated from the rest. */
export interface CheckedParseOptions {
  file: string;
  config: MeasurementConfig;
  sidecar: MeasurementConfig;
  skipInvalid: boolean;
  warnings: string[] | null;
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
  return {
    file: o.fileName ?? '<text>',
    config,
    sidecar,
    skipInvalid,
    warnings: Array.isArray(o.warnings) ? o.warnings : null,
  };
}
