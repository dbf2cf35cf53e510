import type { LoadOptions } from '../data/load-measurements.js';
import { parseCliNumber } from './parse-cli-number.js';

/**
 * The parseArgs option definitions shared by every command that loads measurement files:
 * the configuration a file may lack, and --skip-invalid.
 */
export const LOAD_ARG_OPTIONS = {
  verifier: { type: 'string' },
  drafter: { type: 'string' },
  hardware: { type: 'string' },
  k: { type: 'string' },
  alpha: { type: 'string' },
  prefill: { type: 'string' },
  decode: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
} as const;

/** The parsed values of {@link LOAD_ARG_OPTIONS}. */
export interface LoadArgValues {
  verifier?: string;
  drafter?: string;
  hardware?: string;
  k?: string;
  alpha?: string;
  prefill?: string;
  decode?: string;
  'skip-invalid'?: boolean;
}

/**
 * Turns the shared load flags into loader options.
 *
 * @param command the subcommand, for error messages
 * @param values the parsed flags
 * @param warnings where skipped benchmarks are listed when --skip-invalid is given
 * @returns options for loadMeasurements
 * @throws {Error} `<command> requires --k to be an integer >= 0, got "x"` and the like
 * @example
 * loadOptionsFromArgs('load', { k: '3', alpha: '0.7' }, []); // { k: 3, alpha: 0.7 }
 */
export function loadOptionsFromArgs(command: string, values: LoadArgValues, warnings: string[]): LoadOptions {
  const num = (flag: string, text: string, ok: (n: number) => boolean, what: string) => parseCliNumber(command, flag, text, ok, what);
  const options: LoadOptions = {};
  if (values.verifier !== undefined) options.verifier = values.verifier;
  if (values.drafter !== undefined) options.drafter = values.drafter;
  if (values.hardware !== undefined) options.hardware = values.hardware;
  if (values.k !== undefined) options.k = num('--k', values.k, (n) => Number.isInteger(n) && n >= 0, 'an integer >= 0');
  if (values.alpha !== undefined) options.alpha = num('--alpha', values.alpha, (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
  if (values.prefill !== undefined) options.prefill_tokens = num('--prefill', values.prefill, (n) => Number.isInteger(n) && n >= 1, 'an integer >= 1');
  if (values.decode !== undefined) options.decode_tokens = num('--decode', values.decode, (n) => Number.isInteger(n) && n >= 1, 'an integer >= 1');
  if (values['skip-invalid']) {
    options.skipInvalid = true;
    options.warnings = warnings;
  }
  return options;
}
