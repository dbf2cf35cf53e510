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
  columns: { type: 'string' },
  'length-tolerance': { type: 'string' },
  'min-acceptance': { type: 'string' },
} as const;

/** The usage lines of {@link LOAD_ARG_OPTIONS} beyond the configuration flags, shared by load and fit. */
export const LOAD_ARG_USAGE = `reading files:
  --columns T=C,...    a CSV's own column C for tidy column T, e.g.
                       --columns verifier=model,mean_latency_s=latency,measured_rps=rps
  --length-tolerance X runs of one configuration whose measured mean lengths agree within X
                       (relative) are one workload (default 0.1; 0: every run its own length)
  --min-acceptance X   note on stderr a speculative run with fewer than X of its drafted tokens
                       accepted (default 0.05; 0: off)
  --skip-invalid       skip invalid benchmarks/files, listing each on stderr, instead of failing
`;

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
  columns?: string;
  'length-tolerance'?: string;
  'min-acceptance'?: string;
}

/**
 * Turns the shared load flags into loader options.
 *
 * @param command the subcommand, for error messages
 * @param values the parsed flags
 * @param warnings receives notes on the data and, with --skip-invalid, the skipped benchmarks
 * @returns options for loadMeasurements
 * @throws {Error} `<command> requires --k to be an integer >= 0, got "x"` and the like
 * @example
 * loadOptionsFromArgs('load', { k: '3', alpha: '0.7' }, w); // { k: 3, alpha: 0.7, warnings: w }
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
  if (values['length-tolerance'] !== undefined) options.lengthTolerance = num('--length-tolerance', values['length-tolerance'], (n) => n >= 0, 'a number >= 0');
  if (values['min-acceptance'] !== undefined) options.minAcceptance = num('--min-acceptance', values['min-acceptance'], (n) => n >= 0 && n <= 1, 'a number in [0, 1]');
  if (values.columns !== undefined) options.columns = parseColumnMap(command, values.columns);
  options.warnings = warnings;
  if (values['skip-invalid']) options.skipInvalid = true;
  return options;
}

/** `tidy=yours,...` as a mapping; every pair must have both names. */
function parseColumnMap(command: string, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const fail = () => new Error(`${command} requires --columns to be tidy=yours pairs separated by commas, got ${JSON.stringify(text)}`);
  const pairs = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (pairs.length === 0) throw fail();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw fail();
    const tidy = pair.slice(0, eq).trim();
    if (tidy in out) throw new Error(`${command} requires --columns to name each tidy column once, got ${tidy} twice`);
    out[tidy] = pair.slice(eq + 1).trim();
  }
  return out;
}
